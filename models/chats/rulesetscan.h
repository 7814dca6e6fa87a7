// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatarchive.h"

// What a new rule set would remove from the stored text, message by message (ChatArchive::previewRuleSet and
// applyRuleSet of every backend): only Remove spans count, what is kept needs no action.
class RuleSetScan
{
public:
    RuleSetScan(const RuleSet &rules, QString marker);

    void add(StoredMessage message);
    const RuleSetPreview &preview() const { return m_preview; }

    // The audit entry of applying `applied` (action reapply) for the user `osUser`.
    static ChatAuditEntry reapplyEntry(const RuleSetPreview &applied, const QString &osUser);

private:
    const RuleSet &m_rules;
    QString m_marker;
    RuleSetPreview m_preview;
};
