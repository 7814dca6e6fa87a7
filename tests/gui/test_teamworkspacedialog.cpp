// SPDX-License-Identifier: GPL-3.0-or-later
// The team workspace dialog builds the address libpq reads: each field as typed comes back from libpq's own
// parser of the address (PQconninfoParse), a socket folder included, and no password is ever in it.
#include "workspace/teamworkspacedialog.h"

#include "core/language.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

// What libpq makes of a connection string: keyword -> value, for the keywords that are set.
QHash<QString, QString> parsedByLibpq(const QString &uri)
{
    QHash<QString, QString> out;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &error);
    if (!options) {
        qWarning("libpq cannot read %s: %s", qPrintable(uri), error ? error : "");
        PQfreemem(error);
        return out;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val)
            out.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    PQconninfoFree(options);
    return out;
}

QLineEdit *field(TeamWorkspaceDialog &d, const char *name)
{
    return d.findChild<QLineEdit *>(QString::fromLatin1(name));
}

} // namespace

class TestTeamWorkspaceDialog : public QObject
{
    Q_OBJECT

private slots:
    // KAPSEL_SCREENSHOT_LANGUAGE=nb for looking at the Bokmål dialog; the addresses are the same in both.
    void initTestCase() { Language::apply(qEnvironmentVariable("KAPSEL_SCREENSHOT_LANGUAGE", u"en"_s)); }

    void addressIsWhatLibpqReads_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("server") << u"db.example.no"_s << 5432 << u"kapsel"_s << u"marit"_s << u"prefer"_s;
        QTest::newRow("port and tls") << u"10.0.0.7"_s << 6543 << u"web stats"_s << u"ola.nordmann"_s
                                      << u"verify-full"_s;
        QTest::newRow("socket folder") << u"/run/postgresql"_s << 5432 << u"kapsel"_s << u"kari"_s << u"disable"_s;
        QTest::newRow("odd characters") << u"localhost"_s << 5433 << u"æøå/db?x"_s << u"user@corp"_s << u"require"_s;
    }

    void addressIsWhatLibpqReads()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sslmode);
        TeamWorkspaceDialog d(nullptr);
        field(d, "host")->setText(host);
        d.findChild<QSpinBox *>()->setValue(port);
        field(d, "database")->setText(database);
        field(d, "user")->setText(user);
        field(d, "password")->setText(u"secret-Pa55"_s);
        QComboBox *ssl = d.findChild<QComboBox *>();
        ssl->setCurrentIndex(ssl->findData(sslmode));

        const QString uri = d.uri();
        QVERIFY2(uri.startsWith(u"postgresql://"_s), qPrintable(uri));
        QVERIFY(!uri.contains(u"secret"_s));
        QCOMPARE(d.password(), QByteArray("secret-Pa55"));
        const auto parsed = parsedByLibpq(uri);
        QCOMPARE(parsed.value(u"host"_s), host);
        QCOMPARE(parsed.value(u"port"_s, u"5432"_s), QString::number(port));
        QCOMPARE(parsed.value(u"dbname"_s), database);
        QCOMPARE(parsed.value(u"user"_s), user);
        QCOMPARE(parsed.value(u"sslmode"_s, u"prefer"_s), sslmode);
        QVERIFY(!parsed.contains(u"password"_s));

        // For looking at it: KAPSEL_SCREENSHOTS=DIR saves the dialog as the user sees it.
        if (qEnvironmentVariableIsSet("KAPSEL_SCREENSHOTS")) {
            d.setError(u"cannot connect to the team workspace: connection refused"_s);
            d.adjustSize();
            d.grab().save(qEnvironmentVariable("KAPSEL_SCREENSHOTS") + u"/team-dialog-"_s
                + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".png"_s);
        }

        // A recent address fills the same fields back.
        TeamWorkspaceDialog again(nullptr);
        again.setUri(uri);
        QCOMPARE(again.uri(), uri);
        QCOMPARE(field(again, "host")->text(), host);
        QCOMPARE(field(again, "database")->text(), database);
    }
};

QTEST_MAIN(TestTeamWorkspaceDialog)
#include "test_teamworkspacedialog.moc"
