// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of a workspace's own ports, the same on every backend (one data row each): the import ledger
// (begin, finish, list newest first, content already imported), the settings (values, the time zone, remembered
// column maps), write transactions that keep nothing when rolled back, and the import service running a real
// file through them. Expected values are the inputs, never read back from another backend.
#include "workspacetestsupport.h"

#include "chats/chatarchive.h"
#include "core/language.h"
#include "visitors/visitorqueries.h"
#include "visitors/visitorstore.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace {

using Backend = TestBackend;

ImportReport report(int i)
{
    ImportReport r;
    r.fileName = u"export-%1 æøå.csv"_s.arg(i);
    r.sha256 = QString::number(i).repeated(64).left(64);
    r.kind = i % 2 ? u"visitors"_s : u"cookies"_s;
    r.format = u"sessions-csv"_s;
    r.startedAt = QDateTime(QDate(2025, 1, i), QTime(10, i, 7), Qt::UTC);
    r.finishedAt = r.startedAt.addSecs(90 + i);
    r.osUser = u"marit"_s;
    r.rowsRead = 100 * i;
    r.rowsStored = 90 * i;
    r.rowsSkipped = 10 * i;
    r.skipped.insert(u"no start time"_s, SkipTally { 7 * i, 3 + i });
    r.skipped.insert(u"duplicate session"_s, SkipTally { 3 * i, 40 });
    r.notes = QStringList { u"periods: January"_s, u"note %1"_s.arg(i) };
    return r;
}

void compareReports(const ImportReport &got, const ImportReport &want)
{
    QCOMPARE(got.fileName, want.fileName);
    QCOMPARE(got.sha256, want.sha256);
    QCOMPARE(got.kind, want.kind);
    QCOMPARE(got.format, want.format);
    QCOMPARE(got.startedAt.toUTC(), want.startedAt);
    QCOMPARE(got.finishedAt.toUTC(), want.finishedAt);
    QCOMPARE(got.osUser, want.osUser);
    QCOMPARE(got.rowsRead, want.rowsRead);
    QCOMPARE(got.rowsStored, want.rowsStored);
    QCOMPARE(got.rowsSkipped, want.rowsSkipped);
    QCOMPARE(got.notes, want.notes);
    QCOMPARE(got.skipped.keys(), want.skipped.keys());
    for (auto it = want.skipped.cbegin(); it != want.skipped.cend(); ++it) {
        QCOMPARE(got.skipped.value(it.key()).count, it->count);
        QCOMPARE(got.skipped.value(it.key()).firstLine, it->firstLine);
    }
}

} // namespace

class TestWorkspacePorts : public QObject
{
    Q_OBJECT

