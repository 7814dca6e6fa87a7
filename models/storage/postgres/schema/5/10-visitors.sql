-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5 (the same as an SQLite workspace's version 8, storage/sqlite/visitorschema.cpp): how many
-- sessions of a file an import refused as duplicates of sessions an earlier import (stored_by) stores. Those
-- sessions are that later file's data too, so removing the earlier import would take them from it: the removal
-- is refused while the later import is there (workspace/importremoval.cpp).
CREATE TABLE visitor_shared_sessions (
    import_id bigint NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    stored_by bigint NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    sessions bigint NOT NULL,
    PRIMARY KEY (import_id, stored_by)
);
CREATE INDEX visitor_shared_sessions_stored_by ON visitor_shared_sessions (stored_by);
