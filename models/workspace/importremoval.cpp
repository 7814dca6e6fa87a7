// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/importremoval.h"

#include "chats/chatarchive.h"
#include "cookies/cookieregister.h"
#include "visitors/visitorstore.h"
#include "workspace/workspace.h"

#include <QLocale>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using DaySource = std::pair<qint64, QString>;

// Counts what an import's replay hands over: its sessions per day and source, and its report figures.
class CountingSink final : public SessionSink
{
public:
    explicit CountingSink(const std::atomic<bool> *cancel)
        : m_cancel(cancel)
    { }
    void setSource(const QString &source) override { m_source = source; }
    Status addSession(const SessionRecord &session) override
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Error { {}, 0, ImportRemoval::cancelledReason() };
        ++sessions[{ session.day.toJulianDay(), session.source.isEmpty() ? m_source : session.source }];
        return {};
    }
    Status addAggregate(const AggregateRecord &) override
    {
        ++figures;
        return {};
    }
    Status finish() override { return {}; }

    std::map<DaySource, qint64> sessions;
    qint64 figures = 0;

private:
    const std::atomic<bool> *m_cancel;
    QString m_source;
};

// An import's rollups count each session it stored once; a session another import continued counts in the
// rollups of both (the later one takes it out again) but is replayed by neither, and one this import continued
// from another is replayed here but counted there. Either way the import's own sessions and its rollups differ
// on some day, and taking its rollups out alone would leave the other import's figures wrong.
Status describeVisitors(VisitorStore &store, qint64 importId, ImportFootprint &into, const std::atomic<bool> *cancel)
{
    auto rollups = store.importRollups(importId);
    if (!rollups)
        return rollups.error();
    CountingSink replayed(cancel);
    if (Status s = store.replay(importId, replayed))
        return s;
    std::map<DaySource, qint64> counted;
    for (const DailyRollup &r : *rollups) {
        into.sessions += r.visits;
        if (r.visits != 0)
            counted[{ r.day, r.source }] = r.visits;
    }
    into.reportFigures = replayed.figures;
    std::erase_if(replayed.sessions, [](const auto &entry) { return entry.second == 0; });
    if (counted != replayed.sessions)
        return Error { {}, 0,
            ImportRemoval::tr("sessions of this file and of another import were joined into one (a GA4 session that "
                              "goes on from one file into the next), so its figures cannot be taken out alone; "
                              "Kapsel leaves it in place") };
    return {};
}

const ImportReport *findIn(const QList<ImportReport> &list, qint64 importId)
{
    for (const ImportReport &r : list)
        if (r.importId == importId)
            return &r;
    return nullptr;
}

Expected<ImportReport> findImport(Workspace &ws, qint64 importId)
{
    auto list = ws.ledger().list();
    if (!list)
        return list.error();
    if (const ImportReport *r = findIn(*list, importId))
        return *r;
    return Error { {}, 0,
        ImportRemoval::tr("there is no import #%1 in this workspace (kapsel-cli history lists them)").arg(importId) };
}

// A later file held sessions this import stores, and its import left them out as already stored: they are that
// file's data too. Refused, naming the later import, rather than taking its data away unasked.
Status refuseShared(Workspace &ws, qint64 importId)
{
    auto shared = ws.visitors().sharedSessions(importId);
    if (!shared)
        return shared.error();
    if (shared->empty())
        return {};
    auto list = ws.ledger().list();
    if (!list)
        return list.error();
    QStringList holders;
    qint64 sessions = 0;
    const QTimeZone zone = ws.timeZone();
    for (const SharedSessions &s : std::as_const(*shared)) {
        const ImportReport *later = findIn(*list, s.laterImportId);
        if (!later)
            continue;
        sessions += s.sessions;
        holders << ImportRemoval::tr("%1 (import #%2 of %3 %4 by %5)")
                       .arg(later->fileName)
                       .arg(later->importId)
                       .arg(QLocale().toString(later->startedAt.toTimeZone(zone), QLocale::ShortFormat),
                           QString::fromUtf8(zone.id()), later->osUser);
    }
    if (holders.isEmpty())
        return {};
    return Error { {}, 0,
        ImportRemoval::tr("%Ln session(s) of this file are also in %1, whose import left them out as already "
                          "stored; removing this import would take them from that file too. Kapsel leaves it in "
                          "place: remove the later import first if both are to go",
            "", int(qMin<qint64>(sessions, INT_MAX)))
            .arg(holders.join(u", "_s)) };
}

} // namespace

QString ImportRemoval::cancelledReason()
{
    return tr("cancelled; nothing was removed");
}

Expected<ImportRemoval::Plan> ImportRemoval::describe(Workspace &ws, qint64 importId, const std::atomic<bool> *cancel)
{
    auto report = findImport(ws, importId);
    if (!report)
        return report.error();
    Plan plan { *report, {} };
    Status s;
    switch (importKindNamed(report->kind).value_or(ImportKind::Visitors)) {
    case ImportKind::Visitors:
        // The quick refusal first: the count replays every session of the import.
        s = refuseShared(ws, importId);
        if (!s)
            s = describeVisitors(ws.visitors(), importId, plan.footprint, cancel);
        break;
    case ImportKind::Cookies:
        s = ws.cookies().describeImport(importId, plan.footprint);
        break;
    case ImportKind::Chats:
        s = ws.chats().describeImport(importId, plan.footprint);
        break;
    }
    if (s) {
        Error e = *s;
        e.file = report->fileName;
        return e;
    }
    return plan;
}

