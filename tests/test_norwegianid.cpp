// SPDX-License-Identifier: GPL-3.0-or-later
// NorwegianId against check digits computed here a second way: the 1964 rule as "the digit that completes
// the weighted sum to a multiple of 11", and the 2032 rule by trying every first check digit.
#include "redaction/norwegianid.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int weighted(const QString &digits, const QList<int> &weights)
{
    int sum = 0;
    for (int i = 0; i < weights.size(); ++i)
        sum += (digits.at(i).unicode() - u'0') * weights.at(i);
    return sum;
}

const QList<int> kW1 = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
const QList<int> kW2 = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

// The first check digit is chosen so that the first weighted sum (k1 weighted 1) leaves `remainder` (0 is
// the 1964 rule, 1-3 only valid from 2032); the second is the 1964 rule. Empty when no digit fits.
QString complete(const QString &nine, int remainder)
{
    for (int k1 = 0; k1 <= 9; ++k1) {
        if ((weighted(nine, kW1) + k1) % 11 != remainder)
            continue;
        const QString ten = nine + QString::number(k1);
        for (int k2 = 0; k2 <= 9; ++k2)
            if ((weighted(ten, kW2) + k2) % 11 == 0)
                return ten + QString::number(k2);
        return QString();
    }
    return QString();
}

// Nine digits for which the 1964 rule gives a number (tries individual numbers from `start`).
QString validFrom(const QString &sixDigits, int start, int remainder = 0)
{
    for (int ind = start; ind < start + 200; ++ind) {
        const QString r = complete(sixDigits + u"%1"_s.arg(ind % 1000, 3, 10, QLatin1Char('0')), remainder);
        if (!r.isEmpty())
            return r;
    }
    return QString();
}

} // namespace

class TestNorwegianId : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("kind");
        using K = NorwegianId::Kind;
        // The example, checked by hand: 3*1+7*5+6*1+1*0+8*8+9*6+4*9+5*5+2*0 = 223 = 20*11+3, k1 = 8;
        // 5*1+4*5+3*1+2*0+7*8+6*6+5*9+4*5+3*0+2*8 = 201 = 18*11+3, k2 = 8.
        QTest::newRow("issue example") << u"15108695088"_s << int(K::Birth);
        QTest::newRow("second check digit wrong") << u"15108695089"_s << int(K::Invalid);
        QTest::newRow("first check digit wrong") << u"15108695078"_s << int(K::Invalid);
        QTest::newRow("digits swapped") << u"51108695088"_s << int(K::Invalid);
        QTest::newRow("birth 1999") << validFrom(u"311299"_s, 100) << int(K::Birth);
        QTest::newRow("birth 2005") << validFrom(u"010105"_s, 500) << int(K::Birth);
        QTest::newRow("d-number") << validFrom(u"551086"_s, 100) << int(K::DNumber);
        QTest::newRow("d-number day 71") << validFrom(u"711086"_s, 100) << int(K::DNumber);
        QTest::newRow("h-number") << validFrom(u"155086"_s, 100) << int(K::HNumber);
        QTest::newRow("synthetic tenor +80") << validFrom(u"159086"_s, 100) << int(K::Synthetic);
        QTest::newRow("synthetic d+tenor") << validFrom(u"559086"_s, 100) << int(K::Synthetic);
        QTest::newRow("fh-number 8") << validFrom(u"812345"_s, 100) << int(K::FHNumber);
        QTest::newRow("fh-number 9") << validFrom(u"998877"_s, 100) << int(K::FHNumber);
        QTest::newRow("29 feb leap") << validFrom(u"290284"_s, 100) << int(K::Birth);
        QTest::newRow("29 feb 00") << validFrom(u"290200"_s, 100) << int(K::Birth);
        QTest::newRow("29 feb not leap") << validFrom(u"290285"_s, 100) << int(K::Invalid);
        QTest::newRow("31 april") << validFrom(u"310486"_s, 100) << int(K::Invalid);
        QTest::newRow("month 13") << validFrom(u"151386"_s, 100) << int(K::Invalid);
        QTest::newRow("day 0") << validFrom(u"001086"_s, 100) << int(K::Invalid);
        QTest::newRow("month 60 (neither H nor synthetic)") << validFrom(u"156086"_s, 100) << int(K::Invalid);
        QTest::newRow("2032 rule remainder 1") << validFrom(u"150132"_s, 100, 1) << int(K::Birth);
        QTest::newRow("2032 rule remainder 2") << validFrom(u"150132"_s, 100, 2) << int(K::Birth);
        QTest::newRow("2032 rule remainder 3") << validFrom(u"150132"_s, 100, 3) << int(K::Birth);
        QTest::newRow("2032 rule d-number remainder 3") << validFrom(u"450132"_s, 100, 3) << int(K::DNumber);
        QTest::newRow("remainder 4 is no rule") << validFrom(u"150132"_s, 100, 4) << int(K::Invalid);
        QTest::newRow("remainder 7 is no rule") << validFrom(u"150132"_s, 100, 7) << int(K::Invalid);
        QTest::newRow("10 digits") << u"1510869508"_s << int(K::Invalid);
        QTest::newRow("12 digits") << u"151086950880"_s << int(K::Invalid);
        QTest::newRow("letter") << u"1510869508a"_s << int(K::Invalid);
        QTest::newRow("fullwidth is not ASCII") << u"１５１０８６９５０８８"_s << int(K::Invalid);
    }

    void classify()
    {
        QFETCH(QString, number);
        QFETCH(int, kind);
        QVERIFY2(!number.isEmpty(), "the row's number could not be built");
        QCOMPARE(int(NorwegianId::classify(number)), kind);
        QCOMPARE(NorwegianId::isValid(number), kind != int(NorwegianId::Kind::Invalid));
    }

    // Every number from 2032 differs from the 1964 rule only in the first check digit's remainder.
    void rule2032AcceptsExactlyFourRemainders()
    {
        int valid = 0;
        for (int r = 0; r < 11; ++r) {
            const QString n = validFrom(u"010140"_s, 300, r);
            if (n.isEmpty())
                continue;
            QCOMPARE(NorwegianId::isValid(n), r <= 3);
            valid += NorwegianId::isValid(n) ? 1 : 0;
        }
        QCOMPARE(valid, 4);
    }

    void generatedNumbersAreValid()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 500; ++i) {
            const QString n = NorwegianId::generate(rng);
            QCOMPARE(n.size(), 11);
            QCOMPARE(complete(n.left(9), 0), n); // the 1964 rule, computed independently
            QCOMPARE(NorwegianId::classify(n), NorwegianId::Kind::Birth);
        }
    }

    // A single wrong digit is always caught by the check digits (mod 11 with weights prime to 11).
    void singleDigitErrorsAreInvalid()
    {
        const QString n = u"15108695088"_s;
        for (int pos = 0; pos < 11; ++pos)
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (n.at(pos) == QChar(d))
                    continue;
                QString m = n;
                m[pos] = QChar(d);
                // A change of the first check digit may still land on a 2032 remainder; everything else must fail.
                if (pos == 9)
                    continue;
                QVERIFY2(!NorwegianId::isValid(m), qPrintable(m));
            }
    }
};

QTEST_GUILESS_MAIN(TestNorwegianId)
#include "test_norwegianid.moc"
