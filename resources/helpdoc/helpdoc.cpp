// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-helpdoc: the build's documentation tool, so that what is installed never drifts from the programs.
//   kapsel-helpdoc png SVG SIZE OUT.png                   render the icon at SIZE x SIZE pixels
//   kapsel-helpdoc man GUI CLI VERSION LANG OUTDIR        kapsel.1 and kapsel-cli.1 from the programs' --help
//   kapsel-helpdoc completion GUI CLI OUTDIR              bash completion for kapsel and kapsel-cli, likewise
// The command list is what `kapsel-cli --help` prints, so a new command is documented and completed with no
// change here.
#include "helptext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "kapsel-helpdoc: %s\n", qPrintable(message));
    std::exit(1);
}

// Runs a program for its help in a home of its own: the user's settings (language, current workspace) must not
// reach the pages, and the default workspace path is shown as ~/...
class HelpRunner
{
public:
    HelpRunner(const QString &gui, const QString &cli)
        : m_gui(gui)
        , m_cli(cli)
    {
        if (!m_home.isValid())
            fail(u"cannot make a temporary folder"_s);
    }

    QString gui(const QString &lang) { return run(m_gui, { u"--lang"_s, lang, u"--help"_s }); }
    QString cli(const QString &lang, const QString &command = {})
    {
        QStringList args { u"--lang"_s, lang };
        if (!command.isEmpty())
            args << command;
        return run(m_cli, args << u"--help"_s);
    }
    QStringList commands()
    {
        // The English overview's section titled "Commands" lists them.
        const HelpText overview = HelpText::parse(cli(u"en"_s));
        for (const HelpSection &s : overview.sections) {
            if (s.title == u"Commands") {
                QStringList names;
                for (const HelpEntry &e : s.entries)
                    names << e.term;
                return names;
            }
        }
        fail(u"%1 --help lists no commands"_s.arg(m_cli));
    }

private:
    QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "LANGUAGE" })
            env.remove(QString::fromLatin1(v));
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"minimal"_s);
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            fail(u"%1 %2 failed: %3"_s.arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError())));
        return QString::fromUtf8(p.readAllStandardOutput()).replace(m_home.path(), u"~"_s);
    }

    QString m_gui, m_cli;
    QTemporaryDir m_home;
};

void write(const QString &path, const QString &text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        fail(u"cannot write %1"_s.arg(path));
}

// --- man pages ------------------------------------------------------------------------------------------------

QString roff(QString text)
{
    text.replace(u'\\', u"\\e"_s);
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(u"\\&"_s);
    return text;
}

QString roffLiteral(const QString &text) // options and commands: a real hyphen-minus, so that they can be copied
{
    return roff(text).replace(u'-', u"\\-"_s);
}

struct ManWords
{
    QString name, synopsis, description, seeAlso, manual;
};

ManWords manWords(const QString &lang)
{
    if (lang == u"nb")
        return { u"NAVN"_s, u"SYNOPSIS"_s, u"BESKRIVELSE"_s, u"SE OGSÅ"_s, u"Brukerkommandoer"_s };
    return { u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"SEE ALSO"_s, u"User Commands"_s };
}

// "/build/app/kapsel-cli [options]" -> "kapsel-cli visitors [options]"
QString usageOf(const QString &program, const QString &command, const QString &usage)
{
    QStringList words = usage.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.first().endsWith(program))
        words.first() = program;
    if (!command.isEmpty() && words.value(1) != command)
        words.insert(1, command);
    return words.join(u' ');
}

QString entries(const HelpSection &section)
{
    QString out;
    for (const QString &line : section.text)
        out += u".PP\n"_s + roff(line) + u'\n';
    for (const HelpEntry &e : section.entries)
        out += u".TP\n\\fB"_s + roffLiteral(e.term) + u"\\fR\n"_s + roff(e.description) + u'\n';
    return out;
}

QString paragraphs(const QStringList &texts)
{
    QString out;
    for (const QString &p : texts)
        out += u".PP\n"_s + roff(p) + u'\n';
    return out;
}

QString synopsis(const QString &usage)
{
    const qsizetype space = usage.indexOf(u' ');
    return u".B "_s + roffLiteral(usage.left(space)) + u'\n'
        + (space > 0 ? roffLiteral(usage.mid(space + 1)) + u'\n' : QString());
}