    std::unique_ptr<Backend> backend()
    {
        QFETCH_GLOBAL(QString, name);
        return std::make_unique<Backend>(name);
    }

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("sqlite") << u"sqlite"_s;
        if (havePostgresServer())
            QTest::newRow("postgresql") << u"postgresql"_s;
        else
            qInfo("%s", noPostgresServer());
    }

    void ledgerKeepsEveryImportNewestFirst()
    {
        auto b = backend();
        Workspace &ws = b->ws();
        QList<ImportReport> written;
        for (int i = 1; i <= 3; ++i) {
            ImportReport r = report(i);
            if (i == 2) { // an import with nothing to note and nothing skipped
                r.notes.clear();
                r.skipped.clear();
                r.rowsSkipped = 0;
            }
            QVERIFY(!ws.beginWrite());
            QVERIFY(!ws.ledger().begin(r));
            QVERIFY(r.importId > 0);
            QVERIFY(!ws.ledger().finish(r));
            QVERIFY(!ws.commit());
            written.prepend(r);
        }
        auto listed = ws.ledger().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        for (int i = 0; i < 3; ++i) {
            compareReports(listed->at(i), written.at(i));
            QCOMPARE(listed->at(i).importId, written.at(i).importId);
        }
        QVERIFY(listed->at(0).importId > listed->at(1).importId);
        // The registry's display name for a known format.
        QVERIFY(!listed->at(0).formatDisplay.isEmpty());
        QVERIFY(listed->at(0).formatDisplay != u"sessions-csv");

        auto prior = ws.ledger().findContent(written.at(1).sha256);
        QVERIFY(prior && *prior);
        QCOMPARE((*prior)->fileName, written.at(1).fileName);
        QCOMPARE((*prior)->startedAt.toUTC(), written.at(1).startedAt);
        auto none = ws.ledger().findContent(u"f"_s.repeated(64));
        QVERIFY(none && !*none);
    }

    void aRolledBackWriteKeepsNothing()
    {
        auto b = backend();
        Workspace &ws = b->ws();
        ImportReport r = report(4);
        QVERIFY(!ws.beginWrite());
        QVERIFY(!ws.ledger().begin(r));
        QVERIFY(!ws.ledger().finish(r));
        QVERIFY(!ws.settings().setValue(u"k"_s, u"v"_s));
        ws.rollback();
        QVERIFY(ws.history().isEmpty());
        auto prior = ws.ledger().findContent(r.sha256);
        QVERIFY(prior && !*prior);
        auto v = ws.settings().value(u"k"_s);
        QVERIFY(v && !*v);
    }

    void settingsAreKeptAsGiven()
    {
        auto b = backend();
        Workspace &ws = b->ws();
        auto unset = ws.settings().value(u"redaction_marker"_s);
        QVERIFY(unset && !*unset);
        QCOMPARE(ws.setting(u"redaction_marker"_s, u"fallback"_s), u"fallback"_s);
        QVERIFY(!ws.setSetting(u"redaction_marker"_s, u"[fjernet ✂]"_s));
        QVERIFY(!ws.setSetting(u"redaction_marker"_s, u"[slettet ✂ æøå]"_s));
        QCOMPARE(ws.setting(u"redaction_marker"_s), u"[slettet ✂ æøå]"_s);

        QCOMPARE(ws.timeZone().id(), QByteArray("Europe/Oslo"));
        QVERIFY(!ws.setTimeZone("America/Argentina/Buenos_Aires"));
        QCOMPARE(ws.timeZone().id(), QByteArray("America/Argentina/Buenos_Aires"));
        QVERIFY(ws.setTimeZone("Mars/Olympus_Mons"));
        QCOMPARE(ws.timeZone().id(), QByteArray("America/Argentina/Buenos_Aires"));

        const QHash<QString, QString> map { { u"visitor_id"_s, u"Klient-ID"_s },
            { u"started_at"_s, u"Startet \"kl.\""_s } };
        QVERIFY(ws.settings().columnMap(u"a|b|c"_s).isEmpty());
        QVERIFY(!ws.settings().rememberColumnMap(u"a|b|c"_s, map));
        QCOMPARE(ws.settings().columnMap(u"a|b|c"_s), map);
        QVERIFY(ws.settings().columnMap(u"a|b"_s).isEmpty());

        // Everything set above, and nothing else (the chat retention is the chat archive's, not a setting).
        QVERIFY(!ws.chats().setRetentionDays(30));
        auto all = ws.settings().all();
        QVERIFY(all);
        QCOMPARE(all->keys(), QStringList({ u"column_map/a|b|c"_s, u"redaction_marker"_s, u"time_zone"_s }));
        QCOMPARE(all->value(u"redaction_marker"_s), u"[slettet ✂ æøå]"_s);
        QCOMPARE(all->value(u"time_zone"_s), u"America/Argentina/Buenos_Aires"_s);
        QCOMPARE(all->value(u"column_map/a|b|c"_s), *ws.settings().value(u"column_map/a|b|c"_s));
    }

    void importServiceRunsAFileThroughTheWorkspace()
    {
        auto b = backend();
        // Sessions on three days, local time in Oslo; the content is written here.
        QByteArray csv = "visitor_id,session_id,started_at,duration_s,visit_number\n";
        const QStringList days = { u"2024-03-01"_s, u"2024-03-02"_s, u"2024-03-05"_s };
        for (int i = 0; i < 30; ++i)
            csv += "v" + QByteArray::number(i) + ",s" + QByteArray::number(i) + "," + days.at(i % 3).toLatin1()
                + " 09:" + QByteArray::number(10 + i) + ":00," + QByteArray::number(20 + i) + ","
                + QByteArray::number(1 + i % 2) + "\n";
        const QString file = b->file(u"march.csv"_s, csv);
        auto done = ImportService::importFile(b->location(), file);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(done->rowsRead, 30);
        QCOMPARE(done->rowsStored, 30);

        auto again = ImportService::importFile(b->location(), b->file(u"copy of march.csv"_s, csv));
        QVERIFY(!again);
        QVERIFY2(again.error().reason.contains(u"already imported (as march.csv"_s), qPrintable(again.error().reason));

        const QList<ImportReport> history = b->ws().history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().fileName, u"march.csv"_s);
        QCOMPARE(history.first().rowsStored, 30);
        auto range = VisitorQueries::dataRange(b->ws().visitors());
        QVERIFY(range);
        QCOMPARE(range->first, QDate(2024, 3, 1));
        QCOMPARE(range->second, QDate(2024, 3, 5));
    }

    // The marker for removed chat text is a workspace setting (issue #14, item 13): until set, the language's
    // ("[fjernet]" in Bokmål); the first chat import keeps it, so an import in the other language uses it too;
    // once set, every later import uses the one set; what cannot be a marker is refused.
    void redactionMarkerIsAWorkspaceSetting_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("other");
        QTest::newRow("bokmål") << u"nb"_s << u"[fjernet]"_s << u"en"_s;
        QTest::newRow("english") << u"en"_s << u"[removed]"_s << u"nb"_s;
    }
    void redactionMarkerIsAWorkspaceSetting()
    {
        QFETCH(QString, first);
        QFETCH(QString, marker);
        QFETCH(QString, other);
        auto b = backend();
        const QString fnr = TestSupport::identityNumber(u"150386"_s);
        auto chat = [&](int i) {
            return b->file(u"chat-%1.csv"_s.arg(i),
                u"conversation_id,timestamp,sender,text\nc-%1,2024-05-02 08:01,Kunde,fnr %2\n"_s.arg(i)
                    .arg(fnr)
                    .toUtf8());
        };
        auto textOf = [&](int i) {
            const QList<StoredMessage> all = b->ws().chats().allMessages().value();
            for (const StoredMessage &m : all)
                if (m.conversationExternalId == u"c-%1"_s.arg(i))
                    return m.text;
            return QString();
        };
        Language::apply(first);
        QCOMPARE(b->ws().settings().redactionMarker(), marker);
        QVERIFY(ImportService::importFile(b->location(), chat(1)));
        QCOMPARE(textOf(1), u"fnr "_s + marker);
        Language::apply(other);
        QCOMPARE(b->ws().settings().redactionMarker(), marker); // kept by the first import
        QVERIFY(ImportService::importFile(b->location(), chat(2)));
        QCOMPARE(textOf(2), u"fnr "_s + marker);
        Language::apply(u"en"_s);

        QVERIFY(!b->ws().settings().setRedactionMarker(u"‹sladdet›"_s));
        QVERIFY(ImportService::importFile(b->location(), chat(3)));
        QCOMPARE(textOf(3), u"fnr ‹sladdet›"_s);
        for (const QString &bad : { u"[x1]"_s, u"a\nb"_s, QString(41, u'x') })
            QVERIFY(b->ws().settings().setRedactionMarker(bad));
        QCOMPARE(b->ws().settings().redactionMarker(), u"‹sladdet›"_s);
        QVERIFY(!b->ws().settings().setRedactionMarker(QString()));
        QVERIFY(ImportService::importFile(b->location(), chat(4)));
        QCOMPARE(textOf(4), u"fnr "_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePorts)
#include "test_workspaceports.moc"
