// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of the cookie area's port, CookieRegister: what every storage backend must do. Each case runs
// once per backend (the global data rows); a backend is a fixture that makes an empty register and runs an
// import through it. Expected values are built here from the inputs, not read back from a backend.
#include "pgtestsupport.h"
#include "storagetestsupport.h"
#include "testsupport.h"

#include "cookies/cookieinventory.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiesink.h"
#include "core/language.h"
#include "importers/importcontext.h"
#include "storage/postgres/pgaccess.h"
#include "storage/postgres/pgcookieregister.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// A backend under test: one empty workspace per fixture.
class RegisterFixture
{
public:
    virtual ~RegisterFixture() = default;
    virtual CookieRegister &cookies() = 0;
    // One import into the workspace (history record, the area's sink, one transaction), as an importer runs.
    virtual Status import(const std::function<Status(CookieSink &)> &fill) = 0;
    // The history record of the last import (replay's argument).
    qint64 lastImportId() const { return m_lastImport; }

protected:
    qint64 m_lastImport = 0;
};

class SqliteFixture final : public RegisterFixture
{
public:
    CookieRegister &cookies() override { return m_ws.workspace().cookies(); }
    Status import(const std::function<Status(CookieSink &)> &fill) override
    {
        return m_ws.import(
            ImportKind::Cookies,
            [&](ImportContext &ctx) {
                m_lastImport = ctx.importId;
                return fill(*ctx.cookies);
            },
            u".har"_s);
    }

private:
    SqliteTestWorkspace m_ws;
};

// Runs an import of the cookie area through `cookies`' sink, as an importer does.
Status importThrough(CookieRegister &cookies, ImportContext &ctx, const std::function<Status(CookieSink &)> &fill)
{
    auto sink = cookies.openSink(ctx);
    ctx.cookies = sink.get();
    if (Status s = fill(*sink))
        return s;
    return sink->finish();
}

class PgFixture final : public RegisterFixture
{
public:
    CookieRegister &cookies() override { return m_cookies; }
    Status import(const std::function<Status(CookieSink &)> &fill) override
    {
        return m_db.import(
            "cookies",
            [&](ImportContext &ctx) {
                m_lastImport = ctx.importId;
                return importThrough(m_cookies, ctx, fill);
            },
            u".har"_s);
    }
    PgConnection &connection() { return m_db.connection(); }

private:
    PgTestDatabase m_db;
    PgCookieRegister m_cookies { m_db.connection() };
};

std::unique_ptr<RegisterFixture> makeFixture(const QString &backend)
{
    if (backend == u"sqlite")
        return std::make_unique<SqliteFixture>();
    if (backend == u"postgresql")
        return std::make_unique<PgFixture>();
    qFatal("unknown backend");
}

DeclaredCookie declared(const QString &name, const QString &domain, const QString &supplier = u"Supplier"_s)
{
    DeclaredCookie c;
    c.name = name;
    c.domain = domain;
    c.category = u"statistics"_s;
    c.purposeEn = u"Counts visits"_s;
    c.purposeNb = u"Teller besøk"_s;
    c.supplier = supplier;
    c.tool = u"Tool"_s;
    c.retention = u"1 year"_s;
    c.party = u"first"_s;
    return c;
}

ObservedCookie observed(const QString &name, const QString &domain, const QDateTime &at, qint64 retentionS = 3600)
{
    ObservedCookie c;
    c.name = name;
    c.domain = domain;
    c.retentionSeconds = retentionS;
    c.expiresAt = at.addSecs(retentionS);
    c.httpOnly = true;
    c.sameSite = u"Lax"_s;
    c.party = u"first"_s;
    c.via = u"set-cookie"_s;
    c.firstSeen = at;
    c.lastSeen = at.addSecs(60);
    return c;
}

