// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds English left in a text that should be all Bokmål: words from a list of common English words that are not
// also Norwegian words, and Qt's own English texts. Command-line option names (--help), placeholders a user types
// literally (csv|json) and file paths are not words of the text and are left out before the search.

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace EnglishWords {

inline QStringList found(QString text)
{
    using namespace Qt::StringLiterals;
    static const QSet<QString> english = { u"the"_s, u"and"_s, u"of"_s, u"with"_s, u"from"_s, u"this"_s, u"that"_s,
        u"are"_s, u"not"_s, u"or"_s, u"in"_s, u"on"_s, u"your"_s, u"you"_s, u"Usage"_s, u"Options"_s, u"Arguments"_s,
        u"Displays"_s, u"Show"_s, u"Shows"_s, u"help"_s, u"Help"_s, u"Cancel"_s, u"Open"_s, u"Save"_s, u"Close"_s,
        u"Yes"_s, u"Delete"_s, u"Remove"_s, u"File"_s, u"FILE"_s, u"Files"_s, u"Name"_s, u"NAME"_s, u"TEXT"_s,
        u"Size"_s, u"Date"_s, u"Modified"_s, u"Look"_s, u"Folder"_s, u"Directory"_s, u"Back"_s, u"Forward"_s,
        u"Parent"_s, u"Detail"_s, u"View"_s, u"unknown"_s, u"Unknown"_s, u"options"_s, u"ZONE"_s, u"ROLE"_s, u"AREA"_s,
        u"SECONDS"_s, u"LANG"_s, u"SITE"_s, u"YYYY"_s, u"Error"_s, u"Warning"_s, u"Information"_s, u"Question"_s,
        u"About"_s, u"uses"_s, u"version"_s, u"toolkit"_s, u"Details"_s, u"Apply"_s, u"Reset"_s, u"Abort"_s, u"Retry"_s,
        u"Ignore"_s, u"Discard"_s, u"Export"_s, u"Visitors"_s, u"Chats"_s, u"Settings"_s, u"Scan"_s, u"website"_s,
        u"Website"_s, u"Workspace"_s, u"History"_s };
    // Option names, literal keyword lists (a|b|c, <a|b>), keywords such as not-observed, paths, addresses and file
    // names are what a user types, not text.
    static const QRegularExpression notText(
        uR"((?<!\w)--?[\w-]+|\b\w+(\|\w+)+\b|\b[a-z]+(-[a-z]+)+\b|(https?|postgresql)://\S*|(?<![\w.])/[\w./-]+|\b\w+\.(csv|json|kapsel|png|svg|pdf|txt|html)\b|<[^>]*\|[^>]*>)"_s);
    text.replace(notText, u" "_s);
    // Names of products and organisations stay as they are.
    for (const QString &name : { u"Open Cookie Database"_s, u"Google Analytics"_s, u"Universal Analytics"_s,
             u"The Qt Company"_s })
        text.replace(name, u" "_s);
    static const QRegularExpression word(uR"(\b[A-Za-z]+\b)"_s);
    QStringList hits;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (english.contains(w) && !hits.contains(w))
            hits << w;
    }
    return hits;
}

} // namespace EnglishWords
