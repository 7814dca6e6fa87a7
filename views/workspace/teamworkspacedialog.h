// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks where a team workspace on PostgreSQL is: server (a host name, or a socket folder such as
// /run/postgresql), port, database, user, encryption, and a password for this session only. The address it
// builds is libpq's URI form, without the password; the password is never stored.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget *parent);

    // Fills the fields from an address (a recent workspace), and shows why the last attempt failed.
    void setUri(const QString &uri);
    void setError(const QString &message);

    QString uri() const; // postgresql://user@host:port/dbname?sslmode=...
    QByteArray password() const; // empty: libpq's ~/.pgpass or PGPASSWORD

private:
    void update();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
