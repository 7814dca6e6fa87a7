// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatrecord.h"
#include "chats/redactiontally.h"
#include "core/error.h"
#include "redaction/redactor.h"
#include "redaction/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>

struct ImportProgress;

// A chat export parsed into memory for the one-click preview: the RAW text of every message, with the spans
// the chosen rule set would remove or keep. Nothing of it is written anywhere; clear() (and the destructor)
// overwrite the raw text before the memory is released.
class ChatPreview
{
    Q_DECLARE_TR_FUNCTIONS(ChatPreview)

public:
    ~ChatPreview();

    // Parses `filePath` with the chat importer that recognises it (worker-thread safe; reports progress,
    // honours cancel). Refuses files that are not chat exports.
    static Expected<std::shared_ptr<ChatPreview>> load(
        const QString &filePath, ImportProgress *progress = nullptr, const QTimeZone &zone = QTimeZone("Europe/Oslo"));

    QString filePath() const { return m_filePath; }
    QString formatName() const; // translated in the current language
    QString importerName() const { return m_importerName; }
    const QList<ChatConversationRecord> &conversations() const { return m_conversations; }
    qsizetype messageCount() const;
    QStringList notes() const { return m_notes; }

    // What a rule set finds in every message, computed apart from the preview so that a worker thread can
    // judge (reading the messages only) while the GUI keeps showing the current spans.
    struct Judgement
    {
        RuleSet rules;
        QString marker;
        QList<QList<QList<RedactionSpan>>> spans; // [conversation][message]
        QList<RedactionTally> conversationTallies;
        RedactionTally tally;
        // For any rule set but the standard one: what it removes that the standard rules leave (beyond()), per
        // message, and their counts; the answer to "what does the stricter rule add to this export?".
        bool comparedWithStandard = false;
        QList<QList<QList<RedactionSpan>>> beyondStandard; // [conversation][message]
        RedactionTally beyondStandardTally;
    };
    Judgement judge(const RuleSet &rules, const QString &marker) const;
    void apply(Judgement judgement);
    // Finds the spans with `rules` (recomputed for every message) and the marker redacted text uses.
    void setRuleSet(const RuleSet &rules, const QString &marker);
    const RuleSet &ruleSet() const { return m_rules; }
    QString marker() const { return m_marker; }
    const QList<RedactionSpan> &spans(qsizetype conversation, qsizetype message) const;
    QString redacted(qsizetype conversation, qsizetype message) const;
    const RedactionTally &tally() const { return m_tally; }
    // Whether the rule set was compared with the standard rules (any other rule set), and what it removes
    // beyond them.
    bool comparedWithStandard() const { return m_comparedWithStandard; }
    const QList<RedactionSpan> &beyondStandard(qsizetype conversation, qsizetype message) const;
    const RedactionTally &beyondStandardTally() const { return m_beyondStandardTally; }
    // The Remove spans of `spans` that remove at least one character no Remove span of `baseline` removes.
    static QList<RedactionSpan> beyond(const QList<RedactionSpan> &spans, const QList<RedactionSpan> &baseline);
    const RedactionTally &tally(qsizetype conversation) const { return m_conversationTallies[conversation]; }

    // Overwrites and drops the raw text.
    void clear();

private:
    ChatPreview() = default;

    QString m_filePath;
    QString m_importerName;
    QStringList m_notes;
    QList<ChatConversationRecord> m_conversations;
    RuleSet m_rules;
    QString m_marker;
    QList<QList<QList<RedactionSpan>>> m_spans; // [conversation][message]
    QList<RedactionTally> m_conversationTallies;
    RedactionTally m_tally;
    bool m_comparedWithStandard = false;
    QList<QList<QList<RedactionSpan>>> m_beyondStandard;
    RedactionTally m_beyondStandardTally;
};
