// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli on crafted files: messages never carry a terminal escape or an identity number from the file,
// and no CSV it writes holds a live spreadsheet formula.
#include "cookies/cookiecsv.h"
#include "testsupport.h"

#include <QFile>

using namespace Qt::StringLiterals;
using TestSupport::identityNumber;
using TestSupport::runCli;

namespace {

bool hasTerminalControl(const QByteArray &bytes)
{
    for (const char c : bytes)
        if ((uchar(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f)
            return true;
    return bytes.contains("\xc2\x9b") || bytes.contains("\xc2\x9d");
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return TestSupport::writeFile(m_dir.filePath(name), bytes);
    }

private slots:
    // A header that retitles the terminal, clears it and uses the C1 CSI: the error quotes the header, made
    // visible, and the workspace is not created with any import in it.
    void escapesInHeadersAreShownNotObeyed()
    {
        const QString csv = write(u"evil.csv"_s,
            "session\x1b]0;pwned\x07,when\x1b[2J\x1b[H,\xc2\x9b"
            "31mred\nabc,2024-01-01,3\n");
        const QString db = m_dir.filePath(u"a.kapsel"_s);
        const auto r = runCli(
            { u"--db"_s, db, u"--lang"_s, u"en"_s, u"import"_s, u"--format"_s, u"sessions-csv"_s, csv }, m_dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(!hasTerminalControl(r.err), r.err.toHex(' ').constData());
        QVERIFY2(r.errText().contains(u"evil.csv:1: "_s), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"session␛]0;pwned␇"_s), qPrintable(r.errText()));
    }

    // Characters that make a header read other than it is stored (a right-to-left override, the marks that turn
    // text around, a line separator, an interlinear annotation): the message shows each as U+FFFD, as FileQuote
    // and the terminal guard both do, and none of them reaches stderr as it is.
    void hidingCharactersInHeadersAreReplaced()
    {
        const QString header = u"sesjon\u202Evsc.exe\u200F\u061C\u2028\uFFF9x\uFFFB"_s;
        const QString csv = write(u"hidden.csv"_s, (header + u",when\nabc,2024-01-01\n"_s).toUtf8());
        const QString db = m_dir.filePath(u"d.kapsel"_s);
        const auto r = runCli(
            { u"--db"_s, db, u"--lang"_s, u"en"_s, u"import"_s, u"--format"_s, u"sessions-csv"_s, csv }, m_dir.path());
        QCOMPARE(r.code, 1);
        for (const char *raw :
            { "\xe2\x80\xae", "\xe2\x80\x8f", "\xd8\x9c", "\xe2\x80\xa8", "\xef\xbf\xb9", "\xef\xbf\xbb" })
            QVERIFY2(!r.err.contains(raw), r.err.toHex(' ').constData());
        QVERIFY2(
            r.errText().contains(u"sesjon\uFFFDvsc.exe\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD"_s), qPrintable(r.errText()));
    }

    // A conversation id that is a fødselsnummer, in a conversation the importer refuses: the message names the
    // conversation without the number.
    void identityNumberInAnIdIsNotPrinted()
    {
        const QString id = identityNumber(u"030588"_s);
        QCOMPARE(id.size(), 11);
        const QString json = write(
            u"chat.json"_s, u"{\"conversations\": [{\"id\": \"%1\", \"messages\": \"oops\"}]}"_s.arg(id).toUtf8());
        const QString db = m_dir.filePath(u"b.kapsel"_s);
        for (const QString &lang : { u"en"_s, u"nb"_s }) {
            const auto r = runCli({ u"--db"_s, db, u"--lang"_s, lang, u"import"_s, json }, m_dir.path());
            QCOMPARE(r.code, 1);
            QVERIFY2(r.errText().contains(u"chat.json:"_s), qPrintable(r.errText()));
            QVERIFY2(!r.errText().contains(id), qPrintable(r.errText()));
            QVERIFY2(!r.errText().contains(id.left(6)), qPrintable(r.errText()));
        }
    }

    // Chat messages that would run as formulas come out of `chats --format csv` as text; the CSV reads back
    // with as many rows as messages.
    void chatCsvHasNoLiveFormulas()
    {
        const QByteArray messages[] = { "=HYPERLINK(\"http://evil.example/\",\"klikk\")", "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A2)", "\tTAB", "vanlig tekst" };
        QByteArray csv = "conversation_id,timestamp,sender,text\n";
        int minute = 0;
        for (const QByteArray &m : messages)
            csv += "c-1,2024-05-02 08:0" + QByteArray::number(minute++) + ",Kunde,\""
                + QByteArray(m).replace("\"", "\"\"") + "\"\n";
        const QString file = write(u"formulas.csv"_s, csv);
        const QString db = m_dir.filePath(u"c.kapsel"_s);
        const auto imp = runCli({ u"--db"_s, db, u"import"_s, file }, m_dir.path());
        QVERIFY2(imp.code == 0, imp.err.constData());
        const auto out = runCli({ u"--db"_s, db, u"chats"_s, u"--format"_s, u"csv"_s }, m_dir.path());
        QCOMPARE(out.code, 0);
        auto rows = CookieCsv::parse(out.out, u"out.csv"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size(messages) + 1);
        QStringList texts;
        for (size_t i = 1; i < rows->size(); ++i)
            texts << (*rows)[i].fields.value(3);
        for (const QByteArray &m : messages) {
            const QString original = QString::fromUtf8(m);
            const bool formula = u"=+-@\t"_s.contains(original.front());
            QVERIFY2(texts.contains(formula ? u'\'' + original : original), qPrintable(texts.join(u" | "_s)));
        }
        for (const QString &t : std::as_const(texts))
            QVERIFY2(!u"=+-@\t\r"_s.contains(t.front()), qPrintable(t));
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "test_clisafety.moc"
