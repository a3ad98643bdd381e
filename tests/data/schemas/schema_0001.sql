-- The case database as evactrack wrote it at schema revision 0001 (demo data: 40
-- fictitious persons), as SQL text: never a database file in the repository. Its
-- full-text index is derived data, left out here and rebuilt by the test.
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE audit_events (
	id INTEGER NOT NULL, 
	occurred_at DATETIME NOT NULL, 
	user_id INTEGER, 
	username VARCHAR(100), 
	action VARCHAR(32) NOT NULL, 
	entity VARCHAR(50) NOT NULL, 
	entity_id INTEGER, 
	field VARCHAR(100), 
	old_value TEXT, 
	new_value TEXT, 
	CONSTRAINT pk_audit_events PRIMARY KEY (id), 
	CONSTRAINT fk_audit_events_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);
INSERT INTO "audit_events" VALUES(1,'2026-11-25 10:54:41.566489',1,'field-office','create','rendezvous_point',1,NULL,NULL,'Baron Hotel gate');
INSERT INTO "audit_events" VALUES(2,'2026-11-25 10:54:41.567631',1,'field-office','create','rendezvous_point',2,NULL,NULL,'North Gate');
INSERT INTO "audit_events" VALUES(3,'2026-11-25 10:54:41.568023',1,'field-office','create','rendezvous_point',3,NULL,NULL,'East Gate');
INSERT INTO "audit_events" VALUES(4,'2026-11-25 10:54:41.568383',1,'field-office','create','rendezvous_point',4,NULL,NULL,'Serena Hotel car park');
INSERT INTO "audit_events" VALUES(5,'2026-11-25 10:54:41.568684',1,'field-office','create','rendezvous_point',5,NULL,NULL,'Camp Sullivan road');
INSERT INTO "audit_events" VALUES(6,'2026-11-25 10:54:41.568972',1,'field-office','create','rendezvous_point',6,NULL,NULL,'Wazir Akbar Khan mosque');
INSERT INTO "audit_events" VALUES(7,'2026-11-15 17:05:40.316699',1,'field-office','create','person',1,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(8,'2026-11-16 06:49:12.059474',1,'field-office','transition','person',1,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(9,'2026-11-15 17:05:40.316699',1,'field-office','create','person',2,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(10,'2026-11-16 06:49:12.059474',1,'field-office','transition','person',2,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(11,'2026-11-15 17:05:40.316699',1,'field-office','create','person',3,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(12,'2026-11-16 06:49:12.059474',1,'field-office','transition','person',3,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(13,'2026-11-15 17:05:40.316699',1,'field-office','create','person',4,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(14,'2026-11-16 06:49:12.059474',1,'field-office','transition','person',4,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(15,'2026-11-15 17:05:40.316699',1,'field-office','create','person',5,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(16,'2026-11-16 06:49:12.059474',1,'field-office','transition','person',5,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(17,'2026-11-15 17:05:40.316699',1,'field-office','create','person',6,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(18,'2026-11-16 06:49:12.059474',1,'field-office','transition','person',6,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(19,'2026-11-22 02:58:57.594047',1,'field-office','create','person',7,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(20,'2026-11-22 09:59:42.675372',1,'field-office','transition','person',7,'status','new','no_contact');
INSERT INTO "audit_events" VALUES(21,'2026-11-12 17:38:21.339412',1,'field-office','create','person',8,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(22,'2026-11-12 21:54:01.173881',1,'field-office','transition','person',8,'status','new','contacted');
INSERT INTO "audit_events" VALUES(23,'2026-11-13 02:43:00.000000',1,'field-office','transition','person',8,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(24,'2026-11-13 02:07:38.840588',1,'field-office','transition','person',8,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(25,'2026-11-13 02:46:00.000000',1,'field-office','transition','person',8,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(26,'2026-11-13 05:19:00.000000',1,'field-office','transition','person',8,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(27,'2026-11-13 10:58:00.696778',1,'field-office','transition','person',8,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(28,'2026-11-12 17:38:21.339412',1,'field-office','create','person',9,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(29,'2026-11-12 21:54:01.173881',1,'field-office','transition','person',9,'status','new','contacted');
INSERT INTO "audit_events" VALUES(30,'2026-11-13 02:43:00.000000',1,'field-office','transition','person',9,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(31,'2026-11-13 02:07:38.840588',1,'field-office','transition','person',9,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(32,'2026-11-13 02:46:00.000000',1,'field-office','transition','person',9,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(33,'2026-11-13 05:19:00.000000',1,'field-office','transition','person',9,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(34,'2026-11-13 10:58:00.696778',1,'field-office','transition','person',9,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(35,'2026-11-17 10:10:03.065684',1,'field-office','create','person',10,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(36,'2026-11-17 18:27:54.137305',1,'field-office','transition','person',10,'status','new','contacted');
INSERT INTO "audit_events" VALUES(37,'2026-11-25 10:54:41.000000',1,'field-office','transition','person',10,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(38,'2026-11-25 10:54:41.000000',1,'field-office','transition','person',10,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(39,'2026-11-18 22:07:23.076129',1,'field-office','create','person',11,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(40,'2026-11-19 19:16:22.818247',1,'field-office','transition','person',11,'status','new','contacted');
INSERT INTO "audit_events" VALUES(41,'2026-11-22 03:07:00.000000',1,'field-office','transition','person',11,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(42,'2026-11-22 02:11:03.924951',1,'field-office','transition','person',11,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(43,'2026-11-22 03:18:00.000000',1,'field-office','transition','person',11,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(44,'2026-11-22 05:55:00.000000',1,'field-office','transition','person',11,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(45,'2026-11-22 17:43:23.519035',1,'field-office','transition','person',11,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(46,'2026-11-14 14:33:01.295228',1,'field-office','create','person',12,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(47,'2026-11-15 16:47:52.824415',1,'field-office','transition','person',12,'status','new','contacted');
INSERT INTO "audit_events" VALUES(48,'2026-11-16 02:55:00.000000',1,'field-office','transition','person',12,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(49,'2026-11-16 02:35:39.132883',1,'field-office','transition','person',12,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(50,'2026-11-16 02:54:00.000000',1,'field-office','transition','person',12,'status','assigned','refused');
INSERT INTO "audit_events" VALUES(51,'2026-11-14 14:33:01.295228',1,'field-office','create','person',13,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(52,'2026-11-15 00:55:09.370709',1,'field-office','transition','person',13,'status','new','contacted');
INSERT INTO "audit_events" VALUES(53,'2026-11-16 02:25:00.000000',1,'field-office','transition','person',13,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(54,'2026-11-16 02:11:41.697697',1,'field-office','transition','person',13,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(55,'2026-11-16 02:42:00.000000',1,'field-office','transition','person',13,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(56,'2026-11-16 05:16:00.000000',1,'field-office','transition','person',13,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(57,'2026-11-16 09:20:45.485660',1,'field-office','transition','person',13,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(58,'2026-11-14 14:33:01.295228',1,'field-office','create','person',14,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(59,'2026-11-15 16:47:52.824415',1,'field-office','transition','person',14,'status','new','contacted');
INSERT INTO "audit_events" VALUES(60,'2026-11-16 02:55:00.000000',1,'field-office','transition','person',14,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(61,'2026-11-16 02:35:39.132883',1,'field-office','transition','person',14,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(62,'2026-11-16 02:54:00.000000',1,'field-office','transition','person',14,'status','assigned','refused');
INSERT INTO "audit_events" VALUES(63,'2026-11-20 09:50:49.381392',1,'field-office','create','person',15,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(64,'2026-11-21 04:33:59.101545',1,'field-office','transition','person',15,'status','new','contacted');
INSERT INTO "audit_events" VALUES(65,'2026-11-22 07:59:58.687709',1,'field-office','transition','person',15,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(66,'2026-11-20 09:50:49.381392',1,'field-office','create','person',16,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(67,'2026-11-21 04:33:59.101545',1,'field-office','transition','person',16,'status','new','contacted');
INSERT INTO "audit_events" VALUES(68,'2026-11-22 07:59:58.687709',1,'field-office','transition','person',16,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(69,'2026-11-20 09:50:49.381392',1,'field-office','create','person',17,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(70,'2026-11-21 04:33:59.101545',1,'field-office','transition','person',17,'status','new','contacted');
INSERT INTO "audit_events" VALUES(71,'2026-11-22 07:59:58.687709',1,'field-office','transition','person',17,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(72,'2026-11-20 09:50:49.381392',1,'field-office','create','person',18,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(73,'2026-11-21 04:33:59.101545',1,'field-office','transition','person',18,'status','new','contacted');
INSERT INTO "audit_events" VALUES(74,'2026-11-22 07:59:58.687709',1,'field-office','transition','person',18,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(75,'2026-11-20 09:50:49.381392',1,'field-office','create','person',19,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(76,'2026-11-21 04:33:59.101545',1,'field-office','transition','person',19,'status','new','contacted');
INSERT INTO "audit_events" VALUES(77,'2026-11-22 07:59:58.687709',1,'field-office','transition','person',19,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(78,'2026-11-20 09:50:49.381392',1,'field-office','create','person',20,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(79,'2026-11-21 04:33:59.101545',1,'field-office','transition','person',20,'status','new','contacted');
INSERT INTO "audit_events" VALUES(80,'2026-11-22 07:59:58.687709',1,'field-office','transition','person',20,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(81,'2026-11-18 03:21:18.429926',1,'field-office','create','person',21,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(82,'2026-11-19 05:06:18.314756',1,'field-office','transition','person',21,'status','new','contacted');
INSERT INTO "audit_events" VALUES(83,'2026-11-20 11:02:00.000000',1,'field-office','transition','person',21,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(84,'2026-11-20 10:26:13.514253',1,'field-office','transition','person',21,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(85,'2026-11-20 11:29:00.000000',1,'field-office','transition','person',21,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(86,'2026-11-20 13:22:00.000000',1,'field-office','transition','person',21,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(87,'2026-11-20 18:13:56.842288',1,'field-office','transition','person',21,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(88,'2026-11-14 09:12:10.390289',1,'field-office','create','person',22,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(89,'2026-11-19 15:51:16.870889',1,'field-office','create','person',23,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(90,'2026-11-20 19:21:55.949088',1,'field-office','transition','person',23,'status','new','contacted');
INSERT INTO "audit_events" VALUES(91,'2026-11-21 11:07:00.000000',1,'field-office','transition','person',23,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(92,'2026-11-21 10:12:51.690247',1,'field-office','transition','person',23,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(93,'2026-11-21 11:21:00.000000',1,'field-office','transition','person',23,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(94,'2026-11-21 13:45:00.000000',1,'field-office','transition','person',23,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(95,'2026-11-22 10:27:46.075274',1,'field-office','transition','person',23,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(96,'2026-11-19 15:51:16.870889',1,'field-office','create','person',24,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(97,'2026-11-20 19:21:55.949088',1,'field-office','transition','person',24,'status','new','contacted');
INSERT INTO "audit_events" VALUES(98,'2026-11-21 11:07:00.000000',1,'field-office','transition','person',24,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(99,'2026-11-21 10:12:51.690247',1,'field-office','transition','person',24,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(100,'2026-11-21 11:21:00.000000',1,'field-office','transition','person',24,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(101,'2026-11-21 13:45:00.000000',1,'field-office','transition','person',24,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(102,'2026-11-22 10:27:46.075274',1,'field-office','transition','person',24,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(103,'2026-11-19 15:51:16.870889',1,'field-office','create','person',25,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(104,'2026-11-20 19:21:55.949088',1,'field-office','transition','person',25,'status','new','contacted');
INSERT INTO "audit_events" VALUES(105,'2026-11-21 11:07:00.000000',1,'field-office','transition','person',25,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(106,'2026-11-21 10:12:51.690247',1,'field-office','transition','person',25,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(107,'2026-11-21 11:21:00.000000',1,'field-office','transition','person',25,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(108,'2026-11-21 13:45:00.000000',1,'field-office','transition','person',25,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(109,'2026-11-22 10:27:46.075274',1,'field-office','transition','person',25,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(110,'2026-11-13 20:00:00.000000',1,'field-office','create','person',26,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(111,'2026-11-14 05:05:32.234037',1,'field-office','transition','person',26,'status','new','contacted');
INSERT INTO "audit_events" VALUES(112,'2026-11-14 02:59:00.000000',1,'field-office','transition','person',26,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(113,'2026-11-14 02:10:36.873504',1,'field-office','transition','person',26,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(114,'2026-11-14 02:56:00.000000',1,'field-office','transition','person',26,'status','assigned','refused');
INSERT INTO "audit_events" VALUES(115,'2026-11-13 20:00:00.000000',1,'field-office','create','person',27,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(116,'2026-11-14 06:52:27.267699',1,'field-office','transition','person',27,'status','new','contacted');
INSERT INTO "audit_events" VALUES(117,'2026-11-14 02:37:00.000000',1,'field-office','transition','person',27,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(118,'2026-11-14 02:22:37.884330',1,'field-office','transition','person',27,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(119,'2026-11-14 02:30:00.000000',1,'field-office','transition','person',27,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(120,'2026-11-14 05:06:00.000000',1,'field-office','transition','person',27,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(121,'2026-11-14 22:57:22.505235',1,'field-office','transition','person',27,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(122,'2026-11-13 20:00:00.000000',1,'field-office','create','person',28,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(123,'2026-11-14 12:31:44.155873',1,'field-office','transition','person',28,'status','new','contacted');
INSERT INTO "audit_events" VALUES(124,'2026-11-14 03:05:00.000000',1,'field-office','transition','person',28,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(125,'2026-11-14 02:34:46.336087',1,'field-office','transition','person',28,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(126,'2026-11-14 03:15:00.000000',1,'field-office','transition','person',28,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(127,'2026-11-14 05:33:00.000000',1,'field-office','transition','person',28,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(128,'2026-11-14 11:06:49.683062',1,'field-office','transition','person',28,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(129,'2026-11-14 20:00:00.000000',1,'field-office','create','person',29,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(130,'2026-11-15 21:41:04.904357',1,'field-office','transition','person',29,'status','new','contacted');
INSERT INTO "audit_events" VALUES(131,'2026-11-15 02:39:00.000000',1,'field-office','transition','person',29,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(132,'2026-11-15 02:21:57.532686',1,'field-office','transition','person',29,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(133,'2026-11-15 03:16:00.000000',1,'field-office','transition','person',29,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(134,'2026-11-15 05:22:00.000000',1,'field-office','transition','person',29,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(135,'2026-11-16 08:35:59.059522',1,'field-office','transition','person',29,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(136,'2026-11-14 20:00:00.000000',1,'field-office','create','person',30,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(137,'2026-11-15 21:41:04.904357',1,'field-office','transition','person',30,'status','new','contacted');
INSERT INTO "audit_events" VALUES(138,'2026-11-15 02:39:00.000000',1,'field-office','transition','person',30,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(139,'2026-11-15 02:21:57.532686',1,'field-office','transition','person',30,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(140,'2026-11-15 03:16:00.000000',1,'field-office','transition','person',30,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(141,'2026-11-15 05:22:00.000000',1,'field-office','transition','person',30,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(142,'2026-11-16 08:35:59.059522',1,'field-office','transition','person',30,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(143,'2026-11-14 20:00:00.000000',1,'field-office','create','person',31,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(144,'2026-11-15 21:41:04.904357',1,'field-office','transition','person',31,'status','new','contacted');
INSERT INTO "audit_events" VALUES(145,'2026-11-15 02:39:00.000000',1,'field-office','transition','person',31,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(146,'2026-11-15 02:21:57.532686',1,'field-office','transition','person',31,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(147,'2026-11-15 03:16:00.000000',1,'field-office','transition','person',31,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(148,'2026-11-15 05:22:00.000000',1,'field-office','transition','person',31,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(149,'2026-11-16 08:35:59.059522',1,'field-office','transition','person',31,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(150,'2026-11-14 20:00:00.000000',1,'field-office','create','person',32,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(151,'2026-11-15 21:41:04.904357',1,'field-office','transition','person',32,'status','new','contacted');
INSERT INTO "audit_events" VALUES(152,'2026-11-15 02:39:00.000000',1,'field-office','transition','person',32,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(153,'2026-11-15 02:21:57.532686',1,'field-office','transition','person',32,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(154,'2026-11-15 03:16:00.000000',1,'field-office','transition','person',32,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(155,'2026-11-15 05:22:00.000000',1,'field-office','transition','person',32,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(156,'2026-11-16 08:35:59.059522',1,'field-office','transition','person',32,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(157,'2026-11-14 20:00:00.000000',1,'field-office','create','person',33,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(158,'2026-11-15 21:41:04.904357',1,'field-office','transition','person',33,'status','new','contacted');
INSERT INTO "audit_events" VALUES(159,'2026-11-15 02:39:00.000000',1,'field-office','transition','person',33,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(160,'2026-11-15 02:21:57.532686',1,'field-office','transition','person',33,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(161,'2026-11-15 03:16:00.000000',1,'field-office','transition','person',33,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(162,'2026-11-15 05:22:00.000000',1,'field-office','transition','person',33,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(163,'2026-11-16 08:35:59.059522',1,'field-office','transition','person',33,'status','at_airport','evacuated');
INSERT INTO "audit_events" VALUES(164,'2026-11-15 20:47:35.365149',1,'field-office','create','person',34,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(165,'2026-11-16 16:53:48.579207',1,'field-office','transition','person',34,'status','new','contacted');
INSERT INTO "audit_events" VALUES(166,'2026-11-23 02:27:00.000000',1,'field-office','transition','person',34,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(167,'2026-11-23 02:15:18.507772',1,'field-office','transition','person',34,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(168,'2026-11-23 02:39:00.000000',1,'field-office','transition','person',34,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(169,'2026-11-23 05:33:00.000000',1,'field-office','transition','person',34,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(170,'2026-11-15 20:47:35.365149',1,'field-office','create','person',35,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(171,'2026-11-16 16:53:48.579207',1,'field-office','transition','person',35,'status','new','contacted');
INSERT INTO "audit_events" VALUES(172,'2026-11-23 02:27:00.000000',1,'field-office','transition','person',35,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(173,'2026-11-23 02:15:18.507772',1,'field-office','transition','person',35,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(174,'2026-11-23 02:39:00.000000',1,'field-office','transition','person',35,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(175,'2026-11-23 05:33:00.000000',1,'field-office','transition','person',35,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(176,'2026-11-15 20:47:35.365149',1,'field-office','create','person',36,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(177,'2026-11-16 16:53:48.579207',1,'field-office','transition','person',36,'status','new','contacted');
INSERT INTO "audit_events" VALUES(178,'2026-11-23 02:27:00.000000',1,'field-office','transition','person',36,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(179,'2026-11-23 02:15:18.507772',1,'field-office','transition','person',36,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(180,'2026-11-23 02:39:00.000000',1,'field-office','transition','person',36,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(181,'2026-11-23 05:33:00.000000',1,'field-office','transition','person',36,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(182,'2026-11-15 20:47:35.365149',1,'field-office','create','person',37,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(183,'2026-11-16 16:53:48.579207',1,'field-office','transition','person',37,'status','new','contacted');
INSERT INTO "audit_events" VALUES(184,'2026-11-23 02:27:00.000000',1,'field-office','transition','person',37,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(185,'2026-11-23 02:15:18.507772',1,'field-office','transition','person',37,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(186,'2026-11-23 02:39:00.000000',1,'field-office','transition','person',37,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(187,'2026-11-23 05:33:00.000000',1,'field-office','transition','person',37,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(188,'2026-11-21 04:00:00.000000',1,'field-office','create','person',38,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(189,'2026-11-21 09:24:44.040656',1,'field-office','transition','person',38,'status','new','contacted');
INSERT INTO "audit_events" VALUES(190,'2026-11-21 11:07:00.000000',1,'field-office','transition','person',38,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(191,'2026-11-21 10:22:44.163137',1,'field-office','transition','person',38,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(192,'2026-11-21 10:33:00.000000',1,'field-office','transition','person',38,'status','assigned','verified');
INSERT INTO "audit_events" VALUES(193,'2026-11-21 04:00:00.000000',1,'field-office','create','person',39,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(194,'2026-11-21 09:24:44.040656',1,'field-office','transition','person',39,'status','new','contacted');
INSERT INTO "audit_events" VALUES(195,'2026-11-21 11:07:00.000000',1,'field-office','transition','person',39,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(196,'2026-11-21 10:22:44.163137',1,'field-office','transition','person',39,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(197,'2026-11-21 10:33:00.000000',1,'field-office','transition','person',39,'status','assigned','verified');
INSERT INTO "audit_events" VALUES(198,'2026-11-14 03:56:31.504694',1,'field-office','create','person',40,NULL,NULL,'demo data');
INSERT INTO "audit_events" VALUES(199,'2026-11-15 02:43:38.880446',1,'field-office','transition','person',40,'status','new','contacted');
INSERT INTO "audit_events" VALUES(200,'2026-11-24 10:50:00.000000',1,'field-office','transition','person',40,'status','contacted','verified');
INSERT INTO "audit_events" VALUES(201,'2026-11-24 10:12:31.676371',1,'field-office','transition','person',40,'status','verified','assigned');
INSERT INTO "audit_events" VALUES(202,'2026-11-24 11:25:00.000000',1,'field-office','transition','person',40,'status','assigned','in_transit');
INSERT INTO "audit_events" VALUES(203,'2026-11-24 13:03:00.000000',1,'field-office','transition','person',40,'status','in_transit','at_airport');
INSERT INTO "audit_events" VALUES(204,'2026-11-25 10:54:41.000000',1,'field-office','create','demo',NULL,'persons',NULL,'40');
CREATE TABLE contact_attempts (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	channel VARCHAR(32) NOT NULL, 
	outcome VARCHAR(32) NOT NULL, 
	note TEXT, 
	occurred_at DATETIME NOT NULL, 
	user_id INTEGER, 
	next_attempt_due DATETIME, 
	CONSTRAINT pk_contact_attempts PRIMARY KEY (id), 
	CONSTRAINT fk_contact_attempts_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE, 
	CONSTRAINT fk_contact_attempts_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);
INSERT INTO "contact_attempts" VALUES(1,1,'whatsapp','no_answer',NULL,'2026-11-16 03:10:12.059474',1,NULL);
INSERT INTO "contact_attempts" VALUES(2,2,'phone','message_left',NULL,'2026-11-16 05:24:12.059474',1,NULL);
INSERT INTO "contact_attempts" VALUES(3,3,'phone','no_answer',NULL,'2026-11-16 01:58:12.059474',1,NULL);
INSERT INTO "contact_attempts" VALUES(4,4,'whatsapp','wrong_number',NULL,'2026-11-16 00:29:12.059474',1,NULL);
INSERT INTO "contact_attempts" VALUES(5,4,'phone','no_answer',NULL,'2026-11-19 09:24:21.775278',1,NULL);
INSERT INTO "contact_attempts" VALUES(6,4,'whatsapp','no_answer',NULL,'2026-11-22 20:26:56.229898',1,NULL);
INSERT INTO "contact_attempts" VALUES(7,5,'signal','wrong_number',NULL,'2026-11-16 04:24:12.059474',1,NULL);
INSERT INTO "contact_attempts" VALUES(8,5,'whatsapp','no_answer',NULL,'2026-11-16 20:34:44.774742',1,NULL);
INSERT INTO "contact_attempts" VALUES(9,6,'whatsapp','no_answer',NULL,'2026-11-15 22:12:12.059474',1,NULL);
INSERT INTO "contact_attempts" VALUES(10,6,'whatsapp','wrong_number',NULL,'2026-11-23 15:34:29.335769',1,NULL);
INSERT INTO "contact_attempts" VALUES(11,6,'whatsapp','no_answer',NULL,'2026-11-24 00:59:06.882360',1,NULL);
INSERT INTO "contact_attempts" VALUES(12,7,'whatsapp','message_left',NULL,'2026-11-22 07:30:42.675372',1,NULL);
INSERT INTO "contact_attempts" VALUES(13,7,'phone','wrong_number',NULL,'2026-11-24 15:30:46.177508',1,NULL);
INSERT INTO "contact_attempts" VALUES(14,7,'signal','wrong_number',NULL,'2026-11-25 08:55:11.033730',1,NULL);
INSERT INTO "contact_attempts" VALUES(15,8,'whatsapp','reached',NULL,'2026-11-12 18:55:01.173881',1,NULL);
INSERT INTO "contact_attempts" VALUES(16,8,'phone','reached',NULL,'2026-11-12 19:15:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(17,8,'signal','reached',NULL,'2026-11-12 21:40:38.840588',1,NULL);
INSERT INTO "contact_attempts" VALUES(18,8,'phone','reached',NULL,'2026-11-13 00:31:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(19,8,'sms','reached',NULL,'2026-11-12 19:39:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(20,8,'sms','reached',NULL,'2026-11-13 05:32:00.696778',1,NULL);
INSERT INTO "contact_attempts" VALUES(21,8,'whatsapp','reached',NULL,'2026-11-23 19:37:50.377088',1,NULL);
INSERT INTO "contact_attempts" VALUES(22,9,'signal','reached',NULL,'2026-11-12 17:38:21.339412',1,NULL);
INSERT INTO "contact_attempts" VALUES(23,9,'signal','reached',NULL,'2026-11-12 22:55:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(24,9,'signal','reached',NULL,'2026-11-13 00:58:38.840588',1,NULL);
INSERT INTO "contact_attempts" VALUES(25,9,'whatsapp','reached',NULL,'2026-11-12 19:31:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(26,9,'sms','reached',NULL,'2026-11-12 20:16:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(27,9,'whatsapp','reached',NULL,'2026-11-13 01:37:00.696778',1,NULL);
INSERT INTO "contact_attempts" VALUES(28,10,'sms','reached',NULL,'2026-11-17 15:11:54.137305',1,NULL);
INSERT INTO "contact_attempts" VALUES(29,10,'sms','reached',NULL,'2026-11-25 04:45:41.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(30,10,'phone','reached',NULL,'2026-11-25 09:52:41.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(31,10,'whatsapp','reached',NULL,'2026-11-25 10:54:41.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(32,11,'whatsapp','reached',NULL,'2026-11-19 18:49:22.818247',1,NULL);
INSERT INTO "contact_attempts" VALUES(33,11,'signal','reached',NULL,'2026-11-21 23:32:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(34,11,'phone','reached',NULL,'2026-11-21 20:44:03.924951',1,NULL);
INSERT INTO "contact_attempts" VALUES(35,11,'signal','reached',NULL,'2026-11-22 01:14:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(36,11,'whatsapp','reached',NULL,'2026-11-21 21:17:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(37,11,'sms','reached',NULL,'2026-11-22 14:13:23.519035',1,NULL);
INSERT INTO "contact_attempts" VALUES(38,11,'signal','reached',NULL,'2026-11-23 18:19:25.995635',1,NULL);
INSERT INTO "contact_attempts" VALUES(39,12,'signal','reached',NULL,'2026-11-15 15:49:52.824415',1,NULL);
INSERT INTO "contact_attempts" VALUES(40,12,'phone','reached',NULL,'2026-11-15 19:34:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(41,12,'signal','reached',NULL,'2026-11-15 20:32:39.132883',1,NULL);
INSERT INTO "contact_attempts" VALUES(42,12,'sms','reached',NULL,'2026-11-15 22:49:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(43,12,'signal','reached',NULL,'2026-11-21 19:06:09.885960',1,NULL);
INSERT INTO "contact_attempts" VALUES(44,13,'sms','reached',NULL,'2026-11-14 20:39:09.370709',1,NULL);
INSERT INTO "contact_attempts" VALUES(45,13,'phone','reached',NULL,'2026-11-15 18:58:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(46,13,'whatsapp','reached',NULL,'2026-11-15 17:43:41.697697',1,NULL);
INSERT INTO "contact_attempts" VALUES(47,13,'signal','reached',NULL,'2026-11-15 18:33:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(48,13,'sms','reached',NULL,'2026-11-16 04:09:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(49,13,'sms','reached',NULL,'2026-11-16 04:16:45.485660',1,NULL);
INSERT INTO "contact_attempts" VALUES(50,13,'sms','reached',NULL,'2026-11-18 21:27:55.061377',1,NULL);
INSERT INTO "contact_attempts" VALUES(51,14,'sms','reached',NULL,'2026-11-15 09:28:52.824415',1,NULL);
INSERT INTO "contact_attempts" VALUES(52,14,'whatsapp','reached',NULL,'2026-11-15 18:01:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(53,14,'signal','reached',NULL,'2026-11-15 20:07:39.132883',1,NULL);
INSERT INTO "contact_attempts" VALUES(54,14,'whatsapp','reached',NULL,'2026-11-16 00:47:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(55,15,'phone','reached',NULL,'2026-11-20 19:20:59.101545',1,NULL);
INSERT INTO "contact_attempts" VALUES(56,15,'whatsapp','reached',NULL,'2026-11-22 07:51:58.687709',1,NULL);
INSERT INTO "contact_attempts" VALUES(57,15,'phone','reached',NULL,'2026-11-23 14:46:07.910494',1,NULL);
INSERT INTO "contact_attempts" VALUES(58,16,'whatsapp','reached',NULL,'2026-11-21 03:43:59.101545',1,NULL);
INSERT INTO "contact_attempts" VALUES(59,16,'sms','reached',NULL,'2026-11-22 01:31:58.687709',1,NULL);
INSERT INTO "contact_attempts" VALUES(60,17,'phone','reached',NULL,'2026-11-21 03:03:59.101545',1,NULL);
INSERT INTO "contact_attempts" VALUES(61,17,'sms','reached',NULL,'2026-11-22 03:40:58.687709',1,NULL);
INSERT INTO "contact_attempts" VALUES(62,18,'phone','reached',NULL,'2026-11-20 22:06:59.101545',1,NULL);
INSERT INTO "contact_attempts" VALUES(63,18,'sms','reached',NULL,'2026-11-21 22:58:58.687709',1,NULL);
INSERT INTO "contact_attempts" VALUES(64,18,'signal','reached',NULL,'2026-11-24 04:39:03.788513',1,NULL);
INSERT INTO "contact_attempts" VALUES(65,19,'signal','reached',NULL,'2026-11-21 04:19:59.101545',1,NULL);
INSERT INTO "contact_attempts" VALUES(66,19,'whatsapp','reached',NULL,'2026-11-22 06:17:58.687709',1,NULL);
INSERT INTO "contact_attempts" VALUES(67,20,'phone','reached',NULL,'2026-11-20 23:08:59.101545',1,NULL);
INSERT INTO "contact_attempts" VALUES(68,20,'phone','reached',NULL,'2026-11-22 03:55:58.687709',1,NULL);
INSERT INTO "contact_attempts" VALUES(69,20,'sms','reached',NULL,'2026-11-23 13:28:33.646027',1,NULL);
INSERT INTO "contact_attempts" VALUES(70,21,'sms','reached',NULL,'2026-11-18 19:27:18.314756',1,NULL);
INSERT INTO "contact_attempts" VALUES(71,21,'signal','reached',NULL,'2026-11-20 10:07:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(72,21,'whatsapp','reached',NULL,'2026-11-20 03:44:13.514253',1,NULL);
INSERT INTO "contact_attempts" VALUES(73,21,'sms','reached',NULL,'2026-11-20 08:29:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(74,21,'sms','reached',NULL,'2026-11-20 06:12:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(75,21,'phone','reached',NULL,'2026-11-20 11:36:56.842288',1,NULL);
INSERT INTO "contact_attempts" VALUES(76,21,'sms','reached',NULL,'2026-11-21 23:17:27.023907',1,NULL);
INSERT INTO "contact_attempts" VALUES(77,23,'whatsapp','reached',NULL,'2026-11-20 15:01:55.949088',1,NULL);
INSERT INTO "contact_attempts" VALUES(78,23,'whatsapp','reached',NULL,'2026-11-21 02:59:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(79,23,'sms','reached',NULL,'2026-11-21 05:43:51.690247',1,NULL);
INSERT INTO "contact_attempts" VALUES(80,23,'phone','reached',NULL,'2026-11-21 03:14:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(81,23,'sms','reached',NULL,'2026-11-21 06:28:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(82,23,'signal','reached',NULL,'2026-11-22 01:09:46.075274',1,NULL);
INSERT INTO "contact_attempts" VALUES(83,24,'phone','reached',NULL,'2026-11-20 15:28:55.949088',1,NULL);
INSERT INTO "contact_attempts" VALUES(84,24,'whatsapp','reached',NULL,'2026-11-21 07:23:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(85,24,'signal','reached',NULL,'2026-11-21 04:49:51.690247',1,NULL);
INSERT INTO "contact_attempts" VALUES(86,24,'signal','reached',NULL,'2026-11-21 09:32:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(87,24,'sms','reached',NULL,'2026-11-21 12:01:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(88,24,'signal','reached',NULL,'2026-11-22 05:07:46.075274',1,NULL);
INSERT INTO "contact_attempts" VALUES(89,24,'sms','reached',NULL,'2026-11-25 00:42:43.817693',1,NULL);
INSERT INTO "contact_attempts" VALUES(90,25,'phone','reached',NULL,'2026-11-20 13:27:55.949088',1,NULL);
INSERT INTO "contact_attempts" VALUES(91,25,'phone','reached',NULL,'2026-11-21 10:04:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(92,25,'whatsapp','reached',NULL,'2026-11-21 05:00:51.690247',1,NULL);
INSERT INTO "contact_attempts" VALUES(93,25,'signal','reached',NULL,'2026-11-21 04:14:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(94,25,'whatsapp','reached',NULL,'2026-11-21 08:06:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(95,25,'phone','reached',NULL,'2026-11-22 01:05:46.075274',1,NULL);
INSERT INTO "contact_attempts" VALUES(96,25,'sms','reached',NULL,'2026-11-24 05:23:41.523505',1,NULL);
INSERT INTO "contact_attempts" VALUES(97,26,'phone','reached',NULL,'2026-11-13 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(98,26,'whatsapp','reached',NULL,'2026-11-13 21:54:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(99,26,'phone','reached',NULL,'2026-11-13 20:15:36.873504',1,NULL);
INSERT INTO "contact_attempts" VALUES(100,26,'sms','reached',NULL,'2026-11-14 02:01:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(101,27,'sms','reached',NULL,'2026-11-14 00:35:27.267699',1,NULL);
INSERT INTO "contact_attempts" VALUES(102,27,'whatsapp','reached',NULL,'2026-11-13 20:56:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(103,27,'signal','reached',NULL,'2026-11-13 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(104,27,'signal','reached',NULL,'2026-11-13 22:54:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(105,27,'whatsapp','reached',NULL,'2026-11-14 05:01:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(106,27,'phone','reached',NULL,'2026-11-14 14:22:22.505235',1,NULL);
INSERT INTO "contact_attempts" VALUES(107,28,'whatsapp','reached',NULL,'2026-11-14 02:50:44.155873',1,NULL);
INSERT INTO "contact_attempts" VALUES(108,28,'sms','reached',NULL,'2026-11-13 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(109,28,'signal','reached',NULL,'2026-11-14 00:47:46.336087',1,NULL);
INSERT INTO "contact_attempts" VALUES(110,28,'sms','reached',NULL,'2026-11-13 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(111,28,'signal','reached',NULL,'2026-11-13 20:39:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(112,28,'sms','reached',NULL,'2026-11-14 08:59:49.683062',1,NULL);
INSERT INTO "contact_attempts" VALUES(113,28,'phone','reached',NULL,'2026-11-21 02:55:03.539880',1,NULL);
INSERT INTO "contact_attempts" VALUES(114,29,'whatsapp','reached',NULL,'2026-11-15 20:15:04.904357',1,NULL);
INSERT INTO "contact_attempts" VALUES(115,29,'phone','reached',NULL,'2026-11-14 20:33:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(116,29,'sms','reached',NULL,'2026-11-15 02:05:57.532686',1,NULL);
INSERT INTO "contact_attempts" VALUES(117,29,'whatsapp','reached',NULL,'2026-11-14 21:35:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(118,29,'whatsapp','reached',NULL,'2026-11-15 04:22:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(119,29,'sms','reached',NULL,'2026-11-16 03:20:59.059522',1,NULL);
INSERT INTO "contact_attempts" VALUES(120,29,'phone','reached',NULL,'2026-11-16 13:57:45.583867',1,NULL);
INSERT INTO "contact_attempts" VALUES(121,30,'phone','reached',NULL,'2026-11-15 17:55:04.904357',1,NULL);
INSERT INTO "contact_attempts" VALUES(122,30,'signal','reached',NULL,'2026-11-14 21:54:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(123,30,'signal','reached',NULL,'2026-11-14 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(124,30,'whatsapp','reached',NULL,'2026-11-14 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(125,30,'phone','reached',NULL,'2026-11-15 02:20:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(126,30,'signal','reached',NULL,'2026-11-16 03:02:59.059522',1,NULL);
INSERT INTO "contact_attempts" VALUES(127,30,'signal','reached',NULL,'2026-11-25 01:47:43.711503',1,NULL);
INSERT INTO "contact_attempts" VALUES(128,31,'signal','reached',NULL,'2026-11-15 19:49:04.904357',1,NULL);
INSERT INTO "contact_attempts" VALUES(129,31,'sms','reached',NULL,'2026-11-15 02:17:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(130,31,'signal','reached',NULL,'2026-11-15 01:14:57.532686',1,NULL);
INSERT INTO "contact_attempts" VALUES(131,31,'phone','reached',NULL,'2026-11-14 22:17:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(132,31,'signal','reached',NULL,'2026-11-14 22:23:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(133,31,'whatsapp','reached',NULL,'2026-11-16 02:55:59.059522',1,NULL);
INSERT INTO "contact_attempts" VALUES(134,32,'sms','reached',NULL,'2026-11-15 19:54:04.904357',1,NULL);
INSERT INTO "contact_attempts" VALUES(135,32,'phone','reached',NULL,'2026-11-14 20:52:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(136,32,'signal','reached',NULL,'2026-11-14 23:47:57.532686',1,NULL);
INSERT INTO "contact_attempts" VALUES(137,32,'signal','reached',NULL,'2026-11-14 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(138,32,'phone','reached',NULL,'2026-11-14 23:33:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(139,32,'sms','reached',NULL,'2026-11-16 06:53:59.059522',1,NULL);
INSERT INTO "contact_attempts" VALUES(140,33,'whatsapp','reached',NULL,'2026-11-15 20:49:04.904357',1,NULL);
INSERT INTO "contact_attempts" VALUES(141,33,'sms','reached',NULL,'2026-11-14 20:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(142,33,'signal','reached',NULL,'2026-11-15 01:21:57.532686',1,NULL);
INSERT INTO "contact_attempts" VALUES(143,33,'sms','reached',NULL,'2026-11-14 20:18:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(144,33,'signal','reached',NULL,'2026-11-15 03:57:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(145,33,'signal','reached',NULL,'2026-11-16 08:09:59.059522',1,NULL);
INSERT INTO "contact_attempts" VALUES(146,34,'phone','reached',NULL,'2026-11-16 13:33:48.579207',1,NULL);
INSERT INTO "contact_attempts" VALUES(147,34,'whatsapp','reached',NULL,'2026-11-23 00:45:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(148,34,'phone','reached',NULL,'2026-11-22 21:57:18.507772',1,NULL);
INSERT INTO "contact_attempts" VALUES(149,34,'sms','reached',NULL,'2026-11-23 02:11:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(150,34,'phone','reached',NULL,'2026-11-22 22:23:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(151,34,'sms','reached',NULL,'2026-11-25 09:29:28.802638',1,NULL);
INSERT INTO "contact_attempts" VALUES(152,35,'signal','reached',NULL,'2026-11-16 15:27:48.579207',1,NULL);
INSERT INTO "contact_attempts" VALUES(153,35,'sms','reached',NULL,'2026-11-22 22:12:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(154,35,'signal','reached',NULL,'2026-11-22 16:24:18.507772',1,NULL);
INSERT INTO "contact_attempts" VALUES(155,35,'sms','reached',NULL,'2026-11-22 23:31:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(156,35,'sms','reached',NULL,'2026-11-23 03:05:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(157,36,'phone','reached',NULL,'2026-11-16 13:46:48.579207',1,NULL);
INSERT INTO "contact_attempts" VALUES(158,36,'sms','reached',NULL,'2026-11-22 19:20:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(159,36,'phone','reached',NULL,'2026-11-23 00:54:18.507772',1,NULL);
INSERT INTO "contact_attempts" VALUES(160,36,'whatsapp','reached',NULL,'2026-11-22 20:01:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(161,36,'sms','reached',NULL,'2026-11-22 23:31:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(162,36,'signal','reached',NULL,'2026-11-23 13:58:24.190089',1,NULL);
INSERT INTO "contact_attempts" VALUES(163,37,'phone','reached',NULL,'2026-11-16 16:12:48.579207',1,NULL);
INSERT INTO "contact_attempts" VALUES(164,37,'whatsapp','reached',NULL,'2026-11-22 17:08:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(165,37,'signal','reached',NULL,'2026-11-22 17:44:18.507772',1,NULL);
INSERT INTO "contact_attempts" VALUES(166,37,'sms','reached',NULL,'2026-11-22 17:09:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(167,37,'whatsapp','reached',NULL,'2026-11-23 05:28:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(168,38,'signal','reached',NULL,'2026-11-21 05:36:44.040656',1,NULL);
INSERT INTO "contact_attempts" VALUES(169,38,'signal','reached',NULL,'2026-11-21 04:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(170,38,'phone','reached',NULL,'2026-11-21 06:37:44.163137',1,NULL);
INSERT INTO "contact_attempts" VALUES(171,38,'phone','reached',NULL,'2026-11-21 04:19:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(172,39,'signal','reached',NULL,'2026-11-21 06:01:44.040656',1,NULL);
INSERT INTO "contact_attempts" VALUES(173,39,'whatsapp','reached',NULL,'2026-11-21 04:07:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(174,39,'phone','reached',NULL,'2026-11-21 04:00:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(175,39,'signal','reached',NULL,'2026-11-21 08:58:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(176,40,'phone','reached',NULL,'2026-11-15 02:25:38.880446',1,NULL);
INSERT INTO "contact_attempts" VALUES(177,40,'phone','reached',NULL,'2026-11-24 08:03:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(178,40,'sms','reached',NULL,'2026-11-24 03:35:31.676371',1,NULL);
INSERT INTO "contact_attempts" VALUES(179,40,'whatsapp','reached',NULL,'2026-11-24 03:58:00.000000',1,NULL);
INSERT INTO "contact_attempts" VALUES(180,40,'whatsapp','reached',NULL,'2026-11-24 05:01:00.000000',1,NULL);
CREATE TABLE "households" (
	id INTEGER NOT NULL, 
	name TEXT, 
	principal_id INTEGER, 
	notes TEXT, 
	version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_households PRIMARY KEY (id), 
	CONSTRAINT fk_households_principal_id_persons FOREIGN KEY(principal_id) REFERENCES persons (id) ON DELETE SET NULL
);
INSERT INTO "households" VALUES(1,'Noori',1,NULL,1,'2026-11-15 17:05:40.316699','2026-11-15 17:05:40.316699');
INSERT INTO "households" VALUES(2,'Noori',7,NULL,1,'2026-11-22 02:58:57.594047','2026-11-22 02:58:57.594047');
INSERT INTO "households" VALUES(3,'Karimi',8,NULL,1,'2026-11-12 17:38:21.339412','2026-11-12 17:38:21.339412');
INSERT INTO "households" VALUES(4,'Ahmadzai',10,NULL,1,'2026-11-17 10:10:03.065684','2026-11-17 10:10:03.065684');
INSERT INTO "households" VALUES(5,'Amiri',11,NULL,1,'2026-11-18 22:07:23.076129','2026-11-18 22:07:23.076129');
INSERT INTO "households" VALUES(6,'Nazari',12,NULL,1,'2026-11-14 14:33:01.295228','2026-11-14 14:33:01.295228');
INSERT INTO "households" VALUES(7,'Karimi',15,NULL,1,'2026-11-20 09:50:49.381392','2026-11-20 09:50:49.381392');
INSERT INTO "households" VALUES(8,'Haidari',21,NULL,1,'2026-11-18 03:21:18.429926','2026-11-18 03:21:18.429926');
INSERT INTO "households" VALUES(9,'Kakar',22,NULL,1,'2026-11-14 09:12:10.390289','2026-11-14 09:12:10.390289');
INSERT INTO "households" VALUES(10,'Kakar',23,NULL,1,'2026-11-19 15:51:16.870889','2026-11-19 15:51:16.870889');
INSERT INTO "households" VALUES(11,'Zazai',26,NULL,1,'2026-11-13 20:00:00.000000','2026-11-13 20:00:00.000000');
INSERT INTO "households" VALUES(12,'Mangal',29,NULL,1,'2026-11-14 20:00:00.000000','2026-11-14 20:00:00.000000');
INSERT INTO "households" VALUES(13,'Shinwari',34,NULL,1,'2026-11-15 20:47:35.365149','2026-11-15 20:47:35.365149');
INSERT INTO "households" VALUES(14,'Stanikzai',38,NULL,1,'2026-11-21 04:00:00.000000','2026-11-21 04:00:00.000000');
INSERT INTO "households" VALUES(15,'Ghaznawi',40,NULL,1,'2026-11-14 03:56:31.504694','2026-11-14 03:56:31.504694');
CREATE TABLE identity_documents (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	doc_type VARCHAR(32) NOT NULL, 
	number VARCHAR(100) NOT NULL, 
	number_key VARCHAR(100) NOT NULL, 
	issuing_country VARCHAR(100), 
	expiry DATE, 
	CONSTRAINT pk_identity_documents PRIMARY KEY (id), 
	CONSTRAINT fk_identity_documents_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE
);
INSERT INTO "identity_documents" VALUES(1,1,'green_card','IOE5009385061','ioe5009385061','United States',NULL);
INSERT INTO "identity_documents" VALUES(2,1,'a_number','A287236695','a287236695','United States',NULL);
INSERT INTO "identity_documents" VALUES(3,2,'tazkira','4443-7610-35662','4443761035662','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(4,3,'passport','558249877','558249877','United States',NULL);
INSERT INTO "identity_documents" VALUES(5,6,'tazkira','5130-1254-22436','5130125422436','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(6,7,'passport','533701337','533701337','United States',NULL);
INSERT INTO "identity_documents" VALUES(7,8,'passport','532597883','532597883','United States',NULL);
INSERT INTO "identity_documents" VALUES(8,9,'tazkira','3848-1731-69557','3848173169557','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(9,10,'passport','P5049547','p5049547','United States',NULL);
INSERT INTO "identity_documents" VALUES(10,10,'visa','SIV-90339','siv90339','United States',NULL);
INSERT INTO "identity_documents" VALUES(11,11,'passport','574025324','574025324','United States',NULL);
INSERT INTO "identity_documents" VALUES(12,12,'passport','511283996','511283996','United States',NULL);
INSERT INTO "identity_documents" VALUES(13,13,'tazkira','7186-3767-87865','7186376787865','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(14,15,'green_card','IOE8741394833','ioe8741394833','United States',NULL);
INSERT INTO "identity_documents" VALUES(15,15,'a_number','A058552505','a058552505','United States',NULL);
INSERT INTO "identity_documents" VALUES(16,16,'tazkira','6953-7554-83666','6953755483666','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(17,18,'tazkira','5004-6140-76698','5004614076698','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(18,20,'tazkira','9617-7686-79388','9617768679388','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(19,21,'passport','587811227','587811227','United States',NULL);
INSERT INTO "identity_documents" VALUES(20,23,'passport','P7340588','p7340588','United States',NULL);
INSERT INTO "identity_documents" VALUES(21,23,'visa','SIV-39067','siv39067','United States',NULL);
INSERT INTO "identity_documents" VALUES(22,26,'passport','586424683','586424683','United States',NULL);
INSERT INTO "identity_documents" VALUES(23,27,'tazkira','8460-8755-38187','8460875538187','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(24,28,'passport','P1541799','p1541799','United States',NULL);
INSERT INTO "identity_documents" VALUES(25,28,'visa','SIV-74768','siv74768','United States',NULL);
INSERT INTO "identity_documents" VALUES(26,29,'passport','592366245','592366245','United States',NULL);
INSERT INTO "identity_documents" VALUES(27,30,'tazkira','4135-3703-64101','4135370364101','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(28,32,'tazkira','9705-7240-98267','9705724098267','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(29,33,'tazkira','1296-3013-21792','1296301321792','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(30,34,'passport','582508591','582508591','United States',NULL);
INSERT INTO "identity_documents" VALUES(31,35,'tazkira','1639-4739-35668','1639473935668','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(32,36,'green_card','IOE5348159574','ioe5348159574','United States',NULL);
INSERT INTO "identity_documents" VALUES(33,36,'a_number','A150799511','a150799511','United States',NULL);
INSERT INTO "identity_documents" VALUES(34,38,'tazkira','9110-8916-39437','9110891639437','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(35,39,'tazkira','9997-2440-75566','9997244075566','Afghanistan',NULL);
INSERT INTO "identity_documents" VALUES(36,40,'tazkira','7361-5719-69818','7361571969818','Afghanistan',NULL);
CREATE TABLE import_batches (
	id INTEGER NOT NULL, 
	file_name TEXT NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	user_id INTEGER, 
	created_at DATETIME NOT NULL, 
	created_count INTEGER NOT NULL, 
	merged_count INTEGER NOT NULL, 
	skipped_count INTEGER NOT NULL, 
	rejected_count INTEGER NOT NULL, 
	undone_at DATETIME, 
	details JSON, 
	CONSTRAINT pk_import_batches PRIMARY KEY (id), 
	CONSTRAINT fk_import_batches_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE TABLE manifest_entries (
	id INTEGER NOT NULL, 
	movement_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	outcome VARCHAR(32), 
	outcome_at DATETIME, 
	added_at DATETIME NOT NULL, 
	CONSTRAINT pk_manifest_entries PRIMARY KEY (id), 
	CONSTRAINT fk_manifest_entries_movement_id_movements FOREIGN KEY(movement_id) REFERENCES movements (id) ON DELETE CASCADE, 
	CONSTRAINT fk_manifest_entries_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE, 
	CONSTRAINT uq_manifest_entries_movement_id UNIQUE (movement_id, person_id)
);
INSERT INTO "manifest_entries" VALUES(1,21,8,'boarded','2026-11-13 02:40:00.000000','2026-11-13 02:07:38.840588');
INSERT INTO "manifest_entries" VALUES(2,21,9,'boarded','2026-11-13 02:40:00.000000','2026-11-13 02:07:38.840588');
INSERT INTO "manifest_entries" VALUES(3,175,10,NULL,NULL,'2026-11-25 10:54:41.000000');
INSERT INTO "manifest_entries" VALUES(4,129,11,'boarded','2026-11-22 02:40:00.000000','2026-11-22 02:11:03.924951');
INSERT INTO "manifest_entries" VALUES(5,51,12,'refused','2026-11-16 02:40:00.000000','2026-11-16 02:35:39.132883');
INSERT INTO "manifest_entries" VALUES(6,51,13,'boarded','2026-11-16 02:40:00.000000','2026-11-16 02:11:41.697697');
INSERT INTO "manifest_entries" VALUES(7,51,14,'refused','2026-11-16 02:40:00.000000','2026-11-16 02:35:39.132883');
INSERT INTO "manifest_entries" VALUES(8,108,21,'boarded','2026-11-20 10:40:00.000000','2026-11-20 10:26:13.514253');
INSERT INTO "manifest_entries" VALUES(9,118,23,'boarded','2026-11-21 10:40:00.000000','2026-11-21 10:12:51.690247');
INSERT INTO "manifest_entries" VALUES(10,118,24,'boarded','2026-11-21 10:40:00.000000','2026-11-21 10:12:51.690247');
INSERT INTO "manifest_entries" VALUES(11,118,25,'boarded','2026-11-21 10:40:00.000000','2026-11-21 10:12:51.690247');
INSERT INTO "manifest_entries" VALUES(12,35,26,'refused','2026-11-14 02:40:00.000000','2026-11-14 02:10:36.873504');
INSERT INTO "manifest_entries" VALUES(13,35,27,'boarded','2026-11-14 02:40:00.000000','2026-11-14 02:22:37.884330');
INSERT INTO "manifest_entries" VALUES(14,35,28,'boarded','2026-11-14 02:40:00.000000','2026-11-14 02:34:46.336087');
INSERT INTO "manifest_entries" VALUES(15,45,29,'boarded','2026-11-15 02:40:00.000000','2026-11-15 02:21:57.532686');
INSERT INTO "manifest_entries" VALUES(16,45,30,'boarded','2026-11-15 02:40:00.000000','2026-11-15 02:21:57.532686');
INSERT INTO "manifest_entries" VALUES(17,45,31,'boarded','2026-11-15 02:40:00.000000','2026-11-15 02:21:57.532686');
INSERT INTO "manifest_entries" VALUES(18,45,32,'boarded','2026-11-15 02:40:00.000000','2026-11-15 02:21:57.532686');
INSERT INTO "manifest_entries" VALUES(19,45,33,'boarded','2026-11-15 02:40:00.000000','2026-11-15 02:21:57.532686');
INSERT INTO "manifest_entries" VALUES(20,141,34,'boarded','2026-11-23 02:40:00.000000','2026-11-23 02:15:18.507772');
INSERT INTO "manifest_entries" VALUES(21,141,35,'boarded','2026-11-23 02:40:00.000000','2026-11-23 02:15:18.507772');
INSERT INTO "manifest_entries" VALUES(22,141,36,'boarded','2026-11-23 02:40:00.000000','2026-11-23 02:15:18.507772');
INSERT INTO "manifest_entries" VALUES(23,141,37,'boarded','2026-11-23 02:40:00.000000','2026-11-23 02:15:18.507772');
INSERT INTO "manifest_entries" VALUES(24,110,38,'no_show','2026-11-21 10:40:00.000000','2026-11-21 10:22:44.163137');
INSERT INTO "manifest_entries" VALUES(25,110,39,'no_show','2026-11-21 10:40:00.000000','2026-11-21 10:22:44.163137');
INSERT INTO "manifest_entries" VALUES(26,150,40,'boarded','2026-11-24 10:40:00.000000','2026-11-24 10:12:31.676371');
CREATE TABLE movements (
	id INTEGER NOT NULL, 
	name TEXT, 
	rendezvous_point_id INTEGER NOT NULL, 
	window_start DATETIME NOT NULL, 
	window_end DATETIME NOT NULL, 
	escort_party TEXT, 
	escort_contact TEXT, 
	recognition_signal TEXT, 
	capacity INTEGER NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	notes TEXT, 
	version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_movements PRIMARY KEY (id), 
	CONSTRAINT fk_movements_rendezvous_point_id_rendezvous_points FOREIGN KEY(rendezvous_point_id) REFERENCES rendezvous_points (id)
);
INSERT INTO "movements" VALUES(21,NULL,5,'2026-11-13 02:00:00.000000','2026-11-13 06:00:00.000000','Badri 313 unit','+93735506056','blue scarf',150,'arrived',NULL,1,'2026-11-12 02:00:00.000000','2026-11-12 02:00:00.000000');
INSERT INTO "movements" VALUES(35,NULL,6,'2026-11-14 02:00:00.000000','2026-11-14 06:00:00.000000','Airport security detail','+93706247399','yellow bag',150,'arrived',NULL,1,'2026-11-13 02:00:00.000000','2026-11-13 02:00:00.000000');
INSERT INTO "movements" VALUES(45,NULL,5,'2026-11-15 02:00:00.000000','2026-11-15 06:00:00.000000','Unit 0-1 liaison','+93717869790','yellow bag',150,'arrived',NULL,1,'2026-11-14 02:00:00.000000','2026-11-14 02:00:00.000000');
INSERT INTO "movements" VALUES(51,NULL,2,'2026-11-16 02:00:00.000000','2026-11-16 06:00:00.000000','Airport security detail','+93717738967','red cap',150,'arrived',NULL,1,'2026-11-15 02:00:00.000000','2026-11-15 02:00:00.000000');
INSERT INTO "movements" VALUES(53,NULL,3,'2026-11-16 02:00:00.000000','2026-11-16 06:00:00.000000','Airport security detail','+93711065010','red cap',150,'aborted','aborted: road closed after a security incident',1,'2026-11-15 02:00:00.000000','2026-11-15 02:00:00.000000');
INSERT INTO "movements" VALUES(94,NULL,5,'2026-11-19 10:00:00.000000','2026-11-19 14:00:00.000000','Hotel guard party','+93701400125','white card in left hand',150,'aborted','aborted: road closed after a security incident',1,'2026-11-18 10:00:00.000000','2026-11-18 10:00:00.000000');
INSERT INTO "movements" VALUES(108,NULL,6,'2026-11-20 10:00:00.000000','2026-11-20 14:00:00.000000','Kabul police district 9','+93737535827','blue scarf',150,'arrived',NULL,1,'2026-11-19 10:00:00.000000','2026-11-19 10:00:00.000000');
INSERT INTO "movements" VALUES(110,NULL,1,'2026-11-21 10:00:00.000000','2026-11-21 14:00:00.000000','Unit 0-1 liaison','+93779778089','red cap',150,'arrived',NULL,1,'2026-11-20 10:00:00.000000','2026-11-20 10:00:00.000000');
INSERT INTO "movements" VALUES(118,NULL,5,'2026-11-21 10:00:00.000000','2026-11-21 14:00:00.000000','Kabul police district 9','+93747428226','white card in left hand',150,'arrived',NULL,1,'2026-11-20 10:00:00.000000','2026-11-20 10:00:00.000000');
INSERT INTO "movements" VALUES(129,NULL,5,'2026-11-22 02:00:00.000000','2026-11-22 06:00:00.000000','Airport security detail','+93739172607','yellow bag',150,'arrived',NULL,1,'2026-11-21 02:00:00.000000','2026-11-21 02:00:00.000000');
INSERT INTO "movements" VALUES(131,NULL,6,'2026-11-22 02:00:00.000000','2026-11-22 06:00:00.000000','Hotel guard party','+93783704443','yellow bag',150,'aborted','aborted: road closed after a security incident',1,'2026-11-21 02:00:00.000000','2026-11-21 02:00:00.000000');
INSERT INTO "movements" VALUES(137,NULL,3,'2026-11-23 02:00:00.000000','2026-11-23 06:00:00.000000','Unit 0-1 liaison','+93762725947','yellow bag',150,'aborted','aborted: road closed after a security incident',1,'2026-11-22 02:00:00.000000','2026-11-22 02:00:00.000000');
INSERT INTO "movements" VALUES(141,NULL,5,'2026-11-23 02:00:00.000000','2026-11-23 06:00:00.000000','Badri 313 unit','+93726863195','blue scarf',150,'arrived',NULL,1,'2026-11-22 02:00:00.000000','2026-11-22 02:00:00.000000');
INSERT INTO "movements" VALUES(143,NULL,6,'2026-11-23 02:00:00.000000','2026-11-23 06:00:00.000000','Hotel guard party','+93703020659','blue scarf',150,'aborted','aborted: road closed after a security incident',1,'2026-11-22 02:00:00.000000','2026-11-22 02:00:00.000000');
INSERT INTO "movements" VALUES(150,NULL,3,'2026-11-24 10:00:00.000000','2026-11-24 14:00:00.000000','Airport security detail','+93790877511','yellow bag',150,'arrived',NULL,1,'2026-11-23 10:00:00.000000','2026-11-23 10:00:00.000000');
INSERT INTO "movements" VALUES(154,NULL,5,'2026-11-24 10:00:00.000000','2026-11-24 14:00:00.000000','Badri 313 unit','+93742024509','green ribbon',150,'aborted','aborted: road closed after a security incident',1,'2026-11-23 10:00:00.000000','2026-11-23 10:00:00.000000');
INSERT INTO "movements" VALUES(158,NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 14:00:00.000000','Unit 0-1 liaison','+93723353833','green ribbon',150,'en_route',NULL,1,'2026-11-24 10:00:00.000000','2026-11-24 10:00:00.000000');
INSERT INTO "movements" VALUES(160,NULL,2,'2026-11-25 10:00:00.000000','2026-11-25 14:00:00.000000','Badri 313 unit','+93765932636','white card in left hand',150,'en_route',NULL,1,'2026-11-24 10:00:00.000000','2026-11-24 10:00:00.000000');
INSERT INTO "movements" VALUES(162,NULL,3,'2026-11-25 10:00:00.000000','2026-11-25 14:00:00.000000','Airport security detail','+93791445431','green ribbon',150,'en_route',NULL,1,'2026-11-24 10:00:00.000000','2026-11-24 10:00:00.000000');
INSERT INTO "movements" VALUES(164,NULL,4,'2026-11-25 10:00:00.000000','2026-11-25 14:00:00.000000','Kabul police district 9','+93711590397','white card in left hand',150,'en_route',NULL,1,'2026-11-24 10:00:00.000000','2026-11-24 10:00:00.000000');
INSERT INTO "movements" VALUES(166,NULL,5,'2026-11-25 10:00:00.000000','2026-11-25 14:00:00.000000','Badri 313 unit','+93794894297','green ribbon',150,'en_route',NULL,1,'2026-11-24 10:00:00.000000','2026-11-24 10:00:00.000000');
INSERT INTO "movements" VALUES(168,NULL,6,'2026-11-25 10:00:00.000000','2026-11-25 14:00:00.000000','Unit 0-1 liaison','+93711125250','green ribbon',150,'en_route',NULL,1,'2026-11-24 10:00:00.000000','2026-11-24 10:00:00.000000');
INSERT INTO "movements" VALUES(169,NULL,1,'2026-11-26 02:00:00.000000','2026-11-26 06:00:00.000000','Kabul police district 9','+93720570836','white card in left hand',150,'planned',NULL,1,'2026-11-25 02:00:00.000000','2026-11-25 02:00:00.000000');
INSERT INTO "movements" VALUES(170,NULL,1,'2026-11-26 10:00:00.000000','2026-11-26 14:00:00.000000','Badri 313 unit','+93705772750','green ribbon',150,'planned',NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 10:00:00.000000');
INSERT INTO "movements" VALUES(171,NULL,2,'2026-11-26 02:00:00.000000','2026-11-26 06:00:00.000000','Badri 313 unit','+93786545640','red cap',150,'planned',NULL,1,'2026-11-25 02:00:00.000000','2026-11-25 02:00:00.000000');
INSERT INTO "movements" VALUES(172,NULL,2,'2026-11-26 10:00:00.000000','2026-11-26 14:00:00.000000','Badri 313 unit','+93703910204','yellow bag',150,'planned',NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 10:00:00.000000');
INSERT INTO "movements" VALUES(173,NULL,3,'2026-11-26 02:00:00.000000','2026-11-26 06:00:00.000000','Hotel guard party','+93722788700','white card in left hand',150,'planned',NULL,1,'2026-11-25 02:00:00.000000','2026-11-25 02:00:00.000000');
INSERT INTO "movements" VALUES(174,NULL,3,'2026-11-26 10:00:00.000000','2026-11-26 14:00:00.000000','Hotel guard party','+93752200702','green ribbon',150,'planned',NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 10:00:00.000000');
INSERT INTO "movements" VALUES(175,NULL,4,'2026-11-26 02:00:00.000000','2026-11-26 06:00:00.000000','Hotel guard party','+93717627981','yellow bag',150,'planned',NULL,1,'2026-11-25 02:00:00.000000','2026-11-25 02:00:00.000000');
INSERT INTO "movements" VALUES(176,NULL,4,'2026-11-26 10:00:00.000000','2026-11-26 14:00:00.000000','Airport security detail','+93744737841','red cap',150,'planned',NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 10:00:00.000000');
INSERT INTO "movements" VALUES(177,NULL,5,'2026-11-26 02:00:00.000000','2026-11-26 06:00:00.000000','Hotel guard party','+93777071126','yellow bag',150,'planned',NULL,1,'2026-11-25 02:00:00.000000','2026-11-25 02:00:00.000000');
INSERT INTO "movements" VALUES(178,NULL,5,'2026-11-26 10:00:00.000000','2026-11-26 14:00:00.000000','Badri 313 unit','+93725844261','blue scarf',150,'planned',NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 10:00:00.000000');
INSERT INTO "movements" VALUES(179,NULL,6,'2026-11-26 02:00:00.000000','2026-11-26 06:00:00.000000','Badri 313 unit','+93733002330','green ribbon',150,'planned',NULL,1,'2026-11-25 02:00:00.000000','2026-11-25 02:00:00.000000');
INSERT INTO "movements" VALUES(180,NULL,6,'2026-11-26 10:00:00.000000','2026-11-26 14:00:00.000000','Airport security detail','+93744890130','white card in left hand',150,'planned',NULL,1,'2026-11-25 10:00:00.000000','2026-11-25 10:00:00.000000');
CREATE TABLE persons (
	id INTEGER NOT NULL, 
	given_name TEXT, 
	family_name TEXT, 
	native_name TEXT, 
	father_name TEXT, 
	grandfather_name TEXT, 
	aliases JSON NOT NULL, 
	date_of_birth DATE, 
	birth_year INTEGER, 
	sex VARCHAR(32) NOT NULL, 
	nationality VARCHAR(100), 
	legal_status VARCHAR(32) NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	email VARCHAR(320), 
	location TEXT, 
	latitude FLOAT, 
	longitude FLOAT, 
	languages JSON NOT NULL, 
	flag_medical BOOLEAN NOT NULL, 
	flag_disability BOOLEAN NOT NULL, 
	flag_unaccompanied_child BOOLEAN NOT NULL, 
	flag_elderly BOOLEAN NOT NULL, 
	flag_pregnant BOOLEAN NOT NULL, 
	wishes_to_leave VARCHAR(32) NOT NULL, 
	notes TEXT, 
	household_id INTEGER, 
	rendezvous_point_id INTEGER, 
	last_contact_at DATETIME, 
	last_attempt_at DATETIME, 
	next_attempt_due DATETIME, 
	search_text TEXT NOT NULL, 
	import_batch_id INTEGER, 
	merged_into_id INTEGER, 
	version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_persons PRIMARY KEY (id), 
	CONSTRAINT fk_persons_household_id_households FOREIGN KEY(household_id) REFERENCES households (id) ON DELETE SET NULL, 
	CONSTRAINT fk_persons_import_batch_id_import_batches FOREIGN KEY(import_batch_id) REFERENCES import_batches (id) ON DELETE SET NULL, 
	CONSTRAINT fk_persons_merged_into_id_persons FOREIGN KEY(merged_into_id) REFERENCES persons (id) ON DELETE SET NULL, 
	CONSTRAINT fk_persons_rendezvous_point_id_rendezvous_points FOREIGN KEY(rendezvous_point_id) REFERENCES rendezvous_points (id) ON DELETE SET NULL
);
INSERT INTO "persons" VALUES(1,'Hekmatullah','Noori','حکمت‌الله نوری','Sohrab',NULL,'[]','1991-09-26',1991,'male','Afghanistan','permanent_resident','no_contact','hekmatullah.noori1@example.org','Shahr-e Naw, Kabul',34.53405,69.16371,'["Dari"]',0,0,0,0,0,'yes',NULL,1,3,NULL,NULL,NULL,'hekmatullah | noori | حکمت الله نوری | sohrab | 93713991995 | hekmatullah.noori1@example.org | ioe5009385061 | a287236695',NULL,NULL,1,'2026-11-15 17:05:40.316699','2026-11-16 06:49:12.059474');
INSERT INTO "persons" VALUES(2,'Roya','Noori','رویا نوری','Mahmood',NULL,'[]','2013-12-16',2013,'female','Afghanistan','family_member','no_contact',NULL,'Shahr-e Naw, Kabul',34.53489,69.16312,'["Dari"]',0,0,0,0,0,'yes',NULL,1,3,NULL,NULL,NULL,'roya | noori | رویا نوری | mahmood | 93783432557 | 4443761035662',NULL,NULL,1,'2026-11-15 17:05:40.316699','2026-11-16 06:49:12.059474');
INSERT INTO "persons" VALUES(3,'Hamid',NULL,'حامد نوری','Sayed','Bilal','[]',NULL,2026,'male','United States','citizen','no_contact',NULL,'Shahr-e Naw, Kabul',34.5322,69.17006,'["Dari"]',0,0,0,0,0,'yes',NULL,1,3,NULL,NULL,NULL,'hamid | حامد نوری | sayed | 93738208292 | 558249877',NULL,NULL,1,'2026-11-15 17:05:40.316699','2026-11-16 06:49:12.059474');
INSERT INTO "persons" VALUES(4,'Nadia',NULL,NULL,'Mohammad','Sohrab','[]','2011-05-15',2011,'female','Afghanistan','family_member','no_contact',NULL,'Shahr-e Naw, Kabul',34.52782,69.1803,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,1,3,NULL,NULL,NULL,'nadia | mohammad | 93790275219',NULL,NULL,1,'2026-11-15 17:05:40.316699','2026-11-16 06:49:12.059474');
INSERT INTO "persons" VALUES(5,'Baryalai',NULL,'بریالی نوری','Farid',NULL,'[]','2014-12-14',2014,'male','Afghanistan','family_member','no_contact',NULL,'Shahr-e Naw, Kabul',34.53974,69.18109,'["Pashto"]',0,0,0,0,0,'yes',NULL,1,3,NULL,NULL,NULL,'baryalai | بریالی نوری | farid | 93721116047',NULL,NULL,1,'2026-11-15 17:05:40.316699','2026-11-16 06:49:12.059474');
INSERT INTO "persons" VALUES(6,'Ziaullah','Noori','ضیاءالله نوری','Bilal',NULL,'[]','1963-03-19',1963,'male','Afghanistan','family_member','no_contact',NULL,'Shahr-e Naw, Kabul',34.5354,69.17125,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,1,3,NULL,NULL,NULL,'ziaullah | noori | ضیاءالله نوری | bilal | 93799574567 | 5130125422436',NULL,NULL,1,'2026-11-15 17:05:40.316699','2026-11-16 06:49:12.059474');
INSERT INTO "persons" VALUES(7,'Shabnam','Noori','شبنم نوری','Farid','Mahmood','[]',NULL,1971,'female','United States','citizen','no_contact','shabnam.noori7@example.org','Taimani, Kabul',34.5568,69.1503,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,2,NULL,NULL,NULL,NULL,'shabnam | noori | شبنم نوری | farid | 93775812308 | 93756240930 | shabnam.noori7@example.org | 533701337',NULL,NULL,1,'2026-11-22 02:58:57.594047','2026-11-22 09:59:42.675372');
INSERT INTO "persons" VALUES(8,'Tariq',NULL,'طارق کریمی','Bilal',NULL,'[]','1983-06-01',1983,'male','United States','citizen','evacuated','tariq.bilal8@example.org','Karte Se, Kabul',34.50195,69.11858,'["Pashto"]',0,0,0,0,0,'yes',NULL,3,5,'2026-11-23 19:37:50.377088','2026-11-23 19:37:50.377088',NULL,'tariq | طارق کریمی | bilal | 93759812663 | 93799669078 | tariq.bilal8@example.org | 532597883',NULL,NULL,1,'2026-11-12 17:38:21.339412','2026-11-13 10:58:00.696778');
INSERT INTO "persons" VALUES(9,'Mahmood',NULL,'محمود کریمی','Jawad',NULL,'[]','1966-07-24',1966,'male','Afghanistan','family_member','evacuated',NULL,'Karte Se, Kabul',34.48696,69.13044,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,3,5,'2026-11-13 01:37:00.696778','2026-11-13 01:37:00.696778',NULL,'mahmood | محمود کریمی | jawad | 93750871745 | 93723478658 | 3848173169557',NULL,NULL,1,'2026-11-12 17:38:21.339412','2026-11-13 10:58:00.696778');
INSERT INTO "persons" VALUES(10,'Tariq','Ahmadzai','طارق احمدزی','Sayed',NULL,'[]',NULL,1959,'male','Afghanistan','visa_applicant','assigned',NULL,'Macroyan, Kabul',34.51325,69.20637,'["Dari"]',0,0,0,1,0,'yes',NULL,4,4,'2026-11-25 10:54:41.000000','2026-11-25 10:54:41.000000',NULL,'tariq | ahmadzai | طارق احمدزی | sayed | 93748842072 | 93775150007 | p5049547 | siv90339',NULL,NULL,1,'2026-11-17 10:10:03.065684','2026-11-25 10:54:41.000000');
INSERT INTO "persons" VALUES(11,'Ziaullah','Amiri','ضیاءالله امیری','Rahim',NULL,'[]','1977-09-24',1977,'male','United States','citizen','evacuated','ziaullah.amiri11@example.org','Wazir Akbar Khan, Kabul',34.53047,69.19705,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,5,5,'2026-11-23 18:19:25.995635','2026-11-23 18:19:25.995635',NULL,'ziaullah | amiri | ضیاءالله امیری | rahim | 93792011510 | ziaullah.amiri11@example.org | 574025324',NULL,NULL,1,'2026-11-18 22:07:23.076129','2026-11-22 17:43:23.519035');
INSERT INTO "persons" VALUES(12,'Ahmad',NULL,'احمد نظری','Sayed',NULL,'[]',NULL,1958,'male','United States','citizen','refused','ahmad.sayed12@example.org','Macroyan, Kabul',34.51862,69.21421,'["Pashto"]',0,0,0,1,0,'yes',NULL,6,2,'2026-11-21 19:06:09.885960','2026-11-21 19:06:09.885960',NULL,'ahmad | احمد نظری | sayed | 93757934165 | ahmad.sayed12@example.org | 511283996',NULL,NULL,1,'2026-11-14 14:33:01.295228','2026-11-16 02:54:00.000000');
INSERT INTO "persons" VALUES(13,'Sayed','Nazari',NULL,'Mohammad',NULL,'[]','2022-06-13',2022,'male','Afghanistan','family_member','evacuated',NULL,'Macroyan, Kabul',34.53104,69.19939,'["Dari"]',0,0,0,0,0,'yes',NULL,6,2,'2026-11-18 21:27:55.061377','2026-11-18 21:27:55.061377',NULL,'sayed | nazari | mohammad | 93727549622 | 7186376787865',NULL,NULL,1,'2026-11-14 14:33:01.295228','2026-11-16 09:20:45.485660');
INSERT INTO "persons" VALUES(14,'Nadia','Nazari','نادیه نظری','Ali',NULL,'[]','2019-04-27',2019,'female','Afghanistan','family_member','refused',NULL,'Macroyan, Kabul',34.51931,69.20682,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,6,2,'2026-11-16 00:47:00.000000','2026-11-16 00:47:00.000000',NULL,'nadia | nazari | نادیه نظری | ali | 93730533695',NULL,NULL,1,'2026-11-14 14:33:01.295228','2026-11-16 02:54:00.000000');
INSERT INTO "persons" VALUES(15,'Farid','Karimi','فرید کریمی','Farid',NULL,'[]','1999-04-23',1999,'male','Afghanistan','permanent_resident','verified','farid.karimi15@example.org','Wazir Akbar Khan, Kabul',34.53221,69.19533,'["Pashto"]',0,0,0,0,0,'yes',NULL,7,4,'2026-11-23 14:46:07.910494','2026-11-23 14:46:07.910494',NULL,'farid | karimi | فرید کریمی | farid | 93745376857 | farid.karimi15@example.org | ioe8741394833 | a058552505',NULL,NULL,1,'2026-11-20 09:50:49.381392','2026-11-22 07:59:58.687709');
INSERT INTO "persons" VALUES(16,'Malalai','Karimi','ملالی کریمی','Nasir','Mohammad','[]',NULL,1942,'female','Afghanistan','family_member','verified',NULL,'Wazir Akbar Khan, Kabul',34.54041,69.17831,'["Pashto", "Dari"]',0,0,0,1,0,'yes',NULL,7,4,'2026-11-22 01:31:58.687709','2026-11-22 01:31:58.687709',NULL,'malalai | karimi | ملالی کریمی | nasir | 93785637677 | 6953755483666',NULL,NULL,1,'2026-11-20 09:50:49.381392','2026-11-22 07:59:58.687709');
INSERT INTO "persons" VALUES(17,'Malalai','Karimi','ملالی کریمی','Idris',NULL,'[]','2009-08-21',2009,'female','Afghanistan','family_member','verified',NULL,'Wazir Akbar Khan, Kabul',34.53687,69.19322,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,7,4,'2026-11-22 03:40:58.687709','2026-11-22 03:40:58.687709',NULL,'malalai | karimi | ملالی کریمی | idris | 93741542059',NULL,NULL,1,'2026-11-20 09:50:49.381392','2026-11-22 07:59:58.687709');
INSERT INTO "persons" VALUES(18,'Roya','Karimi','رویا کریمی','Idris',NULL,'[]','1986-08-09',1986,'female','Afghanistan','family_member','verified',NULL,'Wazir Akbar Khan, Kabul',34.53146,69.18142,'["Dari"]',0,0,0,0,0,'yes',NULL,7,4,'2026-11-24 04:39:03.788513','2026-11-24 04:39:03.788513',NULL,'roya | karimi | رویا کریمی | idris | 93745261469 | 5004614076698',NULL,NULL,1,'2026-11-20 09:50:49.381392','2026-11-22 07:59:58.687709');
INSERT INTO "persons" VALUES(19,'Mohammad','Karimi','محمد کریمی','Mirwais','Idris','[]','1966-03-04',1966,'male','Afghanistan','family_member','verified',NULL,'Wazir Akbar Khan, Kabul',34.54501,69.19497,'["Pashto", "Dari"]',0,0,0,0,0,'unknown',NULL,7,4,'2026-11-22 06:17:58.687709','2026-11-22 06:17:58.687709',NULL,'mohammad | karimi | محمد کریمی | mirwais | 93716567214',NULL,NULL,1,'2026-11-20 09:50:49.381392','2026-11-22 07:59:58.687709');
INSERT INTO "persons" VALUES(20,'Maryam',NULL,NULL,'Hekmatullah',NULL,'[]','1998-07-23',1998,'female','Afghanistan','family_member','verified',NULL,'Wazir Akbar Khan, Kabul',34.53037,69.18238,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,7,4,'2026-11-23 13:28:33.646027','2026-11-23 13:28:33.646027',NULL,'maryam | hekmatullah | 93742785966 | 9617768679388',NULL,NULL,1,'2026-11-20 09:50:49.381392','2026-11-22 07:59:58.687709');
INSERT INTO "persons" VALUES(21,'Fatima','Haidari','فاطمه حیدری','Tariq',NULL,'[]','1989-12-20',1989,'female','United States','citizen','evacuated','fatima.haidari21@example.org','Shahr-e Naw, Kabul',34.53011,69.17998,'["Pashto"]',0,0,0,0,0,'yes',NULL,8,6,'2026-11-21 23:17:27.023907','2026-11-21 23:17:27.023907',NULL,'fatima | haidari | فاطمه حیدری | tariq | 93706068956 | fatima.haidari21@example.org | 587811227',NULL,NULL,1,'2026-11-18 03:21:18.429926','2026-11-20 18:13:56.842288');
INSERT INTO "persons" VALUES(22,'Karim','Kakar','کریم کاکړ','Rahim',NULL,'[]',NULL,1957,'male','Afghanistan','unknown','new',NULL,'Karte Se, Kabul',34.48706,69.12492,'["Pashto", "Dari"]',0,0,0,1,0,'yes',NULL,9,5,NULL,NULL,NULL,'karim | kakar | کریم کاکړ | rahim | 93726186397',NULL,NULL,1,'2026-11-14 09:12:10.390289','2026-11-14 09:12:10.390289');
INSERT INTO "persons" VALUES(23,'Farzana','Kakar','فرزانه کاکړ','Hamid',NULL,'[]','1995-10-07',1995,'female','Afghanistan','visa_applicant','evacuated','farzana.kakar23@example.org','Shahr-e Naw, Kabul',34.54009,69.1743,'["Pashto"]',0,0,0,0,0,'yes',NULL,10,5,'2026-11-22 01:09:46.075274','2026-11-22 01:09:46.075274',NULL,'farzana | kakar | فرزانه کاکړ | hamid | 93795296158 | farzana.kakar23@example.org | p7340588 | siv39067',NULL,NULL,1,'2026-11-19 15:51:16.870889','2026-11-22 10:27:46.075274');
INSERT INTO "persons" VALUES(24,'Khadija',NULL,'خدیجه کاکړ','Sohrab',NULL,'[]','1966-05-14',1966,'female','Afghanistan','family_member','evacuated',NULL,'Shahr-e Naw, Kabul',34.54351,69.16603,'["Dari", "English"]',0,0,0,0,0,'yes',NULL,10,5,'2026-11-25 00:42:43.817693','2026-11-25 00:42:43.817693',NULL,'khadija | خدیجه کاکړ | sohrab | 93765301782',NULL,NULL,1,'2026-11-19 15:51:16.870889','2026-11-22 10:27:46.075274');
INSERT INTO "persons" VALUES(25,'Nadia','Kakar','نادیه کاکړ','Sayed',NULL,'[]','2013-12-02',2013,'female','Afghanistan','family_member','evacuated',NULL,'Shahr-e Naw, Kabul',34.53274,69.18013,'["Dari", "English"]',0,0,0,0,0,'yes',NULL,10,5,'2026-11-24 05:23:41.523505','2026-11-24 05:23:41.523505',NULL,'nadia | kakar | نادیه کاکړ | sayed | 93748102111',NULL,NULL,1,'2026-11-19 15:51:16.870889','2026-11-22 10:27:46.075274');
INSERT INTO "persons" VALUES(26,'Yousuf','Zazai','یوسف ځاځی','Zabihullah',NULL,'[]',NULL,1964,'male','United States','citizen','refused','yousuf.zazai26@example.org','Taimani, Kabul',34.55495,69.15166,'["Dari", "English"]',0,0,0,0,0,'yes',NULL,11,6,'2026-11-14 02:01:00.000000','2026-11-14 02:01:00.000000',NULL,'yousuf | zazai | یوسف ځاځی | zabihullah | 93768604447 | yousuf.zazai26@example.org | 586424683',NULL,NULL,1,'2026-11-13 20:00:00.000000','2026-11-14 02:56:00.000000');
INSERT INTO "persons" VALUES(27,'Nargis','Zazai',NULL,'Baryalai',NULL,'[]',NULL,1959,'female','Afghanistan','family_member','evacuated',NULL,'Taimani, Kabul',34.55536,69.1626,'["Pashto", "Dari"]',0,0,0,1,0,'yes',NULL,11,6,'2026-11-14 14:22:22.505235','2026-11-14 14:22:22.505235',NULL,'nargis | zazai | baryalai | 93717994450 | 8460875538187',NULL,NULL,1,'2026-11-13 20:00:00.000000','2026-11-14 22:57:22.505235');
INSERT INTO "persons" VALUES(28,'Parwana','Zazai','پروانه ځاځی','Mirwais','Sayed','[]',NULL,2011,'female','Afghanistan','visa_applicant','evacuated',NULL,'Taimani, Kabul',34.55949,69.15156,'["Dari"]',0,0,0,0,0,'yes',NULL,11,6,'2026-11-21 02:55:03.539880','2026-11-21 02:55:03.539880',NULL,'parwana | zazai | پروانه ځاځی | mirwais | 93720177323 | p1541799 | siv74768',NULL,NULL,1,'2026-11-13 20:00:00.000000','2026-11-14 11:06:49.683062');
INSERT INTO "persons" VALUES(29,'Qasim','Mangal',NULL,'Mirwais','Baryalai','[]','1962-06-10',1962,'male','United States','citizen','evacuated',NULL,'Shahr-e Naw, Kabul',34.52718,69.17476,'["Dari", "English"]',0,0,0,0,0,'unknown',NULL,12,5,'2026-11-16 13:57:45.583867','2026-11-16 13:57:45.583867',NULL,'qasim | mangal | mirwais | 93739987639 | 592366245',NULL,NULL,1,'2026-11-14 20:00:00.000000','2026-11-16 08:35:59.059522');
INSERT INTO "persons" VALUES(30,'Zabihullah','Mangal','ذبیح‌الله منگل','Farid',NULL,'[]','2022-06-23',2022,'male','Afghanistan','family_member','evacuated',NULL,'Shahr-e Naw, Kabul',34.54007,69.17407,'["Dari", "English"]',0,0,0,0,0,'yes',NULL,12,5,'2026-11-25 01:47:43.711503','2026-11-25 01:47:43.711503',NULL,'zabihullah | mangal | ذبیح الله منگل | farid | 93745336773 | 4135370364101',NULL,NULL,1,'2026-11-14 20:00:00.000000','2026-11-16 08:35:59.059522');
INSERT INTO "persons" VALUES(31,'Zahra',NULL,'زهرا منگل','Abdul',NULL,'[]',NULL,2022,'female','Afghanistan','family_member','evacuated',NULL,'Shahr-e Naw, Kabul',34.5381,69.17778,'["Dari", "English"]',0,0,0,0,0,'yes',NULL,12,5,'2026-11-16 02:55:59.059522','2026-11-16 02:55:59.059522',NULL,'zahra | زهرا منگل | abdul | 93745331410',NULL,NULL,1,'2026-11-14 20:00:00.000000','2026-11-16 08:35:59.059522');
INSERT INTO "persons" VALUES(32,'Omid',NULL,'امید منگل','Nasir',NULL,'[]','1986-12-05',1986,'male','Afghanistan','family_member','evacuated',NULL,'Shahr-e Naw, Kabul',34.53065,69.17142,'["Dari", "English"]',0,0,0,0,0,'yes',NULL,12,5,'2026-11-16 06:53:59.059522','2026-11-16 06:53:59.059522',NULL,'omid | امید منگل | nasir | 93734052649 | 9705724098267',NULL,NULL,1,'2026-11-14 20:00:00.000000','2026-11-16 08:35:59.059522');
INSERT INTO "persons" VALUES(33,'Qasim','Mangal','قاسم منگل','Rahim',NULL,'[]',NULL,1958,'male','Afghanistan','family_member','evacuated',NULL,'Shahr-e Naw, Kabul',34.53186,69.17709,'["Pashto", "Dari"]',0,0,0,1,0,'yes',NULL,12,5,'2026-11-16 08:09:59.059522','2026-11-16 08:09:59.059522',NULL,'qasim | mangal | قاسم منگل | rahim | 93706813573 | 1296301321792',NULL,NULL,1,'2026-11-14 20:00:00.000000','2026-11-16 08:35:59.059522');
INSERT INTO "persons" VALUES(34,'Spozhmai','Shinwari','سپوږمۍ شینواری','Wahid',NULL,'[]','1970-12-12',1970,'female','United States','citizen','at_airport','spozhmai.shinwari34@example.org','Taimani, Kabul',34.55856,69.15303,'["Pashto"]',0,0,0,0,0,'yes',NULL,13,5,'2026-11-25 09:29:28.802638','2026-11-25 09:29:28.802638',NULL,'spozhmai | shinwari | سپوږمۍ شینواری | wahid | 93761716500 | spozhmai.shinwari34@example.org | 582508591',NULL,NULL,1,'2026-11-15 20:47:35.365149','2026-11-23 05:33:00.000000');
INSERT INTO "persons" VALUES(35,'Jawad',NULL,'جواد شینواری','Yousuf','Jawad','[]','2012-11-26',2012,'male','Afghanistan','family_member','at_airport',NULL,'Taimani, Kabul',34.55419,69.16495,'["Dari"]',0,0,0,0,0,'yes',NULL,13,5,'2026-11-23 03:05:00.000000','2026-11-23 03:05:00.000000',NULL,'jawad | جواد شینواری | yousuf | 93769771207 | 1639473935668',NULL,NULL,1,'2026-11-15 20:47:35.365149','2026-11-23 05:33:00.000000');
INSERT INTO "persons" VALUES(36,'Farzana','Shinwari','فرزانه شینواری','Tariq','Ali','[]','1965-12-28',1965,'female','Afghanistan','permanent_resident','at_airport',NULL,'Taimani, Kabul',34.55762,69.15969,'["Pashto", "Dari"]',0,0,0,0,0,'yes',NULL,13,5,'2026-11-23 13:58:24.190089','2026-11-23 13:58:24.190089',NULL,'farzana | shinwari | فرزانه شینواری | tariq | 93750119452 | ioe5348159574 | a150799511',NULL,NULL,1,'2026-11-15 20:47:35.365149','2026-11-23 05:33:00.000000');
INSERT INTO "persons" VALUES(37,'Freshta',NULL,'فرشته شینواری','Karim',NULL,'[]','1954-03-11',1954,'female','Afghanistan','family_member','at_airport',NULL,'Taimani, Kabul',34.54446,69.1573,'["Dari"]',0,0,0,1,0,'yes',NULL,13,5,'2026-11-23 05:28:00.000000','2026-11-23 05:28:00.000000',NULL,'freshta | فرشته شینواری | karim | 93765626977',NULL,NULL,1,'2026-11-15 20:47:35.365149','2026-11-23 05:33:00.000000');
INSERT INTO "persons" VALUES(38,'Hamid','Stanikzai','حامد ستانکزی','Sohrab','Mirwais','[]',NULL,1991,'male','Afghanistan','third_country_national','verified','hamid.stanikzai38@example.org','Karte Parwan, Kabul',34.52673,69.15439,'["Dari"]',1,0,0,0,0,'yes',NULL,14,1,'2026-11-21 06:37:44.163137','2026-11-21 06:37:44.163137',NULL,'hamid | stanikzai | حامد ستانکزی | sohrab | 93773891397 | 93700282188 | hamid.stanikzai38@example.org | 9110891639437',NULL,NULL,1,'2026-11-21 04:00:00.000000','2026-11-21 10:33:00.000000');
INSERT INTO "persons" VALUES(39,'Jawad','Stanikzai','جواد ستانکزی','Qasim','Ali','[]',NULL,1953,'male','Afghanistan','family_member','verified',NULL,'Karte Parwan, Kabul',34.53928,69.14252,'["Dari", "English"]',0,0,0,1,0,'yes',NULL,14,1,'2026-11-21 08:58:00.000000','2026-11-21 08:58:00.000000',NULL,'jawad | stanikzai | جواد ستانکزی | qasim | 93776306221 | 9997244075566',NULL,NULL,1,'2026-11-21 04:00:00.000000','2026-11-21 10:33:00.000000');
INSERT INTO "persons" VALUES(40,'Wahid','Ghaznawi',NULL,'Tariq',NULL,'[]','1973-07-17',1973,'male','Afghanistan','third_country_national','at_airport','wahid.ghaznawi40@example.org','Mazar-i-Sharif',36.71087,67.11764,'["Pashto"]',0,0,0,0,0,'yes',NULL,15,3,'2026-11-24 08:03:00.000000','2026-11-24 08:03:00.000000',NULL,'wahid | ghaznawi | tariq | 93769599592 | wahid.ghaznawi40@example.org | 7361571969818',NULL,NULL,1,'2026-11-14 03:56:31.504694','2026-11-24 13:03:00.000000');
CREATE TABLE phone_numbers (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	number VARCHAR(64) NOT NULL, 
	valid BOOLEAN NOT NULL, 
	label VARCHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_phone_numbers PRIMARY KEY (id), 
	CONSTRAINT fk_phone_numbers_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE
);
INSERT INTO "phone_numbers" VALUES(1,1,'+93713991995',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(2,2,'+93783432557',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(3,3,'+93738208292',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(4,4,'+93790275219',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(5,5,'+93721116047',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(6,6,'+93799574567',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(7,7,'7581',0,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(8,7,'5624',0,'mobile',1);
INSERT INTO "phone_numbers" VALUES(9,8,'+93759812663',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(10,8,'+93799669078',1,'mobile',1);
INSERT INTO "phone_numbers" VALUES(11,9,'+93750871745',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(12,9,'+93723478658',1,'whatsapp',1);
INSERT INTO "phone_numbers" VALUES(13,10,'+93748842072',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(14,10,'+93775150007',1,'mobile',1);
INSERT INTO "phone_numbers" VALUES(15,11,'+93792011510',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(16,12,'+93757934165',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(17,13,'+93727549622',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(18,14,'+93730533695',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(19,15,'+93745376857',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(20,16,'+93785637677',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(21,17,'+93741542059',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(22,18,'+93745261469',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(23,19,'+93716567214',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(24,20,'+93742785966',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(25,21,'+93706068956',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(26,22,'+93726186397',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(27,23,'+93795296158',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(28,24,'+93765301782',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(29,25,'+93748102111',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(30,26,'+93768604447',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(31,27,'+93717994450',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(32,28,'+93720177323',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(33,29,'+93739987639',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(34,30,'+93745336773',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(35,31,'+93745331410',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(36,32,'+93734052649',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(37,33,'+93706813573',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(38,34,'+93761716500',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(39,35,'6977',0,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(40,36,'+93750119452',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(41,37,'+93765626977',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(42,38,'+93773891397',1,'whatsapp',0);
INSERT INTO "phone_numbers" VALUES(43,38,'+93700282188',1,'mobile',1);
INSERT INTO "phone_numbers" VALUES(44,39,'+93776306221',1,'mobile',0);
INSERT INTO "phone_numbers" VALUES(45,40,'+93769599592',1,'mobile',0);
CREATE TABLE refusals (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	movement_id INTEGER, 
	rendezvous_point_id INTEGER, 
	checkpoint TEXT, 
	occurred_at DATETIME NOT NULL, 
	refused_by TEXT, 
	reason VARCHAR(32) NOT NULL, 
	reason_text TEXT, 
	follow_up TEXT, 
	resolution TEXT, 
	resolved_at DATETIME, 
	recorded_by_id INTEGER, 
	version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_refusals PRIMARY KEY (id), 
	CONSTRAINT fk_refusals_movement_id_movements FOREIGN KEY(movement_id) REFERENCES movements (id) ON DELETE SET NULL, 
	CONSTRAINT fk_refusals_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE, 
	CONSTRAINT fk_refusals_recorded_by_id_users FOREIGN KEY(recorded_by_id) REFERENCES users (id), 
	CONSTRAINT fk_refusals_rendezvous_point_id_rendezvous_points FOREIGN KEY(rendezvous_point_id) REFERENCES rendezvous_points (id) ON DELETE SET NULL
);
INSERT INTO "refusals" VALUES(1,12,51,2,NULL,'2026-11-16 02:54:00.000000','Airport security detail','security_incident',NULL,'Put on the next movement with the principal',NULL,NULL,1,1,'2026-11-16 02:54:00.000000','2026-11-16 02:54:00.000000');
INSERT INTO "refusals" VALUES(2,14,51,2,NULL,'2026-11-16 02:54:00.000000','Airport security detail','security_incident',NULL,NULL,NULL,NULL,1,1,'2026-11-16 02:54:00.000000','2026-11-16 02:54:00.000000');
INSERT INTO "refusals" VALUES(3,26,35,6,NULL,'2026-11-14 02:56:00.000000','Airport security detail','not_on_list',NULL,NULL,NULL,NULL,1,1,'2026-11-14 02:56:00.000000','2026-11-14 02:56:00.000000');
CREATE TABLE rendezvous_points (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	description TEXT, 
	latitude FLOAT, 
	longitude FLOAT, 
	capacity INTEGER, 
	active BOOLEAN NOT NULL, 
	version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_rendezvous_points PRIMARY KEY (id), 
	CONSTRAINT uq_rendezvous_points_name UNIQUE (name)
);
INSERT INTO "rendezvous_points" VALUES(1,'Baron Hotel gate','Near the Abbey Gate, south of the airport perimeter',34.559,69.211,300,1,1,'2026-11-25 10:54:41.566127','2026-11-25 10:54:41.566132');
INSERT INTO "rendezvous_points" VALUES(2,'North Gate','Airport north gate, Panjshir road side',34.572,69.213,300,1,1,'2026-11-25 10:54:41.567419','2026-11-25 10:54:41.567421');
INSERT INTO "rendezvous_points" VALUES(3,'East Gate','Airport east gate by the fuel depot',34.565,69.229,300,1,1,'2026-11-25 10:54:41.567905','2026-11-25 10:54:41.567906');
INSERT INTO "rendezvous_points" VALUES(4,'Serena Hotel car park','Froshgah Street',34.526,69.177,300,1,1,'2026-11-25 10:54:41.568273','2026-11-25 10:54:41.568274');
INSERT INTO "rendezvous_points" VALUES(5,'Camp Sullivan road','Petrol station at the roundabout',34.57,69.23,300,1,1,'2026-11-25 10:54:41.568587','2026-11-25 10:54:41.568588');
INSERT INTO "rendezvous_points" VALUES(6,'Wazir Akbar Khan mosque','Street 15, in front of the mosque',34.539,69.191,300,1,1,'2026-11-25 10:54:41.568880','2026-11-25 10:54:41.568881');
CREATE TABLE settings (
	"key" VARCHAR(100) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
CREATE TABLE status_changes (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	from_status VARCHAR(32), 
	to_status VARCHAR(32) NOT NULL, 
	reason TEXT, 
	changed_at DATETIME NOT NULL, 
	user_id INTEGER, 
	CONSTRAINT pk_status_changes PRIMARY KEY (id), 
	CONSTRAINT fk_status_changes_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE, 
	CONSTRAINT fk_status_changes_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);
INSERT INTO "status_changes" VALUES(1,1,NULL,'new','created','2026-11-15 17:05:40.316699',1);
INSERT INTO "status_changes" VALUES(2,1,'new','no_contact',NULL,'2026-11-16 06:49:12.059474',1);
INSERT INTO "status_changes" VALUES(3,2,NULL,'new','created','2026-11-15 17:05:40.316699',1);
INSERT INTO "status_changes" VALUES(4,2,'new','no_contact',NULL,'2026-11-16 06:49:12.059474',1);
INSERT INTO "status_changes" VALUES(5,3,NULL,'new','created','2026-11-15 17:05:40.316699',1);
INSERT INTO "status_changes" VALUES(6,3,'new','no_contact',NULL,'2026-11-16 06:49:12.059474',1);
INSERT INTO "status_changes" VALUES(7,4,NULL,'new','created','2026-11-15 17:05:40.316699',1);
INSERT INTO "status_changes" VALUES(8,4,'new','no_contact',NULL,'2026-11-16 06:49:12.059474',1);
INSERT INTO "status_changes" VALUES(9,5,NULL,'new','created','2026-11-15 17:05:40.316699',1);
INSERT INTO "status_changes" VALUES(10,5,'new','no_contact',NULL,'2026-11-16 06:49:12.059474',1);
INSERT INTO "status_changes" VALUES(11,6,NULL,'new','created','2026-11-15 17:05:40.316699',1);
INSERT INTO "status_changes" VALUES(12,6,'new','no_contact',NULL,'2026-11-16 06:49:12.059474',1);
INSERT INTO "status_changes" VALUES(13,7,NULL,'new','created','2026-11-22 02:58:57.594047',1);
INSERT INTO "status_changes" VALUES(14,7,'new','no_contact',NULL,'2026-11-22 09:59:42.675372',1);
INSERT INTO "status_changes" VALUES(15,8,NULL,'new','created','2026-11-12 17:38:21.339412',1);
INSERT INTO "status_changes" VALUES(16,8,'new','contacted',NULL,'2026-11-12 21:54:01.173881',1);
INSERT INTO "status_changes" VALUES(17,8,'contacted','verified',NULL,'2026-11-13 02:43:00.000000',1);
INSERT INTO "status_changes" VALUES(18,8,'verified','assigned',NULL,'2026-11-13 02:07:38.840588',1);
INSERT INTO "status_changes" VALUES(19,8,'assigned','in_transit',NULL,'2026-11-13 02:46:00.000000',1);
INSERT INTO "status_changes" VALUES(20,8,'in_transit','at_airport',NULL,'2026-11-13 05:19:00.000000',1);
INSERT INTO "status_changes" VALUES(21,8,'at_airport','evacuated',NULL,'2026-11-13 10:58:00.696778',1);
INSERT INTO "status_changes" VALUES(22,9,NULL,'new','created','2026-11-12 17:38:21.339412',1);
INSERT INTO "status_changes" VALUES(23,9,'new','contacted',NULL,'2026-11-12 21:54:01.173881',1);
INSERT INTO "status_changes" VALUES(24,9,'contacted','verified',NULL,'2026-11-13 02:43:00.000000',1);
INSERT INTO "status_changes" VALUES(25,9,'verified','assigned',NULL,'2026-11-13 02:07:38.840588',1);
INSERT INTO "status_changes" VALUES(26,9,'assigned','in_transit',NULL,'2026-11-13 02:46:00.000000',1);
INSERT INTO "status_changes" VALUES(27,9,'in_transit','at_airport',NULL,'2026-11-13 05:19:00.000000',1);
INSERT INTO "status_changes" VALUES(28,9,'at_airport','evacuated',NULL,'2026-11-13 10:58:00.696778',1);
INSERT INTO "status_changes" VALUES(29,10,NULL,'new','created','2026-11-17 10:10:03.065684',1);
INSERT INTO "status_changes" VALUES(30,10,'new','contacted',NULL,'2026-11-17 18:27:54.137305',1);
INSERT INTO "status_changes" VALUES(31,10,'contacted','verified',NULL,'2026-11-25 10:54:41.000000',1);
INSERT INTO "status_changes" VALUES(32,10,'verified','assigned',NULL,'2026-11-25 10:54:41.000000',1);
INSERT INTO "status_changes" VALUES(33,11,NULL,'new','created','2026-11-18 22:07:23.076129',1);
INSERT INTO "status_changes" VALUES(34,11,'new','contacted',NULL,'2026-11-19 19:16:22.818247',1);
INSERT INTO "status_changes" VALUES(35,11,'contacted','verified',NULL,'2026-11-22 03:07:00.000000',1);
INSERT INTO "status_changes" VALUES(36,11,'verified','assigned',NULL,'2026-11-22 02:11:03.924951',1);
INSERT INTO "status_changes" VALUES(37,11,'assigned','in_transit',NULL,'2026-11-22 03:18:00.000000',1);
INSERT INTO "status_changes" VALUES(38,11,'in_transit','at_airport',NULL,'2026-11-22 05:55:00.000000',1);
INSERT INTO "status_changes" VALUES(39,11,'at_airport','evacuated',NULL,'2026-11-22 17:43:23.519035',1);
INSERT INTO "status_changes" VALUES(40,12,NULL,'new','created','2026-11-14 14:33:01.295228',1);
INSERT INTO "status_changes" VALUES(41,12,'new','contacted',NULL,'2026-11-15 16:47:52.824415',1);
INSERT INTO "status_changes" VALUES(42,12,'contacted','verified',NULL,'2026-11-16 02:55:00.000000',1);
INSERT INTO "status_changes" VALUES(43,12,'verified','assigned',NULL,'2026-11-16 02:35:39.132883',1);
INSERT INTO "status_changes" VALUES(44,12,'assigned','refused','turned away at the meeting point','2026-11-16 02:54:00.000000',1);
INSERT INTO "status_changes" VALUES(45,13,NULL,'new','created','2026-11-14 14:33:01.295228',1);
INSERT INTO "status_changes" VALUES(46,13,'new','contacted',NULL,'2026-11-15 00:55:09.370709',1);
INSERT INTO "status_changes" VALUES(47,13,'contacted','verified',NULL,'2026-11-16 02:25:00.000000',1);
INSERT INTO "status_changes" VALUES(48,13,'verified','assigned',NULL,'2026-11-16 02:11:41.697697',1);
INSERT INTO "status_changes" VALUES(49,13,'assigned','in_transit',NULL,'2026-11-16 02:42:00.000000',1);
INSERT INTO "status_changes" VALUES(50,13,'in_transit','at_airport',NULL,'2026-11-16 05:16:00.000000',1);
INSERT INTO "status_changes" VALUES(51,13,'at_airport','evacuated',NULL,'2026-11-16 09:20:45.485660',1);
INSERT INTO "status_changes" VALUES(52,14,NULL,'new','created','2026-11-14 14:33:01.295228',1);
INSERT INTO "status_changes" VALUES(53,14,'new','contacted',NULL,'2026-11-15 16:47:52.824415',1);
INSERT INTO "status_changes" VALUES(54,14,'contacted','verified',NULL,'2026-11-16 02:55:00.000000',1);
INSERT INTO "status_changes" VALUES(55,14,'verified','assigned',NULL,'2026-11-16 02:35:39.132883',1);
INSERT INTO "status_changes" VALUES(56,14,'assigned','refused','turned away at the meeting point','2026-11-16 02:54:00.000000',1);
INSERT INTO "status_changes" VALUES(57,15,NULL,'new','created','2026-11-20 09:50:49.381392',1);
INSERT INTO "status_changes" VALUES(58,15,'new','contacted',NULL,'2026-11-21 04:33:59.101545',1);
INSERT INTO "status_changes" VALUES(59,15,'contacted','verified',NULL,'2026-11-22 07:59:58.687709',1);
INSERT INTO "status_changes" VALUES(60,16,NULL,'new','created','2026-11-20 09:50:49.381392',1);
INSERT INTO "status_changes" VALUES(61,16,'new','contacted',NULL,'2026-11-21 04:33:59.101545',1);
INSERT INTO "status_changes" VALUES(62,16,'contacted','verified',NULL,'2026-11-22 07:59:58.687709',1);
INSERT INTO "status_changes" VALUES(63,17,NULL,'new','created','2026-11-20 09:50:49.381392',1);
INSERT INTO "status_changes" VALUES(64,17,'new','contacted',NULL,'2026-11-21 04:33:59.101545',1);
INSERT INTO "status_changes" VALUES(65,17,'contacted','verified',NULL,'2026-11-22 07:59:58.687709',1);
INSERT INTO "status_changes" VALUES(66,18,NULL,'new','created','2026-11-20 09:50:49.381392',1);
INSERT INTO "status_changes" VALUES(67,18,'new','contacted',NULL,'2026-11-21 04:33:59.101545',1);
INSERT INTO "status_changes" VALUES(68,18,'contacted','verified',NULL,'2026-11-22 07:59:58.687709',1);
INSERT INTO "status_changes" VALUES(69,19,NULL,'new','created','2026-11-20 09:50:49.381392',1);
INSERT INTO "status_changes" VALUES(70,19,'new','contacted',NULL,'2026-11-21 04:33:59.101545',1);
INSERT INTO "status_changes" VALUES(71,19,'contacted','verified',NULL,'2026-11-22 07:59:58.687709',1);
INSERT INTO "status_changes" VALUES(72,20,NULL,'new','created','2026-11-20 09:50:49.381392',1);
INSERT INTO "status_changes" VALUES(73,20,'new','contacted',NULL,'2026-11-21 04:33:59.101545',1);
INSERT INTO "status_changes" VALUES(74,20,'contacted','verified',NULL,'2026-11-22 07:59:58.687709',1);
INSERT INTO "status_changes" VALUES(75,21,NULL,'new','created','2026-11-18 03:21:18.429926',1);
INSERT INTO "status_changes" VALUES(76,21,'new','contacted',NULL,'2026-11-19 05:06:18.314756',1);
INSERT INTO "status_changes" VALUES(77,21,'contacted','verified',NULL,'2026-11-20 11:02:00.000000',1);
INSERT INTO "status_changes" VALUES(78,21,'verified','assigned',NULL,'2026-11-20 10:26:13.514253',1);
INSERT INTO "status_changes" VALUES(79,21,'assigned','in_transit',NULL,'2026-11-20 11:29:00.000000',1);
INSERT INTO "status_changes" VALUES(80,21,'in_transit','at_airport',NULL,'2026-11-20 13:22:00.000000',1);
INSERT INTO "status_changes" VALUES(81,21,'at_airport','evacuated',NULL,'2026-11-20 18:13:56.842288',1);
INSERT INTO "status_changes" VALUES(82,22,NULL,'new','created','2026-11-14 09:12:10.390289',1);
INSERT INTO "status_changes" VALUES(83,23,NULL,'new','created','2026-11-19 15:51:16.870889',1);
INSERT INTO "status_changes" VALUES(84,23,'new','contacted',NULL,'2026-11-20 19:21:55.949088',1);
INSERT INTO "status_changes" VALUES(85,23,'contacted','verified',NULL,'2026-11-21 11:07:00.000000',1);
INSERT INTO "status_changes" VALUES(86,23,'verified','assigned',NULL,'2026-11-21 10:12:51.690247',1);
INSERT INTO "status_changes" VALUES(87,23,'assigned','in_transit',NULL,'2026-11-21 11:21:00.000000',1);
INSERT INTO "status_changes" VALUES(88,23,'in_transit','at_airport',NULL,'2026-11-21 13:45:00.000000',1);
INSERT INTO "status_changes" VALUES(89,23,'at_airport','evacuated',NULL,'2026-11-22 10:27:46.075274',1);
INSERT INTO "status_changes" VALUES(90,24,NULL,'new','created','2026-11-19 15:51:16.870889',1);
INSERT INTO "status_changes" VALUES(91,24,'new','contacted',NULL,'2026-11-20 19:21:55.949088',1);
INSERT INTO "status_changes" VALUES(92,24,'contacted','verified',NULL,'2026-11-21 11:07:00.000000',1);
INSERT INTO "status_changes" VALUES(93,24,'verified','assigned',NULL,'2026-11-21 10:12:51.690247',1);
INSERT INTO "status_changes" VALUES(94,24,'assigned','in_transit',NULL,'2026-11-21 11:21:00.000000',1);
INSERT INTO "status_changes" VALUES(95,24,'in_transit','at_airport',NULL,'2026-11-21 13:45:00.000000',1);
INSERT INTO "status_changes" VALUES(96,24,'at_airport','evacuated',NULL,'2026-11-22 10:27:46.075274',1);
INSERT INTO "status_changes" VALUES(97,25,NULL,'new','created','2026-11-19 15:51:16.870889',1);
INSERT INTO "status_changes" VALUES(98,25,'new','contacted',NULL,'2026-11-20 19:21:55.949088',1);
INSERT INTO "status_changes" VALUES(99,25,'contacted','verified',NULL,'2026-11-21 11:07:00.000000',1);
INSERT INTO "status_changes" VALUES(100,25,'verified','assigned',NULL,'2026-11-21 10:12:51.690247',1);
INSERT INTO "status_changes" VALUES(101,25,'assigned','in_transit',NULL,'2026-11-21 11:21:00.000000',1);
INSERT INTO "status_changes" VALUES(102,25,'in_transit','at_airport',NULL,'2026-11-21 13:45:00.000000',1);
INSERT INTO "status_changes" VALUES(103,25,'at_airport','evacuated',NULL,'2026-11-22 10:27:46.075274',1);
INSERT INTO "status_changes" VALUES(104,26,NULL,'new','created','2026-11-13 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(105,26,'new','contacted',NULL,'2026-11-14 05:05:32.234037',1);
INSERT INTO "status_changes" VALUES(106,26,'contacted','verified',NULL,'2026-11-14 02:59:00.000000',1);
INSERT INTO "status_changes" VALUES(107,26,'verified','assigned',NULL,'2026-11-14 02:10:36.873504',1);
INSERT INTO "status_changes" VALUES(108,26,'assigned','refused','turned away at the meeting point','2026-11-14 02:56:00.000000',1);
INSERT INTO "status_changes" VALUES(109,27,NULL,'new','created','2026-11-13 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(110,27,'new','contacted',NULL,'2026-11-14 06:52:27.267699',1);
INSERT INTO "status_changes" VALUES(111,27,'contacted','verified',NULL,'2026-11-14 02:37:00.000000',1);
INSERT INTO "status_changes" VALUES(112,27,'verified','assigned',NULL,'2026-11-14 02:22:37.884330',1);
INSERT INTO "status_changes" VALUES(113,27,'assigned','in_transit',NULL,'2026-11-14 02:30:00.000000',1);
INSERT INTO "status_changes" VALUES(114,27,'in_transit','at_airport',NULL,'2026-11-14 05:06:00.000000',1);
INSERT INTO "status_changes" VALUES(115,27,'at_airport','evacuated',NULL,'2026-11-14 22:57:22.505235',1);
INSERT INTO "status_changes" VALUES(116,28,NULL,'new','created','2026-11-13 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(117,28,'new','contacted',NULL,'2026-11-14 12:31:44.155873',1);
INSERT INTO "status_changes" VALUES(118,28,'contacted','verified',NULL,'2026-11-14 03:05:00.000000',1);
INSERT INTO "status_changes" VALUES(119,28,'verified','assigned',NULL,'2026-11-14 02:34:46.336087',1);
INSERT INTO "status_changes" VALUES(120,28,'assigned','in_transit',NULL,'2026-11-14 03:15:00.000000',1);
INSERT INTO "status_changes" VALUES(121,28,'in_transit','at_airport',NULL,'2026-11-14 05:33:00.000000',1);
INSERT INTO "status_changes" VALUES(122,28,'at_airport','evacuated',NULL,'2026-11-14 11:06:49.683062',1);
INSERT INTO "status_changes" VALUES(123,29,NULL,'new','created','2026-11-14 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(124,29,'new','contacted',NULL,'2026-11-15 21:41:04.904357',1);
INSERT INTO "status_changes" VALUES(125,29,'contacted','verified',NULL,'2026-11-15 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(126,29,'verified','assigned',NULL,'2026-11-15 02:21:57.532686',1);
INSERT INTO "status_changes" VALUES(127,29,'assigned','in_transit',NULL,'2026-11-15 03:16:00.000000',1);
INSERT INTO "status_changes" VALUES(128,29,'in_transit','at_airport',NULL,'2026-11-15 05:22:00.000000',1);
INSERT INTO "status_changes" VALUES(129,29,'at_airport','evacuated',NULL,'2026-11-16 08:35:59.059522',1);
INSERT INTO "status_changes" VALUES(130,30,NULL,'new','created','2026-11-14 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(131,30,'new','contacted',NULL,'2026-11-15 21:41:04.904357',1);
INSERT INTO "status_changes" VALUES(132,30,'contacted','verified',NULL,'2026-11-15 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(133,30,'verified','assigned',NULL,'2026-11-15 02:21:57.532686',1);
INSERT INTO "status_changes" VALUES(134,30,'assigned','in_transit',NULL,'2026-11-15 03:16:00.000000',1);
INSERT INTO "status_changes" VALUES(135,30,'in_transit','at_airport',NULL,'2026-11-15 05:22:00.000000',1);
INSERT INTO "status_changes" VALUES(136,30,'at_airport','evacuated',NULL,'2026-11-16 08:35:59.059522',1);
INSERT INTO "status_changes" VALUES(137,31,NULL,'new','created','2026-11-14 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(138,31,'new','contacted',NULL,'2026-11-15 21:41:04.904357',1);
INSERT INTO "status_changes" VALUES(139,31,'contacted','verified',NULL,'2026-11-15 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(140,31,'verified','assigned',NULL,'2026-11-15 02:21:57.532686',1);
INSERT INTO "status_changes" VALUES(141,31,'assigned','in_transit',NULL,'2026-11-15 03:16:00.000000',1);
INSERT INTO "status_changes" VALUES(142,31,'in_transit','at_airport',NULL,'2026-11-15 05:22:00.000000',1);
INSERT INTO "status_changes" VALUES(143,31,'at_airport','evacuated',NULL,'2026-11-16 08:35:59.059522',1);
INSERT INTO "status_changes" VALUES(144,32,NULL,'new','created','2026-11-14 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(145,32,'new','contacted',NULL,'2026-11-15 21:41:04.904357',1);
INSERT INTO "status_changes" VALUES(146,32,'contacted','verified',NULL,'2026-11-15 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(147,32,'verified','assigned',NULL,'2026-11-15 02:21:57.532686',1);
INSERT INTO "status_changes" VALUES(148,32,'assigned','in_transit',NULL,'2026-11-15 03:16:00.000000',1);
INSERT INTO "status_changes" VALUES(149,32,'in_transit','at_airport',NULL,'2026-11-15 05:22:00.000000',1);
INSERT INTO "status_changes" VALUES(150,32,'at_airport','evacuated',NULL,'2026-11-16 08:35:59.059522',1);
INSERT INTO "status_changes" VALUES(151,33,NULL,'new','created','2026-11-14 20:00:00.000000',1);
INSERT INTO "status_changes" VALUES(152,33,'new','contacted',NULL,'2026-11-15 21:41:04.904357',1);
INSERT INTO "status_changes" VALUES(153,33,'contacted','verified',NULL,'2026-11-15 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(154,33,'verified','assigned',NULL,'2026-11-15 02:21:57.532686',1);
INSERT INTO "status_changes" VALUES(155,33,'assigned','in_transit',NULL,'2026-11-15 03:16:00.000000',1);
INSERT INTO "status_changes" VALUES(156,33,'in_transit','at_airport',NULL,'2026-11-15 05:22:00.000000',1);
INSERT INTO "status_changes" VALUES(157,33,'at_airport','evacuated',NULL,'2026-11-16 08:35:59.059522',1);
INSERT INTO "status_changes" VALUES(158,34,NULL,'new','created','2026-11-15 20:47:35.365149',1);
INSERT INTO "status_changes" VALUES(159,34,'new','contacted',NULL,'2026-11-16 16:53:48.579207',1);
INSERT INTO "status_changes" VALUES(160,34,'contacted','verified',NULL,'2026-11-23 02:27:00.000000',1);
INSERT INTO "status_changes" VALUES(161,34,'verified','assigned',NULL,'2026-11-23 02:15:18.507772',1);
INSERT INTO "status_changes" VALUES(162,34,'assigned','in_transit',NULL,'2026-11-23 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(163,34,'in_transit','at_airport',NULL,'2026-11-23 05:33:00.000000',1);
INSERT INTO "status_changes" VALUES(164,35,NULL,'new','created','2026-11-15 20:47:35.365149',1);
INSERT INTO "status_changes" VALUES(165,35,'new','contacted',NULL,'2026-11-16 16:53:48.579207',1);
INSERT INTO "status_changes" VALUES(166,35,'contacted','verified',NULL,'2026-11-23 02:27:00.000000',1);
INSERT INTO "status_changes" VALUES(167,35,'verified','assigned',NULL,'2026-11-23 02:15:18.507772',1);
INSERT INTO "status_changes" VALUES(168,35,'assigned','in_transit',NULL,'2026-11-23 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(169,35,'in_transit','at_airport',NULL,'2026-11-23 05:33:00.000000',1);
INSERT INTO "status_changes" VALUES(170,36,NULL,'new','created','2026-11-15 20:47:35.365149',1);
INSERT INTO "status_changes" VALUES(171,36,'new','contacted',NULL,'2026-11-16 16:53:48.579207',1);
INSERT INTO "status_changes" VALUES(172,36,'contacted','verified',NULL,'2026-11-23 02:27:00.000000',1);
INSERT INTO "status_changes" VALUES(173,36,'verified','assigned',NULL,'2026-11-23 02:15:18.507772',1);
INSERT INTO "status_changes" VALUES(174,36,'assigned','in_transit',NULL,'2026-11-23 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(175,36,'in_transit','at_airport',NULL,'2026-11-23 05:33:00.000000',1);
INSERT INTO "status_changes" VALUES(176,37,NULL,'new','created','2026-11-15 20:47:35.365149',1);
INSERT INTO "status_changes" VALUES(177,37,'new','contacted',NULL,'2026-11-16 16:53:48.579207',1);
INSERT INTO "status_changes" VALUES(178,37,'contacted','verified',NULL,'2026-11-23 02:27:00.000000',1);
INSERT INTO "status_changes" VALUES(179,37,'verified','assigned',NULL,'2026-11-23 02:15:18.507772',1);
INSERT INTO "status_changes" VALUES(180,37,'assigned','in_transit',NULL,'2026-11-23 02:39:00.000000',1);
INSERT INTO "status_changes" VALUES(181,37,'in_transit','at_airport',NULL,'2026-11-23 05:33:00.000000',1);
INSERT INTO "status_changes" VALUES(182,38,NULL,'new','created','2026-11-21 04:00:00.000000',1);
INSERT INTO "status_changes" VALUES(183,38,'new','contacted',NULL,'2026-11-21 09:24:44.040656',1);
INSERT INTO "status_changes" VALUES(184,38,'contacted','verified',NULL,'2026-11-21 11:07:00.000000',1);
INSERT INTO "status_changes" VALUES(185,38,'verified','assigned',NULL,'2026-11-21 10:22:44.163137',1);
INSERT INTO "status_changes" VALUES(186,38,'assigned','verified','no show at the meeting point','2026-11-21 10:33:00.000000',1);
INSERT INTO "status_changes" VALUES(187,39,NULL,'new','created','2026-11-21 04:00:00.000000',1);
INSERT INTO "status_changes" VALUES(188,39,'new','contacted',NULL,'2026-11-21 09:24:44.040656',1);
INSERT INTO "status_changes" VALUES(189,39,'contacted','verified',NULL,'2026-11-21 11:07:00.000000',1);
INSERT INTO "status_changes" VALUES(190,39,'verified','assigned',NULL,'2026-11-21 10:22:44.163137',1);
INSERT INTO "status_changes" VALUES(191,39,'assigned','verified','no show at the meeting point','2026-11-21 10:33:00.000000',1);
INSERT INTO "status_changes" VALUES(192,40,NULL,'new','created','2026-11-14 03:56:31.504694',1);
INSERT INTO "status_changes" VALUES(193,40,'new','contacted',NULL,'2026-11-15 02:43:38.880446',1);
INSERT INTO "status_changes" VALUES(194,40,'contacted','verified',NULL,'2026-11-24 10:50:00.000000',1);
INSERT INTO "status_changes" VALUES(195,40,'verified','assigned',NULL,'2026-11-24 10:12:31.676371',1);
INSERT INTO "status_changes" VALUES(196,40,'assigned','in_transit',NULL,'2026-11-24 11:25:00.000000',1);
INSERT INTO "status_changes" VALUES(197,40,'in_transit','at_airport',NULL,'2026-11-24 13:03:00.000000',1);
CREATE TABLE travel_dependencies (
	person_id INTEGER NOT NULL, 
	depends_on_id INTEGER NOT NULL, 
	CONSTRAINT pk_travel_dependencies PRIMARY KEY (person_id, depends_on_id), 
	CONSTRAINT fk_travel_dependencies_depends_on_id_persons FOREIGN KEY(depends_on_id) REFERENCES persons (id) ON DELETE CASCADE, 
	CONSTRAINT fk_travel_dependencies_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE
);
CREATE TABLE users (
	id INTEGER NOT NULL, 
	username VARCHAR(100) NOT NULL, 
	display_name TEXT, 
	role VARCHAR(32) NOT NULL, 
	password_hash TEXT, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_users PRIMARY KEY (id), 
	CONSTRAINT uq_users_username UNIQUE (username)
);
INSERT INTO "users" VALUES(1,'field-office','field-office','admin',NULL,1,'2026-11-25 10:54:41.561817');
CREATE INDEX ix_audit_events_entity ON audit_events (entity, entity_id);
CREATE INDEX ix_import_batches_sha256 ON import_batches (sha256);
CREATE INDEX ix_movements_rendezvous_point_id ON movements (rendezvous_point_id);
CREATE INDEX ix_movements_status ON movements (status);
CREATE INDEX ix_persons_email ON persons (email);
CREATE INDEX ix_persons_household_id ON persons (household_id);
CREATE INDEX ix_persons_import_batch_id ON persons (import_batch_id);
CREATE INDEX ix_persons_last_contact_at ON persons (last_contact_at);
CREATE INDEX ix_persons_legal_status ON persons (legal_status);
CREATE INDEX ix_persons_rendezvous_point_id ON persons (rendezvous_point_id);
CREATE INDEX ix_persons_status ON persons (status);
CREATE INDEX ix_households_principal_id ON households (principal_id);
CREATE INDEX ix_contact_attempts_person_time ON contact_attempts (person_id, occurred_at);
CREATE INDEX ix_identity_documents_number_key ON identity_documents (number_key);
CREATE INDEX ix_identity_documents_person_id ON identity_documents (person_id);
CREATE INDEX ix_manifest_entries_movement_id ON manifest_entries (movement_id);
CREATE INDEX ix_manifest_entries_person_id ON manifest_entries (person_id);
CREATE INDEX ix_phone_numbers_number ON phone_numbers (number);
CREATE INDEX ix_phone_numbers_person_id ON phone_numbers (person_id);
CREATE INDEX ix_refusals_movement_id ON refusals (movement_id);
CREATE INDEX ix_refusals_occurred_at ON refusals (occurred_at);
CREATE INDEX ix_refusals_person_id ON refusals (person_id);
CREATE INDEX ix_status_changes_changed_at ON status_changes (changed_at);
CREATE INDEX ix_status_changes_person_time ON status_changes (person_id, changed_at);
COMMIT;
