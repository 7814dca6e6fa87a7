// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/ruleset.h"

using namespace Qt::StringLiterals;

std::optional<RuleSet> RuleSet::byName(const QString &name)
{
    RuleSet r;
    r.name = name.isEmpty() ? u"standard"_s : name;
    if (r.name == u"standard")
        return r;
    if (r.name == u"strict") {
        r.emails = true;
        r.spelledDigits = true;
        return r;
    }
    if (r.name == u"audit") {
        r.auditLiteral = true;
        r.version = 1; // the literal reading has not changed
        return r;
    }
    return std::nullopt;
}

QStringList RuleSet::names()
{
    return { u"standard"_s, u"strict"_s, u"audit"_s };
}

RuleSet RuleSet::standard()
{
    return *byName(u"standard"_s);
}

QString RuleSet::defaultMarker()
{
    return tr("[removed]");
}

DeferredText RuleSet::describeRuleLater(const QString &ruleId)
{
    if (ruleId == u"R2")
        return DeferredText::marked("RuleSet",
            QT_TRANSLATE_NOOP("RuleSet",
                "Number combination of 7 digits or more (R2), however they are grouped (1 234 567, 1.234.567, "
                "1,234,567, 12,34,567, 1'234'567) or marked (keycap emoji): removed from its first digit to its last, "
                "with a preceding + and the country letters of an IBAN."));
    if (ruleId == u"R3")
        return DeferredText::marked("RuleSet",
            QT_TRANSLATE_NOOP("RuleSet",
                "Norwegian identity number (R3): 11 digits with valid check digits (fødselsnummer, D-, H-, FH- or "
                "synthetic test number), removed even when split by spaces, punctuation or line breaks."));
    if (ruleId == u"R4-date")
        return DeferredText::marked("RuleSet",
            QT_TRANSLATE_NOOP("RuleSet",
                "Date (R4): a valid calendar date with a four-digit year, optionally with a time, kept on purpose."));
    if (ruleId == u"R4-amount")
        return DeferredText::marked("RuleSet",
            QT_TRANSLATE_NOOP("RuleSet",
                "Amount (R4): at most 10 digits next to a currency marker (kr, NOK, CHF, ,-, €, $, ₹), kept on "
                "purpose."));
    if (ruleId == u"email")
        return DeferredText::marked(
            "RuleSet", QT_TRANSLATE_NOOP("RuleSet", "E-mail address, removed by the strict rule set."));
    if (ruleId == u"spelled")
        return DeferredText::marked("RuleSet",
            QT_TRANSLATE_NOOP("RuleSet",
                "Digits spelled out in words (\"en fem en null ...\"), 7 or more, removed by the strict rule set."));
    if (ruleId == u"audit")
        return DeferredText::marked("RuleSet",
            QT_TRANSLATE_NOOP("RuleSet",
                "Audit rule: a bare run of 7 or more ASCII digits, the literal reading of the privacy page."));
    return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "Unknown rule %1")).arg(ruleId);
}

QString RuleSet::describeRule(const QString &ruleId)
{
    return describeRuleLater(ruleId).toString();
}

QString RuleSet::ruleLabel(const QString &ruleId)
{
    if (ruleId == u"R2")
        return tr("number combination");
    if (ruleId == u"R3")
        return tr("identity number");
    if (ruleId == u"R4-date")
        return tr("date");
    if (ruleId == u"R4-amount")
        return tr("amount");
    if (ruleId == u"email")
        return tr("e-mail address");
    if (ruleId == u"spelled")
        return tr("spelled-out digits");
    if (ruleId == u"audit")
        return tr("digit run");
    return ruleId;
}

DeferredText RuleSet::identityKindLabelLater(const QString &kindName)
{
    if (kindName == u"birth")
        return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "birth number (fødselsnummer)"));
    if (kindName == u"d-number")
        return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "D-number"));
    if (kindName == u"h-number")
        return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "H-number"));
    if (kindName == u"fh-number")
        return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "FH-number"));
    if (kindName == u"synthetic")
        return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "synthetic test number"));
    return DeferredText::marked("RuleSet", QT_TRANSLATE_NOOP("RuleSet", "identity number"));
}

QString RuleSet::identityKindLabel(const QString &kindName)
{
    return identityKindLabelLater(kindName).toString();
}

QString RuleSet::description() const
{
    if (name == u"strict")
        return tr("Standard rules plus e-mail addresses and spelled-out digits.");
    if (name == u"audit")
        return tr("Literal reading: bare runs of 7 or more ASCII digits only.");
    return tr("Number combinations of 7 or more digits and Norwegian identity numbers; dates and amounts kept.");
}
