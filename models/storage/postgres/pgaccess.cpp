// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgaccess.h"

#include "storage/postgres/pgconnection.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace {

// The area's tables all start with this (LIKE pattern, underscore escaped).
QByteArray tablePattern(ImportKind area)
{
    switch (area) {
    case ImportKind::Visitors:
        return "visitor\\_%";
    case ImportKind::Cookies:
        return "cookie\\_%";
    case ImportKind::Chats:
        return "chat\\_%";
    }
    return {};
}

// The tables shared by every area: read by every member, written by every writer (row-level security limits
// the import history to the member's areas).
constexpr const char *kSharedRead = "schema_version, meta, imports, import_skips";
constexpr const char *kSharedWrite = "imports, import_skips, meta";

} // namespace

Expected<PgAccess::AreaGroups> PgAccess::groupsOf(ImportKind area)
{
    auto r = m_conn.exec("SELECT read, write, EXISTS (SELECT FROM pg_roles WHERE rolname = read), "
                         "EXISTS (SELECT FROM pg_roles WHERE rolname = write) "
                         "FROM (SELECT kapsel.area_role($1, 'read') AS read, kapsel.area_role($1, 'write') AS write) g",
        { importKindName(area).toUtf8() });
    if (!r)
        return r.error();
    return AreaGroups { m_conn.quoteIdentifier(r->text(0, 0)), m_conn.quoteIdentifier(r->text(0, 1)),
        r->value(0, 2) == "t", r->value(0, 3) == "t" };
}

Status PgAccess::ownerOnly(Status s) const
{
    if (s && m_conn.lastSqlState() == "42501")
        return Error { {}, 0,
            tr("only the workspace's owner, with the right to create roles, can change who has access") };
    return s;
}

Expected<QString> PgAccess::owner()
{
    auto r = m_conn.exec("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'kapsel'");
    if (!r)
        return r.error();
    return r->rows() ? r->text(0, 0) : QString();
}

Expected<QList<AccessGrant>> PgAccess::list()
{
    auto prefix = m_conn.exec("SELECT kapsel.area_role('', '')");
    if (!prefix)
        return prefix.error();
    // kapsel_<oid>__ : the groups of this database start with kapsel_<oid>_
    const QByteArray groups = prefix->value(0, 0).chopped(1).replace("_", "\\_") + "%";
    auto r = m_conn.exec("SELECT m.rolname, g.rolname FROM pg_auth_members am "
                         "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                         "WHERE g.rolname LIKE $1 AND m.rolname NOT LIKE $1 ORDER BY 1, 2",
        { groups });
    if (!r)
        return r.error();
    QMap<std::pair<QString, int>, AccessGrant> byRoleAndArea;
    for (int i = 0; i < r->rows(); ++i) {
        const QString role = r->text(i, 0);
        const QString group = r->text(i, 1);
        for (ImportKind area : kImportKinds) {
            const QString name = importKindName(area);
            const bool read = group.endsWith(u'_' + name + u"_read"_s);
            const bool write = group.endsWith(u'_' + name + u"_write"_s);
            if (!read && !write)
                continue;
            AccessGrant &g = byRoleAndArea[{ role, int(area) }];
            g.role = role;
            g.area = area;
            g.write = g.write || write;
        }
    }
    return byRoleAndArea.values();
}

Expected<AreaRight> PgAccess::rightTo(ImportKind area)
{
    auto r = m_conn.exec("SELECT count(*), coalesce(bool_and(has_table_privilege(c.oid, 'SELECT')), false), "
                         "coalesce(bool_and(has_table_privilege(c.oid, 'INSERT')), false) "
                         "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = 'kapsel' AND c.relkind = 'r' AND c.relname LIKE $1",
        { tablePattern(area) });
    if (!r)
        return r.error();
    if (r->integer(0, 0) == 0 || r->value(0, 1) != "t")
        return AreaRight::None;
    return r->value(0, 2) == "t" ? AreaRight::Write : AreaRight::Read;
}

Status PgAccess::ensureGroups(const AreaGroups &groups)
{
    if (!groups.readExists)
        if (Status s = m_conn.run("CREATE ROLE " + groups.read + " NOLOGIN"))
            return s;
    if (!groups.writeExists)
        if (Status s = m_conn.run("CREATE ROLE " + groups.write + " NOLOGIN"))
            return s;
    return m_conn.run("GRANT " + groups.read + " TO " + groups.write);
}

