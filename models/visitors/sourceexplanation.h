// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// What "returning" and "duration" mean in each analytics tool, and which cookie makes the figure possible.
// Shown beside the charts so a reader does not compare unlike figures.
struct SourceExplanation
{
    QString title;
    QString returning;
    QString duration;
    QString cookie;
};

class SourceExplanations
{
    Q_DECLARE_TR_FUNCTIONS(SourceExplanations)

public:
    // Recognises GA4, Universal Analytics, Matomo, Siteimprove and Plausible by name; others get a generic text.
    static SourceExplanation forSource(const QString &source);
};
