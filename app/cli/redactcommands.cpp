// SPDX-License-Identifier: GPL-3.0-or-later
// redact: the redaction engine as a filter, from a file or stdin to stdout.
#include "cli/cli.h"

#include "redaction/redactionfilter.h"
#include "redaction/ruleset.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString actionText(const RedactionSpan &s)
{
    const QString what = RuleSet::ruleLabel(s.rule);
    if (s.action == RedactionSpan::Action::Keep)
        //: %1 is what was found, e.g. "date"
        return Tr::tr("%1 kept").arg(what);
    //: %1 is what was found, e.g. "identity number"
    return Tr::tr("%1 removed").arg(what);
}

// "3:5-17" on one line, "3:5-4:2" across lines.
QString place(const RedactionFilter::Hit &h)
{
    if (h.endLine == h.line)
        return u"%1:%2-%3"_s.arg(h.line).arg(h.column).arg(h.endColumn);
    return u"%1:%2-%3:%4"_s.arg(h.line).arg(h.column).arg(h.endLine).arg(h.endColumn);
}

QString shown(QString original)
{
    original.replace(u"\r\n"_s, u"\u21B5"_s);
    original.replace(u'\n', u'\u21B5'); // one span per line of output
    original.replace(u'\r', u'\u21B5');
    return original;
}

int runRedact(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption rules(u"rules"_s,
        Tr::tr("Rule set: %1 (default standard).").arg(RuleSet::names().join(u", "_s)),
        Tr::tr("NAME", "placeholder on the command line"));
    const QCommandLineOption marker(u"marker"_s, Tr::tr("Text that replaces a removed span (may be empty)."),
        Tr::tr("TEXT", "placeholder on the command line"));
    const QCommandLineOption previewOpt(
        u"preview"_s, Tr::tr("Print each span with its line, rule and action instead of redacting."));
    p.addOptions({ rules, marker, previewOpt });
    p.addPositionalArgument(Tr::tr("FILE", "placeholder on the command line"),
        Tr::tr("Text to redact; - or nothing reads standard input."),
        Tr::tr("[FILE|-]", "placeholder on the command line"));
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Redact number combinations and identity numbers from a text, as the chat import does."));
        rc >= 0)
        return rc;
    // QCommandLineParser took args[0] (the command name) as the program name.
    const QStringList files = p.positionalArguments();
    if (files.size() > 1)
        return ctx.usage(Tr::tr("redact takes at most one FILE"));
    const std::optional<RuleSet> ruleSet = RuleSet::byName(p.value(rules));
    if (!ruleSet)
        return ctx.usage(
            Tr::tr("unknown rule set \"%1\"; choose one of %2").arg(p.value(rules), RuleSet::names().join(u", "_s)));
    const QString markerText = p.isSet(marker) ? p.value(marker) : RuleSet::defaultMarker();

    const QString path = files.isEmpty() ? u"-"_s : files.first();
    const bool useStdin = path == u"-";
    const QString shownName = useStdin ? Tr::tr("<stdin>") : path;
    FILE *in = useStdin ? stdin : std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!in)
        return ctx.fail(Error { path, 0, Tr::tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))) });

    ctx.out.flush();
    RedactionFilter filter(*ruleSet, markerText, shownName);
    bool writeFailed = false;
    if (p.isSet(previewOpt)) {
        filter.preview = [&](const RedactionFilter::Hit &h) {
            ctx.out << Tr::tr("%1 %2 %3: «%4»").arg(place(h), h.span.rule, actionText(h.span), shown(h.original))
                    << Qt::endl;
        };
    } else {
        // Raw stdio: the bytes go out exactly as the filter made them, no text-stream recoding.
        filter.output = [&](QByteArrayView bytes) {
            if (!bytes.isEmpty() && std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
                writeFailed = true;
        };
    }

    constexpr size_t kChunk = 1 << 16;
    QByteArray chunk(qsizetype(kChunk), Qt::Uninitialized);
    Status status;
    for (;;) {
        const size_t got = std::fread(chunk.data(), 1, kChunk, in);
        if (got > 0) {
            status = filter.feed(QByteArrayView(chunk.constData(), qsizetype(got)));
            if (status)
                break;
        }
        if (got < kChunk) {
            if (std::ferror(in))
                status = Error { shownName, 0,
                    Tr::tr("read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno))) };
            break;
        }
    }
    if (!status)
        status = filter.finish();
    if (!useStdin)
        std::fclose(in);
    std::fflush(stdout);
    if (status)
        return ctx.fail(*status);
    if (writeFailed)
        return ctx.fail(Error { QString(), 0, Tr::tr("cannot write the output") });
    if (p.isSet(previewOpt)) {
        qint64 removed = 0, kept = 0;
        for (auto it = filter.counts().cbegin(); it != filter.counts().cend(); ++it)
            (it.key().startsWith(u"R4"_s) ? kept : removed) += it.value();
        const QLocale loc;
        ctx.out << Tr::tr("Removed: %1, kept: %2 (rule set %3)")
                       .arg(loc.toString(removed), loc.toString(kept), ruleSet->id())
                << Qt::endl;
    }
    return Cli::Ok;
}
} // namespace

void Cli::addRedactCommands(QList<Command> &list)
{
    list.push_back(Command { u"redact"_s,
        [] { return Tr::tr("redact a text file or stdin to stdout (or --preview the spans)"); }, runRedact });
}
