-- SPDX-License-Identifier: GPL-3.0-or-later
-- Firefox cookie store, moz_cookies schema version 6. CreateTableForSchemaVersion6 (originAttributes replaces
-- appId).
-- Statements from Firefox's netwerk/cookie (nsCookieService.cpp, later CookiePersistentStorage.cpp);
-- the rows are ours. The test runs this file through sqlite3 to make the cookies.sqlite it imports.
PRAGMA user_version = 6;
CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, baseDomain TEXT, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes));
CREATE INDEX moz_basedomain ON moz_cookies (baseDomain, originAttributes);
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, baseDomain) VALUES ('_ga', 'SECRET-_ga', '.example.no', '/', 1772359200, 1709287200000000, 1709287260000000, 0, 0, 'example.no');
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, baseDomain) VALUES ('sid', 'SECRET-sid', 'www.example.no', '/app', 1709290800, 1709287200000001, 1709287260000000, 1, 1, 'example.no');
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, baseDomain) VALUES ('fr', 'SECRET-fr', '.facebook.com', '/', 1717063200, 1709287200000002, 1709287260000000, 1, 1, 'facebook.com');
