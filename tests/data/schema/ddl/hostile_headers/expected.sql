CREATE TABLE IF NOT EXISTS `db`.`t` (
  `id` TINYINT NOT NULL COMMENT 'id',
  `evil_name` VARCHAR(16) NOT NULL COMMENT 'evil`name',
  `it_s` VARCHAR(16) NOT NULL COMMENT 'it\'s',
  `line1_line2` VARCHAR(16) NOT NULL COMMENT 'line1\nline2',
  `column_5` DECIMAL(2,1) NOT NULL COMMENT '金额',
  `order` VARCHAR(16) NOT NULL COMMENT 'order',
  `column_7` VARCHAR(16) NOT NULL
)
ENGINE=OLAP
DUPLICATE KEY(`id`)
DISTRIBUTED BY HASH(`id`) BUCKETS AUTO
PROPERTIES (
  "replication_num" = "1"
);
