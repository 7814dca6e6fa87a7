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
        QTest::newRow("statistics needs a supplier")
            << u"__utma"_s << int(CookieInventoryModel::Supplier) << u""_s << false;
        QTest::newRow("statistics needs a retention")
            << u"__utma"_s << int(CookieInventoryModel::DeclaredRetention) << u""_s << false;
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
