// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

// The compliance report's words, numbers and dates in the report's language, whatever language the program runs
// in (a report in English while the GUI speaks Bokmål): texts marked QT_TRANSLATE_NOOP("ComplianceReport", ...)
// are looked up in that language's catalogue directly (Language::translate), numbers and dates follow nb_NO or en_GB.
//
// Numbers never form a run of 7 or more digits, which the redaction rules would remove (ReportDocument::leaks):
// a count of a million or more is written rounded ("1.2 million", "1,2 millioner"). Exact figures of that size
// are left to the areas' own exports (`visitors --format json`).
class ReportText
{
public:
    explicit ReportText(const QString &language, const QTimeZone &zone = QTimeZone::utc());

    QString language() const { return m_nb ? QStringLiteral("nb") : QStringLiteral("en"); }
    bool norwegian() const { return m_nb; }
    const QLocale &locale() const { return m_locale; }

    // A text marked QT_TRANSLATE_NOOP("ComplianceReport", ...) in the report's language.
    QString t(const char *source) const;
    // A text marked QT_TRANSLATE_N_NOOP("ComplianceReport", ...) with %n (or %Ln) as number().
    QString n(const char *source, qint64 count) const;

    // 999 999 at most as digits, then rounded millions/billions ("1.2 million", "12,3 millioner").
    QString number(qint64 value) const;
    QString number(std::optional<qint64> value) const; // "–" when empty
    QString percent(double share) const; // 0.123 -> "12.3 %" / "12,3 %"
    QString date(QDate day) const; // "3 December 2026" / "3. desember 2026"
    QString month(QDate day) const; // "December 2026" / "desember 2026"
    // In the workspace's zone, with a word between the date and the time so that their digits never join:
    // "3 December 2026 at 14:02" / "3. desember 2026 kl. 14.02".
    QString dateTime(const QDateTime &at) const;
    QString period(QDate from, QDate to) const; // "1 January 2025 to 31 December 2025"
    QString yesNo(bool b) const;

private:
    bool m_nb;
    QLocale m_locale;
    QTimeZone m_zone;
};
