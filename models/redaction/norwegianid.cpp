// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/norwegianid.h"

#include <QDate>
#include <QRandomGenerator>

namespace {
constexpr int kWeights1[10] = { 3, 7, 6, 1, 8, 9, 4, 5, 2, 1 };
constexpr int kWeights2[11] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };

int weightedRemainder(const int *digits, const int *weights, int n)
{
    int sum = 0;
    for (int i = 0; i < n; ++i)
        sum += digits[i] * weights[i];
    return sum % 11;
}

// 1964 rule: both weighted sums (check digit included, weight 1) are divisible by 11. Skatteetaten's rule
// for numbers issued from 2032 accepts a remainder of 0, 1, 2 or 3 for the first sum; the second is unchanged.
// The old rule is the remainder-0 case of the new one, so one test covers both.
bool checkDigitsFit(const int *d)
{
    return weightedRemainder(d, kWeights1, 10) <= 3 && weightedRemainder(d, kWeights2, 11) == 0;
}

// The year's century is not known from the number alone (and no longer derivable from 2032), so 29 February
// is accepted for every year divisible by four, 00 included (2000 was a leap year).
bool dayFitsMonth(int day, int month, int yy)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && day == 29)
        return yy % 4 == 0;
    return day <= kDays[month - 1];
}
} // namespace

NorwegianId::Kind NorwegianId::classify(QStringView digits)
{
    if (digits.size() != 11)
        return Kind::Invalid;
    int d[11];
    for (int i = 0; i < 11; ++i) {
        if (digits[i] < u'0' || digits[i] > u'9')
            return Kind::Invalid;
        d[i] = digits[i].unicode() - u'0';
    }
    if (!checkDigitsFit(d))
        return Kind::Invalid;

    // FH-numbers (helsesektorens felles hjelpenummer) start with 8 or 9 and carry no date.
    if (d[0] >= 8)
        return Kind::FHNumber;
    int day = d[0] * 10 + d[1];
    int month = d[2] * 10 + d[3];
    const int yy = d[4] * 10 + d[5];
    bool dNumber = false;
    if (day > 40) { // D-number: 4 added to the first digit
        day -= 40;
        dNumber = true;
    }
    Kind kind = dNumber ? Kind::DNumber : Kind::Birth;
    if (month > 80) { // synthetic test numbers (Tenor): 8 added to the third digit
        month -= 80;
        kind = Kind::Synthetic;
    } else if (month > 40) { // H-numbers, also used by NAV's synthetic test numbers: 4 added to the third digit
        month -= 40;
        if (!dNumber)
            kind = Kind::HNumber;
        else
            kind = Kind::Synthetic;
    }
    if (!dayFitsMonth(day, month, yy))
        return Kind::Invalid;
    return kind;
}

QString NorwegianId::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Birth:
        return QStringLiteral("birth");
    case Kind::DNumber:
        return QStringLiteral("d-number");
    case Kind::HNumber:
        return QStringLiteral("h-number");
    case Kind::FHNumber:
        return QStringLiteral("fh-number");
    case Kind::Synthetic:
        return QStringLiteral("synthetic");
    case Kind::Invalid:
        break;
    }
    return {};
}

QString NorwegianId::generate(QRandomGenerator &rng)
{
    for (;;) {
        const QDate birth = QDate(1940, 1, 1).addDays(rng.bounded(365 * 60));
        const int individual = rng.bounded(500); // 000-499: born 1900-1999
        const QString base
            = birth.toString(QStringLiteral("ddMMyy")) + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
        int d[11];
        for (int i = 0; i < 9; ++i)
            d[i] = base[i].unicode() - u'0';
        // 1964 rule: the check digit makes the weighted sum divisible by 11; 10 means "no valid number".
        d[9] = (11 - weightedRemainder(d, kWeights1, 9) % 11) % 11;
        if (d[9] == 10)
            continue;
        d[10] = (11 - weightedRemainder(d, kWeights2, 10) % 11) % 11;
        if (d[10] == 10)
            continue;
        return base + QString::number(d[9]) + QString::number(d[10]);
    }
}
