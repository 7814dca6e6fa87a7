// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/chatmaintenance.h"

#include "workspace/workspace.h"

Expected<qint64> ChatMaintenance::setRetention(ChatArchive &archive, int days)
{
    if (Status s = archive.setRetentionDays(days))
        return *s;
    return archive.purgeExpired();
}

Expected<RuleSetPreview> ChatMaintenance::previewRules(Workspace &ws, const RuleSet &rules)
{
    return ws.chats().previewRuleSet(rules, ws.settings().redactionMarker());
}

Expected<RuleSetPreview> ChatMaintenance::applyRules(Workspace &ws, const RuleSet &rules)
{
    auto marker = ws.settings().markerForStoring();
    if (!marker)
        return marker.error();
    return ws.chats().applyRuleSet(rules, *marker);
}
