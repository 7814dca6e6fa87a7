// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the consent banner's buttons in a real chromium (cookiescan/consentrules.h): a platform's own markup
// before the text rule, a shadow root, a cross-origin frame, the user's selector first, a missing reject
// button; on the test site of scansite.h.
#include "scansite.h"
#include "testsupport.h"

#include "cookiescan/browserprocess.h"

using namespace Qt::StringLiterals;
using namespace ScanSite;

class TestConsentRules : public QObject
{
    Q_OBJECT

    Served m_served;

    QString url(const char *path) const { return m_served.url(path); }
    LiveScanResult scan(const QString &start, const QStringList &phases, int pages, const QString &acceptSelector = {},
        const QString &rejectSelector = {})
    {
        return m_served.scan(start, phases, pages, acceptSelector, rejectSelector);
    }

private slots:
    void initTestCase()
    {
        if (const QString skip = m_served.start(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
    }

    // The platforms' own markup, a shadow root, a cross-origin frame, the user's selector, a missing button.
    void platformsFramesAndSelectors()
    {
        const LiveScanResult cmp = scan(url("/cmp"), { ConsentPhase::Accept, ConsentPhase::Reject }, 1);
        const auto accept = events(cmp, ConsentPhase::Accept, u"consent-click"_s);
        QCOMPARE(accept.size(), size_t(1));
        QCOMPARE(accept[0].subject, u"cookiebot"_s);
        QCOMPARE(accept[0].detail, u"Tillat alle"_s);
        const auto reject = events(cmp, ConsentPhase::Reject, u"consent-click"_s);
        QCOMPARE(reject.size(), size_t(1));
        QCOMPARE(reject[0].subject, u"cookiebot"_s); // the platform rule before the text rule
        QCOMPARE(reject[0].detail, u"Bruk kun nødvendige"_s);
        QCOMPARE(events(cmp, ConsentPhase::Accept, u"tcf-api"_s).size(), size_t(1));
        QCOMPARE(events(cmp, ConsentPhase::Reject, u"tcf-api"_s).size(), size_t(1));
        QCOMPARE(find(cmp, ConsentPhase::Reject, u"CookieConsent"_s)->setBy, url("/cmp")); // an inline script

        const LiveScanResult shadow = scan(url("/shadow"), { ConsentPhase::Accept }, 1);
        const auto inShadow = events(shadow, ConsentPhase::Accept, u"consent-click"_s);
        QCOMPARE(inShadow.size(), size_t(1));
        QCOMPARE(inShadow[0].subject, u"usercentrics"_s);
        QVERIFY(find(shadow, ConsentPhase::Accept, u"uc_choice"_s));

        const LiveScanResult framed = scan(url("/framedbanner"), { ConsentPhase::Reject }, 1);
        const auto inFrame = events(framed, ConsentPhase::Reject, u"consent-click"_s);
        QCOMPARE(inFrame.size(), size_t(1));
        QCOMPARE(inFrame[0].subject, u"text"_s);
        QCOMPARE(inFrame[0].detail, u"Avvis alle"_s);

        const LiveScanResult missing = scan(url("/noreject"), { ConsentPhase::Accept, ConsentPhase::Reject }, 1);
        QCOMPARE(events(missing, ConsentPhase::Accept, u"consent-click"_s).at(0).detail, u"Accept all"_s);
        const auto noReject = events(missing, ConsentPhase::Reject, u"consent-missing"_s);
        QCOMPARE(noReject.size(), size_t(1));
        QCOMPARE(noReject[0].subject, u"reject"_s);
        QCOMPARE(noReject[0].page, url("/noreject"));
        QVERIFY(events(missing, ConsentPhase::Reject, u"consent-click"_s).empty());

        const LiveScanResult chosen = scan(url("/noreject"), { ConsentPhase::Reject }, 1, {}, u"#settings"_s);
        const auto bySelector = events(chosen, ConsentPhase::Reject, u"consent-click"_s);
        QCOMPARE(bySelector.size(), size_t(1));
        QCOMPARE(bySelector[0].subject, u"selector"_s);
        QCOMPARE(bySelector[0].detail, u"Settings"_s);
    }
};

QTEST_GUILESS_MAIN(TestConsentRules)
#include "test_consentrules.moc"
