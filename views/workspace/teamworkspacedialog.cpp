// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/teamworkspacedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultPort = 5432;
}

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open team workspace (PostgreSQL)"));
    // Wide enough to show a usual address whole.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team workspace is a PostgreSQL database that several people open at once. "
                                "Ask its owner for the server, the database and your user name."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("server name, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("Kept in memory until Kapsel closes; never saved."));
    m_sslMode = new QComboBox(this);
    m_sslMode->addItem(tr("When the server offers it"), u"prefer"_s);
    m_sslMode->addItem(tr("Always (encrypted)"), u"require"_s);
    m_sslMode->addItem(tr("Always, and check the server's certificate"), u"verify-full"_s);
    m_sslMode->addItem(tr("Never"), u"disable"_s);
    m_address = new QLineEdit(this);
    m_address->setReadOnly(true);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_sslMode->setObjectName(u"sslMode"_s);
    m_address->setObjectName(u"address"_s);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(tr("Address:"), m_address);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : { m_host, m_database, m_user })
        connect(e, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamWorkspaceDialog::update);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamWorkspaceDialog::update);
    update();
}

void TeamWorkspaceDialog::setUri(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid())
        return;
    const QUrlQuery query(url);
    m_host->setText(url.host().isEmpty() ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : url.host());
    m_port->setValue(url.port(kDefaultPort));
    m_database->setText(url.path(QUrl::FullyDecoded).mid(1));
    if (!url.userName().isEmpty())
        m_user->setText(url.userName(QUrl::FullyDecoded));
    const int ssl = m_sslMode->findData(query.queryItemValue(u"sslmode"_s));
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    update();
}

void TeamWorkspaceDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString TeamWorkspaceDialog::uri() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    const QString host = m_host->text().trimmed();
    // A socket folder cannot be a URI's host: libpq takes it as the host parameter.
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, QString::fromLatin1(QUrl::toPercentEncoding(host)));
    else
        url.setHost(host);
    if (m_port->value() != kDefaultPort)
        url.setPort(m_port->value());
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(u'/' + m_database->text().trimmed());
    const QString ssl = m_sslMode->currentData().toString();
    if (ssl != u"prefer")
        query.addQueryItem(u"sslmode"_s, ssl);
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" when there is no host; libpq needs the empty authority.
    if (url.host().isEmpty() && !text.startsWith(u"postgresql://"_s))
        text.replace(0, int(qstrlen("postgresql:")), u"postgresql://"_s);
    return text;
}

QByteArray TeamWorkspaceDialog::password() const
{
    return m_password->text().toUtf8();
}

void TeamWorkspaceDialog::update()
{
    m_address->setText(uri());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!m_database->text().trimmed().isEmpty());
}