Status PgAccess::refreshGroupGrants()
{
    // The compliance reports' records (schema 4) are shared like the import history: whoever makes a report reads
    // and records it. Named only where the schema has them (a grant may run on a workspace not yet upgraded).
    auto reports = m_conn.exec("SELECT to_regclass('kapsel.reports') IS NOT NULL");
    if (!reports)
        return reports.error();
    const bool hasReports = reports->value(0, 0) == "t";
    const QByteArray sharedRead = QByteArray(kSharedRead) + (hasReports ? ", reports" : "");
    const QByteArray sharedWrite = QByteArray(kSharedWrite) + (hasReports ? ", reports" : "");
    const QByteArray sequences = hasReports ? "imports_id_seq, reports_id_seq" : "imports_id_seq";
    for (ImportKind area : kImportKinds) {
        auto groups = groupsOf(area);
        if (!groups)
            return groups.error();
        if (!groups->readExists || !groups->writeExists)
            continue; // nobody was granted this area yet
        const QByteArray &r = groups->read;
        const QByteArray &w = groups->write;
        if (Status s = m_conn.runScript("GRANT USAGE ON SCHEMA kapsel TO " + r + "; GRANT SELECT ON " + sharedRead
                + " TO " + r + "; GRANT INSERT, UPDATE, DELETE ON " + sharedWrite + " TO " + w
                + "; GRANT USAGE, SELECT ON SEQUENCE " + sequences + " TO " + w))
            return s;
        auto objects
            = m_conn.exec("SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE n.nspname = 'kapsel' AND c.relkind IN ('r', 'S') AND c.relname LIKE $1",
                { tablePattern(area) });
        if (!objects)
            return objects.error();
        for (int i = 0; i < objects->rows(); ++i) {
            const QByteArray name = m_conn.quoteIdentifier(objects->text(i, 0));
            QByteArray statement;
            if (objects->value(i, 1) == "S")
                statement = "GRANT USAGE, SELECT ON SEQUENCE " + name + " TO " + w;
            else
                statement
                    = "GRANT SELECT ON " + name + " TO " + r + "; GRANT INSERT, UPDATE, DELETE ON " + name + " TO " + w;
            if (Status s = m_conn.runScript(statement))
                return s;
        }
    }
    return {};
}

Status PgAccess::grant(const QString &role, ImportKind area, bool write)
{
    auto exists = m_conn.exec("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", { role.toUtf8() });
    if (!exists)
        return exists.error();
    if (exists->rows() == 0)
        return Error { {}, 0,
            tr("there is no role \"%1\" on this server; create it first (CREATE ROLE ... LOGIN)").arg(role) };
    auto groups = groupsOf(area);
    if (!groups)
        return groups.error();
    if (Status s = m_conn.run("BEGIN"))
        return s;
    auto fail = [&](Status s) {
        s = ownerOnly(s); // before the ROLLBACK, which clears the server's answer
        m_conn.run("ROLLBACK");
        return s;
    };
    if (Status s = ensureGroups(*groups))
        return fail(s);
    if (Status s = refreshGroupGrants())
        return fail(s);
    const QByteArray member = m_conn.quoteIdentifier(role);
    if (Status s = m_conn.run("GRANT " + (write ? groups->write : groups->read) + " TO " + member))
        return fail(s);
    if (!write)
        if (Status s = m_conn.run("REVOKE " + groups->write + " FROM " + member))
            return fail(s);
    return m_conn.run("COMMIT");
}

Status PgAccess::revoke(const QString &role, ImportKind area)
{
    auto groups = groupsOf(area);
    if (!groups)
        return groups.error();
    const QByteArray member = m_conn.quoteIdentifier(role);
    if (groups->writeExists)
        if (Status s = m_conn.run("REVOKE " + groups->write + " FROM " + member))
            return ownerOnly(s);
    if (groups->readExists)
        if (Status s = m_conn.run("REVOKE " + groups->read + " FROM " + member))
            return ownerOnly(s);
    return {};
}
