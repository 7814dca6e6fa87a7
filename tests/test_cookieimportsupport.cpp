// SPDX-License-Identifier: GPL-3.0-or-later
// Sites by the public suffix list: which hosts fold into one site and which stay apart.
#include "testsupport.h"

#include "cookies/cookieimportsupport.h"

using namespace Qt::StringLiterals;

class TestCookieImportSupport : public QObject
{
    Q_OBJECT

private slots:
    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("site");
        // Each expectation follows from a rule in public_suffix_list.dat (Debian's publicsuffix package):
        // "co.uk" (ICANN section), "github.io" (private section), "*.ck" with the exception "!www.ck", and
        // "brønnøysund.no" (xn--brnnysund-m8ac.no; punycode from Python's idna codec).
        QTest::newRow("co.uk: one level below the suffix") << u"www.example.co.uk"_s << u"example.co.uk"_s;
        QTest::newRow("cookie domain with a leading dot") << u".www.example.co.uk"_s << u"example.co.uk"_s;
        QTest::newRow("upper case") << u"WWW.Example.CO.UK"_s << u"example.co.uk"_s;
        QTest::newRow("trailing dot of a fully qualified name") << u"www.example.com."_s << u"example.com"_s;
        QTest::newRow("a public suffix is its own site") << u"co.uk"_s << u"co.uk"_s;
        QTest::newRow("github.io: a private suffix") << u"foo.github.io"_s << u"foo.github.io"_s;
        QTest::newRow("github.io: deeper host") << u"www.bar.github.io"_s << u"bar.github.io"_s;
        QTest::newRow("github.io itself") << u"github.io"_s << u"github.io"_s;
        QTest::newRow("*.ck: every second label is a suffix") << u"a.b.foo.ck"_s << u"b.foo.ck"_s;
        QTest::newRow("!www.ck: the exception is a site") << u"www.ck"_s << u"www.ck"_s;
        QTest::newRow("!www.ck: below the exception") << u"shop.www.ck"_s << u"www.ck"_s;
        QTest::newRow(".no") << u"www.kredinor.no"_s << u"kredinor.no"_s;
        QTest::newRow("IDN suffix in UTF-8") << u"www.kommune.brønnøysund.no"_s << u"kommune.brønnøysund.no"_s;
        QTest::newRow("IDN suffix in punycode")
            << u"www.kommune.xn--brnnysund-m8ac.no"_s << u"kommune.xn--brnnysund-m8ac.no"_s;
        QTest::newRow("IPv4 address") << u"192.168.1.10"_s << u"192.168.1.10"_s;
        QTest::newRow("IPv4 address with a port") << u"10.0.0.1:8080"_s << u"10.0.0.1"_s;
        QTest::newRow("IPv6 address") << u"[2001:db8::1]"_s << u"[2001:db8::1]"_s;
        QTest::newRow("localhost") << u"localhost"_s << u"localhost"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, site);
        QCOMPARE(CookieImportSupport::registrableDomain(host), site);
    }

    void party_data()
    {
        QTest::addColumn<QString>("cookieDomain");
        QTest::addColumn<QString>("siteHost");
        QTest::addColumn<QString>("party");
        QTest::newRow("two github.io sites are strangers") << u"foo.github.io"_s << u"bar.github.io"_s << u"third"_s;
        QTest::newRow("same github.io site") << u"foo.github.io"_s << u"www.foo.github.io"_s << u"first"_s;
        QTest::newRow("same site under co.uk") << u"static.example.co.uk"_s << u"www.example.co.uk"_s << u"first"_s;
        QTest::newRow("two sites under co.uk") << u"example.co.uk"_s << u"other.co.uk"_s << u"third"_s;
        QTest::newRow("two sites under *.ck") << u"a.foo.ck"_s << u"b.foo.ck"_s << u"third"_s;
        QTest::newRow("unknown site") << u"a.no"_s << QString() << QString();
    }

    void party()
    {
        QFETCH(QString, cookieDomain);
        QFETCH(QString, siteHost);
        QFETCH(QString, party);
        QCOMPARE(CookieImportSupport::party(cookieDomain, siteHost), party);
    }
};

QTEST_GUILESS_MAIN(TestCookieImportSupport)
#include "test_cookieimportsupport.moc"
