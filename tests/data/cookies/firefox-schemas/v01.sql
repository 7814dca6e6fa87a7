-- SPDX-License-Identifier: GPL-3.0-or-later
-- Firefox cookie store, moz_cookies schema version 1. The first cookies.sqlite. No CREATE TABLE survives;
-- derived from version 2 minus lastAccessed, which TryInitDB's upgrade from version 1 adds (ALTER TABLE
-- moz_cookies ADD lastAccessed INTEGER).
-- Statements from Firefox's netwerk/cookie (nsCookieService.cpp, later CookiePersistentStorage.cpp);
-- the rows are ours. The test runs this file through sqlite3 to make the cookies.sqlite it imports.
PRAGMA user_version = 1;
CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, isSecure INTEGER, isHttpOnly INTEGER);
INSERT INTO moz_cookies (name, value, host, path, expiry, id, isSecure, isHttpOnly) VALUES ('_ga', 'SECRET-_ga', '.example.no', '/', 1772359200, 1709287200000000, 0, 0);
INSERT INTO moz_cookies (name, value, host, path, expiry, id, isSecure, isHttpOnly) VALUES ('sid', 'SECRET-sid', 'www.example.no', '/app', 1709290800, 1709287200000001, 1, 1);
INSERT INTO moz_cookies (name, value, host, path, expiry, id, isSecure, isHttpOnly) VALUES ('fr', 'SECRET-fr', '.facebook.com', '/', 1717063200, 1709287200000002, 1, 1);
