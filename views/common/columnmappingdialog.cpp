// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/columnmappingdialog.h"

#include "importers/sessionscsvimporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName, const SessionsCsvColumns &columns, QWidget *parent)
    : QDialog(parent)
    , m_fields(SessionsCsvImporter::fields())
{
    setObjectName(u"columnMappingDialog"_s);
    setWindowTitle(tr("Map the columns of %1").arg(fileName));
    m_headers = columns.headers;

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kapsel could not tell from the headers which column holds each field. Choose the "
                                "column for each field; fields the file does not have stay empty in the figures. "
                                "Kapsel remembers your choice for files with the same headers."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const QString &field : m_fields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"map_"_s + field);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &h : columns.headers)
            combo->addItem(h, h);
        const auto found = columns.columnOfField.constFind(field);
        if (found != columns.columnOfField.cend() && *found >= 0 && *found < columns.headers.size())
            combo->setCurrentIndex(*found + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateOk);
        form->addRow(fieldLabel(field), combo);
        m_combos << combo;
    }
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

QString ColumnMappingDialog::fieldLabel(const QString &field)
{
    if (field == u"visitor_id")
        return tr("Visitor ID");
    if (field == u"session_id")
        return tr("Session ID");
    if (field == u"started_at")
        return tr("Start time");
    if (field == u"duration_s")
        return tr("Duration (seconds or hh:mm:ss)");
    if (field == u"visit_number")
        return tr("Visit number (1 = first visit)");
    if (field == u"is_new")
        return tr("First-time visitor (yes/no)");
    if (field == u"pageviews")
        return tr("Page views");
    if (field == u"source")
        return tr("Traffic source");
    return field;
}

QHash<QString, QString> ColumnMappingDialog::columnMap() const
{
    QHash<QString, QString> map;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString header = m_combos[i]->currentData().toString();
        if (!header.isEmpty())
            map.insert(m_fields[i], header);
    }
    return map;
}

void ColumnMappingDialog::updateOk()
{
    // The importer decides what is enough: a start time and at least one figure.
    const SessionsCsvColumns c = SessionsCsvImporter::mapColumns(m_headers, columnMap());
    QStringList lines;
    if (c.missingRequired.contains(u"started_at"_s))
        lines << tr("Still needed: the column with the start time.");
    if (c.missingRequired.contains(u"duration_s"_s))
        lines << tr("Still needed: at least one of duration, visit number or first-time visitor.");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.ok());
    m_hint->setText(lines.join(u'\n'));
}
