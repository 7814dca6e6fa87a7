// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The chat search of a team workspace finds what an SQLite workspace's FTS5 index finds for the same words
// (SqliteChatArchive::ftsQuery): the words of a message are cut here as FTS5's unicode61 tokenizer with
// remove_diacritics 2 cuts them, and stored as a tsvector (chat_messages.search) with their positions; the
// user's words become a tsquery with the same meaning (every word must occur, a word of several parts as a
// phrase, the last word as a prefix). Both are literals for $n::tsvector / $n::tsquery, so PostgreSQL's own
// parser and dictionaries play no part.
namespace PgChatSearch {

// Runs of letters, digits, private-use characters and combining marks; case-folded; a Latin letter with
// diacritics becomes its ASCII base, a lone combining mark vanishes.
QStringList words(const QString &text);

// The tsvector literal of `text`'s words at their positions.
QByteArray vector(const QString &text);

struct Query
{
    bool filter = false; // false: no search (everything matches)
    QByteArray tsquery; // empty with filter: words that cannot match anything (only separators)
};
Query query(const QString &search);

} // namespace PgChatSearch
