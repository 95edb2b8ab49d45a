CREATE TABLE IF NOT EXISTS `web`.`daily` (
  `day` DATE NOT NULL COMMENT 'day',
  `visits` INT NOT NULL COMMENT 'visits'
)
ENGINE=OLAP
DUPLICATE KEY(`day`)
COMMENT 'daily visits'
DISTRIBUTED BY HASH(`day`) BUCKETS 8
PROPERTIES (
  "replication_num" = "3"
);
