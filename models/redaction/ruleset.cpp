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
        return r;
    }
    return std::nullopt;
}

QStringList RuleSet::names()
{
    return {u"standard"_s, u"strict"_s, u"audit"_s};
}

RuleSet RuleSet::standard()
{
    return *byName(u"standard"_s);
}

QString RuleSet::defaultMarker()
{
    return tr("[removed]");
}

QString RuleSet::describeRule(const QString &ruleId)
{
    return ruleId; // placeholder until the engine lands
}
