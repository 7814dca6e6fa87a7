// SPDX-License-Identifier: GPL-3.0-or-later
// First and third party in a live scan: which hosts a browser treats as one site (public suffix list).
#include "testsupport.h"

#include "cookiescan/registrabledomain.h"

#include <QUrl>

using namespace Qt::StringLiterals;

class TestRegistrableDomain : public QObject
{
    Q_OBJECT

private slots:
    void sameSite_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        // "no" is an ICANN suffix, "github.io" a private one (public_suffix_list.dat); addresses have no suffix.
        QTest::newRow("www and cdn of one .no site") << u"www.example.no"_s << u"cdn.example.no"_s << true;
        QTest::newRow("the bare domain and its www") << u"example.no"_s << u"www.example.no"_s << true;
        QTest::newRow("two sites under github.io") << u"x.github.io"_s << u"y.github.io"_s << false;
        QTest::newRow("a host under one github.io site") << u"www.x.github.io"_s << u"x.github.io"_s << true;
        QTest::newRow("two loopback addresses") << u"127.0.0.1"_s << u"127.0.0.2"_s << false;
        QTest::newRow("one address") << u"127.0.0.1"_s << u"127.0.0.1"_s << true;
        QTest::newRow("an address is not its neighbour's name") << u"127.0.0.1"_s << u"localhost"_s << false;
        QTest::newRow("case and a cookie's leading dot") << u".CDN.Example.no"_s << u"www.example.NO"_s << true;
        QTest::newRow("same label, other suffix") << u"example.no"_s << u"example.com"_s << false;
        QTest::newRow("empty is nobody's site") << QString() << QString() << false;
    }
    void sameSite()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(RegistrableDomain::sameSite(a, b), same);
        QCOMPARE(RegistrableDomain::sameSite(b, a), same);
        if (!a.isEmpty())
            QCOMPARE(RegistrableDomain::party(a, b), same ? u"first"_s : u"third"_s);
    }

    void ofUrl()
    {
        QCOMPARE(RegistrableDomain::ofUrl(QUrl(u"https://www.example.no:8443/a?b#c"_s)), u"example.no"_s);
        QCOMPARE(RegistrableDomain::ofUrl(QUrl(u"http://127.0.0.2:5000/frame"_s)), u"127.0.0.2"_s);
        QCOMPARE(RegistrableDomain::ofUrl(QUrl(u"https://y.github.io/"_s)), u"y.github.io"_s);
    }
};

QTEST_GUILESS_MAIN(TestRegistrableDomain)
#include "test_registrabledomain.moc"
