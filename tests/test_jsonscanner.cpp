// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/jsonscanner.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::StringLiterals;

// JsonScanner's skipping and copy-free reading, checked against QJsonDocument (a different parser) as the
// truth for what is valid JSON.
class TestJsonScanner : public QObject
{
    Q_OBJECT
private slots:
    // Every value kind is skipped, and the key after it is still found.
    void skipsAndFindsTheNextKey_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("object") << QByteArray("{\"a\":{\"b\":[1,2,{\"c\":null}]},\"d\":\"x\"}");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray("[ ]");
        QTest::newRow("nested arrays") << QByteArray("[[[],[[]]],[1e5,-0.5,true,false,null]]");
        QTest::newRow("escaped quotes") << QByteArray("\"a \\\"quoted\\\" \\\\ word\\\\\"");
        QTest::newRow("brackets in strings") << QByteArray("{\"k\":\"}]{[\",\"l\":[\"]\"]}");
        QTest::newRow("whitespace") << QByteArray("{ \"a\" : [ 1 , 2 ] ,\n\t\"b\" : { } }");
        QTest::newRow("number") << QByteArray("-12.5e-3");
    }
    void skipsAndFindsTheNextKey()
    {
        QFETCH(QByteArray, value);
        const QByteArray text = "{\"skip\":" + value + ",\"want\":\"yes\"}";
        QVERIFY2(!QJsonDocument::fromJson(text).isNull(), text.constData());
        JsonScanner j(text);
        QVERIFY(j.beginObject());
        QByteArrayView key, got;
        QVERIFY(j.nextKey(key));
        QCOMPARE(key, "skip");
        QVERIFY(j.skipValue());
        QVERIFY(j.nextKey(key));
        QCOMPARE(key, "want");
        QVERIFY(j.readString(got));
        QCOMPARE(got, "yes");
        QVERIFY(!j.nextKey(key));
        QVERIFY(j.ok());
        QVERIFY(j.atEnd());
    }

    // Damage inside a part that is only skipped is still found (QJsonDocument agrees it is not JSON).
    void damagedSkippedPartsFail_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("key not a string") << QByteArray("{a:1}");
        QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"b\":2}");
        QTest::newRow("trailing comma") << QByteArray("[1,2,]");
        QTest::newRow("wrong closer") << QByteArray("{\"a\":[1,2}}");
        QTest::newRow("unclosed") << QByteArray("{\"a\":[1,2");
        QTest::newRow("unterminated string") << QByteArray("[\"abc");
        QTest::newRow("bad literal") << QByteArray("[nul]");
        QTest::newRow("garbage") << QByteArray("[1,@]");
        QTest::newRow("too deep") << QByteArray(300, '[') + QByteArray(300, ']');
    }
    void damagedSkippedPartsFail()
    {
        QFETCH(QByteArray, value);
        const QByteArray text = "{\"skip\":" + value + ",\"want\":1}";
        if (!QTest::currentDataTag() || qstrcmp(QTest::currentDataTag(), "too deep") != 0) {
            QJsonParseError e;
            QJsonDocument::fromJson(text, &e);
            QVERIFY2(e.error != QJsonParseError::NoError, text.constData());
        }
        JsonScanner j(text);
        QVERIFY(j.beginObject());
        QByteArrayView key;
        QVERIFY(j.nextKey(key));
        bool walked = j.skipValue();
        while (walked && j.nextKey(key))
            walked = j.skipValue();
        QVERIFY(!j.ok());
    }

    // Views point into the text without escapes; with escapes they hold the decoded text.
    void viewsDecodeEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("plain") << QByteArray("\"1234.5678\"") << QByteArray("1234.5678");
        QTest::newRow("quote and backslash") << QByteArray("\"333\\\\\\\"3.17\"") << QByteArray("333\\\"3.17");
        QTest::newRow("unicode") << QByteArray("\"k\\u00f8 \\ud83d\\ude00\"") << QByteArray("kø 😀");
        QTest::newRow("utf-8 as is") << QByteArray("\"blåbær\"") << QByteArray("blåbær");
        QTest::newRow("empty") << QByteArray("\"\"") << QByteArray();
    }
    void viewsDecodeEscapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, decoded);
        JsonScanner j(json);
        QByteArrayView v;
        QVERIFY(j.readString(v));
        QCOMPARE(v.toByteArray(), decoded);
        QVERIFY(j.atEnd());
        // The decoding overload gives the same.
        JsonScanner k(json);
        QByteArray copy;
        QVERIFY(k.readString(copy));
        QCOMPARE(copy, decoded);
    }

    void scalarViews_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("int string") << QByteArray("\"1700000000\"") << QByteArray("1700000000");
        QTest::newRow("number") << QByteArray("-42.5") << QByteArray("-42.5");
        QTest::newRow("null") << QByteArray("null") << QByteArray();
        QTest::newRow("true") << QByteArray("true") << QByteArray("true");
    }
    void scalarViews()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, raw);
        JsonScanner j(json);
        QByteArrayView v;
        QVERIFY(j.readScalar(v));
        QCOMPARE(v.toByteArray(), raw);
        QVERIFY(j.atEnd());
    }

    void controlCharacterInStringFails()
    {
        const QByteArray text("\"a\tb\"");
        JsonScanner j(text);
        QByteArrayView v;
        QVERIFY(!j.readString(v));
        QVERIFY(!j.ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "test_jsonscanner.moc"
