// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What "returning" and "duration" mean in each analytics tool, and which cookie makes the figure possible.
// Shown beside the charts so a reader does not compare unlike figures.
struct SourceExplanation
{
    // What the source's first-time/returning split relies on: a cookie (so only visitors who accepted it are
    // told apart), no cookie at all (no split), or nothing the file says.
    enum class SplitBasis { Cookie, NoCookie, Unknown };

    QString title;
    QString returning;
    QString duration;
    QString cookie;
    SplitBasis basis = SplitBasis::Unknown;
    QStringList cookies; // for Cookie: the cookie names, as in the cookie knowledge base
};

class SourceExplanations
{
    Q_DECLARE_TR_FUNCTIONS(SourceExplanations)

public:
    // Recognises GA4, Universal Analytics, Matomo, Siteimprove and Plausible by name; others get a generic text.
    static SourceExplanation forSource(const QString &source);
    // One line on what the split relies on, for tooltips and the visitors command: "cookie _ga (analytics
    // consent: only visitors who accepted it are told apart)", "no cookie: ...", "not known: ...".
    static QString splitBasis(const SourceExplanation &e);
};
