// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/compliancereport.h"

#include "compliance/reportcontext.h"
#include "cookies/cookieregister.h"
#include "workspace/reportarchive.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ReportBlocks;
using ReportDocument::Block;
using ReportDocument::Document;
using ReportDocument::Evidence;
using ReportDocument::Section;

// --- building blocks -------------------------------------------------------------------------------------------

Block ReportBlocks::paragraph(const QString &text)
{
    Block b;
    b.text = text;
    return b;
}

Block ReportBlocks::facts(const QList<QPair<QString, QString>> &facts)
{
    Block b;
    b.kind = Block::Kind::Facts;
    b.facts = facts;
    return b;
}

Block ReportBlocks::table(
    const QString &caption, const QStringList &header, const QList<QStringList> &rows, const QList<int> &numericColumns)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = { caption, header, rows, numericColumns };
    return b;
}

Block ReportBlocks::quote(const QString &text, const QString &note)
{
    Block b;
    b.kind = Block::Kind::Quote;
    b.text = text;
    b.note = note;
    return b;
}

Block ReportBlocks::blank(const QString &label, const QString &value, const QString &key)
{
    Block b;
    b.kind = Block::Kind::Blank;
    b.text = label;
    b.note = value;
    b.key = key;
    return b;
}

Section ReportBlocks::section(const QString &id, int level, const QString &title)
{
    Section s;
    s.id = id;
    s.level = level;
    s.title = title;
    return s;
}

QDate ReportContext::localDay(const QDateTime &at) const
{
    return at.toTimeZone(ws.timeZone()).date();
}

bool ReportContext::inPeriod(const QDateTime &at) const
{
    const QDate day = localDay(at);
    return day >= from && day <= to;
}

// --- the summary's figures -------------------------------------------------------------------------------------

QString ComplianceReport::Summary::toJson() const
{
    QJsonObject figuresObject;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        figuresObject.insert(it.key(), it.value());
    const QJsonObject o { { u"from"_s, from.toString(Qt::ISODate) }, { u"to"_s, to.toString(Qt::ISODate) },
        { u"figures"_s, figuresObject } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ComplianceReport::Summary ComplianceReport::Summary::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Summary s;
    s.from = QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate);
    s.to = QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate);
    const QJsonObject f = o.value(u"figures"_s).toObject();
    for (auto it = f.constBegin(); it != f.constEnd(); ++it)
        s.figures.insert(it.key(), it.value().toInteger());
    return s;
}

namespace {

struct FigureLabel
{
    const char *id;
    const char *label;
};

// The figures the summary compares with the previous report, in the order shown.
const FigureLabel kFigures[] = {
    { "findings-high", QT_TRANSLATE_NOOP("ComplianceReport", "Open findings of high severity") },
    { "findings-medium", QT_TRANSLATE_NOOP("ComplianceReport", "Open findings of medium severity") },
    { "findings-low", QT_TRANSLATE_NOOP("ComplianceReport", "Open findings of low severity") },
    { "policy-findings", QT_TRANSLATE_NOOP("ComplianceReport", "Findings in the policy text") },
    { "declared", QT_TRANSLATE_NOOP("ComplianceReport", "Declared cookies") },
    { "undeclared", QT_TRANSLATE_NOOP("ComplianceReport", "Observed but not declared") },
    { "never-observed", QT_TRANSLATE_NOOP("ComplianceReport", "Declared but not observed") },
    { "visits", QT_TRANSLATE_NOOP("ComplianceReport", "Visits in the period") },
    { "unattributed", QT_TRANSLATE_NOOP("ComplianceReport", "Visits without attribution") },
    { "conversations", QT_TRANSLATE_NOOP("ComplianceReport", "Conversations imported in the period") },
    { "identity-numbers-stored", QT_TRANSLATE_NOOP("ComplianceReport", "Identity numbers found in the stored text") },
};

QList<Block> whatChanged(const ReportContext &c)
{
    const ReportText &tx = c.tx;
    auto stored = c.ws.reports().list();
    if (!stored)
        return { paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The earlier reports could not be read: %1"))
                               .arg(stored.error().reason)) };
    if (stored->isEmpty())
        return { paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "This is the first report made from this workspace: there is nothing to compare with."))) };
    const StoredReport &previous = stored->first();
    const ComplianceReport::Summary before = ComplianceReport::Summary::fromJson(previous.summary);
    QList<QStringList> rows;
    for (const FigureLabel &f : kFigures) {
        const QString id = QString::fromLatin1(f.id);
        const auto was = before.figures.constFind(id);
        const auto now = c.figures.constFind(id);
        if (was == before.figures.cend() || now == c.figures.cend() || *was == *now)
            continue;
        rows << QStringList { tx.t(f.label), tx.number(*was), tx.number(*now) };
    }
    QList<Block> out { paragraph(
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Compared with the previous report, %1 of %2 (period %3):"))
            .arg(previous.documentId, tx.dateTime(previous.madeAt), tx.period(previous.from, previous.to))) };
    if (rows.isEmpty())
        out << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "None of the figures below has changed.")));
    else
        out << table({},
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Figure")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Previous report")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "This report")) },
            rows, { 1, 2 });
    return out;
}

