-- A few table.sql shapes from Doris' regression suites (normalized), kept here so the parser test
-- runs even where ../shared/doris-regress is absent.
CREATE TABLE column_types_16 (
  c_int INT(11) NULL, c_char CHAR(15) NULL, c_varchar VARCHAR(100) NULL, c_bool BOOLEAN NULL,
  c_tinyint TINYINT(4) NULL, c_smallint SMALLINT(6) NULL, c_bigint BIGINT(20) NULL, c_largeint LARGEINT(40) NULL,
  c_float FLOAT NULL, c_double DOUBLE NULL, c_decimal DECIMAL(6, 3) NULL, c_decimalv3 DECIMALV3(6, 3) NULL,
  c_date DATE NULL, c_datev2 DATEV2 NULL, c_datetime DATETIME NULL, c_datetimev2 DATETIMEV2(0) NULL
)
DISTRIBUTED BY HASH(c_int) BUCKETS 1
PROPERTIES ("replication_num" = "1");
CREATE TABLE sm_no_partition (
  id INT,
  name STRING
)
PARTITION BY RANGE(id) (
  PARTITION p0 VALUES LESS THAN ("60"),
  PARTITION p1 VALUES LESS THAN ("80")
)
PROPERTIES ("replication_num" = "1");
CREATE TABLE sep_double_pipe (
  user_id BIGINT NULL, tag_type VARCHAR(20) NULL, tag_owner_id BIGINT NULL, tag_value TEXT NULL,
  deleted TINYINT NULL, create_time DATETIME NULL DEFAULT CURRENT_TIMESTAMP
)
UNIQUE KEY(user_id, tag_type, tag_owner_id)
DISTRIBUTED BY HASH(user_id) BUCKETS 20
PROPERTIES ("replication_num" = "1", "enable_unique_key_merge_on_write" = "true");
CREATE TABLE label_reuse (
  siteid INT DEFAULT "10", citycode SMALLINT NOT NULL, username VARCHAR(32) DEFAULT "", pv BIGINT SUM DEFAULT "0"
)
AGGREGATE KEY(siteid, citycode, username)
DISTRIBUTED BY HASH(siteid) BUCKETS 1
PROPERTIES ("replication_num" = "1");
CREATE TABLE line_delim (
  id INT, name CHAR(10), dt_1 DATETIME DEFAULT CURRENT_TIMESTAMP, dt_3 DATETIMEV2(3) DEFAULT CURRENT_TIMESTAMP
)
DISTRIBUTED BY RANDOM BUCKETS 10
PROPERTIES ("replication_num" = "1");
