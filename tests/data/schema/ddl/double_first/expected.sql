CREATE TABLE IF NOT EXISTS `game`.`scores` (
  `player` VARCHAR(64) NOT NULL COMMENT 'player',
  `score` DOUBLE NOT NULL COMMENT 'score',
  `ts` DATETIME(1) NOT NULL COMMENT 'ts'
)
ENGINE=OLAP
DUPLICATE KEY(`player`)
DISTRIBUTED BY HASH(`player`) BUCKETS AUTO
PROPERTIES (
  "replication_num" = "1"
);
