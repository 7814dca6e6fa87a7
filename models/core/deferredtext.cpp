// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deferredtext.h"

#include "core/filequote.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// Stored lines start with this; a note written in words never does.
constexpr QLatin1StringView kPrefix("tr:");

// %1 … %99 (and %L1, which QString::arg also knows) replaced in one pass, so a value that holds "%2" is not
// replaced again.
QString substitute(const QString &pattern, const QStringList &values)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size()) {
            qsizetype j = i + 1;
            if (pattern[j] == u'L')
                ++j;
            int number = 0;
            qsizetype digits = 0;
            while (j < pattern.size() && pattern[j].isDigit() && digits < 2) {
                number = number * 10 + pattern[j].digitValue();
                ++j;
                ++digits;
            }
            if (digits > 0 && number >= 1 && number <= values.size()) {
                out += values[number - 1];
                i = j - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}
} // namespace

DeferredText DeferredText::marked(const char *context, const char *source, int n)
{
    DeferredText t;
    t.m_context = context;
    t.m_source = source;
    t.m_n = n;
    return t;
}

DeferredText &DeferredText::arg(const QString &text)
{
    m_args << QVariant(text);
    return *this;
}

DeferredText &DeferredText::arg(qint64 number)
{
    m_args << QVariant(number);
    return *this;
}

DeferredText &DeferredText::arg(QDate day)
{
    m_args << QVariant(day);
    return *this;
}

DeferredText &DeferredText::arg(const DeferredText &part)
{
    m_args << QVariant(part.toMap());
    return *this;
}

QVariantMap DeferredText::toMap() const
{
    QVariantList args;
    for (const QVariant &a : m_args) {
        switch (a.typeId()) {
        case QMetaType::LongLong:
            args << QVariantMap { { u"i"_s, QString::number(a.toLongLong()) } };
            break;
        case QMetaType::QDate:
            args << QVariantMap { { u"d"_s, a.toDate().toString(Qt::ISODate) } };
            break;
        case QMetaType::QVariantMap:
            args << QVariantMap { { u"t"_s, a } };
            break;
        default:
            args << QVariantMap { { u"s"_s, a.toString() } };
        }
    }
    QVariantMap map { { u"c"_s, QString::fromUtf8(m_context) }, { u"s"_s, QString::fromUtf8(m_source) } };
    if (m_n >= 0)
        map.insert(u"n"_s, m_n);
    if (!args.isEmpty())
        map.insert(u"a"_s, args);
    return map;
}

DeferredText DeferredText::fromMap(const QVariantMap &map)
{
    DeferredText t;
    t.m_context = map.value(u"c"_s).toString().toUtf8();
    t.m_source = map.value(u"s"_s).toString().toUtf8();
    t.m_n = map.contains(u"n"_s) ? map.value(u"n"_s).toInt() : -1;
    for (const QVariant &v : map.value(u"a"_s).toList()) {
        const QVariantMap a = v.toMap();
        if (a.contains(u"i"_s))
            t.m_args << QVariant(a.value(u"i"_s).toString().toLongLong());
        else if (a.contains(u"d"_s))
            t.m_args << QVariant(QDate::fromString(a.value(u"d"_s).toString(), Qt::ISODate));
        else if (a.contains(u"t"_s))
            t.m_args << QVariant(a.value(u"t"_s).toMap());
        else
            t.m_args << QVariant(a.value(u"s"_s).toString());
    }
    return t;
}

QString DeferredText::toStored() const
{
    return kPrefix
        + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(toMap())).toJson(QJsonDocument::Compact));
}

QString DeferredText::toString() const
{
    const QLocale locale;
    QStringList values;
    for (const QVariant &a : m_args) {
        switch (a.typeId()) {
        case QMetaType::LongLong:
            values << locale.toString(a.toLongLong());
            break;
        case QMetaType::QDate:
            values << locale.toString(a.toDate(), QLocale::ShortFormat);
            break;
        case QMetaType::QVariantMap:
            values << fromMap(a.toMap()).toString();
            break;
        default:
            values << a.toString();
        }
    }
    const QString pattern = QCoreApplication::translate(m_context.constData(), m_source.constData(), nullptr, m_n);
    return substitute(pattern, values);
}

QString DeferredText::show(const QString &stored)
{
    if (!stored.startsWith(kPrefix))
        return FileQuote::scrub(stored);
    const QJsonDocument doc = QJsonDocument::fromJson(QStringView(stored).mid(kPrefix.size()).toUtf8());
    if (!doc.isObject())
        return FileQuote::scrub(stored);
    return FileQuote::scrub(fromMap(doc.object().toVariantMap()).toString());
}

QStringList DeferredText::show(const QStringList &stored)
{
    QStringList out;
    out.reserve(stored.size());
    for (const QString &s : stored)
        out << show(s);
    return out;
}
