// SPDX-License-Identifier: GPL-3.0-or-later
// The floors of the house (docs/architecture.md): only models/storage/ speaks SQL or holds a database handle,
// and nothing above it reaches into storage/: the views, app/ and the areas see the workspace and the ports
// (models/workspace/, the areas' folders), never a backend. Reads the source tree; any offender fails.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sourceRoot()
{
    return QStringLiteral(KAPSEL_TEST_DATA "/../..");
}

struct Rule
{
    QString name;
    QStringList folders; // where it applies, relative to the root
    QStringList exempt; // folders inside those where it does not
    QRegularExpression pattern;
};

QList<Rule> rules()
{
    return {
        { u"sql"_s, { u"models"_s, u"views"_s, u"app"_s }, { u"models/storage"_s },
            QRegularExpression(
                u"#\\s*include\\s*[<\"](QtSql|QSql\\w*|sqlite3\\.h|libpq-fe\\.h)"
                "|\\bQSqlDatabase\\b|\\bQSqlQuery\\b|\\bsqlite3\\s*\\*|\\bsqlite3_\\w+\\s*\\(|\\bPQ\\w+\\s*\\("_s) },
        { u"storage"_s, { u"models"_s, u"views"_s, u"app"_s }, { u"models/storage"_s },
            QRegularExpression(u"#\\s*include\\s*\"storage/"_s) },
        // The core and the painter-drawn reports (which kapsel-cli links) never pull in Widgets or Qt Charts.
        { u"widgets"_s, { u"models"_s, u"reports"_s, u"app/cli"_s }, {},
            QRegularExpression(u"#\\s*include\\s*<(QtWidgets|QtCharts|QWidget|QApplication|QChart\\w*)\\b"_s) },
    };
}

// Comments are dropped so that a sentence about SQLite does not count; string literals stay (SQL text would
// be in them, but the rules look for handles and headers, which do not appear in strings).
QString withoutComments(const QString &text)
{
    static const QRegularExpression comments(u"//[^\\n]*|/\\*.*?\\*/"_s, QRegularExpression::DotMatchesEverythingOption);
    return QString(text).remove(comments);
}

QSet<QString> violations()
{
    QSet<QString> out;
    const QString root = sourceRoot();
    for (const Rule &rule : rules()) {
        for (const QString &folder : rule.folders) {
            QDirIterator it(root + u'/' + folder, { u"*.h"_s, u"*.cpp"_s }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString rel = QDir(root).relativeFilePath(path);
                if (std::any_of(rule.exempt.begin(), rule.exempt.end(),
                        [&](const QString &e) { return rel.startsWith(e + u'/'); }))
                    continue;
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                if (withoutComments(QString::fromUtf8(f.readAll())).contains(rule.pattern))
                    out.insert(rule.name + u' ' + rel);
            }
        }
    }
    return out;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void theRulesSeeWhatTheyShould()
    {
        const Rule sql = rules().at(0);
        QVERIFY(QString(u"#include <QSqlQuery>"_s).contains(sql.pattern));
        QVERIFY(QString(u"#include <sqlite3.h>"_s).contains(sql.pattern));
        QVERIFY(QString(u"  QSqlDatabase db = ws.db();"_s).contains(sql.pattern));
        QVERIFY(QString(u"sqlite3 *handle = nullptr;"_s).contains(sql.pattern));
        QVERIFY(QString(u"PQexec(conn, \"x\");"_s).contains(sql.pattern));
        QVERIFY(!withoutComments(u"// opens the SQLite file; QSqlDatabase is hidden\nint x;"_s).contains(sql.pattern));
        QVERIFY(!QString(u"CookieRegister &cookies();"_s).contains(sql.pattern));
        QVERIFY(QString(u"#include \"storage/workspace.h\""_s).contains(rules().at(1).pattern));
        const Rule widgets = rules().at(2);
        QVERIFY(QString(u"#include <QWidget>"_s).contains(widgets.pattern));
        QVERIFY(QString(u"#include <QtCharts/QChartView>"_s).contains(widgets.pattern));
        QVERIFY(QString(u"#include <QChartView>"_s).contains(widgets.pattern));
        QVERIFY(!QString(u"#include <QGuiApplication>"_s).contains(widgets.pattern));
        QVERIFY(!QString(u"#include <QPainter>"_s).contains(widgets.pattern));
    }

    void onlyStorageSpeaksSql()
    {
        QVERIFY2(QFile::exists(sourceRoot() + u"/models/storage"_s), "the source tree is not where the test expects it");
        QStringList found = violations().values();
        found.sort();
        for (const QString &v : std::as_const(found)) // one per line: QTest shortens a long failure message
            qInfo("breaks a rule: %s", qPrintable(v));
        QVERIFY2(found.isEmpty(),
            qPrintable(u"these files break a layering rule (move the SQL into models/storage/, use the workspace and "
                       "the area's port): "_s
                + found.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