QList<Section> summary(ReportContext &c, const Document &doc)
{
    const ReportText &tx = c.tx;
    Section s = section(u"summary"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Summary")));
    s.evidence << Evidence { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Workspace %1")).arg(doc.workspaceName),
        c.now };
    qint64 high = 0, medium = 0, low = 0;
    for (const CookieFinding &f : c.findings)
        (f.severity == CookieFinding::High ? high : f.severity == CookieFinding::Medium ? medium : low) += 1;
    c.figures.insert(u"findings-high"_s, high);
    c.figures.insert(u"findings-medium"_s, medium);
    c.figures.insert(u"findings-low"_s, low);
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Period")), tx.period(c.from, c.to) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Site")),
            c.site.isEmpty() ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "no site scanned")) : c.site },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Workspace")), doc.workspaceName },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Made")), tx.dateTime(c.now) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Document id")), doc.documentId },
    });
    s.blocks << table(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Open findings by severity")),
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Severity")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookie findings of the latest scan")) },
        { { CookieFindings::severityLabel(CookieFinding::High, c.lang), tx.number(high) },
            { CookieFindings::severityLabel(CookieFinding::Medium, c.lang), tx.number(medium) },
            { CookieFindings::severityLabel(CookieFinding::Low, c.lang), tx.number(low) } },
        { 1 });
    if (c.figures.contains(u"policy-findings"_s))
        s.blocks << paragraph(tx.n(QT_TRANSLATE_N_NOOP("ComplianceReport", "The policy text has %n finding(s)."),
            c.figures.value(u"policy-findings"_s)));
    Section changed = section(
        u"summary/changes"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "What changed since the previous report")));
    changed.blocks = whatChanged(c);
    return { s, changed };
}

} // namespace

// --- the annex -------------------------------------------------------------------------------------------------

namespace {

QString areaLabel(const ReportText &tx, const QString &kind)
{
    if (kind == u"visitors")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visitors"));
    if (kind == u"cookies")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookies"));
    if (kind == u"chats")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Chats"));
    return kind;
}

} // namespace

Expected<QList<Section>> ReportSections::annex(ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s = section(u"annex"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Annex: import history")));
    s.evidence << Evidence { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The workspace's import history")), {} };
    auto imports = c.ws.ledger().list();
    if (!imports)
        return imports.error();
    if (imports->isEmpty()) {
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "Nothing has been imported into this "
            "workspace.")));
        return QList<Section> { s };
    }
    QList<QStringList> rows;
    for (const ImportReport &r : *imports)
        rows << QStringList { tx.dateTime(r.startedAt), areaLabel(tx, r.kind), r.fileName, r.formatDisplay,
            tx.number(r.rowsStored), ComplianceReport::showChecksum(r.sha256), r.osUser };
    s.blocks << table({},
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Imported")), tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Area")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "File")), tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Format")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Rows stored")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "SHA-256 of the file")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "By")) },
        rows, { 4 });
    return QList<Section> { s };
}

// --- the report ------------------------------------------------------------------------------------------------

std::pair<QDate, QDate> ComplianceReport::defaultPeriod(QDate today)
{
    return { today.addYears(-1).addDays(1), today };
}

