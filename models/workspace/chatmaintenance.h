// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatarchive.h"
#include "core/error.h"

class Workspace;

// The upkeep of the stored chats that the Chats area and kapsel-cli both do: the retention period and a stricter
// rule set on the stored text. One place decides which marker a rewrite uses and that a new retention period
// deletes what is past it at once.
namespace ChatMaintenance {

// Sets the retention period (0 = off) and deletes the conversations past it now, with the archive's audit
// entry. Returns the number deleted.
Expected<qint64> setRetention(ChatArchive &archive, int days);

// What `rules` would remove from the stored text in addition, with the marker text stored from now on gets.
Expected<RuleSetPreview> previewRules(Workspace &ws, const RuleSet &rules);
// Rewrites the stored text with `rules` (the marker the workspace keeps, WorkspaceSettings::markerForStoring),
// with an audit entry; what it removed is gone for good.
Expected<RuleSetPreview> applyRules(Workspace &ws, const RuleSet &rules);

} // namespace ChatMaintenance
