// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/busyindicator.h"

#include <QCoreApplication>
#include <QProgressDialog>

QProgressDialog *busyIndicator(QWidget *parent, const QString &title, const QString &label, int showAfterMs)
{
    auto *progress = new QProgressDialog(label, QCoreApplication::translate("BusyIndicator", "Cancel"), 0, 0, parent);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(showAfterMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}
