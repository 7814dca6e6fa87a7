// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

// A window-modal progress dialog for a job on a worker thread, with Cancel, shown after `showAfterMs`. It starts as a
// busy indicator (no steps; setRange gives it some) and stays until it is closed: it neither closes nor resets
// itself when its value reaches the end.
QProgressDialog *busyIndicator(QWidget *parent, const QString &title, const QString &label, int showAfterMs);
