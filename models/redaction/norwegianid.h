// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

class QRandomGenerator;

// Norwegian national identity numbers (fødselsnummer and its D-, H-, FH- and synthetic test variants).
namespace NorwegianId {

enum class Kind { Invalid, Birth, DNumber, HNumber, FHNumber, Synthetic };

// `digits` is exactly 11 ASCII digits. Checks the date part (where the kind has one) and the check digits
// (the 1964 rule, and Skatteetaten's rule for numbers issued from 2032).
Kind classify(QStringView digits);
inline bool isValid(QStringView digits)
{
    return classify(digits) != Kind::Invalid;
}

// A stable name of a kind, for counts kept in the audit log: "birth", "d-number", "h-number", "fh-number",
// "synthetic" ("" for Invalid). RuleSet::identityKindLabel() translates it.
QString kindName(Kind kind);

// A fake but checksum-valid birth number (1964 rule) for demo data and tests.
QString generate(QRandomGenerator &rng);

} // namespace NorwegianId
