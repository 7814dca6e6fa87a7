// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI does, kapsel-cli does (issue #15, "Scriptable"): cookies accept|declare|undeclare, chats audit,
// chats purge --older-than, chats apply-rules, settings; and every listing command's --format json (with its
// schema id) and --output. Each command runs as a user runs it, on a workspace file and on the test server's
// PostgreSQL workspace, and what it did is read back through the core the GUI uses (the inventory model, the chat
// archive, the settings), against figures worked out here from the data the test wrote.
#include "chats/chatarchive.h"
#include "cookies/cookieinventorymodel.h"
#include "pgtestsupport.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    int m_files = 0;

    // An empty workspace on the case's backend: a new file, or the test server's (emptied).
    QString freshDatabase()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == u"postgresql") {
            m_pg = std::make_unique<PgTestDatabase>();
            return u"postgresql://"_s;
        }
        return m_dir.filePath(u"ws%1.kapsel"_s.arg(++m_files));
    }

    Run cli(const QString &db, QStringList args)
    {
        args = QStringList { u"--lang"_s, u"en"_s, u"--db"_s, db } + args;
        const TestSupport::CliRun r = TestSupport::runCli(args, m_dir.path());
        return { r.code, r.outText(), r.errText() };
    }

    static std::unique_ptr<Workspace> open(const QString &db)
    {
        auto ws = Workspace::connect(db);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        return std::move(*ws);
    }

    // The inventory as the Cookies area's model reads it.
    static const CookieRow *rowOf(const CookieInventoryModel &model, const QString &name)
    {
        for (const CookieRow &r : model.cookies())
            if (r.declared.name == name)
                return &r;
        return nullptr;
    }

    // A chat export with one conversation 400 days old and one 10 days old; the recent one holds an e-mail address
    // (removed by the strict rule set only) and a long number (removed by every rule set).
    QString chatExport()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto at = [&](int daysAgo, int minute) -> QString {
            return now.addDays(-daysAgo).toString(u"yyyy-MM-dd"_s) + u" 10:%1"_s.arg(minute, 2, 10, QChar(u'0'));
        };
        const QString csv = u"conversation_id,timestamp,sender,text\n"_s
            + u"old-1,%1,Kunde,Hei\n"_s.arg(at(400, 0)) + u"old-1,%1,Bot,Hei igjen\n"_s.arg(at(400, 1))
            + u"new-1,%1,Kunde,Skriv til ola.nordmann@example.no om sak 12345678\n"_s.arg(at(10, 0))
            + u"new-1,%1,Bot,Takk\n"_s.arg(at(10, 1));
        return TestSupport::writeFile(m_dir.filePath(u"chats%1.csv"_s.arg(++m_files)), csv.toUtf8());
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out.left(400)));
        return doc.object();
    }

