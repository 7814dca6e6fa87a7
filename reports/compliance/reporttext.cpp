// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"
#include "compliance/reporttext.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

// The embedded catalogues, loaded once: Bokmål for the texts, English for its plural forms.
const QTranslator *catalogue(bool nb)
{
    static std::unique_ptr<QTranslator> catalogues[2];
    static std::once_flag once;
    std::call_once(once, [] {
        for (int i = 0; i < 2; ++i) {
            catalogues[i] = std::make_unique<QTranslator>();
            if (!catalogues[i]->load(i == 0 ? u"kapsel_en"_s : u"kapsel_nb"_s, Language::translationsFolder()))
                catalogues[i].reset();
        }
    });
    return catalogues[nb ? 1 : 0].get();
}

} // namespace

ReportText::ReportText(const QString &language, const QTimeZone &zone)
    : m_nb(language.trimmed().toLower() == u"nb")
    , m_locale(
          m_nb ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway) : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_translator(catalogue(m_nb))
{ }

QString ReportText::t(const char *source) const
{
    if (m_nb && m_translator) {
        const QString s = m_translator->translate("ComplianceReport", source);
        if (!s.isEmpty())
            return s;
    }
    return QString::fromUtf8(source);
}

QString ReportText::n(const char *source, qint64 count) const
{
    QString s;
    if (m_translator)
        s = m_translator->translate(
            "ComplianceReport", source, nullptr, int(std::clamp<qint64>(count, INT_MIN, INT_MAX)));
    if (s.isEmpty())
        s = QString::fromUtf8(source);
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
