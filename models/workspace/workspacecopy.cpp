// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspacecopy.h"

#include "chats/chatarchive.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiesink.h"
#include "importers/importer.h"
#include "visitors/sessionsink.h"
#include "visitors/visitorstore.h"
#include "workspace/reportarchive.h"
#include "workspace/workspace.h"

#include <QHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// The source's conversations by import, oldest first.
QHash<qint64, QList<StoredConversation>> conversationsByImport(ChatArchive &chats)
{
    QList<StoredConversation> all = chats.conversations();
    std::sort(
        all.begin(), all.end(), [](const StoredConversation &a, const StoredConversation &b) { return a.id < b.id; });
    QHash<qint64, QList<StoredConversation>> out;
    for (const StoredConversation &c : std::as_const(all))
        out[c.importId] << c;
    return out;
}

auto declaredFields(const DeclaredCookie &c)
{
    return std::tie(
        c.path, c.category, c.purposeNb, c.purposeEn, c.supplier, c.tool, c.retention, c.party, c.suggested);
}

class Copy
{
public:
    Copy(Workspace &source, Workspace &target, const WorkspaceCopy::Progress &progress)
        : m_source(source)
        , m_target(target)
        , m_progress(progress)
    { }

    Status run()
    {
        auto history = m_source.ledger().list();
        if (!history)
            return history.error();
        QList<ImportReport> imports = *history;
        std::reverse(imports.begin(), imports.end()); // oldest first
        m_count.importsTotal = imports.size();
        m_conversations = conversationsByImport(m_source.chats());
        for (const ImportReport &report : std::as_const(imports)) {
            if (Status s = copyImport(report))
                return s;
            ++m_count.imports;
            if (m_progress)
                m_progress(m_count);
        }
        if (Status s = copySharedSessions(imports))
            return s;
        if (Status s = copyDeclared())
            return s;
        if (Status s = copyAudit())
            return s;
        if (Status s = copyReports())
            return s;
        return copySettings();
    }

    const WorkspaceCopyCount &count() const { return m_count; }

private:
    Status copyImport(const ImportReport &report)
    {
        if (Status s = m_target.ledger().beginCopy(report))
            return s;
        ImportContext ctx;
        ctx.fileName = report.fileName;
        ctx.importId = report.importId;
        ctx.timeZone = m_source.timeZone();
        if (report.startedAt.isValid())
            ctx.startedUtc = report.startedAt.toSecsSinceEpoch();
        if (Status s = replay(report, ctx))
            return s;
        m_count.rows += ctx.rowsStored;
        // The source's counts, skip reasons and notes: what the import did then, not what the replay did.
        return m_target.ledger().finish(report);
    }

    Status replay(const ImportReport &report, ImportContext &ctx)
    {
        const qint64 id = report.importId;
        if (report.kind == importKindName(ImportKind::Visitors))
            return fill(m_target.visitors().openSink(ctx), report,
                [&](SessionSink &sink) { return m_source.visitors().replay(id, sink); });
        if (report.kind == importKindName(ImportKind::Cookies))
            return fill(m_target.cookies().openSink(ctx), report,
                [&](CookieSink &sink) { return m_source.cookies().replay(id, sink); });
        if (report.kind == importKindName(ImportKind::Chats))
            return fill(m_target.chats().openSink(ctx), report, [&](ChatSink &sink) -> Status {
                for (const StoredConversation &c : m_conversations.value(id))
                    if (Status s = sink.addStored(c, m_source.chats().messages(c.id)))
                        return s;
                return {};
            });
        return Error { report.fileName, 0,
            WorkspaceCopy::tr("import #%1 is of a kind this Kapsel does not know (\"%2\")").arg(id).arg(report.kind) };
    }

    // Fills a sink of the target and finishes it; an error without a file names the import's.
    template <typename Sink, typename Fill>
    static Status fill(std::unique_ptr<Sink> sink, const ImportReport &report, const Fill &replay)
    {
        if (!sink)
            return Error { report.fileName, 0, WorkspaceCopy::tr("the target workspace cannot store this import") };
        Status s = replay(*sink);
        if (!s)
            s = sink->finish();
        if (s && s->file.isEmpty())
            s->file = report.fileName;
        return s;
    }

    // Which later imports refused sessions as duplicates of an earlier one's: what keeps the earlier import from
    // being removed alone on the copy too.
    Status copySharedSessions(const QList<ImportReport> &imports)
    {
        for (const ImportReport &report : imports) {
            if (report.kind != importKindName(ImportKind::Visitors))
                continue;
            auto shared = m_source.visitors().sharedSessions(report.importId);
            if (!shared)
                return shared.error();
            for (const SharedSessions &s : *shared)
                if (Status st = m_target.visitors().addSharedSessions(report.importId, s))
                    return st;
        }
        return {};
    }

