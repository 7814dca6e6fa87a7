// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgchatsearch.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// PostgreSQL's limits: a lexeme of at most 2047 bytes, positions up to 16383, a tsvector under 1 MB.
constexpr qsizetype kMaxLexemeBytes = 2047;
constexpr int kMaxPosition = 16383;
constexpr qsizetype kMaxVectorBytes = 900 * 1024;

bool isTokenCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
        return true;
    default:
        return false;
    }
}

// One token character as the index keeps it.
void appendFolded(QString &out, char32_t c)
{
    if (QChar::category(c) == QChar::Mark_NonSpacing)
        return;
    const char32_t folded = QChar::toCaseFolded(c);
    if (folded >= 0x80 && folded < 0x10000) {
        // A Latin letter with diacritics: its canonical decomposition is an ASCII letter and combining marks.
        const QString decomposed = QString(QChar(folded)).normalized(QString::NormalizationForm_D);
        if (decomposed.size() > 1 && decomposed.at(0).unicode() < 0x80 && decomposed.at(0).isLetter()) {
            bool marksOnly = true;
            for (qsizetype i = 1; i < decomposed.size(); ++i)
                marksOnly = marksOnly && decomposed.at(i).category() == QChar::Mark_NonSpacing;
            if (marksOnly) {
                out += decomposed.at(0);
                return;
            }
        }
    }
    out += QString::fromUcs4(&folded, 1);
}

QByteArray quoted(const QString &word)
{
    QByteArray out = "'";
    for (const char c : word.toUtf8()) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

} // namespace

QStringList PgChatSearch::words(const QString &text)
{
    QStringList out;
    QString current;
    bool inToken = false;
    for (const char32_t c : text.toUcs4()) {
        if (isTokenCharacter(c)) {
            inToken = true;
            appendFolded(current, c);
            continue;
        }
        if (inToken && !current.isEmpty())
            out << current;
        current.clear();
        inToken = false;
    }
    if (inToken && !current.isEmpty())
        out << current;
    return out;
}

QByteArray PgChatSearch::vector(const QString &text)
{
    QByteArray out;
    int position = 0;
    for (const QString &word : words(text)) {
        position = std::min(position + 1, kMaxPosition);
        if (word.toUtf8().size() > kMaxLexemeBytes)
            continue; // no search finds a word this long
        const QByteArray entry = quoted(word) + ':' + QByteArray::number(position);
        if (out.size() + entry.size() > kMaxVectorBytes)
            break;
        if (!out.isEmpty())
            out += ' ';
        out += entry;
    }
    return out;
}

PgChatSearch::Query PgChatSearch::query(const QString &search)
{
    // The separators of SqliteChatArchive::ftsQuery: what is left between them is one quoted FTS5 phrase each.
    static const QRegularExpression separators(u"[\\s\"*^:()+-]+"_s);
    const QStringList userWords = search.split(separators, Qt::SkipEmptyParts);
    Query q;
    q.filter = !userWords.isEmpty();
    QByteArrayList phrases;
    for (qsizetype i = 0; i < userWords.size(); ++i) {
        const QStringList parts = words(userWords[i]);
        if (parts.isEmpty())
            continue; // FTS5 drops a phrase without words
        QByteArrayList terms;
        for (const QString &part : parts) {
            if (part.toUtf8().size() > kMaxLexemeBytes)
                return { true, {} }; // no message holds a word this long (see vector())
            terms << quoted(part);
        }
        if (i == userWords.size() - 1)
            terms.last() += ":*";
        phrases << (terms.size() == 1 ? terms.first() : '(' + terms.join(" <-> ") + ')');
    }
    q.tsquery = phrases.join(" & ");
    return q;
}
