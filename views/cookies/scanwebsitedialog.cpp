// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/scanwebsitedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

std::optional<QUrl> webAddress(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(u"://"_s))
        t.prepend(u"https://"_s); // what a browser's address bar does
    const QUrl url(t);
    if (!url.isValid() || url.host().isEmpty() || !QStringList { u"http"_s, u"https"_s }.contains(url.scheme()))
        return std::nullopt;
    return url;
}

} // namespace

ScanWebsiteDialog::ScanWebsiteDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"scanWebsiteDialog"_s);
    setWindowTitle(tr("Scan website"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kapsel opens the website in Debian's chromium, without a window and with a fresh, "
                                "throwaway profile for each choice, and keeps what it sets before the visitor chooses, "
                                "after accept and after reject. Cookie values are never kept."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"scanUrl"_s);
    m_url->setPlaceholderText(u"https://www.example.no/"_s);
    form->addRow(tr("Start &address:"), m_url);
    m_pages = new QSpinBox(this);
    m_pages->setObjectName(u"scanPages"_s);
    m_pages->setRange(1, 1000);
    m_pages->setValue(10);
    m_pages->setToolTip(tr("Pages of the site visited after each choice, following its links"));
    form->addRow(tr("&Pages per choice:"), m_pages);
    m_before = new QCheckBox(tr("&Before a choice (banner untouched)"), this);
    m_before->setObjectName(u"scanBefore"_s);
    m_accept = new QCheckBox(tr("After &accept all"), this);
    m_accept->setObjectName(u"scanAccept"_s);
    m_reject = new QCheckBox(tr("After &reject all"), this);
    m_reject->setObjectName(u"scanReject"_s);
    for (QCheckBox *c : { m_before, m_accept, m_reject }) {
        c->setChecked(true);
        connect(c, &QCheckBox::toggled, this, &ScanWebsiteDialog::validate);
    }
    auto *choices = new QVBoxLayout;
    choices->addWidget(m_before);
    choices->addWidget(m_accept);
    choices->addWidget(m_reject);
    form->addRow(tr("Test:"), choices);
    m_acceptSelector = new QLineEdit(this);
    m_acceptSelector->setObjectName(u"scanAcceptSelector"_s);
    m_acceptSelector->setPlaceholderText(tr("optional, e.g. #accept-all"));
    form->addRow(tr("Accept &button (CSS):"), m_acceptSelector);
    m_rejectSelector = new QLineEdit(this);
    m_rejectSelector->setObjectName(u"scanRejectSelector"_s);
    m_rejectSelector->setPlaceholderText(tr("optional, e.g. #reject-all"));
    form->addRow(tr("Re&ject button (CSS):"), m_rejectSelector);
    m_sameHost = new QCheckBox(tr("Only pages on the start address's own host"), this);
    m_sameHost->setObjectName(u"scanSameHost"_s);
    form->addRow(QString(), m_sameHost);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"scanProblem"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Scan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_url, &QLineEdit::textChanged, this, &ScanWebsiteDialog::validate);
    validate();
}

void ScanWebsiteDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ScanWebsiteDialog::validate()
{
    QString problem;
    if (!m_url->text().trimmed().isEmpty() && !webAddress(m_url->text()))
        problem = tr("This is not a web address: give one like https://www.example.no/.");
    else if (!m_before->isChecked() && !m_accept->isChecked() && !m_reject->isChecked())
        problem = tr("Choose at least one of the visitor's choices to test.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    auto *box = findChild<QDialogButtonBox *>();
    if (box)
        box->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && webAddress(m_url->text()));
}

CookieScanOptions ScanWebsiteDialog::options() const
{
    CookieScanOptions o;
    o.startUrl = webAddress(m_url->text()).value_or(QUrl());
    o.pages = m_pages->value();
    o.phases.clear();
    if (m_before->isChecked())
        o.phases << ConsentPhase::Before;
    if (m_accept->isChecked())
        o.phases << ConsentPhase::Accept;
    if (m_reject->isChecked())
        o.phases << ConsentPhase::Reject;
    o.acceptSelector = m_acceptSelector->text().trimmed();
    o.rejectSelector = m_rejectSelector->text().trimmed();
    o.sameSiteOnly = m_sameHost->isChecked();
    return o;
}
