// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"
#include "compliance/reporttext.h"

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

ReportText::ReportText(const QString &language, const QTimeZone &zone)
    : m_nb(language.trimmed().toLower() == u"nb")
    , m_locale(Language::localeOf(m_nb ? u"nb"_s : u"en"_s))
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{ }

QString ReportText::t(const char *source) const
{
    return Language::translate(language(), "ComplianceReport", source);
}

QString ReportText::n(const char *source, qint64 count) const
{
    QString s
        = Language::translate(language(), "ComplianceReport", source, int(std::clamp<qint64>(count, INT_MIN, INT_MAX)));
    const QString shown = number(count);
    return s.replace(u"%Ln"_s, shown).replace(u"%n"_s, shown);
}

QString ReportText::number(qint64 value) const
{
    const qint64 magnitude = value < 0 ? -value : value;
    if (magnitude < 1000000)
        return m_locale.toString(value);
    if (magnitude < 1000000000)
        return t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 million")).arg(m_locale.toString(value / 1e6, 'f', 1));
    return t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 billion")).arg(m_locale.toString(value / 1e9, 'f', 1));
}

QString ReportText::number(std::optional<qint64> value) const
{
    return value ? number(*value) : u"–"_s;
}

QString ReportText::percent(double share) const
{
    return m_locale.toString(share * 100.0, 'f', 1) + u"\u00a0%"_s;
}

QString ReportText::date(QDate day) const
{
    return day.isValid() ? m_locale.toString(day, m_nb ? u"d. MMMM yyyy"_s : u"d MMMM yyyy"_s) : u"–"_s;
}

QString ReportText::month(QDate day) const
{
    return m_locale.toString(day, u"MMMM yyyy"_s);
}

QString ReportText::dateTime(const QDateTime &at) const
{
    if (!at.isValid())
        return u"–"_s;
    const QDateTime local = at.toTimeZone(m_zone);
    //: A date and a time of day: "3 December 2026 at 14:02" (keep a word between them)
    return t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 at %2"))
        .arg(date(local.date()), m_locale.toString(local.time(), m_nb ? u"HH.mm"_s : u"HH:mm"_s));
}

QString ReportText::period(QDate from, QDate to) const
{
    //: A period of days: "1 January 2025 to 31 December 2025"
    return t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 to %2")).arg(date(from), date(to));
}

QString ReportText::yesNo(bool b) const
{
    return b ? t(QT_TRANSLATE_NOOP("ComplianceReport", "yes")) : t(QT_TRANSLATE_NOOP("ComplianceReport", "no"));
}
