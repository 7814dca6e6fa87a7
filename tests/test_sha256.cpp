// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// Sha256 against QCryptographicHash (a different implementation) and the FIPS 180-2 examples, for the
// SHA-instruction path (where the CPU has it) and the portable one.
class TestSha256 : public QObject
{
    Q_OBJECT
private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        qInfo("SHA instructions: %s", Sha256::hardwareAccelerated() ? "used" : "not available, portable code only");
        for (bool portable : { false, true }) {
            Sha256 h;
            h.setPortableOnly(portable);
            h.addData(input);
            QCOMPARE(h.result().toHex(), hex);
        }
    }

    // Every length around the block and padding edges, fed whole and in uneven pieces.
    void matchesQCryptographicHash()
    {
        QRandomGenerator rng(7);
        QByteArray data(5000, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        for (int len = 0; len <= 300; ++len) {
            const QByteArray part = data.left(len);
            const QByteArray truth = QCryptographicHash::hash(part, QCryptographicHash::Sha256);
            for (bool portable : { false, true }) {
                Sha256 whole;
                whole.setPortableOnly(portable);
                whole.addData(part);
                QCOMPARE(whole.result(), truth);
                Sha256 pieces;
                pieces.setPortableOnly(portable);
                for (qsizetype i = 0; i < part.size();) {
                    const qsizetype n = std::min<qsizetype>(1 + rng.bounded(70), part.size() - i);
                    pieces.addData(QByteArrayView(part).sliced(i, n));
                    i += n;
                }
                QCOMPARE(pieces.result(), truth);
            }
        }
    }

    void device()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator rng(11);
        for (char &c : data)
            c = char(rng.bounded(256));
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sha256 h;
        QVERIFY(h.addData(buffer));
        QCOMPARE(h.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
