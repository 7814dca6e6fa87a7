// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML declaration as a visitor's browser shows it: rendered by headless Chromium (Debian package
// `chromium`; skipped when absent), then the picture is checked for one table header band per category and
// for text, and kept for a human look.
#include "testsupport.h"

#include "cookies/cookiedeclaration.h"
#include "cookies/cookiereconciler.h"
#include "core/language.h"
#include "demo/demodata.h"
#include "workspace/workspace.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestCookieDeclarationRender : public QObject
{
    Q_OBJECT

private slots:
    void rendersInChromium_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void rendersInChromium()
    {
        QFETCH(QString, lang);
        const QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        Language::apply(u"en"_s);
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(u"demo.kapsel"_s));
        QVERIFY(ws.ok());
        QVERIFY(!DemoData::writeCookies(**ws));
        const auto l = CookieText::langFromCode(lang);
        auto rows = CookieReconciler::load((*ws)->cookies(), l);
        QVERIFY(rows.ok());
        const QString html = dir.filePath(u"declaration.html"_s);
        {
            QFile f(html);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(CookieDeclaration::html(*rows, l, QDate(2025, 3, 10)).toUtf8());
        }
        const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"declaration-%1.png"_s.arg(lang));
        QFile::remove(png);
        QProcess p;
        p.start(chromium,
            { u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-background-networking"_s,
                u"--no-first-run"_s, u"--hide-scrollbars"_s, u"--user-data-dir="_s + dir.filePath(u"profile"_s),
                u"--window-size=1000,1300"_s, u"--screenshot="_s + png, QUrl::fromLocalFile(html).toString() });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(QFile::exists(png), p.readAllStandardError().constData());
        qInfo("declaration screenshot: %s", qPrintable(png));

        const QImage img = QImage(png).convertToFormat(QImage::Format_RGB32);
        QVERIFY(!img.isNull());
        // Table header rows have the background #e8eef4: count separate horizontal bands of it in the middle
        // of the page. The demo declares two categories (strictly necessary, statistics): two tables.
        const QRgb header = qRgb(0xe8, 0xee, 0xf4);
        const int x = img.width() / 2;
        int bands = 0;
        bool inBand = false;
        int darkRows = 0;
        for (int y = 0; y < img.height(); ++y) {
            bool headerRow = false;
            for (int dx = -150; dx <= 150 && !headerRow; dx += 10)
                headerRow = img.pixel(x + dx, y) == header;
            if (headerRow && !inBand)
                ++bands;
            inBand = headerRow;
            for (int xx = 0; xx < img.width(); xx += 4)
                if (qGray(img.pixel(xx, y)) < 80) {
                    ++darkRows;
                    break;
                }
        }
        QCOMPARE(bands, 2);
        QVERIFY2(darkRows > 200, "the page shows text"); // 8 rows, two headings, intro and footer
    }
};

QTEST_MAIN(TestCookieDeclarationRender)
#include "test_cookiedeclarationrender.moc"