// What a live scan hands over (cookiescan/): the same _ga cookie in two phases, a localStorage key with the
// same name as a cookie (another item), every new field set, and the scan's events. Written here, compared below.
std::vector<ObservedCookie> liveScanItems(const QDateTime &at)
{
    std::vector<ObservedCookie> out;
    ObservedCookie ga = observed(u"_ga"_s, u"example.no"_s, at, 400 * 86400);
    ga.via = u"script"_s;
    ga.phase = ConsentPhase::Before;
    ga.page = u"https://www.example.no/"_s;
    ga.setBy = u"https://www.googletagmanager.com/gtag/js?id=G-1"_s;
    ga.initiator = u"https://www.example.no/"_s;
    ga.partitioned = false;
    ga.valueLength = 26;
    ga.looksLikeId = true;
    out.push_back(ga);
    ObservedCookie gaAccept = ga;
    gaAccept.phase = ConsentPhase::Accept;
    gaAccept.page = u"https://www.example.no/om-oss"_s;
    gaAccept.valueLength = 27;
    out.push_back(gaAccept);
    ObservedCookie chips = observed(u"IDE"_s, u"doubleclick.net"_s, at, 390 * 86400);
    chips.party = u"third"_s;
    chips.secure = true;
    chips.sameSite = u"None"_s;
    chips.phase = ConsentPhase::Reject;
    chips.page = u"https://www.example.no/"_s;
    chips.setBy = u"https://ad.doubleclick.net/ddm/activity"_s;
    chips.initiator = u"parser"_s;
    chips.partitioned = true;
    chips.valueLength = 0;
    out.push_back(chips);
    ObservedCookie key;
    key.name = u"_ga"_s; // the same name as the cookie: another item
    key.domain = u"www.example.no"_s;
    key.kind = u"localStorage"_s;
    key.phase = ConsentPhase::Accept;
    key.page = u"https://www.example.no/"_s;
    key.via = u"script"_s;
    key.session = false;
    key.valueLength = 120;
    key.firstSeen = key.lastSeen = at;
    out.push_back(key);
    return out;
}

std::vector<ScanEvent> liveScanEvents()
{
    return {
        { ConsentPhase::Before, u"page"_s, u"https://www.example.no/"_s, {}, u"200"_s },
        { ConsentPhase::Accept, u"consent-click"_s, u"https://www.example.no/"_s, u"Cookiebot"_s, u"Godta alle"_s },
        { ConsentPhase::Reject, u"consent-missing"_s, u"https://www.example.no/"_s, u"reject"_s, {} },
        { ConsentPhase::Reject, u"third-party-host"_s, u"https://www.example.no/"_s, u"ad.doubleclick.net"_s, {} },
        { ConsentPhase::Before, u"timeout"_s, u"https://www.example.no/slow"_s, {}, u"tab\tline\nback\\slash \\N"_s },
    };
}

Status importLiveScan(CookieSink &sink, const QDateTime &at)
{
    sink.setScanInfo(u"www.example.no"_s, at);
    for (const ObservedCookie &c : liveScanItems(at))
        if (Status s = sink.addObserved(c))
            return s;
    for (const ScanEvent &e : liveScanEvents())
        if (Status s = sink.addScanEvent(e))
            return s;
    return {};
}

// The key observations come back in (name, domain, path, kind, phase) order.
QString itemKey(const ObservedCookie &c)
{
    return c.name + u'|' + c.domain + u'|' + c.path + u'|' + c.kind + u'|' + c.phase;
}

void compareLiveItems(const std::vector<ScanObservation> &back, const QDateTime &at)
{
    std::vector<ObservedCookie> want = liveScanItems(at);
    std::sort(want.begin(), want.end(), [](const ObservedCookie &a, const ObservedCookie &b) {
        return std::tuple(a.name, a.domain, a.path, a.kind, a.phase)
            < std::tuple(b.name, b.domain, b.path, b.kind, b.phase);
    });
    QCOMPARE(back.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        const ObservedCookie &b = back[i].cookie, &w = want[i];
        QCOMPARE(itemKey(b), itemKey(w));
        QCOMPARE(b.retentionSeconds, w.retentionSeconds);
        QCOMPARE(b.session, w.session);
        QCOMPARE(b.httpOnly, w.httpOnly);
        QCOMPARE(b.secure, w.secure);
        QCOMPARE(b.sameSite, w.sameSite);
        QCOMPARE(b.party, w.party);
        QCOMPARE(b.via, w.via);
        QCOMPARE(b.firstSeen, w.firstSeen);
        QCOMPARE(b.lastSeen, w.lastSeen);
        QCOMPARE(b.page, w.page);
        QCOMPARE(b.setBy, w.setBy);
        QCOMPARE(b.initiator, w.initiator);
        QCOMPARE(b.partitioned, w.partitioned);
        QCOMPARE(b.valueLength, w.valueLength);
        QCOMPARE(b.looksLikeId, w.looksLikeId);
    }
}

void compareEvents(const std::vector<ScanEvent> &back)
{
    const std::vector<ScanEvent> want = liveScanEvents();
    QCOMPARE(back.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        QCOMPARE(back[i].phase, want[i].phase);
        QCOMPARE(back[i].kind, want[i].kind);
        QCOMPARE(back[i].page, want[i].page);
        QCOMPARE(back[i].subject, want[i].subject.isNull() ? u""_s : want[i].subject);
        QCOMPARE(back[i].detail, want[i].detail.isNull() ? u""_s : want[i].detail);
    }
}

QStringList namesOf(const std::vector<DeclaredCookie> &list)
{
    QStringList out;
    for (const DeclaredCookie &c : list)
        out << c.name + u'@' + c.domain;
    return out;
}