QString ComplianceReport::newDocumentId(const QDateTime &madeAt)
{
    QString letters;
    for (int i = 0; i < 6; ++i)
        letters += QChar(u'A' + QRandomGenerator::global()->bounded(26));
    return u"KAPSEL-%1-%2"_s.arg(madeAt.toUTC().date().toString(Qt::ISODate), letters);
}

QString ComplianceReport::showChecksum(const QString &hex)
{
    static const QRegularExpression sha256(u"^[0-9a-fA-F]{64}$"_s);
    if (!sha256.match(hex).hasMatch())
        return hex; // not a file's checksum (the demo data's imports name their part instead)
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4).toLower();
    return groups.join(u'•');
}

namespace {

int scrubText(QString &text)
{
    const QList<RedactionSpan> spans = ReportDocument::leaks(text);
    for (auto it = spans.crbegin(); it != spans.crend(); ++it)
        text.replace(it->start, it->end - it->start, u"[…]"_s);
    return int(spans.size());
}

} // namespace

int ComplianceReport::scrub(Document &doc)
{
    int n = scrubText(doc.title) + scrubText(doc.workspaceName);
    for (QString &site : doc.sites)
        n += scrubText(site);
    for (Section &s : doc.sections) {
        n += scrubText(s.title);
        for (Evidence &e : s.evidence)
            n += scrubText(e.source);
        for (Block &b : s.blocks) {
            n += scrubText(b.text) + scrubText(b.note);
            for (auto &[label, value] : b.facts)
                n += scrubText(label) + scrubText(value);
            n += scrubText(b.table.caption);
            for (QString &h : b.table.header)
                n += scrubText(h);
            for (QStringList &row : b.table.rows)
                for (QString &cell : row)
                    n += scrubText(cell);
            if (b.chart) { // the texts it draws that come from elsewhere
                n += scrubText(b.chart->workspace) + scrubText(b.chart->note);
                for (QString &source : b.chart->sources)
                    n += scrubText(source);
            }
        }
    }
    return n;
}

