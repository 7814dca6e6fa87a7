// SPDX-License-Identifier: GPL-3.0-or-later
// Section 5 of the compliance report: chat privacy, from the chat archive's redaction audit log (counts only, never a
// text), its retention setting, and a scan of the stored text by the redactor's standard rules, run as the report
// is made (ChatArchive::previewRuleSet: what the rules would still remove).
#include "compliance/reportcontext.h"

#include "chats/chatarchive.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace ReportBlocks;
using ReportDocument::Evidence;
using ReportDocument::Section;

namespace {

QString ruleLabel(const ReportText &tx, const QString &rule)
{
    if (rule == u"R2")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "number combinations of 7 digits or more (R2)"));
    if (rule == u"R3")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Norwegian identity numbers (R3)"));
    if (rule == u"email")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "e-mail addresses"));
    if (rule == u"spelled")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "spelled-out digits"));
    if (rule == u"audit")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "bare runs of 7 digits or more"));
    return rule;
}

QString kindLabel(const ReportText &tx, const QString &kind)
{
    if (kind == u"birth")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "birth numbers (fødselsnummer)"));
    if (kind == u"d-number")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "D-numbers"));
    if (kind == u"h-number")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "H-numbers"));
    if (kind == u"fh-number")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "FH-numbers"));
    if (kind == u"synthetic")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "synthetic test numbers"));
    return kind;
}

QString actionLabel(const ReportText &tx, const QString &action)
{
    if (action == u"import")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "import"));
    if (action == u"demo")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "demo data"));
    if (action == u"reapply")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "stricter rules applied"));
    if (action == u"purge")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "retention purge"));
    if (action == u"retention")
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "retention changed"));
    return action;
}

QList<QStringList> countRows(
    const ReportText &tx, const QMap<QString, qint64> &counts, QString (*label)(const ReportText &, const QString &))
{
    QList<QStringList> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << QStringList { label(tx, it.key()), tx.number(it.value()) };
    return out;
}

Section verification(ReportContext &c, ChatArchive &archive)
{
    const ReportText &tx = c.tx;
    Section s = section(
        u"chats/verification"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "No identity number is stored")));
    s.evidence << Evidence { tx.t(QT_TRANSLATE_NOOP(
                                 "ComplianceReport", "Scan of the stored chat text by the redactor's standard rules")),
        c.now };
    auto scan = archive.previewRuleSet(RuleSet::standard(), c.ws.settings().redactionMarker());
    if (!scan) {
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The stored text could not be scanned: %1"))
                                  .arg(scan.error().reason));
        c.figures.insert(u"identity-numbers-stored"_s, -1);
        return s;
    }
    const qint64 ids = scan->tally.identityNumbers;
    const qint64 other = scan->tally.removedTotal() - ids;
    c.figures.insert(u"identity-numbers-stored"_s, ids);
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Messages scanned")), tx.number(scan->messagesScanned) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Identity numbers found")), tx.number(ids) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Other spans the rules would remove")), tx.number(other) },
    });
    if (ids == 0)
        s.blocks << paragraph(tx.n(QT_TRANSLATE_N_NOOP("ComplianceReport",
                                       "No identity number is stored: as this report was made, the redactor's "
                                       "standard rules scanned the %n message(s) stored in the workspace and found "
                                       "none."),
            scan->messagesScanned));
    else
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "Identity numbers are stored: the redactor's standard rules found them in the stored text as this report "
            "was made. Apply the rules to the stored text again (the Chats area's rule set) and make the report "
            "again.")));
    return s;
}

} // namespace

Expected<QList<Section>> ReportSections::chats(ReportContext &c)
{
    const ReportText &tx = c.tx;
    ChatArchive &archive = c.ws.chats();
    Section s = section(u"chats"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Chat privacy")));
    s.evidence << Evidence { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The redaction audit log of the workspace")),
        {} };
    qint64 conversations = 0, messages = 0, purgedConversations = 0, purgedMessages = 0;
    RedactionTally tally;
    QList<QStringList> log;
    for (const ChatAuditEntry &e : archive.auditLog()) {
        if (!c.inPeriod(e.at))
            continue;
        if (e.action == u"import" || e.action == u"demo") {
            conversations += e.conversations;
            messages += e.messages;
            tally.add(e.tally);
        } else if (e.action == u"purge") {
            purgedConversations += e.conversations;
            purgedMessages += e.messages;
        }
        log << QStringList { tx.dateTime(e.at), actionLabel(tx, e.action), e.osUser, e.fileName,
            tx.number(e.conversations), tx.number(e.messages), tx.number(e.tally.removedTotal()) };
    }
    c.figures.insert(u"conversations"_s, conversations);
    c.figures.insert(u"messages"_s, messages);
    c.figures.insert(u"spans-removed"_s, tally.removedTotal());
    const int retention = archive.retentionDays();
    const ChatCounts stored = archive.counts();
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Conversations imported in the period")),
            tx.number(conversations) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Messages imported in the period")), tx.number(messages) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Spans removed before storing")),
            tx.number(tally.removedTotal()) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Identity numbers among them")),
            tx.number(tally.identityNumbers) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Conversations stored now")), tx.number(stored.conversations) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Retention")),
            retention > 0 ? tx.n(
                QT_TRANSLATE_N_NOOP("ComplianceReport", "conversations are deleted %n day(s) after their last message"),
                retention)
                          : tx.t(QT_TRANSLATE_NOOP(
                              "ComplianceReport", "none set: conversations are kept until someone deletes them")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Deleted under the retention in the period")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 conversations, %2 messages"))
                .arg(tx.number(purgedConversations), tx.number(purgedMessages)) },
    });
    if (conversations == 0 && log.isEmpty())
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "No chat was imported in this period.")));
    Section removed = section(
        u"chats/removed"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "What the redaction removed (counts only)")));
    if (tally.removed.isEmpty()) {
        removed.blocks << paragraph(
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Nothing was removed from chats imported in this period.")));
    } else {
        removed.blocks << table(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Per rule")),
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Rule")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Spans removed")) },
            countRows(tx, tally.removed, ruleLabel), { 1 });
        if (!tally.identityKinds.isEmpty())
            removed.blocks << table(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Identity numbers per kind")),
                { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Kind")),
                    tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Removed")) },
                countRows(tx, tally.identityKinds, kindLabel), { 1 });
    }
    Section audit = section(
        u"chats/audit"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The audit log's entries for the period")));
    if (log.isEmpty())
        audit.blocks << paragraph(
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The audit log has no entry in this period.")));
    else
        audit.blocks << table({},
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "When")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Action")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "By")), tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "File")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Conversations")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Messages")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Spans removed")) },
            log, { 4, 5, 6 });
    return QList<Section> { s, removed, audit, verification(c, archive) };
}
