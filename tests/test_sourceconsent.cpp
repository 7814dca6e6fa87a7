// SPDX-License-Identifier: GPL-3.0-or-later
// Which consent each analytics source's first-time/returning split relies on, and that the cookies named are
// the ones the cookie knowledge base knows for that tool (statistics cookies, so they need consent).
#include "cookies/cookieknowledge.h"
#include "visitors/sourceexplanation.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSourceConsent : public QObject
{
    Q_OBJECT

private slots:
    void splitBasis_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("basis");
        QTest::addColumn<QStringList>("cookies");
        QTest::addColumn<QString>("supplier");
        const int cookie = int(SourceExplanation::SplitBasis::Cookie);
        QTest::newRow("GA4") << u"GA4"_s << cookie << QStringList { u"_ga"_s } << u"Google"_s;
        QTest::newRow("Universal Analytics")
            << u"Universal Analytics"_s << cookie << QStringList { u"_ga"_s, u"_gid"_s } << u"Google"_s;
        QTest::newRow("Matomo") << u"Matomo"_s << cookie << QStringList { u"_pk_id"_s } << u"Matomo"_s;
        QTest::newRow("Siteimprove") << u"Siteimprove"_s << cookie << QStringList { u"nmstat"_s } << u"Siteimprove"_s;
        QTest::newRow("Plausible") << u"Plausible"_s << int(SourceExplanation::SplitBasis::NoCookie) << QStringList {}
                                   << QString();
        QTest::newRow("plain CSV") << u"CSV"_s << int(SourceExplanation::SplitBasis::Unknown) << QStringList {}
                                   << QString();
    }
    void splitBasis()
    {
        QFETCH(QString, source);
        QFETCH(int, basis);
        QFETCH(QStringList, cookies);
        QFETCH(QString, supplier);
        const SourceExplanation e = SourceExplanations::forSource(source);
        QCOMPARE(int(e.basis), basis);
        QCOMPARE(e.cookies, cookies);
        const QString line = SourceExplanations::splitBasis(e);
        for (const QString &c : cookies) {
            QVERIFY2(line.contains(c), qPrintable(line));
            const KnowledgeEntry *k = CookieKnowledge().lookup(c);
            QVERIFY2(k, qPrintable(c));
            QCOMPARE(k->category, u"statistics"_s);
            QVERIFY2(k->supplier.contains(supplier, Qt::CaseInsensitive), qPrintable(k->supplier));
        }
        if (basis == int(SourceExplanation::SplitBasis::NoCookie))
            QVERIFY2(
                line.startsWith(u"no cookie"_s) && line.contains(u"no first-time/returning split"_s), qPrintable(line));
        if (basis == int(SourceExplanation::SplitBasis::Unknown))
            QVERIFY2(line.startsWith(u"not known"_s), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestSourceConsent)
#include "test_sourceconsent.moc"
