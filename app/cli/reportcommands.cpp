// SPDX-License-Identifier: GPL-3.0-or-later
// report: the compliance report (issue #16) written, listed and re-verified on the command line.
#include "cli/cli.h"

#include "compliance/compliancereport.h"
#include "compliance/reportmaker.h"
#include "cookies/policycheck.h"
#include "core/csvwriter.h"
#include "workspace/reportarchive.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// For people: times in the workspace's zone (as the report itself gives them), dates as the locale writes them.
QString describe(const StoredReport &r, const QTimeZone &zone)
{
    const QLocale loc;
    return Tr::tr("%1, made %2 by %3 (period %4 to %5, %6, %7, written to %8)")
        .arg(r.documentId, loc.toString(r.madeAt.toTimeZone(zone), QLocale::ShortFormat), r.madeBy,
            loc.toString(r.from, QLocale::ShortFormat), loc.toString(r.to, QLocale::ShortFormat), r.language, r.format,
            r.fileName);
}

int runList(Cli::Context &ctx, Workspace &ws, const QString &format)
{
    auto stored = ws.reports().list();
    if (!stored)
        return ctx.fail(stored.error());
    const QStringList header { u"document_id"_s, u"made_at"_s, u"made_by"_s, u"from"_s, u"to"_s, u"site"_s,
        u"language"_s, u"format"_s, u"file"_s, u"sha256"_s };
    auto cells = [](const StoredReport &r) {
        return QStringList { r.documentId, r.madeAt.toUTC().toString(Qt::ISODate), r.madeBy,
            r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), r.site, r.language, r.format, r.fileName,
            r.sha256 };
    };
    if (format == u"csv") {
        ctx.out << CsvWriter::line(header);
        for (const StoredReport &r : *stored)
            ctx.out << CsvWriter::line(cells(r));
    } else if (format == u"json") {
        QJsonArray list;
        for (const StoredReport &r : *stored) {
            QJsonObject o;
            const QStringList values = cells(r);
            for (int i = 0; i < header.size(); ++i)
                o.insert(header[i], values[i]);
            list << o;
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else if (stored->isEmpty()) {
        ctx.out << Tr::tr("No report has been made from this workspace yet.") << Qt::endl;
    } else {
        for (const StoredReport &r : *stored)
            ctx.out << describe(r, ws.timeZone()) << Qt::endl << u"  sha256 "_s << r.sha256 << Qt::endl;
    }
    ctx.out.flush();
    return Cli::Ok;
}

int runVerify(Cli::Context &ctx, Workspace &ws, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error { path, 0, Tr::tr("cannot read the file: %1").arg(f.errorString()) });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return ctx.fail(Error { path, 0, Tr::tr("cannot read the file: %1").arg(f.errorString()) });
    const QString sha = QString::fromLatin1(hash.result().toHex());
    auto found = ws.reports().withChecksum(sha);
    if (!found)
        return ctx.fail(found.error());
    if (found->isEmpty()) {
        ctx.out << Tr::tr("%1 matches no report stored in this workspace (SHA-256 %2): it is not a report made "
                          "here, or it was changed after it was written.")
                       .arg(path, sha)
                << Qt::endl;
        return Cli::DataError;
    }
    ctx.out << Tr::tr("%1 is the stored report %2").arg(path, describe(found->first(), ws.timeZone())) << Qt::endl;
    return Cli::Ok;
}

int setFields(Cli::Context &ctx, Workspace &ws, const QStringList &assignments)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0)
            return ctx.usage(Tr::tr("--set-field takes KEY=VALUE, not \"%1\"").arg(a));
        if (Status s = ComplianceReport::setField(ws, a.left(eq).trimmed(), a.mid(eq + 1)))
            return ctx.fail(*s);
        ctx.err << Tr::tr("set %1").arg(a.left(eq).trimmed()) << Qt::endl;
    }
    return Cli::Ok;
}

struct Wanted
{
    ComplianceReport::Options options;
    QString format;
    QString output;
};

// Reads the options of a report to write; returns -1 to go on, else an exit code.
int readWanted(Cli::Context &ctx, const QCommandLineParser &p, const QList<QCommandLineOption> &o, Wanted &w)
{
    const QCommandLineOption &from = o[0], &to = o[1], &site = o[2], &lang = o[3], &format = o[4], &output = o[5],
                             &policy = o[6];
    for (const auto &[opt, day] : { std::pair { &from, &w.options.from }, std::pair { &to, &w.options.to } }) {
        if (!p.isSet(*opt))
            continue;
        *day = QDate::fromString(p.value(*opt), Qt::ISODate);
        if (!day->isValid())
            return ctx.usage(
                Tr::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(opt->names().first(), p.value(*opt)));
    }
    w.options.site = p.value(site);
    w.options.language = p.value(lang).toLower();
    if (w.options.language != u"nb" && w.options.language != u"en")
        return ctx.usage(Tr::tr("--lang takes nb or en, not \"%1\"").arg(p.value(lang)));
    w.format = p.value(format).toLower();
    w.output = p.value(output);
    if (w.format.isEmpty())
        w.format = QFileInfo(w.output).suffix().toLower();
    if (!ReportMaker::formatNamed(w.format))
        return ctx.usage(Tr::tr("--format takes pdf, html, md or json, not \"%1\"").arg(w.format));
    if (w.output.isEmpty())
        return ctx.usage(Tr::tr("report needs --output FILE"));
    if (p.isSet(policy)) {
        QFile f(p.value(policy));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error { p.value(policy), 0, Tr::tr("cannot read the file: %1").arg(f.errorString()) });
        w.options.policyText = PolicyCheck::decode(f.read(PolicyCheck::kMaxTextBytes));
        w.options.policySource = QFileInfo(p.value(policy)).fileName();
    }
    return -1;
}