    // The declaration as it is now: the rows imports declared came with their imports (edits included); what
    // the privacy officer added, changed or removed by hand is made so here.
    Status copyDeclared()
    {
        auto wanted = m_source.cookies().declared();
        if (!wanted)
            return wanted.error();
        auto have = m_target.cookies().declared();
        if (!have)
            return have.error();
        QHash<std::pair<QString, QString>, DeclaredCookie> present;
        for (const DeclaredCookie &c : std::as_const(*have))
            present.insert({ c.name, c.domain }, c);
        for (DeclaredCookie c : std::as_const(*wanted)) {
            const auto there = present.constFind({ c.name, c.domain });
            if (there == present.cend()) {
                c.id = 0;
                if (auto added = m_target.cookies().addDeclared(c); !added)
                    return added.error();
            } else {
                c.id = there->id;
                if (declaredFields(c) != declaredFields(*there))
                    if (Status s = m_target.cookies().updateDeclared(c))
                        return s;
                present.remove({ c.name, c.domain });
            }
        }
        for (const DeclaredCookie &c : std::as_const(present))
            if (Status s = m_target.cookies().removeDeclared(c.id))
                return s;
        m_count.declaredCookies = qint64(wanted->size());
        return {};
    }

    // Oldest first, each naming its import by the number it has in both (a removed import's too).
    Status copyAudit()
    {
        QList<ChatAuditEntry> log = m_source.chats().auditLog();
        std::reverse(log.begin(), log.end());
        for (ChatAuditEntry e : std::as_const(log)) {
            e.id = 0;
            if (Status s = m_target.chats().recordAudit(e))
                return s;
            ++m_count.auditEntries;
        }
        return {};
    }

    // The records of the compliance reports made from the source, oldest first: a report handed in still verifies
    // against the workspace it moved to.
    Status copyReports()
    {
        auto reports = m_source.reports().list();
        if (!reports)
            return reports.error();
        for (auto it = reports->crbegin(); it != reports->crend(); ++it) {
            StoredReport r = *it;
            r.id = 0;
            if (Status s = m_target.reports().add(r))
                return s;
            ++m_count.reports;
        }
        return {};
    }

    Status copySettings()
    {
        auto settings = m_source.settings().all();
        if (!settings)
            return settings.error();
        for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
            if (Status s = m_target.settings().setValue(it.key(), it.value()))
                return s;
            ++m_count.settings;
        }
        return m_target.chats().setRetentionDays(m_source.chats().retentionDays());
    }

    Workspace &m_source;
    Workspace &m_target;
    const WorkspaceCopy::Progress &m_progress;
    WorkspaceCopyCount m_count;
    QHash<qint64, QList<StoredConversation>> m_conversations;
};

} // namespace

// An area as the sentences below name it.
QString WorkspaceCopy::areaWords(ImportKind area)
{
    switch (area) {
    case ImportKind::Visitors:
        return tr("visitor statistics");
    case ImportKind::Cookies:
        return tr("cookie inventory");
    case ImportKind::Chats:
        return tr("chat transcripts");
    }
    return importKindName(area);
}

Expected<WorkspaceCopyCount> WorkspaceCopy::run(Workspace &source, Workspace &target, const Progress &progress)
{
    // A role that cannot read an area sees none of its imports: the source would be copied without them, and
    // a target would look empty when it is not.
    for (const ImportKind area : kImportKinds) {
        if (source.rightTo(area) == AreaRight::None)
            return Error { source.displayName(), 0,
                tr("you may not read the %1 of this workspace, so a copy would leave them out; ask its owner to "
                   "copy it")
                    .arg(areaWords(area)) };
        if (target.rightTo(area) == AreaRight::None)
            return Error { target.displayName(), 0,
                tr("you may not read the %1 of this workspace, so Kapsel cannot tell that it is empty; ask its "
                   "owner to copy into it")
                    .arg(areaWords(area)) };
    }
    auto existing = target.ledger().list();
    if (!existing)
        return existing.error();
    auto declared = target.cookies().declared();
    if (!declared)
        return declared.error();
    if (!existing->isEmpty() || !declared->empty())
        return Error { target.displayName(), 0,
            tr("the target workspace is not empty (%Ln import(s)); copy into a new workspace", "",
                int(existing->size())) };
    if (Status s = target.beginWrite())
        return *s;
    Copy copy(source, target, progress);
    if (Status s = copy.run()) {
        target.rollback();
        return *s;
    }
    if (Status s = target.commit()) {
        target.rollback();
        return *s;
    }
    return copy.count();
}
