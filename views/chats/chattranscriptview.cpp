// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chattranscriptview.h"

#include "chats/chatsender.h"
#include "chats/rulecolors.h"
#include "common/palettecolors.h"
#include "redaction/ruleset.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

ChatTranscriptView::ChatTranscriptView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setReadOnly(true);
}

QVariant ChatTranscriptView::loadResource(int, const QUrl &)
{
    return {};
}

void ChatTranscriptView::clearMessages()
{
    setExtraSelections({});
    document()->clear();
    m_hits.clear();
    m_current = -1;
    emit currentHitChanged(-1, 0);
}

void ChatTranscriptView::setMessages(const QList<TranscriptMessage> &messages, bool redacted, const QString &marker)
{
    clearMessages();
    QTextCursor cur(document());
    QTextCharFormat plain;
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    header.setForeground(palette().color(QPalette::PlaceholderText));
    const QLocale loc;
    bool first = true;
    for (const TranscriptMessage &m : messages) {
        if (!first)
            cur.insertBlock();
        first = false;
        QStringList head;
        if (!m.label.isEmpty())
            head << m.label;
        if (m.sentAt.isValid())
            head << loc.toString(m.sentAt.toTimeZone(m_zone), QLocale::ShortFormat);
        head << ChatSender::displayName(m.sender);
        cur.insertText(head.join(u" · "_s), header);
        cur.insertBlock();
        qsizetype pos = 0;
        for (const RedactionSpan &s : m.spans) {
            if (s.start < pos || s.end > m.text.size())
                continue; // defensive: spans are sorted and inside the text
            cur.insertText(m.text.mid(pos, s.start - pos), plain);
            const bool kept = s.action == RedactionSpan::Action::Keep;
            QTextCharFormat f;
            f.setBackground(RuleColors::background(s.isIdentityNumber ? u"R3"_s : s.rule, kept));
            // Dark text on the light tint in a dark theme too; and not colour alone: what goes is struck through,
            // what stays is underlined with dots (the tooltip names the rule).
            f.setForeground(PaletteColors::textOnTint());
            if (kept) {
                f.setFontUnderline(true);
                f.setUnderlineStyle(QTextCharFormat::DotLine);
            } else if (!redacted) {
                f.setFontStrikeOut(true);
            }
            f.setToolTip(kept            ? tr("Kept (%1). %2").arg(s.rule, RuleSet::describeRule(s.rule))
                    : s.isIdentityNumber ? tr("Removed (%1): %2, an identity number. %3")
                                               .arg(s.rule, RuleSet::identityKindLabel(NorwegianId::kindName(s.idKind)),
                                                   RuleSet::describeRule(s.rule))
                                         : tr("Removed (%1). %2").arg(s.rule, RuleSet::describeRule(s.rule)));
            const bool added = std::any_of(m.beyondStandard.cbegin(), m.beyondStandard.cend(),
                [&s](const RedactionSpan &b) { return b.start == s.start && b.end == s.end; });
            if (added) {
                f.setFontUnderline(true);
                f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                f.setUnderlineColor(PaletteColors::textOnTint());
                f.setToolTip(
                    tr("Removed only by this stricter rule set, not by the standard rules. %1").arg(f.toolTip()));
            }
            const int start = cur.position();
            const QString original = m.text.mid(s.start, s.end - s.start);
            if (redacted && !kept) {
                // As Redactor::apply: the marker, then the span's line breaks.
                cur.insertText(marker.isEmpty() ? u"\u2205"_s : marker, f);
                const int end = cur.position();
                const qsizetype breaks = original.count(u'\n');
                if (breaks > 0)
                    cur.insertText(QString(breaks, u'\n'), plain);
                m_hits << Hit { start, end };
            } else {
                cur.insertText(original, f);
                m_hits << Hit { start, int(cur.position()) };
            }
            pos = s.end;
        }
        cur.insertText(m.text.mid(pos), plain);
    }
    moveCursor(QTextCursor::Start);
    emit currentHitChanged(-1, int(m_hits.size()));
}

void ChatTranscriptView::highlightWords(const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat f;
    f.setBackground(QColor(0xFF, 0xEB, 0x3B));
    f.setForeground(PaletteColors::textOnTint());
    f.setFontUnderline(true);
    for (const QString &w : words) {
        if (w.isEmpty())
            continue;
        QTextCursor c(document());
        while (!(c = document()->find(w, c)).isNull())
            marks << QTextEdit::ExtraSelection { c, f };
    }
    setExtraSelections(marks);
}

void ChatTranscriptView::nextHit()
{
    if (!m_hits.isEmpty())
        showHit(m_current + 1 >= m_hits.size() ? 0 : m_current + 1);
}

void ChatTranscriptView::previousHit()
{
    if (!m_hits.isEmpty())
        showHit(m_current <= 0 ? int(m_hits.size()) - 1 : m_current - 1);
}

void ChatTranscriptView::showHit(int index)
{
    m_current = index;
    QTextCursor c(document());
    c.setPosition(m_hits[index].start);
    c.setPosition(m_hits[index].end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
    emit currentHitChanged(m_current, int(m_hits.size()));
}
