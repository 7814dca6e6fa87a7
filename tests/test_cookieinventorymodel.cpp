// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory item model on the demo workspace: model invariants, validation of edits, declaring a
// suggestion, removing and restoring under the same id.
#include "testsupport.h"

#include "cookies/cookieinventorymodel.h"
#include "core/language.h"
#include "demo/demodata.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

class TestCookieInventoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    CookieInventoryModel *m_model = nullptr;

    QModelIndex cell(const QString &name, int column)
    {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->cookie(r).declared.name == name)
                return m_model->index(r, column);
        return {};
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        auto ws = Workspace::open(m_dir.filePath(u"m.kapsel"_s));
        QVERIFY(ws.ok());
        m_ws = *ws;
        QVERIFY(!DemoData::writeCookies(*m_ws));
        m_model = new CookieInventoryModel(this);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
        m_model->setRegister(&m_ws->cookies());
        QCOMPARE(m_model->rowCount(), 14);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("cookie");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        // A missing text is no reason to refuse an edit: the entry is kept as a draft (see drafts()).
        QTest::newRow("a draft may lack a supplier")
            << u"__utma"_s << int(CookieInventoryModel::Supplier) << u""_s << true;
        QTest::newRow("a draft may lack a retention")
            << u"__utma"_s << int(CookieInventoryModel::DeclaredRetention) << u""_s << true;
        QTest::newRow("retention must be a period")
            << u"__utma"_s << int(CookieInventoryModel::DeclaredRetention) << u"a while"_s << false;
        QTest::newRow("retention in Bokmål")
            << u"__utma"_s << int(CookieInventoryModel::DeclaredRetention) << u"2 år"_s << true;
        QTest::newRow("necessary may lack a supplier")
            << u"PHPSESSID"_s << int(CookieInventoryModel::Supplier) << u""_s << true;
        QTest::newRow("unknown category") << u"__utmb"_s << int(CookieInventoryModel::Category) << u"tasty"_s << false;
        QTest::newRow("category by label")
            << u"__utmb"_s << int(CookieInventoryModel::Category) << u"Marketing"_s << true;
        QTest::newRow("empty name") << u"__utmc"_s << int(CookieInventoryModel::Name) << u""_s << false;
        QTest::newRow("bad party") << u"__utmc"_s << int(CookieInventoryModel::Party) << u"second"_s << false;
    }
    void validation()
    {
        QFETCH(QString, cookie);
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QModelIndex i = cell(cookie, column);
        QVERIFY(i.isValid());
        QVERIFY(i.flags() & Qt::ItemIsEditable);
        const QVariant before = i.data(Qt::EditRole);
        QCOMPARE(m_model->setData(i, value), accepted);
        if (!accepted) {
            QVERIFY(!m_model->lastError().isEmpty());
            QCOMPARE(cell(cookie, column).data(Qt::EditRole), before);
        }
    }

    // A partly edited entry is stored as it is and marked as a draft, in words, with what it still lacks; the
    // complete entries are not drafts.
    void drafts()
    {
        QVERIFY(m_model->setData(cell(u"__utmz"_s, CookieInventoryModel::PurposeNb), u""_s));
        QVERIFY(m_model->setData(cell(u"__utmz"_s, CookieInventoryModel::Supplier), u""_s));
        QCOMPARE(cell(u"__utmz"_s, CookieInventoryModel::Supplier).data().toString(), u""_s); // stored, not refused
        QVERIFY(cell(u"__utmz"_s, 0).data(CookieInventoryModel::DraftRole).toBool());
        QCOMPARE(cell(u"__utmz"_s, CookieInventoryModel::Entry).data().toString(),
            u"Draft: missing purpose in Bokmål, supplier"_s);
        QCOMPARE(cell(u"__utmz"_s, CookieInventoryModel::PurposeEn).data().toString(),
            u"Identifies where the user comes from (search engine, keyword, link, advert, etc.)."_s);
        QCOMPARE(cell(u"nmstat"_s, CookieInventoryModel::Entry).data().toString(), u"Complete"_s);
        QVERIFY(!cell(u"nmstat"_s, 0).data(CookieInventoryModel::DraftRole).toBool());
        QCOMPARE(cell(u"_gid"_s, CookieInventoryModel::Entry).data().toString(), u""_s); // not declared
        // Completing it makes it an entry again.
        QVERIFY(m_model->setData(cell(u"__utmz"_s, CookieInventoryModel::PurposeNb), u"Hvor brukeren kom fra."_s));
        QVERIFY(m_model->setData(cell(u"__utmz"_s, CookieInventoryModel::Supplier), u"Google"_s));
        QVERIFY(!cell(u"__utmz"_s, 0).data(CookieInventoryModel::DraftRole).toBool());
    }

    void undeclaredRowsAreNotEditable()
    {
        QVERIFY(!(cell(u"_gid"_s, CookieInventoryModel::Supplier).flags() & Qt::ItemIsEditable));
        QVERIFY(!(cell(u"__utma"_s, CookieInventoryModel::StatusColumn).flags() & Qt::ItemIsEditable));
    }

    void declareRemoveRestore()
    {
        const int row = cell(u"_gid"_s, 0).row();
        QVERIFY(m_model->cookie(row).suggested);
        const qint64 id = m_model->declare(row);
        QVERIFY(id > 0);
        QCOMPARE(cell(u"_gid"_s, 0).data(CookieInventoryModel::StatusRole).toInt(), int(CookieText::Status::Ok));
        QVERIFY(!cell(u"_gid"_s, 0).data(CookieInventoryModel::SuggestedRole).toBool());
        DeclaredCookie removed;
        QVERIFY(m_model->remove(id, &removed));
        QCOMPARE(
            cell(u"_gid"_s, 0).data(CookieInventoryModel::StatusRole).toInt(), int(CookieText::Status::Undeclared));
        QCOMPARE(m_model->restore(removed), id);
        QCOMPARE(m_model->rowOfDeclared(id), cell(u"_gid"_s, 0).row());
    }
};

QTEST_GUILESS_MAIN(TestCookieInventoryModel)
#include "test_cookieinventorymodel.moc"
