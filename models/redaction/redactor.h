// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/norwegianid.h"
#include "redaction/ruleset.h"

#include <QList>
#include <QString>
#include <QStringView>

// One span the rules found. Offsets are UTF-16 code units into the text given to findSpans().
struct RedactionSpan
{
    enum class Action { Remove, Keep };
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    QString rule; // rule id, e.g. "R2", "R3", "R4-date", "R4-amount", "email", "spelled", "audit"
    Action action = Action::Remove;
    bool isIdentityNumber = false; // R3: a valid Norwegian identity number (fødselsnummer, D-, H-, FH-number)
    // Which kind of identity number (Invalid unless isIdentityNumber): what the preview's tooltip and the audit
    // counts name; the number itself is never kept.
    NorwegianId::Kind idKind = NorwegianId::Kind::Invalid;
};

// The redaction engine: a pure function of text and rule set. No I/O, no state, no Qt objects.
namespace Redactor {

// All spans, sorted by start, non-overlapping; Keep spans are the R4 cases kept on purpose.
QList<RedactionSpan> findSpans(QStringView text, const RuleSet &rules);
// The same, but only numbers, words and addresses starting at or after `from` are considered; the text before
// it is read-only context (a currency marker, IBAN letters or a `+` before a number). Used by the streaming
// filter, which carries a little context from one chunk to the next.
QList<RedactionSpan> findSpans(QStringView text, const RuleSet &rules, qsizetype from);
// The same into a list the caller reuses (cleared first): the streaming filter's hot path. Without `keeps`
// only the spans to remove are listed.
void findSpansInto(
    QStringView text, const RuleSet &rules, qsizetype from, QList<RedactionSpan> &spans, bool keeps = true);
// Shortcuts are exact: they give the spans the general judgement would give, only sooner (the timestamp at the
// start of every transcript line). Off, only the general judgement runs: tests compare the two.
enum class Shortcuts { On, Off };
void findSpansInto(QStringView text, const RuleSet &rules, qsizetype from, QList<RedactionSpan> &spans, bool keeps,
    Shortcuts shortcuts);
// Replaces each Remove span by `marker` (may be empty). Line breaks inside a removed span are kept after
// the marker, so the text keeps its line count. Everything outside removed spans is copied exactly.
QString apply(QStringView text, const QList<RedactionSpan> &spans, const QString &marker);
// findSpans + apply.
QString redact(QStringView text, const RuleSet &rules, const QString &marker);

} // namespace Redactor
