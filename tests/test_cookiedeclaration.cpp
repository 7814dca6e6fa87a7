// SPDX-License-Identifier: GPL-3.0-or-later
// The declaration exports with hostile names, purposes and suppliers (from a HAR or a cookie CSV): no cell
// ends early, no HTML or formula comes alive, nothing steers a terminal, in every format.
#include "cookies/cookiecsv.h"
#include "cookies/cookiedeclaration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using CookieText::Lang;

namespace {

const QStringList &hostile()
{
    static const QStringList h { u"a|b"_s, u"line\nbreak"_s, u"cr\r\nlf"_s, u"<script>alert(1)</script>"_s,
        u"<img src=x onerror=alert(1)>"_s, u"`code` and ``two``"_s, u"[link](javascript:alert(1))"_s,
        u"**bold** _em_ ~~gone~~"_s, u"&lt;script&gt;"_s, u"back\\slash|"_s, u"esc\x1b]0;pwned\x07"_s,
        u"=HYPERLINK(\"http://evil\")"_s, u"# heading"_s };
    return h;
}

std::vector<CookieRow> hostileRows()
{
    std::vector<CookieRow> rows;
    qint64 id = 0;
    for (const QString &h : hostile()) {
        CookieRow r;
        r.declared.id = ++id;
        r.declared.name = h;
        r.declared.domain = u"example.no"_s;
        r.declared.category = u"statistics"_s;
        r.declared.purposeEn = u"purpose " + h;
        r.declared.purposeNb = u"formål " + h; // complete: a draft would not be published at all
        r.declared.supplier = u"supplier " + h;
        r.declared.retention = u"1 year"_s;
        r.declared.party = u"first"_s;
        rows.push_back(r);
    }
    return rows;
}

// A GFM table row split into cells the way a renderer does: `\` escapes the next character, an unescaped `|`
// ends a cell. Returns the cells unescaped.
QStringList gfmCells(const QString &row)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size()) {
            cell += row[++i];
        } else if (row[i] == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    cells << cell.trimmed();
    return cells.mid(1, cells.size() - 2); // a row starts and ends with a bar
}

// Characters CommonMark reads as markup when they are not escaped.
bool hasLiveMarkup(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\') {
            ++i;
            continue;
        }
        if (u"<`[]*_&~"_s.contains(line[i]))
            return true;
    }
    return false;
}

// What a single-line cell shows for `text`: line breaks become spaces, controls their pictures.
QString shownInOneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ');
    text.replace(QChar(0x1b), QChar(0x241b)).replace(QChar(0x07), QChar(0x2407));
    return text;
}

} // namespace

class TestCookieDeclaration : public QObject
{
    Q_OBJECT

private slots:
    void markdownCellsHold()
    {
        const auto rows = hostileRows();
        const QString md = CookieDeclaration::markdown(rows, Lang::En, QDate(2026, 12, 3));
        QStringList tableRows;
        for (const QString &line : md.split(u'\n'))
            if (line.startsWith(u'|') && !line.startsWith(u"|---"_s))
                tableRows << line;
        QCOMPARE(tableRows.size(), qsizetype(rows.size()) + 1); // one category: one header, one row per cookie
        QSet<QString> namesSeen;
        for (const QString &line : tableRows.mid(1)) {
            QVERIFY2(!hasLiveMarkup(line), qPrintable(line));
            QVERIFY(!line.contains(QChar(0x1b)) && !line.contains(QChar(0x07)));
            const QStringList cells = gfmCells(line);
            QCOMPARE(cells.size(), 5);
            namesSeen << cells[0];
            QCOMPARE(cells[1], u"purpose "_s + cells[0]);
            QCOMPARE(cells[2], u"supplier "_s + cells[0]);
        }
        QSet<QString> expected;
        for (const QString &h : hostile())
            expected << shownInOneLine(h).trimmed();
        QCOMPARE(namesSeen, expected);
    }

    void htmlHasNoLiveTags()
    {
        const QString html = CookieDeclaration::html(hostileRows(), Lang::En, QDate(2026, 12, 3));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"&amp;lt;script&amp;gt;"_s)); // an entity in the data stays text
        QVERIFY(!html.contains(QChar(0x1b)) && !html.contains(QChar(0x07)));
        QCOMPARE(html.count(u"<tr>"_s), qsizetype(hostileRows().size()) + 1);
    }

    void csvReadsBack()
    {
        const auto rows = hostileRows();
        const QString csv = CookieDeclaration::csv(rows, Lang::En);
        auto parsed = CookieCsv::parse(csv.toUtf8(), u"declaration.csv"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), rows.size() + 1);
        for (size_t i = 0; i < rows.size(); ++i) {
            const QStringList &f = (*parsed)[i + 1].fields;
            QCOMPARE(f.size(), CookieDeclaration::csvColumns().size());
            QString want = rows[i].declared.name;
            if (want.startsWith(u'='))
                want.prepend(u'\'');
            want.replace(u"\r\n"_s, u"\n"_s).replace(QChar(0x1b), QChar(0x241b)).replace(QChar(0x07), QChar(0x2407));
            QCOMPARE(f[0], want);
            QVERIFY(!f[3].startsWith(u'='));
        }
    }

    void jsonKeepsTheDataExactly()
    {
        const auto rows = hostileRows();
        const QJsonArray arr = QJsonDocument::fromJson(CookieDeclaration::json(rows, Lang::En)).array();
        QCOMPARE(arr.size(), qsizetype(rows.size()));
        for (qsizetype i = 0; i < arr.size(); ++i)
            QCOMPARE(arr[i].toObject().value(u"name"_s).toString(), rows[size_t(i)].declared.name);
        // JSON escapes control characters itself: no raw ESC in the bytes.
        QVERIFY(!CookieDeclaration::json(rows, Lang::En).contains('\x1b'));
    }

    void pdfHasNoControls()
    {
        const QByteArray pdf = CookieDeclaration::pdf(hostileRows(), Lang::Nb, QDate(2026, 12, 3));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!pdf.contains('\x1b') && !pdf.contains('\x07'));
    }
};

QTEST_GUILESS_MAIN(TestCookieDeclaration)
#include "test_cookiedeclaration.moc"