private slots:
    void initTestCase_data() { addBackendRows(); }

    // cookies accept --suggested declares exactly what the GUI's "Accept confident suggestions" would (its model's
    // list, taken before), never the low one; accept NAME declares one, a cookie without a suggestion as a draft;
    // declare sets the texts (a complete entry, or a draft said on stderr); undeclare removes the entry.
    void cookiesAcceptDeclareUndeclare()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"demo"_s }).code, 0);
        // The Open Cookie Database's MUID of bing.com: the demo's MUID on c.clarity.ms matches it by name only (low).
        const QString ocd = TestSupport::writeFile(m_dir.filePath(u"ocd.csv"_s),
            "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User "
            "Privacy & GDPR Rights Portals,Wildcard match\n"
            "m1,Bing / Microsoft,Marketing,MUID,bing.com (3rd party),Identifies unique web browsers visiting Microsoft "
            "sites.,1 year,Microsoft,https://privacy.microsoft.com/,0\n");
        QCOMPARE(cli(db, { u"import"_s, ocd, TestSupport::testData(u"cookies/page.har"_s) }).code, 0);

        std::vector<DeclaredCookie> confident;
        {
            auto ws = open(db);
            CookieInventoryModel model(this);
            model.setRegister(&ws->cookies(), u"kredinor.no"_s);
            confident = model.confidentSuggestions();
            const CookieRow *muid = rowOf(model, u"MUID"_s);
            QVERIFY(muid && !muid->isDeclared() && muid->confidence == CookieText::Confidence::Low);
        }
        QVERIFY(confident.size() >= 3);

        Run r = cli(db, { u"cookies"_s, u"accept"_s, u"--suggested"_s, u"--site"_s, u"kredinor.no"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"%1 cookies declared with their high-confidence suggestions; 1 suggestion of medium or "
                                "low confidence left for you to check"_s.arg(confident.size())),
            qPrintable(r.out));
        {
            auto ws = open(db);
            CookieInventoryModel model(this);
            model.setRegister(&ws->cookies(), u"kredinor.no"_s);
            for (const DeclaredCookie &c : confident) {
                const CookieRow *row = rowOf(model, c.name);
                QVERIFY2(row && row->isDeclared() && !row->suggested, qPrintable(c.name));
                QCOMPARE(row->declared.supplier, c.supplier);
                QCOMPARE(row->declared.category, c.category);
                QCOMPARE(row->declared.purposeEn, c.purposeEn);
            }
            QVERIFY(!rowOf(model, u"MUID"_s)->isDeclared());
        }

        // One by one, the low one too, with a warning; again: nothing to accept.
        r = cli(db, { u"cookies"_s, u"accept"_s, u"MUID"_s, u"--site"_s, u"kredinor.no"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"suggestion of low confidence; check every text"_s), qPrintable(r.err));
        r = cli(db, { u"cookies"_s, u"accept"_s, u"MUID"_s, u"--site"_s, u"kredinor.no"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"is declared already; nothing to accept"_s), qPrintable(r.out));
        QCOMPARE(cli(db, { u"cookies"_s, u"accept"_s, u"nosuch"_s, u"--site"_s, u"kredinor.no"_s }).code, 1);
        QCOMPARE(cli(db, { u"cookies"_s, u"accept"_s }).code, 2);

        // All or nothing: a name that is not in the inventory leaves the others undeclared too.
        r = cli(db, { u"cookies"_s, u"accept"_s, u"sid"_s, u"nosuch"_s, u"--site"_s, u"example.no"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"nosuch: no such cookie in the inventory of this site"_s), qPrintable(r.err));
        {
            auto ws = open(db);
            CookieInventoryModel model(this);
            model.setRegister(&ws->cookies(), u"example.no"_s);
            QVERIFY(!rowOf(model, u"sid"_s)->isDeclared());
        }
        // page.har's sid has no suggestion: declared as a draft, said on stderr.
        r = cli(db, { u"cookies"_s, u"accept"_s, u"sid"_s, u"--site"_s, u"example.no"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"sid (www.example.no) is saved as a draft: it still needs"_s), qPrintable(r.err));
        r = cli(db,
            { u"cookies"_s, u"declare"_s, u"uid"_s, u"--site"_s, u"example.no"_s, u"--purpose-nb"_s, u"Teller besøk"_s,
                u"--purpose-en"_s, u"Counts visits"_s, u"--supplier"_s, u"Example"_s, u"--retention"_s, u"1 day"_s,
                u"--category"_s, u"Statistikk"_s });
        QVERIFY2(r.code == 0 && r.err.isEmpty(), qPrintable(r.err));
        r = cli(db,
            { u"cookies"_s, u"declare"_s, u"extra"_s, u"--site"_s, u"example.no"_s, u"--domain"_s, u"www.example.no"_s,
                u"--purpose-en"_s, u"Something"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"extra (www.example.no) is saved as a draft"_s), qPrintable(r.err));
        QCOMPARE(cli(db, { u"cookies"_s, u"declare"_s, u"uid"_s, u"--site"_s, u"example.no"_s, u"--category"_s,
                             u"nonsense"_s })
                     .code,
            1);
        {
            auto ws = open(db);
            CookieInventoryModel model(this);
            model.setRegister(&ws->cookies(), u"example.no"_s);
            const CookieRow *sid = rowOf(model, u"sid"_s);
            QVERIFY(sid && sid->isDeclared() && sid->isDraft());
            const CookieRow *uid = rowOf(model, u"uid"_s);
            QVERIFY(uid && uid->isDeclared() && !uid->isDraft());
            QCOMPARE(uid->declared.category, u"statistics"_s);
            QCOMPARE(uid->declared.purposeNb, u"Teller besøk"_s);
            QCOMPARE(uid->declared.retention, u"1 day"_s);
            const CookieRow *extra = rowOf(model, u"extra"_s);
            QVERIFY(extra && extra->isDraft() && !extra->observed);
        }
        // Editing a declared entry's name and domain, as the GUI's Name and Domain cells do.
        r = cli(db, { u"cookies"_s, u"declare"_s, u"extra"_s, u"--site"_s, u"example.no"_s, u"--rename"_s, u"extra2"_s,
                        u"--new-domain"_s, u"Example.NO"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(db, { u"cookies"_s, u"declare"_s, u"uid"_s, u"--site"_s, u"example.no"_s, u"--rename"_s, u"x"_s }).code,
            0); // uid is declared (above)
        QCOMPARE(cli(db, { u"cookies"_s, u"declare"_s, u"x"_s, u"--site"_s, u"example.no"_s, u"--rename"_s, u"uid"_s }).code,
            0);
        {
            auto ws = open(db);
            CookieInventoryModel model(this);
            model.setRegister(&ws->cookies(), u"example.no"_s);
            QVERIFY(!rowOf(model, u"extra"_s));
            const CookieRow *renamed = rowOf(model, u"extra2"_s);
            QVERIFY(renamed && renamed->isDeclared());
            QCOMPARE(renamed->declared.domain, u"example.no"_s);
        }
        QCOMPARE(cli(db, { u"cookies"_s, u"declare"_s, u"sid2"_s, u"--site"_s, u"example.no"_s, u"--domain"_s,
                             u"example.no"_s, u"--rename"_s, u"y"_s })
                     .code,
            2);
        // The JSON inventory says the same.
        const QJsonObject inventory = json(cli(db, { u"cookies"_s, u"--site"_s, u"example.no"_s, u"--format"_s, u"json"_s }));
        QCOMPARE(inventory.value(u"schema"_s).toString(), u"kapsel/cookies/1"_s);
        bool sawUid = false;
        for (const QJsonValue &v : inventory.value(u"cookies"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() != u"uid")
                continue;
            sawUid = true;
            QCOMPARE(v.toObject().value(u"declared"_s), QJsonValue(true));
            QCOMPARE(v.toObject().value(u"draft"_s), QJsonValue(false));
        }
        QVERIFY(sawUid);

        r = cli(db, { u"cookies"_s, u"undeclare"_s, u"uid"_s, u"--site"_s, u"example.no"_s });
        QCOMPARE(r.code, 0);
        QCOMPARE(cli(db, { u"cookies"_s, u"undeclare"_s, u"uid"_s, u"--site"_s, u"example.no"_s }).code, 1);
        {
            auto ws = open(db);
            CookieInventoryModel model(this);
            model.setRegister(&ws->cookies(), u"example.no"_s);
            const CookieRow *uid = rowOf(model, u"uid"_s);
            QVERIFY(uid && !uid->isDeclared() && uid->observed);
        }
    }

    // cookies changes lists what the Cookies area's "Changes since the previous scan" does: here checked against
    // the two scans' own observations (what only the latest has is new, what only the previous had is gone).
    void cookiesChanges()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"demo"_s }).code, 0);
        QSet<QString> previous, latest;
        QString previousSource, latestSource;
        {
            auto ws = open(db);
            auto scans = ws->cookies().scans();
            QVERIFY(scans && scans->size() == 2);
            previousSource = scans->at(0).source;
            latestSource = scans->at(1).source;
            for (const auto &[scan, into] : { std::pair { scans->at(0).id, &previous }, std::pair { scans->at(1).id, &latest } }) {
                auto seen = ws->cookies().observations(scan);
                QVERIFY(seen);
                for (const ScanObservation &o : *seen)
                    into->insert(o.cookie.name + u'|' + o.cookie.domain);
            }
        }
        const Run r = cli(db, { u"cookies"_s, u"changes"_s, u"--format"_s, u"json"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject changes = json(r);
        QCOMPARE(changes.value(u"schema"_s).toString(), u"kapsel/cookies-changes/1"_s);
        QCOMPARE(changes.value(u"previous_scan"_s).toString(), previousSource);
        QCOMPARE(changes.value(u"latest_scan"_s).toString(), latestSource);
        QSet<QString> fresh, gone;
        for (const QJsonValue &v : changes.value(u"changes"_s).toArray()) {
            const QString key = v[u"name"_s].toString() + u'|' + v[u"domain"_s].toString();
            if (v[u"change"_s].toString() == u"new")
                fresh.insert(key);
            else if (v[u"change"_s].toString() == u"gone")
                gone.insert(key);
        }
        QCOMPARE(fresh, latest - previous);
        QCOMPARE(gone, previous - latest);
        QVERIFY(!fresh.isEmpty());
        const Run table = cli(db, { u"cookies"_s, u"changes"_s });
        QVERIFY2(table.out.startsWith(u"Changes from the scan of "_s), qPrintable(table.out));
    }

    // chats preview FILE counts what the import would remove, rule by rule, and stores nothing: the counts are
    // those the import then records in the audit log.
    void chatsPreviewStoresNothing()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"workspace"_s, u"init"_s }).code, 0);
        const QString file = chatExport();
        const Run r = cli(db, { u"chats"_s, u"preview"_s, file, u"--format"_s, u"json"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject preview = json(r);
        QCOMPARE(preview.value(u"schema"_s).toString(), u"kapsel/chats-preview/1"_s);
        QCOMPARE(preview.value(u"conversations"_s).toInteger(), qint64(2));
        QCOMPARE(preview.value(u"messages"_s).toInteger(), qint64(4));
        QVERIFY(!r.out.contains(u"12345678"_s) && !r.out.contains(u"ola.nordmann"_s)); // counts, never text
        {
            auto ws = open(db);
            QCOMPARE(ws->chats().counts().messages, qint64(0));
            QVERIFY(ws->history().isEmpty());
        }
        QCOMPARE(cli(db, { u"import"_s, file }).code, 0);
        auto ws = open(db);
        const ChatAuditEntry imported = ws->chats().auditLog().first();
        QCOMPARE(preview.value(u"removed"_s).toInteger(), imported.tally.removedTotal());
        qint64 perRule = 0;
        for (const QJsonValue &v : preview.value(u"rules"_s).toArray())
            perRule += v[u"removed"_s].toInteger();
        QCOMPARE(perRule, imported.tally.removedTotal());
        // The strict rule set finds the e-mail address as well.
        const QJsonObject strict
            = json(cli(db, { u"chats"_s, u"preview"_s, file, u"--rules"_s, u"strict"_s, u"--format"_s, u"json"_s }));
        QCOMPARE(strict.value(u"removed"_s).toInteger(), imported.tally.removedTotal() + 1);
        QCOMPARE(cli(db, { u"chats"_s, u"preview"_s, m_dir.filePath(u"missing.csv"_s) }).code, 1);
    }

    // chats audit lists what the archive's audit log holds; apply-rules --dry-run counts and changes nothing,
    // apply-rules rewrites the stored text; purge --older-than deletes exactly the conversation written 400 days
    // ago, each with its audit entry.
    void chatsAuditRulesAndPurge()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"import"_s, chatExport() }).code, 0);
        const Run audit = cli(db, { u"chats"_s, u"audit"_s, u"--format"_s, u"json"_s });
        QCOMPARE(audit.code, 0);
        const QJsonObject log = json(audit);
        QCOMPARE(log.value(u"schema"_s).toString(), u"kapsel/chats-audit/1"_s);
        const QJsonArray entries = log.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value(u"action"_s).toString(), u"import"_s);
        QCOMPARE(entries[0].toObject().value(u"messages"_s).toInteger(), qint64(4));
        QCOMPARE(entries[0].toObject().value(u"conversations"_s).toInteger(), qint64(2));
        {
            auto ws = open(db);
            const QList<ChatAuditEntry> truth = ws->chats().auditLog();
            QCOMPARE(entries[0].toObject().value(u"removed"_s).toInteger(), truth.first().tally.removedTotal());
            QVERIFY(truth.first().tally.removedTotal() >= 1); // the long number
        }
        const Run table = cli(db, { u"chats"_s, u"audit"_s });
        QVERIFY2(table.out.startsWith(u"When (Europe/Oslo)  Who"_s), qPrintable(table.out));

        const QString before = cli(db, { u"chats"_s, u"--format"_s, u"json"_s }).out;
        QVERIFY(before.contains(u"ola.nordmann@example.no"_s));
        Run r = cli(db, { u"chats"_s, u"apply-rules"_s, u"strict"_s, u"--dry-run"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u" would remove 1 more span in 1 of 4 messages; nothing was changed."_s), qPrintable(r.out));
        QCOMPARE(cli(db, { u"chats"_s, u"--format"_s, u"json"_s }).out, before);
        r = cli(db, { u"chats"_s, u"apply-rules"_s, u"strict"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u": 1 span removed from the stored text of 1 of 4 messages."_s), qPrintable(r.out));
        QCOMPARE(cli(db, { u"chats"_s, u"apply-rules"_s, u"severe"_s }).code, 2);
        {
            auto ws = open(db);
            auto messages = ws->chats().allMessages();
            QVERIFY(messages);
            const QString marker = ws->settings().redactionMarker();
            bool seen = false;
            for (const StoredMessage &m : *messages)
                if (m.conversationExternalId == u"new-1" && m.text.startsWith(u"Skriv til"_s)) {
                    seen = true;
                    QCOMPARE(m.text, u"Skriv til %1 om sak %1"_s.arg(marker));
                }
            QVERIFY(seen);
            QCOMPARE(ws->chats().auditLog().first().action, u"reapply"_s);
        }

        // No retention period: purge alone deletes nothing; --older-than 100 deletes the old conversation only.
        r = cli(db, { u"chats"_s, u"purge"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"nothing was deleted"_s), qPrintable(r.out));
        QCOMPARE(cli(db, { u"chats"_s, u"purge"_s, u"--older-than"_s, u"zero"_s }).code, 2);
        r = cli(db, { u"chats"_s, u"purge"_s, u"--older-than"_s, u"100"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"1 conversation older than 100 days deleted"_s), qPrintable(r.out));
        const QJsonArray left = json(cli(db, { u"chats"_s, u"--format"_s, u"json"_s })).value(u"messages"_s).toArray();
        QCOMPARE(left.size(), 2);
        for (const QJsonValue &m : left)
            QCOMPARE(m.toObject().value(u"conversation_id"_s).toString(), u"new-1"_s);
        {
            auto ws = open(db);
            const ChatAuditEntry purge = ws->chats().auditLog().first();
            QCOMPARE(purge.action, u"purge"_s);
            QCOMPARE(purge.conversations, qint64(1));
            QCOMPARE(purge.messages, qint64(2));
            QCOMPARE(ws->chats().retentionDays(), 0); // --older-than leaves the period alone
        }
    }

    // settings set stores what the GUI's time-zone dialog, marker field and retention controls store; a shorter
    // retention period that would delete conversations asks for --yes and changes nothing without it.
    void settingsAsTheGuiSetsThem()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"import"_s, chatExport() }).code, 0);
        QCOMPARE(cli(db, { u"settings"_s, u"set"_s, u"time-zone"_s, u"America/New_York"_s }).code, 0);
        QCOMPARE(cli(db, { u"settings"_s, u"set"_s, u"time-zone"_s, u"Mars/Olympus"_s }).code, 2);
        QCOMPARE(cli(db, { u"settings"_s, u"set"_s, u"redaction-marker"_s, u"[borte]"_s }).code, 0);
        QCOMPARE(cli(db, { u"settings"_s, u"set"_s, u"redaction-marker"_s, u"[x1]"_s }).code, 2);
        Run r = cli(db, { u"settings"_s, u"set"_s, u"chat-retention-days"_s, u"30"_s });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"1 stored conversation is older than 30 days and would be deleted now"_s),
            qPrintable(r.err));
        {
            auto ws = open(db);
            QCOMPARE(ws->chats().retentionDays(), 0);
            QCOMPARE(ws->chats().counts().conversations, qint64(2));
        }
        r = cli(db, { u"settings"_s, u"set"_s, u"chat-retention-days"_s, u"30"_s, u"--yes"_s });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), u"30"_s);
        {
            auto ws = open(db);
            QCOMPARE(QString::fromUtf8(ws->timeZone().id()), u"America/New_York"_s);
            QCOMPARE(ws->settings().redactionMarker(), u"[borte]"_s);
            QCOMPARE(ws->chats().retentionDays(), 30);
            QCOMPARE(ws->chats().counts().conversations, qint64(1));
            QCOMPARE(ws->chats().auditLog().first().action, u"purge"_s);
        }
        QCOMPARE(cli(db, { u"settings"_s, u"get"_s, u"redaction-marker"_s }).out, u"[borte]\n"_s);
        QCOMPARE(cli(db, { u"settings"_s, u"get"_s, u"colour"_s }).code, 2);
        const QJsonArray all = json(cli(db, { u"settings"_s, u"--format"_s, u"json"_s })).value(u"settings"_s).toArray();
        QMap<QString, QString> values;
        for (const QJsonValue &v : all)
            values.insert(v[u"key"_s].toString(), v[u"value"_s].toString());
        QCOMPARE(values.value(u"time-zone"_s), u"America/New_York"_s);
        QCOMPARE(values.value(u"redaction-marker"_s), u"[borte]"_s);
        QCOMPARE(values.value(u"chat-retention-days"_s), u"30"_s);
    }

    // Every listing command takes --format json (an object with its schema id) and csv, and --output FILE writes
    // what it would print, whole, and nothing to standard output.
    void everyListingTakesFormatAndOutput()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"demo"_s }).code, 0);
        const QString policy = TestSupport::writeFile(m_dir.filePath(u"policy.txt"_s),
            "Ved videre bruk av nettstedet godtar du informasjonskapsler som _ga.\n");
        QList<std::pair<QStringList, QString>> listings {
            { { u"history"_s }, u"kapsel/history/1"_s },
            { { u"visitors"_s }, u"kapsel/visitors/1"_s },
            { { u"durations"_s }, u"kapsel/durations/1"_s },
            { { u"cookies"_s }, u"kapsel/cookies/1"_s },
            { { u"cookies"_s, u"findings"_s }, u"kapsel/cookies-findings/1"_s },
            { { u"cookies"_s, u"changes"_s }, u"kapsel/cookies-changes/1"_s },
            { { u"chats"_s, u"preview"_s, chatExport() }, u"kapsel/chats-preview/1"_s },
            { { u"policy-check"_s, policy }, u"kapsel/policy-check/1"_s },
            { { u"chats"_s }, u"kapsel/chats/1"_s },
            { { u"chats"_s, u"audit"_s }, u"kapsel/chats-audit/1"_s },
            { { u"settings"_s }, u"kapsel/settings/1"_s },
        };
        if (backend == u"postgresql")
            listings.append({ { u"access"_s, u"list"_s }, u"kapsel/access/1"_s });
        int n = 0;
        for (const auto &[command, schema] : listings) {
            const QString what = command.join(u' ');
            const Run asJson = cli(db, command + QStringList { u"--format"_s, u"json"_s });
            QVERIFY2(asJson.code == 0 || asJson.code == 3, qPrintable(what + u": "_s + asJson.err));
            QCOMPARE(json(asJson).value(u"schema"_s).toString(), schema);
            const QString file = m_dir.filePath(u"out%1.json"_s.arg(++n));
            const Run toFile = cli(db, command + QStringList { u"--format"_s, u"json"_s, u"--output"_s, file });
            QCOMPARE(toFile.code, asJson.code);
            QVERIFY2(toFile.out.isEmpty(), qPrintable(what));
            QVERIFY2(toFile.err.contains(u"wrote "_s + file), qPrintable(what + u": "_s + toFile.err));
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(written.readAll()), asJson.out);
            const Run asCsv = cli(db, command + QStringList { u"--format"_s, u"csv"_s });
            QCOMPARE(asCsv.code, asJson.code);
            QVERIFY2(asCsv.out.contains(u','), qPrintable(what));
            const Run asTable = cli(db, command + QStringList { u"--format"_s, u"table"_s });
            QCOMPARE(asTable.code, asJson.code);
            QVERIFY2(!asTable.out.isEmpty(), qPrintable(what));
            // A file that cannot be written is an error on stderr, and nothing goes to stdout.
            const Run failed
                = cli(db, command + QStringList { u"--format"_s, u"json"_s, u"--output"_s, m_dir.filePath(u"no/such/dir.json"_s) });
            QCOMPARE(failed.code, 1);
            QVERIFY2(failed.out.isEmpty() && failed.err.contains(u"cannot write the file"_s), qPrintable(what));
            QCOMPARE(cli(db, command + QStringList { u"--format"_s, u"yaml"_s }).code, 2);
        }
    }

    // A table shows numbers and times in the --lang locale; CSV and JSON the same plain figures in either language.
    void tablesFollowTheLanguage()
    {
        const QString db = freshDatabase();
        QCOMPARE(cli(db, { u"demo"_s }).code, 0);
        qint64 messages = 0;
        QDateTime at;
        {
            auto ws = open(db);
            const ChatAuditEntry demo = ws->chats().auditLog().first();
            messages = demo.messages;
            at = demo.at.toTimeZone(ws->timeZone());
        }
        QVERIFY(messages >= 1000); // so that the locales group its digits differently
        const QLocale nb(QLocale::NorwegianBokmal, QLocale::Norway), en(QLocale::English, QLocale::UnitedKingdom);
        auto run = [&](const QString &lang, const QString &format) {
            const TestSupport::CliRun r = TestSupport::runCli(
                { u"--lang"_s, lang, u"--db"_s, db, u"chats"_s, u"audit"_s, u"--format"_s, format }, m_dir.path());
            return r.outText();
        };
        const QString tableNb = run(u"nb"_s, u"table"_s), tableEn = run(u"en"_s, u"table"_s);
        QVERIFY2(tableNb.contains(u"  "_s + nb.toString(messages) + u"  "_s), qPrintable(tableNb));
        QVERIFY2(tableNb.contains(nb.toString(at, QLocale::ShortFormat)), qPrintable(tableNb));
        QVERIFY2(tableEn.contains(u"  "_s + en.toString(messages) + u"  "_s), qPrintable(tableEn));
        QVERIFY2(tableEn.contains(en.toString(at, QLocale::ShortFormat)), qPrintable(tableEn));
        QVERIFY(nb.toString(messages) != en.toString(messages));
        // Only the words for people (per_rule, as the GUI's audit table says it) follow the language.
        for (const QString &lang : { u"nb"_s, u"en"_s }) {
            const QString csv = run(lang, u"csv"_s);
            QVERIFY2(csv.contains(u",%1,"_s.arg(messages)), qPrintable(csv));
            QVERIFY2(csv.contains(at.toUTC().toString(Qt::ISODate)), qPrintable(csv));
        }
        auto figures = [&](const QString &lang) {
            QJsonObject entry = json({ 0, run(lang, u"json"_s), {} }).value(u"entries"_s).toArray().first().toObject();
            entry.remove(u"per_rule"_s);
            return entry;
        };
        QCOMPARE(figures(u"nb"_s), figures(u"en"_s));
        QCOMPARE(figures(u"nb"_s).value(u"messages"_s).toInteger(), messages);
    }

    // The exit codes and the JSON schema are documented in the help the man page is made from.
    void helpDocumentsExitCodesAndSchema()
    {
        const TestSupport::CliRun en = TestSupport::runCli({ u"--lang"_s, u"en"_s, u"--help"_s }, m_dir.path());
        for (const QString &line : { u"Exit codes:"_s, u"  0  success"_s, u"  2  usage error"_s,
                 u"  3  success with findings"_s, u"docs/cli-json.md"_s })
            QVERIFY2(en.outText().contains(line), qPrintable(line));
        const TestSupport::CliRun nb = TestSupport::runCli({ u"--lang"_s, u"nb"_s, u"--help"_s }, m_dir.path());
        QVERIFY2(nb.outText().contains(u"Avslutningskoder:"_s), qPrintable(nb.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCliActions)
#include "test_cliactions.moc"