int writeReport(Cli::Context &ctx, Workspace &ws, const Wanted &w)
{
    ReportMaker::Request request { w.options, *ReportMaker::formatNamed(w.format), w.output, {} };
    QString lastWhat;
    auto made = ReportMaker::make(ws, request, [&](int done, int total, const QString &what) {
        if (what != lastWhat && done < total)
            ctx.err << u"[%1/%2] "_s.arg(done).arg(total) << what << Qt::endl;
        lastWhat = what;
        return true;
    });
    if (!made)
        return ctx.fail(made.error());
    ctx.err << Tr::tr("wrote %1 (%2, SHA-256 %3)").arg(w.output, made->documentId, made->sha256) << Qt::endl;
    return Cli::Ok;
}

int runReport(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> reportOptions {
        { u"from"_s, Tr::tr("First day of the period (default: a year before --to)."), Tr::tr("YYYY-MM-DD") },
        { u"to"_s, Tr::tr("Last day of the period (default: today in the workspace's time zone)."),
            Tr::tr("YYYY-MM-DD") },
        { u"site"_s, Tr::tr("The site of the cookie sections (default: the latest scan's)."),
            Tr::tr("SITE", "placeholder on the command line") },
        { u"lang"_s, Tr::tr("Language of the report: nb (default) or en."), u"nb|en"_s, u"nb"_s },
        { u"format"_s, Tr::tr("pdf, html, md or json; default: the extension of --output."),
            Tr::tr("FORMAT", "placeholder on the command line") },
        { u"output"_s, Tr::tr("The file to write."), Tr::tr("FILE", "placeholder on the command line") },
        { u"policy"_s, Tr::tr("The cookie-policy text to check (default: the last one policy-check checked)."),
            Tr::tr("FILE", "placeholder on the command line") },
    };
    const QCommandLineOption list(u"list"_s,
        Tr::tr("List the reports made from this workspace (--format table, csv "
               "or json)."));
    const QCommandLineOption verify(u"verify"_s,
        Tr::tr("Recompute FILE's checksum and say which stored report it is; exit code 1 when it matches none."),
        Tr::tr("FILE", "placeholder on the command line"));
    const QCommandLineOption setField(u"set-field"_s,
        Tr::tr("Keep a field of the record of processing in the workspace (repeatable); keys: %1.")
            .arg(ComplianceReport::fieldKeys().join(u", "_s)),
        Tr::tr("KEY=VALUE", "placeholder on the command line"));
    p.addOptions(reportOptions);
    p.addOptions({ list, verify, setField });
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Write the compliance report (summary, cookies, policy text, visitor statistics and consent, chat "
                   "privacy, record of processing, import history) and keep its checksum in the workspace; list the "
                   "reports made, or check a report file against them."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("report takes no argument"));
    if (p.isSet(list) + p.isSet(verify) > 1)
        return ctx.usage(Tr::tr("--list and --verify go alone"));
    if (p.isSet(list)) {
        const QString format = p.isSet(u"format"_s) ? p.value(u"format"_s).toLower() : u"table"_s;
        if (format != u"table" && format != u"csv" && format != u"json")
            return ctx.usage(Tr::tr("--list takes --format table, csv or json, not \"%1\"").arg(format));
        auto ws = ctx.openWorkspace();
        return ws ? runList(ctx, *ws, format) : Cli::DataError;
    }
    if (p.isSet(verify)) {
        auto ws = ctx.openWorkspace();
        return ws ? runVerify(ctx, *ws, p.value(verify)) : Cli::DataError;
    }
    Wanted w;
    if (p.isSet(setField) && !p.isSet(u"output"_s)) {
        auto ws = ctx.openWorkspace();
        return ws ? setFields(ctx, *ws, p.values(setField)) : Cli::DataError;
    }
    if (int rc = readWanted(ctx, p, reportOptions, w); rc >= 0)
        return rc;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    if (int rc = setFields(ctx, *ws, p.values(setField)); rc != Cli::Ok)
        return rc;
    return writeReport(ctx, *ws, w);
}

} // namespace

void Cli::addReportCommands(QList<Command> &list)
{
    list << Command { u"report"_s, [] { return Tr::tr("write, list or verify the compliance report"); }, runReport };
}