QString header(const QString &program, const QString &version, const ManWords &w, const HelpText &help)
{
    QString summary = help.description.value(0); // "Kapsel: visitor statistics, ... ."
    if (summary.startsWith(u"Kapsel: "_s))
        summary.remove(0, 8);
    if (summary.endsWith(u'.'))
        summary.chop(1);
    return u".\\\" Generated by kapsel-helpdoc from `%1 --help`: do not edit.\n"_s.arg(program)
        + u".TH \"%1\" \"1\" \"\" \"Kapsel %2\" \"%3\"\n"_s.arg(roffLiteral(program.toUpper()), version, w.manual)
        + u".SH \"%1\"\n%2 \\- %3\n"_s.arg(w.name, roffLiteral(program), roff(summary))
        + u".SH \"%1\"\n"_s.arg(w.synopsis) + synopsis(usageOf(program, {}, help.usage))
        + u".SH \"%1\"\n"_s.arg(w.description) + paragraphs(help.description);
}

QString guiPage(HelpRunner &runner, const QString &version, const QString &lang)
{
    const ManWords w = manWords(lang);
    const HelpText help = HelpText::parse(runner.gui(lang));
    QString page = header(u"kapsel"_s, version, w, help);
    for (const HelpSection &s : help.sections)
        page += u".SH \"%1\"\n"_s.arg(roff(s.title.toUpper())) + entries(s);
    return page + u".SH \"%1\"\n.BR kapsel\\-cli (1)\n"_s.arg(w.seeAlso);
}

QString commandDetails(HelpRunner &runner, const QString &lang, const QString &command)
{
    const HelpText help = HelpText::parse(runner.cli(lang, command));
    QString out = u".SS \"kapsel\\-cli %1\"\n"_s.arg(roffLiteral(command))
        + synopsis(usageOf(u"kapsel-cli"_s, command, help.usage)) + paragraphs(help.description);
    for (const HelpSection &s : help.sections)
        out += u".PP\n\\fI"_s + roff(s.title) + u"\\fR\n.RS\n"_s + entries(s) + u".RE\n"_s;
    return out;
}

QString cliPage(HelpRunner &runner, const QString &version, const QString &lang, const QStringList &commands)
{
    const ManWords w = manWords(lang);
    const HelpText help = HelpText::parse(runner.cli(lang));
    QString page = header(u"kapsel-cli"_s, version, w, help);
    const HelpSection *commandSection = help.sectionWithTerms(commands);
    if (!commandSection)
        fail(u"the %1 overview lists other commands than the English one"_s.arg(lang));
    for (const HelpSection &s : help.sections) {
        page += u".SH \"%1\"\n"_s.arg(roff(s.title.toUpper())) + entries(s);
        if (&s == commandSection) {
            for (const QString &c : commands)
                page += commandDetails(runner, lang, c);
        }
    }
    return page + u".SH \"%1\"\n.BR kapsel (1)\n"_s.arg(w.seeAlso);
}

// --- bash completion ------------------------------------------------------------------------------------------

QString shellWords(const QStringList &words)
{
    return words.join(u' ');
}

struct CompletionSet
{
    QStringList options; // every option name
    QStringList words; // argument words ("findings")
    bool filesAsArguments = false;
    QString valueCases; // "case $prev in" arms for options that take a value
};

CompletionSet completionsOf(const HelpText &help)
{
    static const QRegularExpression argumentWord(u"^[a-z][a-z-]*$"_s);
    CompletionSet set;
    QStringList seen;
    for (const HelpSection &s : help.sections) {
        for (const HelpEntry &e : s.entries) {
            if (!e.term.startsWith(u'-')) {
                if (argumentWord.match(e.term).hasMatch())
                    set.words << e.term;
                else
                    set.filesAsArguments = true;
                continue;
            }
            const HelpOption o = HelpOption::fromTerm(e.term);
            for (const QString &n : o.names) {
                if (!set.options.contains(n))
                    set.options << n;
            }
            if (o.value.isEmpty() || seen.contains(o.names.join(u'|')))
                continue;
            seen << o.names.join(u'|');
            QString action;
            if (!o.choices().isEmpty())
                action = u"COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))"_s.arg(shellWords(o.choices()));
            else if (o.takesFile())
                action = u"_kapsel_files"_s;
            else
                action = u"COMPREPLY=()"_s; // a value to type: nothing to offer
            set.valueCases += u"        %1) %2; return ;;\n"_s.arg(o.names.join(u'|'), action);
        }
    }
    if (set.words.isEmpty() && help.usage.contains(u"FILE"_s, Qt::CaseInsensitive))
        set.filesAsArguments = true;
    return set;
}

