-- SPDX-License-Identifier: GPL-3.0-or-later
-- Firefox cookie store, moz_cookies schema version 17. CookiePersistentStorage::CreateTableWorker with
-- COOKIES_SCHEMA_VERSION 17 (updateTime), today's.
-- Statements from Firefox's netwerk/cookie (nsCookieService.cpp, later CookiePersistentStorage.cpp);
-- the rows are ours. The test runs this file through sqlite3 to make the cookies.sqlite it imports.
PRAGMA user_version = 17;
CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0, isPartitionedAttributeSet INTEGER DEFAULT 0, updateTime INTEGER, CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes));
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite) VALUES ('_ga', 'SECRET-_ga', '.example.no', '/', 1772359200000, 1709287200000000, 1709287260000000, 0, 0, 256);
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite) VALUES ('sid', 'SECRET-sid', 'www.example.no', '/app', 1709290800000, 1709287200000001, 1709287260000000, 1, 1, 2);
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite) VALUES ('fr', 'SECRET-fr', '.facebook.com', '/', 1717063200000, 1709287200000002, 1709287260000000, 1, 1, 256);