const QDateTime kFirst(QDate(2025, 2, 10), QTime(9, 0), Qt::UTC);
const QDateTime kSecond(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);

} // namespace

class TestCookieRegister : public QObject
{
    Q_OBJECT

    std::unique_ptr<RegisterFixture> fixture()
    {
        QFETCH_GLOBAL(QString, backend);
        return makeFixture(backend);
    }

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void initTestCase_data() { addBackendRows(); }

    void declaredInOrder()
    {
        auto f = fixture();
        const QList<QPair<QString, QString>> input = { { u"nmstat"_s, u"example.no"_s }, { u"_ga"_s, u"example.no"_s },
            { u"Alpha"_s, u"b.example.no"_s }, { u"alpha"_s, u"a.example.no"_s }, { u"Zeta"_s, u""_s } };
        QSet<qint64> ids;
        for (const auto &[name, domain] : input) {
            auto id = f->cookies().addDeclared(declared(name, domain));
            QVERIFY(id);
            QVERIFY(*id > 0);
            ids.insert(*id);
        }
        QCOMPARE(ids.size(), input.size());
        // By name ignoring case, then by domain.
        auto sorted = input;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            const int byName = a.first.compare(b.first, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.second < b.second;
        });
        QStringList expected;
        for (const auto &[name, domain] : sorted)
            expected << name + u'@' + domain;
        auto list = f->cookies().declared();
        QVERIFY(list);
        QCOMPARE(namesOf(*list), expected);
    }

    void addStoresTheNormalForm()
    {
        auto f = fixture();
        DeclaredCookie c = declared(u"  _gid "_s, u" Example.NO "_s);
        c.path = QString();
        c.suggested = true;
        auto id = f->cookies().addDeclared(c);
        QVERIFY(id);
        auto list = f->cookies().declared();
        QVERIFY(list);
        QCOMPARE(list->size(), size_t(1));
        const DeclaredCookie &back = list->front();
        QCOMPARE(back.id, *id);
        QCOMPARE(back.name, u"_gid"_s);
        QCOMPARE(back.domain, u"example.no"_s);
        QCOMPARE(back.path, u"/"_s);
        QCOMPARE(back.category, c.category);
        QCOMPARE(back.purposeEn, c.purposeEn);
        QCOMPARE(back.purposeNb, c.purposeNb);
        QCOMPARE(back.supplier, c.supplier);
        QCOMPARE(back.tool, c.tool);
        QCOMPARE(back.retention, c.retention);
        QCOMPARE(back.party, c.party);
        QVERIFY(back.suggested);
    }

    void refusesDuplicatesAndNamelessCookies()
    {
        auto f = fixture();
        QVERIFY(f->cookies().addDeclared(declared(u"_ga"_s, u"example.no"_s)));
        // The same name and domain, in another case and with spaces: the same cookie.
        auto again = f->cookies().addDeclared(declared(u"_ga"_s, u"EXAMPLE.no"_s, u"Other"_s));
        QVERIFY(!again);
        QCOMPARE(again.error().reason, u"the cookie _ga on EXAMPLE.no is already declared"_s);
        QVERIFY(!f->cookies().addDeclared(declared(u" _ga "_s, u" example.no"_s)));
        auto nameless = f->cookies().addDeclared(declared(u"  "_s, u"example.no"_s));
        QVERIFY(!nameless);
        QCOMPARE(nameless.error().reason, u"a cookie needs a name"_s);
        auto list = f->cookies().declared();
        QCOMPARE(namesOf(*list), QStringList { u"_ga@example.no"_s });
        QCOMPARE(list->front().supplier, u"Supplier"_s);
    }

    void updateReplacesTheRow()
    {
        auto f = fixture();
        const qint64 ga = *f->cookies().addDeclared(declared(u"_ga"_s, u"example.no"_s));
        const qint64 gid = *f->cookies().addDeclared(declared(u"_gid"_s, u"example.no"_s));
        DeclaredCookie c = declared(u"_ga"_s, u"example.no"_s, u"Google"_s);
        c.id = ga;
        c.retention = u"2 years"_s;
        QVERIFY(!f->cookies().updateDeclared(c));
        // Renaming _gid to _ga would declare _ga twice.
        DeclaredCookie clash = declared(u"_ga"_s, u"example.no"_s);
        clash.id = gid;
        QVERIFY(f->cookies().updateDeclared(clash));
        DeclaredCookie nameless = c;
        nameless.name.clear();
        QVERIFY(f->cookies().updateDeclared(nameless));
        auto list = f->cookies().declared();
        QCOMPARE(namesOf(*list), (QStringList { u"_ga@example.no"_s, u"_gid@example.no"_s }));
        QCOMPARE(list->at(0).id, ga);
        QCOMPARE(list->at(0).supplier, u"Google"_s);
        QCOMPARE(list->at(0).retention, u"2 years"_s);
        QCOMPARE(list->at(1).id, gid);
        QCOMPARE(list->at(1).supplier, u"Supplier"_s);
    }

    void removeAndRestoreUnderTheOldId()
    {
        auto f = fixture();
        const qint64 a = *f->cookies().addDeclared(declared(u"a"_s, u"example.no"_s));
        const qint64 b = *f->cookies().addDeclared(declared(u"b"_s, u"example.no"_s));
        QVERIFY(!f->cookies().removeDeclared(a));
        QCOMPARE(namesOf(*f->cookies().declared()), QStringList { u"b@example.no"_s });
        DeclaredCookie back = declared(u"a"_s, u"example.no"_s);
        back.id = a;
        auto restored = f->cookies().addDeclared(back);
        QVERIFY(restored);
        QCOMPARE(*restored, a);
        const auto list = *f->cookies().declared();
        QCOMPARE(namesOf(list), (QStringList { u"a@example.no"_s, u"b@example.no"_s }));
        QCOMPARE(list.at(0).id, a);
        QCOMPARE(list.at(1).id, b);
    }

    void observationsPerScan()
    {
        auto f = fixture();
        QVERIFY(f->cookies().scans()->empty());
        QVERIFY(!f->import([](CookieSink &sink) -> Status {
            sink.setScanInfo(u"www.example.no"_s, kFirst);
            for (const QString &name : { u"zeta"_s, u"_ga"_s, u"PHPSESSID"_s })
                if (Status s = sink.addObserved(observed(name, u"example.no"_s, kFirst)))
                    return s;
            return {};
        }));
        QVERIFY(!f->import([](CookieSink &sink) -> Status {
            sink.setScanInfo(u"www.example.no"_s, kSecond);
            sink.setScanInfo(u"ignored.example"_s, kFirst); // the first call describes the scan
            // Seen twice in one scan: one observation spanning both sightings.
            if (Status s = sink.addObserved(observed(u"_ga"_s, u"example.no"_s, kSecond.addSecs(600))))
                return s;
            return sink.addObserved(observed(u"_ga"_s, u"example.no"_s, kSecond));
        }));
        // A scan that saw nothing is still a scan: the next diff shows everything as gone.
        QVERIFY(!f->import([](CookieSink &sink) {
            sink.setScanInfo(u"www.example.no"_s, kSecond.addDays(1));
            return Status {};
        }));

        const auto scans = *f->cookies().scans();
        QCOMPARE(scans.size(), size_t(3));
        QCOMPARE(scans[0].scannedAt, kFirst);
        QCOMPARE(scans[0].site, u"www.example.no"_s);
        QCOMPARE(scans[0].source, u"import-1.har"_s);
        QCOMPARE(scans[0].cookies, 3);
        QCOMPARE(scans[1].scannedAt, kSecond);
        QCOMPARE(scans[1].site, u"www.example.no"_s);
        QCOMPARE(scans[1].cookies, 1);
        QCOMPARE(scans[2].cookies, 0);

        const auto first = *f->cookies().observations(scans[0].id);
        QStringList names;
        for (const ScanObservation &o : first) {
            QCOMPARE(o.scanId, scans[0].id);
            QCOMPARE(o.source, u"import-1.har"_s);
            names << o.cookie.name;
        }
        QStringList sorted = { u"zeta"_s, u"_ga"_s, u"PHPSESSID"_s };
        sorted.sort(Qt::CaseSensitive); // by name as stored, then domain and path (all equal here)
        QCOMPARE(names, sorted);
        const ObservedCookie &php = first[size_t(names.indexOf(u"PHPSESSID"_s))].cookie;
        const ObservedCookie want = observed(u"PHPSESSID"_s, u"example.no"_s, kFirst);
        QCOMPARE(php.domain, want.domain);
        QCOMPARE(php.path, u"/"_s);
        QCOMPARE(php.retentionSeconds, want.retentionSeconds);
        QCOMPARE(php.expiresAt, want.expiresAt);
        QCOMPARE(php.httpOnly, want.httpOnly);
        QCOMPARE(php.secure, std::optional<bool>()); // not known from this source
        QCOMPARE(php.sameSite, want.sameSite);
        QCOMPARE(php.party, want.party);
        QCOMPARE(php.via, want.via);
        QCOMPARE(php.firstSeen, want.firstSeen);
        QCOMPARE(php.lastSeen, want.lastSeen);

        const auto second = *f->cookies().observations(scans[1].id);
        QCOMPARE(second.size(), size_t(1));
        QCOMPARE(second[0].cookie.firstSeen, kSecond);
        QCOMPARE(second[0].cookie.lastSeen, kSecond.addSecs(600 + 60));

        const auto all = *f->cookies().observations();
        QCOMPARE(all.size(), first.size() + second.size());
        QCOMPARE(all.back().scanId, scans[1].id); // oldest scan first
    }

    // A live scan's observations keep every field, one per consent phase and kind of an item; the scan's events
    // come back in the order given.
    void liveScanFieldsAndEventsRoundTrip()
    {
        auto f = fixture();
        QVERIFY(!f->import([](CookieSink &sink) { return importLiveScan(sink, kFirst); }));
        const auto scans = *f->cookies().scans();
        QCOMPARE(scans.size(), size_t(1));
        QCOMPARE(scans[0].cookies, 4);
        compareLiveItems(*f->cookies().observations(scans[0].id), kFirst);
        compareEvents(*f->cookies().scanEvents(scans[0].id));
        QVERIFY(f->cookies().scanEvents(scans[0].id + 1)->empty());
    }

    // The same item given twice in one phase is one observation: the first page, setter and initiator stay,
    // what a later sighting can tell (partitioned, length, identifier look) is added.
    void sameItemInOnePhaseIsMerged()
    {
        auto f = fixture();
        QVERIFY(!f->import([](CookieSink &sink) -> Status {
            sink.setScanInfo(u"example.no"_s, kFirst);
            ObservedCookie a = observed(u"sid"_s, u"example.no"_s, kFirst);
            a.phase = ConsentPhase::Before;
            a.page = u"https://example.no/"_s;
            a.setBy = u"https://example.no/"_s;
            if (Status s = sink.addObserved(a))
                return s;
            ObservedCookie b = a;
            b.page = u"https://example.no/second"_s;
            b.setBy = u"https://example.no/login"_s;
            b.initiator = u"parser"_s;
            b.partitioned = false;
            b.valueLength = 32;
            b.looksLikeId = true;
            return sink.addObserved(b);
        }));
        const auto obs = *f->cookies().observations();
        QCOMPARE(obs.size(), size_t(1));
        const ObservedCookie &c = obs[0].cookie;
        QCOMPARE(c.page, u"https://example.no/"_s);
        QCOMPARE(c.setBy, u"https://example.no/"_s);
        QCOMPARE(c.initiator, u"parser"_s);
        QCOMPARE(c.partitioned, std::optional<bool>(false));
        QCOMPARE(c.valueLength, std::optional<int>(32));
        QVERIFY(c.looksLikeId);
        QCOMPARE(c.kind, u"cookie"_s);
    }

    // replay (the workspace copy) hands over every field and event, into a workspace of either backend.
    void replayHandsOverLiveScans_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("to sqlite") << u"sqlite"_s;
        if (havePostgresServer())
            QTest::newRow("to postgresql") << u"postgresql"_s;
    }
    void replayHandsOverLiveScans()
    {
        QFETCH(QString, target);
        QFETCH_GLOBAL(QString, backend);
        if (backend == target && target == u"postgresql")
            QSKIP("one test server workspace at a time");
        auto source = fixture();
        QVERIFY(!source->import([](CookieSink &sink) { return importLiveScan(sink, kFirst); }));
        auto copy = makeFixture(target);
        const Status replayed
            = copy->import([&](CookieSink &sink) { return source->cookies().replay(source->lastImportId(), sink); });
        QVERIFY2(!replayed, qPrintable(replayed ? replayed->toString() : QString()));
        const auto scans = *copy->cookies().scans();
        QCOMPARE(scans.size(), size_t(1));
        QCOMPARE(scans[0].site, u"www.example.no"_s);
        QCOMPARE(scans[0].scannedAt, kFirst);
        compareLiveItems(*copy->cookies().observations(scans[0].id), kFirst);
        compareEvents(*copy->cookies().scanEvents(scans[0].id));
    }

    void lifetimeIsCappedAsBrowsersDo()
    {
        auto f = fixture();
        QVERIFY(!f->import([](CookieSink &sink) {
            sink.setScanInfo(u"example.no"_s, kFirst);
            return sink.addObserved(observed(u"long"_s, u"example.no"_s, kFirst, qint64(1000) * 86400));
        }));
        const auto obs = *f->cookies().observations();
        QCOMPARE(obs.size(), size_t(1));
        QCOMPARE(obs[0].cookie.retentionSeconds, std::optional<qint64>(qint64(400) * 86400));
        QCOMPARE(obs[0].cookie.expiresAt, kFirst.addDays(400));
    }

    void importedDeclarationReplacesByNameAndDomain()
    {
        auto f = fixture();
        const qint64 id = *f->cookies().addDeclared(declared(u"_ga"_s, u"example.no"_s));
        QVERIFY(!f->import([](CookieSink &sink) -> Status {
            if (Status s = sink.addDeclared(declared(u"_ga"_s, u"example.no"_s, u"From the file"_s)))
                return s;
            return sink.addDeclared(declared(u"_gid"_s, u"example.no"_s));
        }));
        const auto list = *f->cookies().declared();
        QCOMPARE(namesOf(list), (QStringList { u"_ga@example.no"_s, u"_gid@example.no"_s }));
        QCOMPARE(list[0].id, id);
        QCOMPARE(list[0].supplier, u"From the file"_s);
        QVERIFY(f->cookies().scans()->empty()); // a declaration is no scan
    }

    void knowledgeInImportOrder()
    {
        auto f = fixture();
        std::vector<KnowledgeEntry> entries;
        for (int i = 0; i < 3; ++i) {
            KnowledgeEntry e;
            e.extId = u"ocd-%1"_s.arg(i);
            e.name = QStringList { u"_ga_"_s, u"_gid"_s, u"AMCV_"_s }.at(i);
            e.isPrefix = i != 1;
            e.domain = i == 2 ? u"adobe.com"_s : QString();
            e.platform = u"Platform %1"_s.arg(i);
            e.category = i == 2 ? u"marketing"_s : u"statistics"_s;
            e.supplier = u"Supplier %1"_s.arg(i);
            e.retention = u"%1 days"_s.arg(i + 1);
            e.purposeEn = u"Purpose %1"_s.arg(i);
            e.purposeNb = u"Formål %1"_s.arg(i);
            entries.push_back(e);
        }
        QVERIFY(!f->import([&](CookieSink &sink) -> Status {
            for (const KnowledgeEntry &e : entries)
                if (Status s = sink.addKnowledge(e))
                    return s;
            return {};
        }));
        const auto back = *f->cookies().importedKnowledge();
        QCOMPARE(back.size(), entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            const KnowledgeEntry &e = entries[i], &b = back[i];
            QCOMPARE(b.extId, e.extId);
            QCOMPARE(b.name, e.name);
            QCOMPARE(b.isPrefix, e.isPrefix);
            QCOMPARE(b.domain, e.domain.isNull() ? u""_s : e.domain);
            QCOMPARE(b.platform, e.platform);
            QCOMPARE(b.category, e.category);
            QCOMPARE(b.supplier, e.supplier);
            QCOMPARE(b.retention, e.retention);
            QCOMPARE(b.purposeEn, e.purposeEn);
            QCOMPARE(b.purposeNb, e.purposeNb);
            QCOMPARE(b.source, u"ocd"_s);
        }
    }

    void aFailedImportLeavesNothing()
    {
        auto f = fixture();
        QVERIFY(f->import([](CookieSink &sink) -> Status {
            sink.setScanInfo(u"example.no"_s, kFirst);
            if (Status s = sink.addObserved(observed(u"_ga"_s, u"example.no"_s, kFirst)))
                return s;
            if (Status s = sink.addDeclared(declared(u"_ga"_s, u"example.no"_s)))
                return s;
            return Error { u"file.har"_s, 7, u"broken"_s };
        }));
        QVERIFY(f->cookies().scans()->empty());
        QVERIFY(f->cookies().observations()->empty());
        QVERIFY(f->cookies().declared()->empty());
    }

    // Text that a bulk path must escape (COPY's tab, line break, backslash and \\N) and any Unicode come back
    // as they went in.
    void awkwardTextRoundTrips()
    {
        auto f = fixture();
        const QStringList awkward = { u"tab\there"_s, u"line\nbreak\r\n"_s, u"back\\slash \\N \\."_s, u"\\N"_s,
            u"quote ' \" ; -- x"_s, u"æøå ÆØÅ 🍪 \u0301"_s, u"trailing space "_s };
        QVERIFY(!f->import([&](CookieSink &sink) -> Status {
            sink.setScanInfo(u"site\twith\ntab"_s, kFirst);
            for (const QString &name : awkward) {
                ObservedCookie o = observed(name, u"example.no"_s, kFirst);
                o.sameSite = name;
                o.via = name;
                if (Status s = sink.addObserved(o))
                    return s;
                DeclaredCookie d = declared(name, u"example.no"_s, name);
                d.purposeNb = name + u" formål"_s;
                if (Status s = sink.addDeclared(d))
                    return s;
                KnowledgeEntry k;
                k.name = name;
                k.purposeEn = name;
                if (Status s = sink.addKnowledge(k))
                    return s;
            }
            return {};
        }));
        const auto scans = *f->cookies().scans();
        QCOMPARE(scans.size(), size_t(1));
        QCOMPARE(scans[0].site, u"site\twith\ntab"_s);
        QSet<QString> observedNames, declaredNames, knowledgeNames;
        const auto observations = *f->cookies().observations();
        for (const ScanObservation &o : observations) {
            QCOMPARE(o.cookie.sameSite, o.cookie.name);
            QCOMPARE(o.cookie.via, o.cookie.name);
            observedNames.insert(o.cookie.name);
        }
        // A declaration is stored in its normal form (the name trimmed).
        QHash<QString, QString> inputByNormalName;
        for (const QString &name : awkward)
            inputByNormalName.insert(CookieInventory::normalized(declared(name, u"example.no"_s)).name, name);
        const auto declaredList = *f->cookies().declared();
        for (const DeclaredCookie &d : declaredList) {
            QVERIFY(inputByNormalName.contains(d.name));
            QCOMPARE(d.supplier, inputByNormalName.value(d.name));
            QCOMPARE(d.purposeNb, inputByNormalName.value(d.name) + u" formål"_s);
            declaredNames.insert(d.name);
        }
        const auto knowledge = *f->cookies().importedKnowledge();
        for (const KnowledgeEntry &k : knowledge) {
            QCOMPARE(k.purposeEn, k.name);
            knowledgeNames.insert(k.name);
        }
        const QSet<QString> input(awkward.cbegin(), awkward.cend());
        QCOMPARE(observedNames, input);
        QCOMPARE(knowledgeNames, input);
        QCOMPARE(declaredNames.size(), inputByNormalName.size());
    }

    // PostgreSQL: a sink that fails on the server (here: an import id the history does not hold) takes back only
    // its own writes; the import's transaction stays usable and keeps what came before.
    void aFailingSinkLeavesTheTransactionUsable()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"postgresql")
            QSKIP("the SQLite sink writes row by row inside the import's transaction");
        PgTestDatabase db;
        PgConnection &conn = db.connection();
        PgCookieRegister cookies(conn);
        QVERIFY(!conn.run("BEGIN"));
        QVERIFY(cookies.addDeclared(declared(u"kept"_s, u"example.no"_s)));
        ImportContext ctx;
        ctx.fileName = u"broken.har"_s;
        ctx.importId = 999999;
        const Status failed = importThrough(cookies, ctx, [](CookieSink &sink) -> Status {
            sink.setScanInfo(u"example.no"_s, kFirst);
            if (Status s = sink.addObserved(observed(u"_ga"_s, u"example.no"_s, kFirst)))
                return s;
            return sink.addDeclared(declared(u"_gid"_s, u"example.no"_s));
        });
        QVERIFY(failed);
        QCOMPARE(failed->file, u"broken.har"_s);
        // Still in a working transaction: statements run and see the row added before the sink.
        QCOMPARE(namesOf(*cookies.declared()), QStringList { u"kept@example.no"_s });
        QVERIFY(cookies.scans()->empty());
        QVERIFY(!conn.run("COMMIT"));
        QCOMPARE(namesOf(*cookies.declared()), QStringList { u"kept@example.no"_s });
    }

    // PostgreSQL, as real login roles (not a superuser, which grants and row-level security do not bind): a role
    // granted write on cookies imports scans and declarations and edits the declaration; a role granted only
    // chats reads no cookie table.
    void rolesWithAndWithoutCookies()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"postgresql")
            QSKIP("an SQLite workspace has no roles");
        PgTestDatabase db;
        QVERIFY(!db.connection().runScript("CREATE ROLE kapsel_test_cookie_writer LOGIN PASSWORD 'writer-pw';"
                                           " CREATE ROLE kapsel_test_chat_reader LOGIN PASSWORD 'reader-pw'"));
        PgAccess access(db.connection());
        QVERIFY(!access.grant(u"kapsel_test_cookie_writer"_s, ImportKind::Cookies, true));
        QVERIFY(!access.grant(u"kapsel_test_chat_reader"_s, ImportKind::Chats, false));

        auto writer = PgTestDatabase::connectAs(u"kapsel_test_cookie_writer"_s, u"writer-pw"_s);
        PgCookieRegister cookies(*writer);
        const Status imported = PgTestDatabase::importOn(*writer, u"w.har"_s, "cookies", [&](ImportContext &ctx) {
            return importThrough(cookies, ctx, [](CookieSink &sink) -> Status {
                sink.setScanInfo(u"example.no"_s, kFirst);
                if (Status s = sink.addObserved(observed(u"_ga"_s, u"example.no"_s, kFirst)))
                    return s;
                KnowledgeEntry ga;
                ga.name = u"_ga"_s;
                if (Status s = sink.addKnowledge(ga))
                    return s;
                return sink.addDeclared(declared(u"_ga"_s, u"example.no"_s));
            });
        });
        QVERIFY2(!imported, qPrintable(imported ? imported->toString() : QString()));
        auto gid = cookies.addDeclared(declared(u"_gid"_s, u"example.no"_s));
        QVERIFY2(gid, qPrintable(gid ? QString() : gid.error().toString()));
        DeclaredCookie changed = declared(u"_gid"_s, u"example.no"_s, u"Google"_s);
        changed.id = *gid;
        QVERIFY(!cookies.updateDeclared(changed));
        QCOMPARE(namesOf(*cookies.declared()), (QStringList { u"_ga@example.no"_s, u"_gid@example.no"_s }));
        QCOMPARE(cookies.scans()->size(), size_t(1));
        QCOMPARE(cookies.observations()->size(), size_t(1));
        QCOMPARE(cookies.importedKnowledge()->size(), size_t(1));

        auto reader = PgTestDatabase::connectAs(u"kapsel_test_chat_reader"_s, u"reader-pw"_s);
        PgCookieRegister forbidden(*reader);
        QVERIFY(!forbidden.declared());
        QCOMPARE(reader->lastSqlState(), QByteArray("42501"));
        QVERIFY(!forbidden.addDeclared(declared(u"x"_s, u"example.no"_s)));
        for (const char *table : { "cookie_inventory", "cookie_scans", "cookie_observations", "cookie_knowledge" }) {
            QVERIFY(!reader->exec(QByteArray("SELECT count(*) FROM ") + table));
            QCOMPARE(reader->lastSqlState(), QByteArray("42501"));
        }
        QCOMPARE(cookies.declared()->size(), size_t(2));
    }

    // PostgreSQL: two imports at once on two connections that declare some of the same cookies. The second
    // waits for the first (observed on the server) and then replaces its rows: nothing declared twice, nothing
    // lost, both scans kept.
    void concurrentImportsDeclareEachCookieOnce()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"postgresql")
            QSKIP("an SQLite workspace has one writer at a time");
        PgTestDatabase db;
        auto connA = PgTestDatabase::connect();
        auto connB = PgTestDatabase::connect();
        const QStringList namesA = { u"_ga"_s, u"_gid"_s, u"shared"_s, u"onlyA"_s };
        const QStringList namesB = { u"shared"_s, u"_gid"_s, u"onlyB"_s };
        auto fill = [](CookieRegister &reg, ImportContext &ctx, const QStringList &names, const QString &supplier) {
            return importThrough(reg, ctx, [&](CookieSink &sink) -> Status {
                sink.setScanInfo(u"example.no"_s, kFirst);
                for (const QString &name : names) {
                    if (Status s = sink.addDeclared(declared(name, u"example.no"_s, supplier)))
                        return s;
                    if (Status s = sink.addObserved(observed(name, u"example.no"_s, kFirst)))
                        return s;
                }
                return {};
            });
        };
        std::atomic<bool> aWritten = false, releaseA = false;
        Status resultA, resultB;
        std::thread a([&] {
            PgCookieRegister reg(*connA);
            resultA = PgTestDatabase::importOn(*connA, u"a.har"_s, "cookies", [&](ImportContext &ctx) -> Status {
                Status s = fill(reg, ctx, namesA, u"A"_s);
                aWritten = true;
                while (!s && !releaseA)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                return s;
            });
            aWritten = true;
        });
        while (!aWritten)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::thread b([&] {
            PgCookieRegister reg(*connB);
            resultB = PgTestDatabase::importOn(
                *connB, u"b.har"_s, "cookies", [&](ImportContext &ctx) { return fill(reg, ctx, namesB, u"B"_s); });
        });
        // B must be waiting for A's uncommitted rows before A commits.
        bool bWaited = false;
        for (int i = 0; i < 1000 && !bWaited; ++i) {
            auto waiting = db.connection().exec("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                "AND datname = current_database()");
            bWaited = waiting && waiting->integer(0, 0) > 0;
            if (!bWaited)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        releaseA = true;
        a.join();
        b.join();
        QVERIFY2(!resultA, qPrintable(resultA ? resultA->toString() : QString()));
        QVERIFY2(!resultB, qPrintable(resultB ? resultB->toString() : QString()));
        QVERIFY(bWaited);

        PgCookieRegister cookies(db.connection());
        QSet<QString> all;
        for (const QString &name : namesA + namesB)
            all.insert(name);
        QStringList expected;
        for (const QString &name : all)
            expected << name + u"@example.no"_s;
        std::sort(expected.begin(), expected.end(),
            [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; });
        const auto list = *cookies.declared();
        QCOMPARE(namesOf(list), expected);
        for (const DeclaredCookie &c : list) // B committed last: its declaration of a shared name wins
            QCOMPARE(c.supplier, namesB.contains(c.name) ? u"B"_s : u"A"_s);
        const auto scans = *cookies.scans();
        QCOMPARE(scans.size(), size_t(2));
        QCOMPARE(scans[0].cookies + scans[1].cookies, int(namesA.size() + namesB.size()));
    }
};

QTEST_GUILESS_MAIN(TestCookieRegister)
#include "test_cookieregister.moc"
