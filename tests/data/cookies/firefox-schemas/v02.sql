-- SPDX-License-Identifier: GPL-3.0-or-later
-- Firefox cookie store, moz_cookies schema version 2. Firefox 3.0 to 3.6: nsCookieService::CreateTable with
-- COOKIES_SCHEMA_VERSION 2. The id is the creation time in microseconds; there is no creationTime column.
-- Statements from Firefox's netwerk/cookie (nsCookieService.cpp, later CookiePersistentStorage.cpp);
-- the rows are ours. The test runs this file through sqlite3 to make the cookies.sqlite it imports.
PRAGMA user_version = 2;
CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, isSecure INTEGER, isHttpOnly INTEGER);
INSERT INTO moz_cookies (name, value, host, path, expiry, id, lastAccessed, isSecure, isHttpOnly) VALUES ('_ga', 'SECRET-_ga', '.example.no', '/', 1772359200, 1709287200000000, 1709287260000000, 0, 0);
INSERT INTO moz_cookies (name, value, host, path, expiry, id, lastAccessed, isSecure, isHttpOnly) VALUES ('sid', 'SECRET-sid', 'www.example.no', '/app', 1709290800, 1709287200000001, 1709287260000000, 1, 1);
INSERT INTO moz_cookies (name, value, host, path, expiry, id, lastAccessed, isSecure, isHttpOnly) VALUES ('fr', 'SECRET-fr', '.facebook.com', '/', 1717063200, 1709287200000002, 1709287260000000, 1, 1);
