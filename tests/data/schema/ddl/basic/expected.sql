CREATE TABLE IF NOT EXISTS `shop`.`orders` (
  `order_id` INT NOT NULL COMMENT 'Order ID',
  `customer` VARCHAR(64) NOT NULL COMMENT 'Customer',
  `amount` DECIMAL(18,2) NOT NULL COMMENT 'Amount',
  `order_date` DATE NOT NULL COMMENT 'Order Date',
  `shipped` BOOLEAN NOT NULL COMMENT 'Shipped',
  `zip` VARCHAR(64) NOT NULL COMMENT 'Zip',
  `note` VARCHAR(64) NULL COMMENT 'Note'
)
ENGINE=OLAP
DUPLICATE KEY(`order_id`)
DISTRIBUTED BY HASH(`order_id`) BUCKETS AUTO
PROPERTIES (
  "replication_num" = "1"
);
