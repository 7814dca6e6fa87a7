// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/opencookiedbimporter.h"

#include "cookies/cookiecsv.h"
#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesink.h"
#include "cookies/cookietext.h"
#include "core/deferredtext.h"
#include "importers/importcontext.h"

using namespace Qt::StringLiterals;
using namespace CookieImportSupport;

namespace {
const QStringList &expectedHeader()
{
    static const QStringList h { u"ID"_s, u"Platform"_s, u"Category"_s, u"Cookie / Data Key name"_s, u"Domain"_s,
        u"Description"_s, u"Retention period"_s, u"Data Controller"_s, u"User Privacy & GDPR Rights Portals"_s,
        u"Wildcard match"_s };
    return h;
}
} // namespace

QString OpenCookieDbImporter::name() const
{
    return u"open-cookie-database"_s;
}

QString OpenCookieDbImporter::displayName() const
{
    return tr("Open Cookie Database (CSV)");
}

int OpenCookieDbImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    QByteArray h = head.left(400);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.mid(3);
    return h.startsWith("ID,Platform,Category,Cookie / Data Key name") ? 100 : 0;
}

Status OpenCookieDbImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto rows = readCsv(in, ctx, qint64(64) << 20);
    if (!rows)
        return rows.error();
    if (rows->empty() || rows->front().fields.mid(0, 10) != expectedHeader())
        return ctx.error(
            1, tr("the header is not the Open Cookie Database's (ID,Platform,Category,Cookie / Data Key name,...)"));
    int prefixes = 0;
    for (size_t r = 1; r < rows->size(); ++r) {
        const CookieCsv::Row &row = (*rows)[r];
        if (ctx.cancelled())
            return ctx.error(0, tr("the import was cancelled"));
        ++ctx.rowsRead;
        if (row.fields.size() != 10)
            return ctx.error(
                row.line, tr("this row has %1 fields, the Open Cookie Database has 10").arg(row.fields.size()));
        KnowledgeEntry e;
        e.extId = row.fields[0].trimmed();
        e.platform = row.fields[1].trimmed();
        e.category = CookieText::categoryFromText(row.fields[2]);
        if (e.category.isEmpty())
            e.category = u"unclassified"_s;
        e.name = row.fields[3].trimmed();
        if (e.name.isEmpty()) {
            ctx.skip(DeferredText::marked(
                         "OpenCookieDbImporter", QT_TRANSLATE_NOOP("OpenCookieDbImporter", "row without a cookie name"))
                         .toStored(),
                row.line);
            continue;
        }
        // "cookiebot.com (3rd party)" -> "cookiebot.com"
        e.domain = bareDomain(row.fields[4].section(u'(', 0, 0));
        e.purposeEn = row.fields[5].trimmed();
        e.retention = row.fields[6].trimmed();
        e.supplier = row.fields[7].trimmed();
        e.isPrefix = row.fields[9].trimmed() == u"1";
        if (e.isPrefix) {
            ++prefixes;
            if (e.name.endsWith(u'*'))
                e.name.chop(1);
        }
        e.source = u"ocd"_s;
        if (ctx.cookies)
            if (Status s = ctx.cookies->addKnowledge(e))
                return s;
    }
    ctx.notes << DeferredText::marked("OpenCookieDbImporter",
        QT_TRANSLATE_N_NOOP("OpenCookieDbImporter", "%n knowledge-base entr(y/ies), of which %1 name prefixes"),
        int(ctx.rowsRead))
                     .arg(qint64(prefixes))
                     .toStored();
    return {};
}
