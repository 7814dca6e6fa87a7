// SPDX-License-Identifier: GPL-3.0-or-later
#include "helptext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i;
}
} // namespace

HelpText HelpText::parse(const QString &text)
{
    HelpText help;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty()) {
        const QString first = lines.takeFirst();
        const qsizetype colon = first.indexOf(u": "_s);
        help.usage = colon >= 0 ? first.mid(colon + 2).trimmed() : first.trimmed();
    }
    static const QRegularExpression entry(uR"(^  (\S.*?)(?:\s{2,}(\S.*))?$)"_s);
    QString paragraph;
    HelpSection *section = nullptr;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty()) {
            if (!section && !paragraph.isEmpty())
                help.description << paragraph;
            paragraph.clear();
            continue;
        }
        const qsizetype indent = indentOf(line);
        if (indent == 0 && line.endsWith(u':')) {
            if (!section && !paragraph.isEmpty())
                help.description << paragraph;
            paragraph.clear();
            help.sections.append({ line.chopped(1), {}, {} });
            section = &help.sections.last();
            continue;
        }
        if (!section) {
            paragraph += (paragraph.isEmpty() ? QString() : u" "_s) + line.trimmed();
            continue;
        }
        if (indent > 2 && !section->entries.isEmpty()) { // a description continued
            HelpEntry &last = section->entries.last();
            last.description += (last.description.isEmpty() ? QString() : u" "_s) + line.trimmed();
            continue;
        }
        const QRegularExpressionMatch m = entry.match(line);
        if (indent == 2 && m.hasMatch())
            section->entries.append({ m.captured(1).trimmed(), m.captured(2).trimmed() });
        else
            section->text << line.trimmed();
    }
    if (!section && !paragraph.isEmpty())
        help.description << paragraph;
    return help;
}

const HelpSection *HelpText::sectionWithTerms(const QStringList &terms) const
{
    for (const HelpSection &s : sections) {
        QStringList own;
        for (const HelpEntry &e : s.entries)
            own << e.term;
        if (own == terms)
            return &s;
    }
    return nullptr;
}

QStringList HelpOption::choices() const
{
    static const QRegularExpression word(u"^[a-z0-9][a-z0-9._-]*$"_s);
    const QStringList parts = value.split(u'|');
    if (parts.size() < 2)
        return {};
    for (const QString &p : parts) {
        if (!word.match(p).hasMatch())
            return {};
    }
    return parts;
}

bool HelpOption::takesFile() const
{
    static const QRegularExpression file(u"\\b(FILE|PATH|DIR|FOLDER|OUT)\\b"_s);
    return file.match(value).hasMatch();
}

HelpOption HelpOption::fromTerm(const QString &term)
{
    // "-h, --help", "--db PATH", "--format <csv|json|table>", "--from <YYYY-MM-DD>"
    HelpOption option;
    for (const QString &alternative : term.split(u", "_s)) {
        const QString a = alternative.trimmed();
        const qsizetype space = a.indexOf(u' ');
        option.names << a.left(space);
        if (space > 0)
            option.value = a.mid(space + 1).remove(u'<').remove(u'>').trimmed();
    }
    return option;
}