Expected<Document> ComplianceReport::build(Workspace &ws, const Options &o, Summary *summaryOut)
{
    const QDateTime now = o.now.isValid() ? o.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QTimeZone zone = ws.timeZone();
    auto [from, to] = defaultPeriod(now.toTimeZone(zone).date());
    if (o.from.isValid())
        from = o.from;
    if (o.to.isValid())
        to = o.to;
    ReportText tx(o.language, zone);
    if (from > to)
        return Error { {}, 0,
            tr("the period starts (%1) after it ends (%2)").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) };
    ReportContext c { ws, o, tx, CookieText::langFromCode(tx.language()), from, to, now, {}, {}, {}, {}, {} };
    // On a team workspace the maker may lack an area: its sections say so rather than failing the report.
    const bool seesCookies = ws.rightTo(ImportKind::Cookies) != AreaRight::None;
    auto scans = seesCookies ? ws.cookies().scans() : Expected<std::vector<CookieScan>>(std::vector<CookieScan> {});
    if (!scans)
        return scans.error();
    if (!o.site.isEmpty() && !CookieSites::find(*scans, o.site))
        return Error { {}, 0,
            tr("the workspace has no scan of the site %1; its sites: %2")
                .arg(o.site, CookieSites::sites(*scans).join(u", "_s)) };
    const QString site = o.site.isEmpty() ? QString() : *CookieSites::find(*scans, o.site);
    if (seesCookies) {
        auto rows = CookieReconciler::load(ws.cookies(), c.lang, site, &c.scope);
        if (!rows)
            return rows.error();
        c.rows = std::move(*rows);
        c.site = c.scope.site;
        auto findings = CookieFindings::load(ws.cookies(), c.lang, site);
        if (!findings)
            return findings.error();
        c.findings = std::move(*findings);
    }

    Document doc;
    doc.documentId = newDocumentId(now);
    doc.language = tx.language();
    doc.title = tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Compliance report"));
    doc.workspaceName = VisitorChart::workspaceName(ws.displayName(), Workspace::isServerLocation(ws.location()));
    doc.madeAt = now;
    doc.timeZone = zone.id();
    doc.from = from;
    doc.to = to;
    if (!c.site.isEmpty())
        doc.sites << c.site;
    struct Part
    {
        Expected<QList<Section>> (*write)(ReportContext &);
        std::optional<ImportKind> area; // the area it reads, if one
        QString id;
        const char *title;
    };
    const QList<Part> parts {
        { ReportSections::cookies, ImportKind::Cookies, u"cookies"_s,
            QT_TRANSLATE_NOOP("ComplianceReport", "Cookies and similar technologies") },
        { ReportSections::policy, ImportKind::Cookies, u"policy"_s,
            QT_TRANSLATE_NOOP("ComplianceReport", "Policy text") },
        { ReportSections::visitors, ImportKind::Visitors, u"visitors"_s,
            QT_TRANSLATE_NOOP("ComplianceReport", "Visitor statistics and consent") },
        { ReportSections::chats, ImportKind::Chats, u"chats"_s, QT_TRANSLATE_NOOP("ComplianceReport", "Chat privacy") },
        { ReportSections::recordOfProcessing, std::nullopt, {}, nullptr },
        { ReportSections::annex, std::nullopt, {}, nullptr },
    };
    // Asked between any two parts and at the end: an error once the user has stopped the report.
    auto stopped = [&](int done) -> Status {
        if (o.progress && !o.progress(done, int(parts.size())))
            return Error { {}, 0, tr("stopped before the report was complete") };
        return {};
    };
    QList<Section> body;
    QStringList unseen;
    for (int i = 0; i < parts.size(); ++i) {
        if (Status st = stopped(i))
            return *st;
        const Part &part = parts[i];
        if (part.area && ws.rightTo(*part.area) == AreaRight::None) {
            Section s = ReportBlocks::section(part.id, 1, tx.t(part.title));
            s.blocks << ReportBlocks::paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                "Left out: whoever made this report has no access to this area of the team workspace. A member "
                "with access to every area should make the report that is handed in.")));
            unseen << s.title;
            body << s;
            continue;
        }
        auto sections = part.write(c);
        if (!sections)
            return sections.error();
        body << *sections;
    }
    if (Status st = stopped(int(parts.size())))
        return *st;
    QList<Section> front = summary(c, doc);
    if (!unseen.isEmpty())
        front.first().blocks.prepend(ReportBlocks::paragraph(
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                     "This report is incomplete: its maker has no access to these parts of the team workspace: %1."))
                .arg(unseen.join(u", "_s))));
    doc.sections << front << body;
    scrub(doc);
    if (summaryOut)
        *summaryOut = Summary { from, to, c.figures };
    return doc;
}

// --- what the workspace keeps for the report -------------------------------------------------------------------

QStringList ComplianceReport::fieldKeys()
{
    return { u"ropa/controller"_s, u"ropa/dpo"_s, u"ropa/analytics/legal-basis"_s, u"ropa/analytics/retention"_s,
        u"ropa/analytics/security"_s, u"ropa/cookies/SUPPLIER/legal-basis"_s, u"ropa/cookies/SUPPLIER/transfers"_s,
        u"ropa/chat/recipients"_s, u"ropa/chat/transfers"_s, u"ropa/chat/legal-basis"_s, u"ropa/chat/security"_s };
}

Status ComplianceReport::setField(Workspace &ws, const QString &key, const QString &value)
{
    static const QRegularExpression valid(u"^ropa(/[a-z0-9]+(-[a-z0-9]+)*){1,3}$"_s);
    if (!valid.match(key).hasMatch())
        return Error { {}, 0,
            tr("\"%1\" is not a field of the record of processing; the fields are %2")
                .arg(key, fieldKeys().join(u", "_s)) };
    if (Status s = ws.beginWrite())
        return s;
    if (Status s = ws.setSetting(key, value.trimmed())) {
        ws.rollback();
        return s;
    }
    return ws.commit();
}

Status ComplianceReport::rememberPolicyText(
    Workspace &ws, const QString &text, const QString &source, const QDateTime &at)
{
    if (Status s = ws.beginWrite())
        return s;
    for (const auto &[key, value] : { std::pair { u"policy/text"_s, text }, std::pair { u"policy/source"_s, source },
             std::pair { u"policy/checked-at"_s, at.toUTC().toString(Qt::ISODate) } })
        if (Status s = ws.setSetting(key, value)) {
            ws.rollback();
            return s;
        }
    return ws.commit();
}
