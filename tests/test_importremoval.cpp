// SPDX-License-Identifier: GPL-3.0-or-later
// Removing an import (ImportRemoval), on every backend (one data row each): import several files, remove some,
// and compare what every area shows (visitors' rollups, histograms and report figures; the cookie declaration,
// observations, scans and knowledge; the stored conversations and messages; the history) with a workspace into
// which only the others were imported: an independent truth, made first on the same backend. Also: the counts
// the confirmation names, declared cookies edited since stay, the chat audit log's line, a GA4 session joined
// across two files refuses, so does an import some of whose sessions a later file held too, an unknown id refuses,
// and a refused removal changes nothing.
#include "workspacetestsupport.h"

#include "chats/chatarchive.h"
#include "cookies/cookieregister.h"
#include "core/language.h"
#include "visitors/visitorstore.h"
#include "workspace/importremoval.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"
#include "workspace/workspacecopy.h"

#include <QTemporaryDir>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// A fresh workspace of the backend, and imports of tests/data files into it.
class Fresh : public TestBackend
{
public:
    using TestBackend::TestBackend;
    // Returns the imports' ids.
    QList<qint64> import(const QStringList &files)
    {
        QList<qint64> ids;
        for (const QString &f : files) {
            auto r = ImportService::importFile(location(), TestSupport::testData(f));
            if (!r)
                qFatal("%s", qPrintable(r.error().toString()));
            ids << r->importId;
        }
        return ids;
    }
};

QString opt(const std::optional<bool> &b)
{
    return b ? QString::number(int(*b)) : u"-"_s;
}

// What every area shows, as text lines (ids and import times left out: they differ between workspaces).
QStringList areas(Workspace &ws)
{
    QStringList out;
    constexpr qint64 kAll = std::numeric_limits<qint64>::max();
    VisitorStore &v = ws.visitors();
    const auto rollups = v.dailyRollups(std::numeric_limits<qint64>::min(), kAll, {}).value();
    for (const DailyRollup &r : rollups)
        out << u"rollup %1 %2: %3 %4 %5 %6 %7 %8"_s.arg(r.day)
                   .arg(r.source)
                   .arg(r.visits)
                   .arg(r.firstTime)
                   .arg(r.returning)
                   .arg(r.typeKnown)
                   .arg(r.durationN)
                   .arg(r.durationSum);
    QStringList histograms;
    v.eachHistogram(std::numeric_limits<qint64>::min(), kAll, {}, [&](qint64 day, QByteArrayView h) -> Status {
        histograms << u"histogram %1: %2"_s.arg(day).arg(QString::fromLatin1(h.toByteArray().toHex()));
        return {};
    });
    histograms.sort();
    out << histograms;
    const auto figures = v.reportFigures(std::numeric_limits<qint64>::min(), kAll, {}).value();
    for (const ReportFigure &f : figures)
        out << u"figure %1 %2-%3 %4: %5"_s.arg(f.source).arg(f.dayFrom).arg(f.dayTo).arg(f.metric).arg(f.value);
    const auto sources = v.sources().value();
    for (const SourceInfo &s : sources)
        out << u"source %1: %2 %3"_s.arg(s.name).arg(s.sessions).arg(s.aggregateRows);
    const auto range = v.dataRange().value();
    out << u"range %1 %2"_s.arg(range.first.toString(Qt::ISODate), range.second.toString(Qt::ISODate));

    CookieRegister &c = ws.cookies();
    const auto declared = c.declared().value();
    for (const DeclaredCookie &d : declared)
        out << u"declared %1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11"_s.arg(d.name, d.domain, d.path, d.category, d.purposeNb,
            d.purposeEn, d.supplier, d.tool, d.retention, d.party, QString::number(int(d.suggested)));
    const auto scans = c.scans().value();
    for (const CookieScan &s : scans)
        out << u"scan %1 %2 %3"_s.arg(s.site, s.source).arg(s.cookies);
    const auto observations = c.observations().value();
    for (const ScanObservation &o : observations) {
        const ObservedCookie &k = o.cookie;
        out << u"observed %1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11"_s.arg(o.source, k.name, k.domain, k.path, opt(k.httpOnly),
            opt(k.secure), k.sameSite, k.party, k.via, k.kind, k.phase);
    }
    const auto knowledge = c.importedKnowledge().value();
    for (const KnowledgeEntry &e : knowledge)
        out << u"knowledge %1|%2|%3|%4|%5"_s.arg(e.extId, e.name, e.category, e.supplier, e.purposeEn);

    ChatArchive &chats = ws.chats();
    for (const StoredConversation &s : chats.conversations())
        out << u"conversation %1|%2|%3|%4|%5|%6|%7"_s.arg(s.externalId, s.reference,
            s.startedAt.toUTC().toString(Qt::ISODate), s.endedAt.toUTC().toString(Qt::ISODate),
            QString::number(s.messageCount), QString::number(s.removedCount), s.ruleSet);
    const auto messages = chats.allMessages().value();
    for (const StoredMessage &m : messages)
        out << u"message %1|%2|%3|%4|%5"_s.arg(
            m.conversationExternalId, QString::number(m.seq), m.sentAt.toUTC().toString(Qt::ISODate), m.sender, m.text);
    const ChatCounts counts = chats.counts();
    out << u"chat counts %1 %2 %3"_s.arg(counts.conversations).arg(counts.messages).arg(counts.removed);

    for (const ImportReport &r : ws.history())
        out << u"history %1 %2 %3"_s.arg(r.fileName, r.kind).arg(r.rowsStored);
    return out;
}

