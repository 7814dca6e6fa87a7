// SPDX-License-Identifier: GPL-3.0-or-later
// The column-mapping dialog: Import stays disabled until the importer has what it needs, and the chosen map
// is what the sessions CSV importer accepts.
#include "common/columnmappingdialog.h"
#include "core/language.h"
#include "importers/sessionscsvimporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

private:
    static SessionsCsvColumns inspect(QByteArray csv)
    {
        QBuffer buf(&csv);
        buf.open(QIODevice::ReadOnly);
        auto c = SessionsCsvImporter::inspect(buf, {});
        return c ? *c : SessionsCsvColumns {};
    }
    static void choose(ColumnMappingDialog &d, const QString &field, const QString &header)
    {
        auto *combo = d.findChild<QComboBox *>(u"map_"_s + field);
        QVERIFY(combo);
        const int i = combo->findData(header);
        QVERIFY(i >= 0);
        combo->setCurrentIndex(i);
    }

private slots:
    void cleanup() { Language::apply(u"en"_s); }

    void importEnabledOnlyWhenEnough()
    {
        const SessionsCsvColumns cols = inspect("Besøker;Tidspunkt;Sekunder;Kanal\nv1;2024-01-01 10:00;30;web\n");
        QCOMPARE(cols.headers.size(), 4);
        QVERIFY(!cols.ok());
        ColumnMappingDialog d(u"x.csv"_s, cols, nullptr);
        auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        choose(d, u"started_at"_s, u"Tidspunkt"_s);
        QVERIFY(!ok->isEnabled()); // still no figure
        choose(d, u"duration_s"_s, u"Sekunder"_s);
        QVERIFY(ok->isEnabled());
        choose(d, u"visitor_id"_s, u"Besøker"_s);
        const QHash<QString, QString> map = d.columnMap();
        QCOMPARE(map.value(u"started_at"_s), u"Tidspunkt"_s);
        QCOMPARE(map.value(u"duration_s"_s), u"Sekunder"_s);
        QCOMPARE(map.value(u"visitor_id"_s), u"Besøker"_s);
        QVERIFY(!map.contains(u"source"_s));
        QVERIFY(SessionsCsvImporter::mapColumns(cols.headers, map).ok());
    }

    void readsInBokmal()
    {
        Language::apply(u"nb"_s);
        ColumnMappingDialog d(u"x.csv"_s, inspect("a;b\n1;2\n"), nullptr);
        QVERIFY(d.windowTitle().startsWith(u"Koble kolonnene"_s));
        QCOMPARE(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
        bool hint = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            hint = hint || l->text().contains(u"Mangler fortsatt"_s);
        QVERIFY(hint);
    }
};

QTEST_MAIN(TestColumnMappingDialog)
#include "test_columnmappingdialog.moc"