QString completeArms(const CompletionSet &set, const QString &indent)
{
    QString out;
    if (!set.valueCases.isEmpty()) {
        QString cases = set.valueCases;
        cases.replace(u"\n        "_s, u'\n' + indent + u"    "_s);
        out += indent + u"case $prev in\n"_s + indent + u"    "_s + cases.trimmed() + u'\n' + indent + u"esac\n"_s;
    }
    out += indent + u"if [[ $cur == -* ]]; then\n"_s + indent
        + u"    COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))\n"_s.arg(shellWords(set.options));
    if (!set.words.isEmpty())
        out += indent + u"else\n"_s + indent
            + u"    COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))\n"_s.arg(shellWords(set.words));
    else if (set.filesAsArguments)
        out += indent + u"else\n"_s + indent + u"    _kapsel_files\n"_s;
    return out + indent + u"fi\n"_s;
}

const char *const kFilesFunction = R"(_kapsel_files()
{
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
}
)";

QString guiCompletion(HelpRunner &runner)
{
    const CompletionSet set = completionsOf(HelpText::parse(runner.gui(u"en"_s)));
    return u"# bash completion for kapsel, generated by kapsel-helpdoc from `kapsel --help`: do not edit.\n"_s
        + QString::fromLatin1(kFilesFunction)
        + u"_kapsel()\n{\n    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"_s
        + completeArms(set, u"    "_s) + u"}\ncomplete -F _kapsel kapsel\n"_s;
}

QString cliCompletion(HelpRunner &runner, const QStringList &commands)
{
    const CompletionSet global = completionsOf(HelpText::parse(runner.cli(u"en"_s)));
    QStringList globalValued; // the global options that take a value: skipped when looking for the command
    for (const HelpSection &s : HelpText::parse(runner.cli(u"en"_s)).sections) {
        for (const HelpEntry &e : s.entries) {
            const HelpOption o = HelpOption::fromTerm(e.term);
            if (e.term.startsWith(u'-') && !o.value.isEmpty())
                globalValued << o.names;
        }
    }
    globalValued.removeDuplicates();
    QString text = u"# bash completion for kapsel-cli, generated by kapsel-helpdoc from `kapsel-cli --help` and each "
                   "`kapsel-cli COMMAND --help`: do not edit.\n"_s
        + QString::fromLatin1(kFilesFunction)
        + u"_kapsel_cli()\n{\n    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i\n"_s
          u"    for ((i = 1; i < COMP_CWORD; i++)); do\n"_s
          u"        case ${COMP_WORDS[i]} in\n"_s
          u"            %1) ((i++)) ;;\n"_s.arg(globalValued.join(u'|'))
        + u"            -*) ;;\n"_s
          u"            *) command=${COMP_WORDS[i]}; break ;;\n"_s
          u"        esac\n"_s
          u"    done\n"_s
          u"    if [[ -z $command ]]; then\n"_s;
    CompletionSet top = global;
    top.words = commands;
    text += completeArms(top, u"        "_s) + u"        return\n    fi\n    case $command in\n"_s;
    for (const QString &c : commands) {
        text += u"    %1)\n"_s.arg(c)
            + completeArms(completionsOf(HelpText::parse(runner.cli(u"en"_s, c))), u"        "_s) + u"        ;;\n"_s;
    }
    return text + u"    esac\n}\ncomplete -F _kapsel_cli kapsel-cli\n"_s;
}

// --- icons ----------------------------------------------------------------------------------------------------

int renderPng(const QString &svg, int size, const QString &out)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        fail(u"cannot read %1"_s.arg(svg));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    if (!image.save(out, "PNG"))
        fail(u"cannot write %1"_s.arg(out));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"png" && args.size() == 4)
        return renderPng(args[1], args[2].toInt(), args[3]);
    if (mode == u"man" && args.size() == 6) {
        HelpRunner runner(args[1], args[2]);
        const QStringList commands = runner.commands();
        QDir().mkpath(args[5]);
        write(args[5] + u"/kapsel.1"_s, guiPage(runner, args[3], args[4]));
        write(args[5] + u"/kapsel-cli.1"_s, cliPage(runner, args[3], args[4], commands));
        return 0;
    }
    if (mode == u"completion" && args.size() == 4) {
        HelpRunner runner(args[1], args[2]);
        const QStringList commands = runner.commands();
        QDir().mkpath(args[3]);
        write(args[3] + u"/kapsel"_s, guiCompletion(runner));
        write(args[3] + u"/kapsel-cli"_s, cliCompletion(runner, commands));
        return 0;
    }
    std::fputs("usage: kapsel-helpdoc png SVG SIZE OUT | man GUI CLI VERSION LANG OUTDIR | completion GUI CLI OUTDIR\n",
        stderr);
    return 2;
}
