// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookiereconciler.h"

#include <optional>
#include <vector>

// What declaring a cookie and accepting a suggestion mean, for the Cookies area (its buttons, through undoable
// commands) and kapsel-cli cookies accept|declare alike.
namespace CookieDeclaring {

// The entry that accepting `row`'s suggestion writes: an undeclared row becomes a new declaration with the
// knowledge base's suggested texts (id 0; category "unclassified" when none is known, so that a cookie without a
// suggestion becomes a draft); a declared row whose suggestion is not accepted yet keeps its id and loses the
// flag. Nothing when there is nothing to accept (declared and accepted already).
std::optional<DeclaredCookie> acceptance(const CookieRow &row);

// The undeclared rows whose suggestion is of high confidence, as acceptance() declares them: what "Accept
// confident suggestions" declares. A medium or low one is left for the officer to accept one by one.
std::vector<DeclaredCookie> confidentSuggestions(const std::vector<CookieRow> &rows);

// Writes an entry: adds it when its id is 0, else replaces the declared entry with that id. Refuses what
// CookieInventoryModel::validate refuses (no name, an unknown category, a retention that is no period); missing
// texts are no reason, such an entry is a draft. Returns the entry's id.
Expected<qint64> write(CookieRegister &cookies, const DeclaredCookie &cookie);

} // namespace CookieDeclaring
