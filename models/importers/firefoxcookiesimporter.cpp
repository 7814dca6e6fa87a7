// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/firefoxcookiesimporter.h"

#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesink.h"
#include "core/deferredtext.h"
#include "importers/importcontext.h"

using namespace Qt::StringLiterals;
using namespace CookieImportSupport;

namespace {

// The columns read, in this order. moz_cookies gained and lost columns over its schema versions (see
// CookiePersistentStorage::TryInitDB in Firefox's netwerk/cookie): version 1 (Firefox 3.0 betas) has no
// lastAccessed, versions 1-3 (Firefox 3.0-3.6) no creationTime, sameSite came in 9, and since 16 expiry is
// in milliseconds. A missing column reads as NULL.
enum Column { Name, Host, Path, Expiry, Created, Accessed, Secure, HttpOnly, SameSite, Id, ColumnCount };
constexpr const char *kColumns[ColumnCount]
    = { "name", "host", "path", "expiry", "creationtime", "lastaccessed", "issecure", "ishttponly", "samesite", "id" };

constexpr qint64 kLastSecond = 253402300799LL; // 9999-12-31T23:59:59Z

std::optional<bool> flag(const ForeignRow &row, int col)
{
    if (row.isNull(col))
        return std::nullopt;
    return row.integer(col) != 0;
}

// A time in microseconds since 1970, or invalid when the column is absent or the time is not plausible.
QDateTime microseconds(const ForeignRow &row, int col, const QDateTime &now)
{
    if (row.isNull(col))
        return {};
    static const qint64 from = QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 ms = row.integer(col) / 1000;
    if (ms < from || ms > now.addDays(1).toMSecsSinceEpoch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The SameSite Firefox applies, numbered as in nsICookie.idl; 256 = not set (since schema 15).
QString sameSite(const ForeignRow &row)
{
    if (row.isNull(SameSite))
        return {};
    switch (row.integer(SameSite)) {
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

FirefoxCookiesImporter::FirefoxCookiesImporter()
    : FirefoxCookiesImporter(Limits {})
{ }

FirefoxCookiesImporter::FirefoxCookiesImporter(Limits limits)
    : m_limits(limits)
{ }

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

Expected<QByteArray> FirefoxCookiesImporter::selectStatement(ForeignDatabase &db, ImportContext &ctx) const
{
    auto type = db.objectType(u"moz_cookies"_s);
    if (!type)
        return type.error();
    if (type->isEmpty())
        return ctx.error(0, tr("this is not a Firefox cookie store: it has no moz_cookies table"));
    // Firefox writes a plain table. A view or a virtual table can compute rows without end.
    if (*type == u"view")
        return ctx.error(0, tr("moz_cookies in this file is a view, not a table; Firefox never writes one"));
    if (*type != u"table")
        return ctx.error(0,
            tr("moz_cookies in this file is a virtual or internal table, not a plain one; Firefox never writes one"));
    auto columns = db.columnNames(u"moz_cookies"_s);
    if (!columns)
        return columns.error();
    QByteArray select = "SELECT ";
    for (int c = 0; c < ColumnCount; ++c) {
        const bool present = columns->contains(QLatin1StringView(kColumns[c]));
        if (!present && (c == Name || c == Host))
            return ctx.error(0,
                tr("this is not a Firefox cookie store: moz_cookies has no \"%1\" column")
                    .arg(QLatin1StringView(kColumns[c])));
        select += (c ? ", " : "") + (present ? '"' + QByteArray(kColumns[c]) + '"' : QByteArray("NULL"));
    }
    return QByteArray(select + " FROM main.moz_cookies");
}

Status FirefoxCookiesImporter::read(QIODevice &in, ImportContext &ctx) const
{
    Q_UNUSED(in); // SQLite opens the file itself
    auto opened = ForeignDatabase::openSqlite(ctx, m_limits.sqlite);
    if (!opened)
        return opened.error();
    ForeignDatabase &db = **opened;
    auto select = selectStatement(db, ctx);
    if (!select)
        return select.error();
    qint64 total = 0;
    if (Status s = db.query("SELECT count(*) FROM main.moz_cookies", [&](const ForeignRow &count) {
            total = count.integer(0);
            return Status {};
        }))
        return s;
    const auto tooMany = [&](qint64 rows) {
        return ctx.error(0,
            tr("moz_cookies holds %L1 rows; a browser keeps a few thousand cookies, and Kapsel reads at most %L2")
                .arg(rows)
                .arg(m_limits.maxRows));
    };
    if (total > m_limits.maxRows)
        return tooMany(total);

    const QString site = bareDomain(ctx.options.sourceName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ctx.cookies)
        ctx.cookies->setScanInfo(site, now);
    int row = 0;
    Status s = db.query(*select, [&](const ForeignRow &st) -> Status {
        if (++row > m_limits.maxRows)
            return tooMany(row);
        ++ctx.rowsRead;
        if (ctx.cancelled())
            return ctx.error(0, tr("the import was cancelled"));
        if (row % 256 == 0 && total > 0)
            ctx.progress(ctx.totalBytes * row / total);
        ObservedCookie c;
        c.name = st.text(Name).trimmed();
        if (c.name.isEmpty()) {
            ctx.skip(DeferredText::marked(
                         "FirefoxCookiesImporter", QT_TRANSLATE_NOOP("FirefoxCookiesImporter", "cookie without a name"))
                         .toStored(),
                row);
            return {};
        }
        c.domain = bareDomain(st.text(Host));
        if (!st.isNull(Path))
            c.path = st.text(Path);
        // Before creationTime existed the id was the creation time; Firefox's own upgrade copies it over.
        QDateTime created = microseconds(st, Created, now);
        if (st.isNull(Created))
            created = microseconds(st, Id, now);
        const QDateTime accessed = microseconds(st, Accessed, now);
        c.firstSeen = created.isValid() ? created : accessed;
        c.lastSeen = accessed.isValid() && (!created.isValid() || accessed > created) ? accessed : created;
        if (!st.isNull(Expiry)) {
            qint64 expiry = st.integer(Expiry);
            if (expiry > 100'000'000'000LL) // milliseconds: schema 16 and later
                expiry /= 1000;
            if (expiry > kLastSecond) {
                ctx.skip(
                    DeferredText::marked("FirefoxCookiesImporter",
                        QT_TRANSLATE_NOOP("FirefoxCookiesImporter", "cookie with an expiry date after the year 9999"))
                        .toStored(),
                    row);
                return {};
            }
            if (expiry > 0) {
                c.expiresAt = QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC);
                if (created.isValid())
                    c.retentionSeconds = qMax<qint64>(0, expiry - created.toSecsSinceEpoch());
            } else {
                c.session = true;
            }
        }
        c.secure = flag(st, Secure);
        c.httpOnly = flag(st, HttpOnly);
        c.sameSite = sameSite(st);
        c.party = party(c.domain, site);
        c.via = u"browser"_s;
        if (ctx.cookies)
            return ctx.cookies->addObserved(c);
        return {};
    });
    if (s)
        return s;
    ctx.notes << DeferredText::marked("FirefoxCookiesImporter",
        QT_TRANSLATE_N_NOOP("FirefoxCookiesImporter", "%n cookie(s) read from the browser's store"), row)
                     .toStored();
    return {};
}
