// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A program's --help text, as Kapsel's programs print it (QCommandLineParser's layout, which kapsel-cli's
// overview follows): a usage line, description paragraphs, then sections ("Options:", "Commands:", ...) of
// entries: two spaces, a term, two or more spaces, its description, continued on further indented lines.
struct HelpEntry
{
    QString term; // "--format <csv|json|table>", "-h, --help", "visitors"
    QString description;
};

struct HelpSection
{
    QString title; // without the colon
    QList<HelpEntry> entries;
    QStringList text; // lines of the section that are no entry
};

struct HelpText
{
    QString usage; // the usage line after "Usage: " (or its translation)
    QStringList description; // paragraphs
    QList<HelpSection> sections;

    static HelpText parse(const QString &text);
    // The section whose entries are exactly these terms (the command list, whatever its title's language).
    const HelpSection *sectionWithTerms(const QStringList &terms) const;
};

// An option named in a help entry's term: "--format <csv|json|table>" -> names {"--format"}, value
// "csv|json|table".
struct HelpOption
{
    QStringList names;
    QString value; // empty for a flag
    // The value's choices when it lists lower-case words ("csv|json|table", "nb|en"); empty otherwise.
    QStringList choices() const;
    bool takesFile() const; // FILE, PATH, DIR, FOLDER, OUT
    static HelpOption fromTerm(const QString &term);
};