const QStringList kVisitorFiles
    = { u"visitors/generic-sessions.csv"_s, u"visitors/ga4_events_20240320.ndjson"_s, u"visitors/visitors.csv"_s };
const QStringList kCookieFiles
    = { u"cookies/declaration.csv"_s, u"cookies/observed.csv"_s, u"cookies/ocd-sample.csv"_s };
const QStringList kChatFiles = { u"chats/transcript.csv"_s, u"chats/generic.json"_s };

} // namespace

class TestImportRemoval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void initTestCase_data() { addBackendRows(); }

    // Files of every area; the first of each area removed leaves what importing only the others gives.
    void removalLeavesWhatTheOtherImportsGive()
    {
        QFETCH_GLOBAL(QString, backend);
        const QStringList kept = { kVisitorFiles[1], kVisitorFiles[2], kCookieFiles[1], kChatFiles[1] };
        QStringList truth;
        {
            Fresh only(backend);
            only.import(kept);
            truth = areas(only.ws());
        }
        Fresh all(backend);
        const QList<qint64> visitors = all.import(kVisitorFiles);
        const QList<qint64> cookies = all.import(kCookieFiles);
        const QList<qint64> chats = all.import(kChatFiles);
        Workspace &ws = all.ws();
        const QStringList before = areas(ws);
        QVERIFY(before != truth);

        for (const qint64 id : { visitors[0], cookies[0], cookies[2], chats[0] }) {
            auto removed = ImportRemoval::remove(ws, id, u"marit"_s);
            QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        }
        const QStringList after = areas(ws);
        if (after != truth) {
            for (const QString &l : after)
                if (!truth.contains(l))
                    qWarning("only after removal: %s", qPrintable(l));
            for (const QString &l : truth)
                if (!after.contains(l))
                    qWarning("only in the truth: %s", qPrintable(l));
        }
        QCOMPARE(after, truth);

        // The chat audit log says who removed which file, with counts and no text.
        const ChatAuditEntry last = ws.chats().auditLog().first();
        QCOMPARE(last.action, u"remove-import"_s);
        QCOMPARE(last.osUser, u"marit"_s);
        QCOMPARE(last.importId, chats[0]);
        QCOMPARE(last.fileName, u"transcript.csv"_s);
        QVERIFY(last.conversations > 0);
        QVERIFY(last.tally.isEmpty());
    }

    // The counts the confirmation names are those of the file imported alone.
    void describeCountsWhatTheImportAdded()
    {
        QFETCH_GLOBAL(QString, backend);
        struct Alone
        {
            qint64 sessions, figures, observations, declared, knowledge, conversations, messages;
        };
        QList<Alone> alone;
        for (const QString &f :
            { kVisitorFiles[0], kVisitorFiles[2], kCookieFiles[0], kCookieFiles[1], kCookieFiles[2], kChatFiles[0] }) {
            Fresh one(backend);
            one.import({ f });
            Workspace &w = one.ws();
            qint64 sessions = 0, figures = 0;
            const auto sources = w.visitors().sources().value();
            for (const SourceInfo &s : sources) {
                sessions += s.sessions;
                figures += s.aggregateRows;
            }
            const ChatCounts c = w.chats().counts();
            alone << Alone { sessions, figures, qint64(w.cookies().observations().value().size()),
                qint64(w.cookies().declared().value().size()), qint64(w.cookies().importedKnowledge().value().size()),
                c.conversations, c.messages };
        }
        Fresh all(backend);
        const QList<qint64> ids = all.import(
            { kVisitorFiles[0], kVisitorFiles[2], kCookieFiles[0], kCookieFiles[1], kCookieFiles[2], kChatFiles[0] });
        for (int i = 0; i < ids.size(); ++i) {
            auto plan = ImportRemoval::describe(all.ws(), ids[i]);
            QVERIFY(plan);
            const ImportFootprint &f = plan->footprint;
            QCOMPARE(f.sessions, alone[i].sessions);
            QCOMPARE(f.reportFigures, alone[i].figures);
            QCOMPARE(f.observations, alone[i].observations);
            QCOMPARE(f.declaredCookies, alone[i].declared);
            QCOMPARE(f.knowledgeEntries, alone[i].knowledge);
            QCOMPARE(f.conversations, alone[i].conversations);
            QCOMPARE(f.messages, alone[i].messages);
        }
        QVERIFY(alone[0].sessions > 0 && alone[1].figures > 0 && alone[2].declared > 0 && alone[3].observations > 0
            && alone[4].knowledge > 0 && alone[5].messages > 0);
        // The confirmation's lines name them with the locale's digits.
        auto plan = ImportRemoval::describe(all.ws(), ids[3]);
        QVERIFY(ImportRemoval::contentLines(*plan).contains(u"%1 cookie observations"_s.arg(alone[3].observations)));
    }

    // A declared cookie the officer edited after the import stays, as edited; the others it declared go.
    void editedDeclaredCookiesStay()
    {
        QFETCH_GLOBAL(QString, backend);
        Fresh f(backend);
        const qint64 id = f.import({ kCookieFiles[0] }).first();
        CookieRegister &reg = f.ws().cookies();
        std::vector<DeclaredCookie> declared = reg.declared().value();
        QVERIFY(declared.size() > 2);
        DeclaredCookie edited = declared[1];
        edited.purposeNb = u"Teller besøk (skrevet av personvernombudet)."_s;
        QVERIFY(!reg.updateDeclared(edited));
        auto plan = ImportRemoval::describe(f.ws(), id);
        QVERIFY(plan);
        QCOMPARE(plan->footprint.declaredCookies, qint64(declared.size() - 1));
        QVERIFY(ImportRemoval::keptLines(*plan).join(u' ').contains(u"edited"_s));
        QVERIFY(ImportRemoval::remove(f.ws(), id, u"marit"_s));
        const std::vector<DeclaredCookie> left = reg.declared().value();
        QCOMPARE(left.size(), size_t(1));
        QCOMPARE(left[0].name, edited.name);
        QCOMPARE(left[0].purposeNb, edited.purposeNb);
        QVERIFY(f.ws().history().isEmpty());
    }

    // Two GA4 files whose sessions go on across midnight were joined: neither can be taken out alone, and
    // trying changes nothing.
    void joinedSessionsRefuse()
    {
        QFETCH_GLOBAL(QString, backend);
        Fresh f(backend);
        const QList<qint64> ids = f.import(
            { u"visitors/ga4_midnight_events_20240301.ndjson"_s, u"visitors/ga4_midnight_events_20240302.ndjson"_s });
        QVERIFY2(f.ws().history().first().notes.join(u' ').contains(u"merged"_s),
            "the fixture no longer joins a session across the files");
        const QStringList before = areas(f.ws());
        for (const qint64 id : ids) {
            auto plan = ImportRemoval::describe(f.ws(), id);
            QVERIFY(!plan);
            QVERIFY2(plan.error().reason.contains(u"joined"_s), qPrintable(plan.error().toString()));
            QVERIFY(!ImportRemoval::remove(f.ws(), id, u"marit"_s));
        }
        QCOMPARE(areas(f.ws()), before);
    }

    // A later file that held some of an earlier import's sessions (its import left them out as duplicates): the
    // earlier import is refused, naming the later one and how many, and nothing changes; with the later one gone
    // it can go, and what is left equals a workspace into which nothing was imported. Sessions a file repeats
    // within itself share nothing with an earlier import.
    void sessionsALaterImportHeldRefuse()
    {
        QFETCH_GLOBAL(QString, backend);
        Fresh f(backend);
        auto sessions = [&f](const QString &name, int first, int n) {
            QByteArray out = "visitor_id,session_id,started_at,duration_s,visit_number\n";
            for (int k = first; k < first + n; ++k)
                out += "v" + QByteArray::number(k) + ",s" + QByteArray::number(k) + ",2024-05-0"
                    + QByteArray::number(1 + k % 9) + " 12:00:00," + QByteArray::number(k) + ",1\n";
            auto r = ImportService::importFile(f.location(), f.file(name, out));
            return r ? r->importId : qint64(-1);
        };
        QStringList empty;
        {
            Fresh nothing(backend);
            empty = areas(nothing.ws());
        }
        const qint64 a = sessions(u"april.csv"_s, 0, 30), b = sessions(u"may.csv"_s, 20, 30);
        QVERIFY(a > 0 && b > 0);
        const QStringList before = areas(f.ws());
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto refused = attempt == 0 ? ImportRemoval::describe(f.ws(), a) : ImportRemoval::remove(f.ws(), a, u"m"_s);
            QVERIFY(!refused);
            QVERIFY2(refused.error().toString().startsWith(u"april.csv: 10 sessions of this file are also in may.csv "
                                                           "(import #%1 of "_s.arg(b)),
                qPrintable(refused.error().toString()));
            QCOMPARE(areas(f.ws()), before);
        }
        // A copy of the workspace (into a file) refuses the same, naming the same import: numbers are kept.
        {
            QTemporaryDir dir;
            auto copy = Workspace::open(dir.filePath(u"copy.kapsel"_s));
            QVERIFY(copy);
            QVERIFY(WorkspaceCopy::run(f.ws(), **copy));
            auto refused = ImportRemoval::describe(**copy, a);
            QVERIFY(!refused);
            QVERIFY2(refused.error().toString().startsWith(
                         u"april.csv: 10 sessions of this file are also in may.csv (import #%1 of "_s.arg(b)),
                qPrintable(refused.error().toString()));
        }
        QVERIFY(ImportRemoval::remove(f.ws(), b, u"m"_s));
        QVERIFY(ImportRemoval::remove(f.ws(), a, u"m"_s));
        QCOMPARE(areas(f.ws()), empty);

        const qint64 c = sessions(u"twice.csv"_s, 100, 5);
        QByteArray twice = "visitor_id,session_id,started_at,duration_s,visit_number\n";
        for (int round = 0; round < 2; ++round)
            twice += "v200,s200,2024-05-03 12:00:00,60,1\n";
        auto d = ImportService::importFile(f.location(), f.file(u"repeats.csv"_s, twice));
        QVERIFY(c > 0 && d);
        QCOMPARE(d->rowsSkipped, 1);
        QVERIFY(ImportRemoval::describe(f.ws(), c));
    }

    void unknownImportIsRefused()
    {
        QFETCH_GLOBAL(QString, backend);
        Fresh f(backend);
        f.import({ kChatFiles[1] });
        const QStringList before = areas(f.ws());
        auto removed = ImportRemoval::remove(f.ws(), 4711, u"marit"_s);
        QVERIFY(!removed);
        QCOMPARE(
            removed.error().reason, u"there is no import #4711 in this workspace (kapsel-cli history lists them)"_s);
        QCOMPARE(areas(f.ws()), before);
    }
};

QTEST_GUILESS_MAIN(TestImportRemoval)
#include "test_importremoval.moc"
