CREATE TABLE IF NOT EXISTS `inv`.`stock` (
  `sku` VARCHAR(64) NOT NULL COMMENT 'sku',
  `region` VARCHAR(64) NOT NULL COMMENT 'region',
  `name` VARCHAR(64) NOT NULL COMMENT 'name',
  `qty` INT NOT NULL COMMENT 'qty'
)
ENGINE=OLAP
UNIQUE KEY(`sku`, `region`)
DISTRIBUTED BY HASH(`sku`, `region`) BUCKETS AUTO
PROPERTIES (
  "replication_num" = "1",
  "enable_unique_key_merge_on_write" = "true"
);
