// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/firefoxcookiesimporter.h"

#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesink.h"
#include "importers/importcontext.h"

#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace CookieImportSupport;

namespace {

struct Db
{
    sqlite3 *db = nullptr;
    ~Db() { sqlite3_close(db); }
};

struct Stmt
{
    sqlite3_stmt *st = nullptr;
    ~Stmt() { sqlite3_finalize(st); }
};

QString text(sqlite3_stmt *st, int col)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

QString sameSite(int v)
{
    switch (v) {
    case 0:
        return u"None"_s;
    case 1:
        return u"Lax"_s;
    case 2:
        return u"Strict"_s;
    }
    return {};
}

} // namespace

QString FirefoxCookiesImporter::name() const
{
    return u"firefox-cookies"_s;
}

QString FirefoxCookiesImporter::displayName() const
{
    return tr("Firefox cookie store (cookies.sqlite)");
}

int FirefoxCookiesImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    if (!head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return 0;
    if (head.contains("moz_cookies"))
        return 95;
    return fileName.compare(u"cookies.sqlite"_s, Qt::CaseInsensitive) == 0 ? 40 : 0;
}

Status FirefoxCookiesImporter::read(QIODevice &in, ImportContext &ctx) const
{
    Q_UNUSED(in); // SQLite opens the file itself, read-only
    if (ctx.filePath.isEmpty())
        return ctx.error(0, tr("a cookies.sqlite file can only be read from disk"));
    // immutable=1: no locks, no journal, no writes, even if Firefox has the file open.
    const QString uri
        = u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(ctx.filePath, "/")) + u"?mode=ro&immutable=1"_s;
    Db db;
    if (sqlite3_open_v2(uri.toUtf8().constData(), &db.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return ctx.error(0, tr("cannot open the cookie store: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.db))));
    Stmt st;
    // Never select the value column.
    const char *sql = "SELECT name, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, sameSite"
                      " FROM moz_cookies ORDER BY id";
    if (sqlite3_prepare_v2(db.db, sql, -1, &st.st, nullptr) != SQLITE_OK)
        return ctx.error(
            0, tr("this is not a Firefox cookie store (%1)").arg(QString::fromUtf8(sqlite3_errmsg(db.db))));
    const QString site = bareDomain(ctx.options.sourceName);
    if (ctx.cookies)
        ctx.cookies->setScanInfo(site, QDateTime::currentDateTimeUtc());
    int row = 0, rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
        ++row;
        ++ctx.rowsRead;
        if (ctx.cancelled())
            return ctx.error(0, tr("the import was cancelled"));
        ObservedCookie c;
        c.name = text(st.st, 0).trimmed();
        if (c.name.isEmpty()) {
            ctx.skip(tr("cookie without a name"), row);
            continue;
        }
        c.domain = bareDomain(text(st.st, 1));
        c.path = text(st.st, 2);
        qint64 expiry = sqlite3_column_int64(st.st, 3);
        if (expiry > 100'000'000'000LL) // newer Firefox versions store milliseconds
            expiry /= 1000;
        const qint64 created = sqlite3_column_int64(st.st, 4) / 1'000'000; // microseconds
        const qint64 accessed = sqlite3_column_int64(st.st, 5) / 1'000'000;
        c.firstSeen = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
        c.lastSeen = QDateTime::fromSecsSinceEpoch(qMax(created, accessed), Qt::UTC);
        if (expiry > 0) {
            c.expiresAt = QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC);
            c.retentionSeconds = qMax<qint64>(0, expiry - created);
        } else {
            c.session = true;
        }
        c.secure = sqlite3_column_int(st.st, 6) != 0;
        c.httpOnly = sqlite3_column_int(st.st, 7) != 0;
        c.sameSite = sqlite3_column_type(st.st, 8) == SQLITE_NULL ? QString() : sameSite(sqlite3_column_int(st.st, 8));
        c.party = party(c.domain, site);
        c.via = u"browser"_s;
        if (ctx.cookies)
            if (Status s = ctx.cookies->addObserved(c))
                return s;
    }
    if (rc != SQLITE_DONE)
        return ctx.error(0, tr("the cookie store is damaged: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.db))));
    ctx.notes << tr("%n cookie(s) read from the browser's store", "", row);
    return {};
}
