CREATE TABLE IF NOT EXISTS `db`.`t` (
  `id` INT NOT NULL COMMENT 'id',
  `evil_name` VARCHAR(64) NOT NULL COMMENT 'evil`name',
  `it_s` VARCHAR(64) NOT NULL COMMENT 'it\'s',
  `line1_line2` VARCHAR(64) NOT NULL COMMENT 'line1\nline2',
  `column_5` DECIMAL(18,1) NOT NULL COMMENT '金额',
  `order` VARCHAR(64) NOT NULL COMMENT 'order',
  `column_7` BOOLEAN NOT NULL
)
ENGINE=OLAP
DUPLICATE KEY(`id`)
DISTRIBUTED BY HASH(`id`) BUCKETS AUTO
PROPERTIES (
  "replication_num" = "1"
);
