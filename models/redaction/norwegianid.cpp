// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/norwegianid.h"

#include <QDate>
#include <QRandomGenerator>

namespace {
constexpr int kWeights1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr int kWeights2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

int checkDigit(const int *digits, const int *weights, int n)
{
    int sum = 0;
    for (int i = 0; i < n; ++i)
        sum += digits[i] * weights[i];
    const int k = 11 - sum % 11;
    return k == 11 ? 0 : k; // 10 means no valid check digit
}
} // namespace

// Placeholder: the 1964 rule for birth numbers only, until the redaction engine lands.
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
    if (checkDigit(d, kWeights1, 9) != d[9] || checkDigit(d, kWeights2, 10) != d[10])
        return Kind::Invalid;
    return Kind::Birth;
}

QString NorwegianId::generate(QRandomGenerator &rng)
{
    for (;;) {
        const QDate birth = QDate(1940, 1, 1).addDays(rng.bounded(365 * 60));
        const int individual = rng.bounded(500); // 000-499: born 1900-1999
        const QString base = birth.toString(QStringLiteral("ddMMyy")) + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
        int d[11];
        for (int i = 0; i < 9; ++i)
            d[i] = base[i].unicode() - u'0';
        d[9] = checkDigit(d, kWeights1, 9);
        if (d[9] == 10)
            continue;
        d[10] = checkDigit(d, kWeights2, 10);
        if (d[10] == 10)
            continue;
        return base + QString::number(d[9]) + QString::number(d[10]);
    }
}
