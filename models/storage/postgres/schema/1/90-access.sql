-- SPDX-License-Identifier: GPL-3.0-or-later
-- Access per area, enforced by the server (storage/postgres/pgaccess.h). Each area has two group roles per
-- database, kapsel_<database oid>_<area>_read and ..._write (a member of the read one); `kapsel-cli access
-- grant` makes a login role a member. The area's tables (visitor_*, cookie_*, chat_*) are granted to them
-- whole. The import history mixes areas, so row-level security shows each role the imports of the areas it
-- may read, and lets it record imports only of the areas it may write. The owner (who created the workspace)
-- and superusers are not bound by these policies.

-- The group role of an area ('visitors', 'cookies', 'chats') for a mode ('read', 'write') in this database.
CREATE FUNCTION area_role(area text, mode text) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT format('kapsel_%s_%s_%s', (SELECT oid FROM pg_database WHERE datname = current_database()), area, mode) $$;

-- Whether the current user holds that role (directly or through another role). False while nobody has been
-- granted anything (the role does not exist yet).
CREATE FUNCTION may(area text, mode text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
        SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = kapsel.area_role(area, mode))
                    THEN pg_has_role(current_user, kapsel.area_role(area, mode), 'USAGE')
                    ELSE false END
    $$;

ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY imports_read ON imports FOR SELECT USING (kapsel.may(kind, 'read'));
CREATE POLICY imports_insert ON imports FOR INSERT WITH CHECK (kapsel.may(kind, 'write'));
CREATE POLICY imports_update ON imports FOR UPDATE USING (kapsel.may(kind, 'write'));
CREATE POLICY imports_delete ON imports FOR DELETE USING (kapsel.may(kind, 'write'));

-- A skip reason belongs to its import: visible and writable where the import is.
ALTER TABLE import_skips ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_skips_of_import ON import_skips USING (EXISTS (SELECT FROM imports i WHERE i.id = import_id));
