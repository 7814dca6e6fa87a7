// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deferredtext.h"
#include "redaction/redactor.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// Counts of what a rule set removed and kept, per rule. Never holds the removed values themselves: this is
// what the audit log and the reports keep.
class RedactionTally
{
    Q_DECLARE_TR_FUNCTIONS(RedactionTally)

public:
    QMap<QString, qint64> removed; // rule id -> spans removed
    QMap<QString, qint64> kept; // rule id -> spans kept on purpose (R4)
    qint64 identityNumbers = 0; // removed spans that are valid Norwegian identity numbers
    QMap<QString, qint64> identityKinds; // of those, per kind (NorwegianId::kindName); never the numbers

    void add(const QList<RedactionSpan> &spans);
    void add(const RedactionTally &other);
    qint64 removedTotal() const;
    qint64 keptTotal() const;
    bool isEmpty() const { return removed.isEmpty() && kept.isEmpty(); }

    // Compact JSON for the audit log: {"removed":{"R2":3},"kept":{"R4-date":1},"identity":2,
    // "identityKinds":{"birth":1,"d-number":1}} (entries written before kinds were counted have none).
    QString toJson() const;
    static RedactionTally fromJson(const QString &json);
    // Translated lines, one per rule, e.g. "R3: 4 removed. <what R3 finds>".
    QStringList describe() const;
    // The same lines untranslated, for the notes the import history keeps.
    QList<DeferredText> describeLater() const;
    // Translated counts per kind, e.g. "birth number (fødselsnummer) 2, D-number 1"; empty when none are known.
    QString identityKindSummary() const;
    // One translated line, e.g. "R2 3, R3 4; kept: R4-date 1".
    QString summary() const;

private:
    DeferredText identityKindsLater() const;
};
