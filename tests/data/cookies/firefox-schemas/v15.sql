-- SPDX-License-Identifier: GPL-3.0-or-later
-- Firefox cookie store, moz_cookies schema version 15. TryInitDB case 14: ALTER TABLE moz_cookies DROP COLUMN
-- rawSameSite; sameSite 256 = not set.
-- Statements from Firefox's netwerk/cookie (nsCookieService.cpp, later CookiePersistentStorage.cpp);
-- the rows are ours. The test runs this file through sqlite3 to make the cookies.sqlite it imports.
PRAGMA user_version = 15;
CREATE TABLE moz_cookies(id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, rawSameSite INTEGER DEFAULT 0, CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes));
ALTER TABLE moz_cookies ADD schemeMap INTEGER DEFAULT 0;
ALTER TABLE moz_cookies ADD isPartitionedAttributeSet INTEGER DEFAULT 0;
ALTER TABLE moz_cookies DROP COLUMN rawSameSite;
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite) VALUES ('_ga', 'SECRET-_ga', '.example.no', '/', 1772359200, 1709287200000000, 1709287260000000, 0, 0, 256);
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite) VALUES ('sid', 'SECRET-sid', 'www.example.no', '/app', 1709290800, 1709287200000001, 1709287260000000, 1, 1, 2);
INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite) VALUES ('fr', 'SECRET-fr', '.facebook.com', '/', 1717063200, 1709287200000002, 1709287260000000, 1, 1, 256);
