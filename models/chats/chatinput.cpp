// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatinput.h"

#include "core/deferredtext.h"
#include "importers/importcontext.h"
#include "importers/textlimits.h"
#include "importers/utf8stream.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// Offset of the first byte that breaks UTF-8, or -1 when all is well.
qsizetype firstInvalidUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace

int ChatInput::lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

QString ChatInput::emptyFile()
{
    return tr("the file is empty");
}

QString ChatInput::notUtf8()
{
    return tr("the file is not UTF-8 text; save the export as UTF-8 and try again");
}

Status ChatInput::checkEncoding(const QByteArray &bytes, ImportContext &ctx)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < 0 || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return {};
    if (!Utf8Stream::isPlausibleWindows1252(bytes))
        return ctx.error(TextLimits::lineOf(bytes, bad),
            tr("the file is not UTF-8 text (byte 0x%1); save the export as UTF-8 and try again")
                .arg(uint(uchar(bytes[bad])), 2, 16, QChar(u'0')));
    ctx.notes << DeferredText::marked("ChatInput",
        QT_TRANSLATE_NOOP("ChatInput",
            "The file is not UTF-8; it was read as Windows-1252 (as Excel on Windows saves CSV). If letters such as "
            "æ, ø and å look wrong, save the export as UTF-8 and import it again."))
                     .toStored();
    return {};
}

QDateTime ChatInput::parseTime(const QString &text, const QTimeZone &zone)
{
    // Possessive quantifiers (*+, ++): a run of blanks or digits is never given back, so a long field
    // cannot make the match quadratic.
    static const QRegularExpression iso(
        u"^\\s*+(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d++))?)?)?\\s*+(Z|[+-]\\d{2}:?\\d{2})?\\s*+$"_s);
    static const QRegularExpression nordic(
        u"^\\s*+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[ T,]++(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?)?\\s*+$"_s);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    QString offset;
    if (const auto m = iso.match(text); m.hasMatch()) {
        y = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        d = m.captured(3).toInt();
        h = m.captured(4).toInt();
        mi = m.captured(5).toInt();
        s = m.captured(6).toInt();
        ms = QString(m.captured(7) + u"000"_s).left(3).toInt();
        offset = m.captured(8);
    } else if (const auto n = nordic.match(text); n.hasMatch()) {
        d = n.captured(1).toInt();
        mo = n.captured(2).toInt();
        y = n.captured(3).toInt();
        h = n.captured(4).toInt();
        mi = n.captured(5).toInt();
        s = n.captured(6).toInt();
    } else {
        return {};
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toUTC();
    if (offset == u"Z")
        return QDateTime(date, time, Qt::UTC);
    const QString digits = QString(offset).remove(u':');
    const int sign = digits.startsWith(u'-') ? -1 : 1;
    const int seconds = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, seconds).toUTC();
}

namespace {

QString decodeEntity(QStringView name)
{
    static const QHash<QString, QString> named = {
        { u"amp"_s, u"&"_s },
        { u"lt"_s, u"<"_s },
        { u"gt"_s, u">"_s },
        { u"quot"_s, u"\""_s },
        { u"apos"_s, u"'"_s },
        { u"nbsp"_s, u"\u00A0"_s },
        { u"aring"_s, u"å"_s },
        { u"Aring"_s, u"Å"_s },
        { u"oslash"_s, u"ø"_s },
        { u"Oslash"_s, u"Ø"_s },
        { u"aelig"_s, u"æ"_s },
        { u"AElig"_s, u"Æ"_s },
        { u"shy"_s, u"\u00AD"_s },
        { u"ndash"_s, u"\u2013"_s },
        { u"mdash"_s, u"\u2014"_s },
        { u"euro"_s, u"€"_s },
        { u"zwsp"_s, u"\u200B"_s },
        { u"hellip"_s, u"\u2026"_s },
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return u"\uFFFD"_s;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name.toString());
}

bool isBlockTag(QStringView tag)
{
    static const QStringList blocks = { u"p"_s, u"div"_s, u"li"_s, u"tr"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
        u"h6"_s, u"ul"_s, u"ol"_s, u"table"_s, u"blockquote"_s };
    return blocks.contains(tag.toString());
}

} // namespace

QString ChatInput::htmlToPlainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    auto newline = [&out] {
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    QString skipUntil; // inside <script>/<style>: drop everything up to its end tag
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0) { // a lone '<' is text
                if (skipUntil.isEmpty())
                    out += c;
                ++i;
                continue;
            }
            QStringView tag = QStringView(html).mid(i + 1, close - i - 1).trimmed();
            const bool end = tag.startsWith(u'/');
            if (end)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.left(nameEnd).toString().toLower();
            i = close + 1;
            if (!skipUntil.isEmpty()) {
                if (end && name == skipUntil)
                    skipUntil.clear();
                continue;
            }
            if (!end && (name == u"script" || name == u"style")) {
                skipUntil = name;
                continue;
            }
            if (name == u"br")
                out += u'\n';
            else if (isBlockTag(name))
                newline();
            continue;
        }
        if (!skipUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString decoded = decodeEntity(QStringView(html).mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semi + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}