Expected<ImportRemoval::Plan> ImportRemoval::remove(
    Workspace &ws, qint64 importId, const QString &osUser, const std::atomic<bool> *cancel)
{
    if (Status s = ws.beginWrite())
        return *s;
    auto fail = [&](const Error &e) -> Expected<Plan> {
        ws.rollback();
        return e;
    };
    // An import of sessions running at the same time reads this import's keys and counts its rollups against
    // them: the removal waits for it, as one import waits for another.
    auto import = findImport(ws, importId);
    if (!import)
        return fail(import.error());
    if (importKindNamed(import->kind).value_or(ImportKind::Visitors) == ImportKind::Visitors)
        if (Status s = ws.visitors().lockSessions())
            return fail(Error { import->fileName, 0, s->reason });
    // Described again inside the lock: another import may have come in since the user saw the confirmation.
    auto plan = describe(ws, importId, cancel);
    if (!plan)
        return fail(plan.error());
    const ImportKind kind = importKindNamed(plan->import.kind).value_or(ImportKind::Visitors);
    Status taken;
    if (kind == ImportKind::Cookies)
        taken = ws.cookies().removeImport(importId);
    else if (kind == ImportKind::Chats)
        taken = ws.chats().removeImport(importId);
    if (!taken)
        taken = ws.ledger().remove(plan->import, osUser); // the visitors' rows, skip reasons: by foreign keys
    if (!taken && kind == ImportKind::Chats) {
        ChatAuditEntry e;
        e.osUser = osUser;
        e.action = u"remove-import"_s;
        e.importId = importId;
        e.fileName = plan->import.fileName;
        e.fileSha256 = plan->import.sha256;
        e.conversations = plan->footprint.conversations;
        e.messages = plan->footprint.messages;
        taken = ws.chats().recordAudit(e);
    }
    if (!taken && cancel && cancel->load())
        taken = Error { {}, 0, cancelledReason() };
    if (taken)
        return fail(Error { plan->import.fileName, 0, taken->reason });
    if (Status s = ws.commit())
        return Error { plan->import.fileName, 0, s->reason };
    if (kind == ImportKind::Chats)
        if (Status s = ws.chats().settleDeletion())
            return Error { plan->import.fileName, 0, s->reason };
    return plan;
}

QStringList ImportRemoval::contentLines(const Plan &plan)
{
    const ImportFootprint &f = plan.footprint;
    QStringList lines;
    auto add = [&lines](qint64 n, const QString &text) {
        if (n != 0)
            lines << text;
    };
    // %Ln takes an int: these are counts of stored rows, far below its range in any workspace Kapsel can hold.
    add(f.sessions, tr("%Ln session(s)", "", int(f.sessions)));
    add(f.reportFigures, tr("%Ln report figure(s)", "", int(f.reportFigures)));
    add(f.scans, tr("%Ln cookie scan(s)", "", int(f.scans)));
    add(f.observations, tr("%Ln cookie observation(s)", "", int(f.observations)));
    add(f.scanEvents, tr("%Ln scan event(s)", "", int(f.scanEvents)));
    add(f.knowledgeEntries, tr("%Ln knowledge base entry(ies)", "", int(f.knowledgeEntries)));
    add(f.declaredCookies, tr("%Ln declared cookie(s) that nobody has edited since", "", int(f.declaredCookies)));
    add(f.conversations, tr("%Ln conversation(s)", "", int(f.conversations)));
    add(f.messages, tr("%Ln message(s)", "", int(f.messages)));
    if (lines.isEmpty())
        lines << tr("no stored rows (only the history entry)");
    return lines;
}

QStringList ImportRemoval::keptLines(const Plan &plan)
{
    QStringList lines;
    switch (importKindNamed(plan.import.kind).value_or(ImportKind::Visitors)) {
    case ImportKind::Visitors:
        break;
    case ImportKind::Cookies:
        lines << tr("Declared cookies you have edited since stay in the declaration, as you wrote them.");
        break;
    case ImportKind::Chats:
        lines << tr("The chat audit log keeps a line saying who removed this file and when (counts only, no text).");
        break;
    }
    return lines;
}

QString ImportRemoval::question(const Plan &plan, const QTimeZone &zone)
{
    const QString when = QLocale().toString(plan.import.startedAt.toTimeZone(zone), QLocale::ShortFormat);
    QString text = tr("Remove the import of %1 (imported %2 %3 by %4)?")
                       .arg(plan.import.fileName, when, QString::fromUtf8(zone.id()), plan.import.osUser);
    text += u"\n\n"_s + tr("This removes from the workspace:") + u'\n';
    for (const QString &line : contentLines(plan))
        text += u"• "_s + line + u'\n';
    text += tr("• its entry in the import history") + u'\n';
    for (const QString &line : keptLines(plan))
        text += u'\n' + line;
    return text;
}
