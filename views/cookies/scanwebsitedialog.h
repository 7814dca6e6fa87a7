// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookiescan/cookiescanner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Cookies ▸ Scan website…: the start address, how many pages, which visitor choices to test, and the banner's
// buttons when the built-in rules do not find them.
class ScanWebsiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScanWebsiteDialog(QWidget *parent);

    void setUrl(const QString &url);
    // The scan as chosen; valid only after the dialog was accepted.
    CookieScanOptions options() const;

private:
    void validate();

    QLineEdit *m_url;
    QSpinBox *m_pages;
    QCheckBox *m_before;
    QCheckBox *m_accept;
    QCheckBox *m_reject;
    QLineEdit *m_acceptSelector;
    QLineEdit *m_rejectSelector;
    QCheckBox *m_sameHost;
    QLabel *m_problem;
};
