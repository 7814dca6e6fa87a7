// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deferredtext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// A named, versioned set of redaction rules. "standard" is the privacy page's promise (R0-R4);
// "strict" adds e-mail addresses and spelled-out digits; "audit" is the literal reading (bare ASCII digit
// runs of 7 or more) to check what the chat vendor's own filter missed.
struct RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    QString name = QStringLiteral("standard");
    // Recorded with every stored conversation and audit entry. 2: numbers grouped by commas, apostrophes, middle
    // dots and Arabic separators, and digits with combining marks (keycap emoji), are numbers too.
    int version = 2;
    bool emails = false;
    bool spelledDigits = false;
    bool auditLiteral = false; // replaces R0-R4 by bare ASCII runs of 7+ digits

    QString id() const { return name + QLatin1Char('@') + QString::number(version); } // "standard@2"
    static std::optional<RuleSet> byName(const QString &name); // "standard", "strict", "audit"
    static QStringList names();
    static RuleSet standard();
    static QString defaultMarker(); // "[fjernet]"-style marker, translated
    static QString describeRule(const QString &ruleId); // translated, for tooltips and previews
    static DeferredText describeRuleLater(const QString &ruleId); // the same, for notes the history keeps
    static QString ruleLabel(const QString &ruleId); // translated short name, e.g. "identity number"
    // Translated name of an identity number's kind (NorwegianId::kindName), e.g. "D-number".
    static QString identityKindLabel(const QString &kindName);
    static DeferredText identityKindLabelLater(const QString &kindName); // the same, for notes the history keeps
    QString description() const; // translated one-liner for this rule set
};
