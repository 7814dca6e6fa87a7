// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/redactor.h"

#include <QDateTime>
#include <QList>
#include <QTextBrowser>
#include <QTimeZone>

// One message to show, with the spans found in `text` (raw in the preview, stored text elsewhere).
struct TranscriptMessage
{
    QString label; // shown before the time, e.g. the conversation id; may be empty
    QDateTime sentAt;
    QString sender; // role
    QString text;
    QList<RedactionSpan> spans;
    // Those of `spans` a stricter rule set removes beyond the standard rules: marked apart (underlined, named in
    // the tooltip).
    QList<RedactionSpan> beyondStandard;
};

// A conversation as plain text with the rule spans highlighted (colour per rule, tooltip naming it) and
// next/previous hit navigation. Never renders markup: text goes in through QTextCursor::insertText only,
// links are not followed, nothing is loaded.
class ChatTranscriptView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ChatTranscriptView(QWidget *parent);

    // `redacted`: show what would be stored (removed spans replaced by `marker`), else the original text.
    void setMessages(const QList<TranscriptMessage> &messages, bool redacted, const QString &marker);
    void clearMessages();
    // Times are shown in this zone (the workspace's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // Marks every occurrence of `words` (the full-text search), apart from the rule spans.
    void highlightWords(const QStringList &words);

    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_current; } // -1 = none
    void nextHit();
    void previousHit();

signals:
    void currentHitChanged(int index, int count);

protected:
    QVariant loadResource(int type, const QUrl &name) override; // refuses everything

private:
    void showHit(int index);

    struct Hit
    {
        int start;
        int end;
    };
    QList<Hit> m_hits;
    QTimeZone m_zone = QTimeZone("Europe/Oslo");
    int m_current = -1;
};
