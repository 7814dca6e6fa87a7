// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
struct SessionsCsvColumns;

// Asks which column of a sessions CSV holds each field, when Kapsel cannot tell from the headers.
// The chosen map is remembered in the workspace for files with the same headers.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString &fileName, const SessionsCsvColumns &columns, QWidget *parent);

    QHash<QString, QString> columnMap() const; // field -> header

private:
    void updateOk();
    static QString fieldLabel(const QString &field);

    QStringList m_fields;
    QStringList m_headers;
    QList<QComboBox *> m_combos;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_hint = nullptr;
};
