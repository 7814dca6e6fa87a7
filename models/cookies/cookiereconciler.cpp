// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiereconciler.h"

#include "cookies/cookieimportsupport.h"
#include "cookies/cookieinventory.h"
#include "core/language.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

using CookieImportSupport::bareDomain;

void absorb(CookieRow &row, const ScanObservation &o, qint64 phaseScanId)
{
    const ObservedCookie &c = o.cookie;
    row.observed = true;
    if (!row.kinds.contains(c.kind))
        row.kinds << c.kind;
    if (phaseScanId && o.scanId == phaseScanId && !c.phase.isEmpty()) {
        if (c.phase == ConsentPhase::Before)
            row.beforeConsent = true;
        else if (c.phase == ConsentPhase::Reject)
            row.afterReject = true;
        else if (c.phase == ConsentPhase::Accept)
            row.afterAccept = true;
        const int rank = CookieReconciler::phaseRank(c.phase);
        if (row.firstPhase.isEmpty() || rank < CookieReconciler::phaseRank(row.firstPhase)) {
            row.firstPhase = c.phase;
            row.firstPage = c.page;
        }
    }
    if (c.retentionSeconds && (!row.observedRetention || *c.retentionSeconds > *row.observedRetention))
        row.observedRetention = c.retentionSeconds;
    row.observedSession = row.observedSession || (c.session && !row.observedRetention);
    // Observations arrive oldest scan first, so later values are the latest attributes.
    if (c.httpOnly)
        row.httpOnly = c.httpOnly;
    if (c.secure)
        row.secure = c.secure;
    if (!c.sameSite.isEmpty())
        row.sameSite = c.sameSite;
    if (!c.party.isEmpty())
        row.observedParty = c.party;
    if (!row.observedDomains.contains(c.domain))
        row.observedDomains << c.domain;
    if (c.firstSeen.isValid() && (!row.firstSeen.isValid() || c.firstSeen < row.firstSeen))
        row.firstSeen = c.firstSeen;
    if (c.lastSeen.isValid() && (!row.lastSeen.isValid() || c.lastSeen > row.lastSeen))
        row.lastSeen = c.lastSeen;
    if (!row.sources.contains(o.source))
        row.sources << o.source;
}

void judge(CookieRow &row, CookieText::Lang lang)
{
    using CookieText::localized;
    if (!row.isDeclared()) {
        row.status = CookieText::Status::Undeclared;
        return;
    }
    if (!row.observed) {
        row.status = CookieText::Status::NotObserved;
        return;
    }
    if (!row.inLatestScan) {
        row.status = CookieText::Status::NoLongerObserved;
        return;
    }
    const std::optional<qint64> declared = CookieText::parseRetention(row.declared.retention);
    if (row.observedSession)
        row.observedSession = !row.observedRetention;
    if (declared && row.observedRetention) {
        if (CookieReconciler::longerThanDeclared(*row.observedRetention, *declared))
            row.differences << localized(
                QT_TRANSLATE_NOOP("CookieText", "observed expiry (%1) is longer than declared (%2)"), lang)
                                   .arg(CookieText::formatRetention(row.observedRetention, false, lang),
                                       CookieText::formatRetention(declared, false, lang));
    }
    if (!row.declared.party.isEmpty() && !row.observedParty.isEmpty() && row.declared.party != row.observedParty)
        row.differences << localized(QT_TRANSLATE_NOOP("CookieText", "declared as %1 but set as %2"), lang)
                               .arg(CookieText::partyLabel(row.declared.party, lang).toLower(),
                                   CookieText::partyLabel(row.observedParty, lang).toLower());
    if (row.declared.category == u"necessary" && row.observedParty == u"third")
        row.differences << localized(
            QT_TRANSLATE_NOOP("CookieText", "declared strictly necessary but set by a third party"), lang);
    row.status = row.differences.isEmpty() ? CookieText::Status::Ok : CookieText::Status::Differs;
}

// The Bokmål purpose for a suggestion: the entry's own, else the built-in one of the same name and vendor. The
// Open Cookie Database has English only, and its English never goes into the Bokmål field: that stays empty (a
// draft) until someone writes it.
QString bokmaalPurpose(const KnowledgeEntry &k, const QString &name)
{
    if (!k.purposeNb.isEmpty())
        return k.purposeNb;
    auto same = [](const QString &a, const QString &b) {
        return !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
    };
    for (const KnowledgeEntry &b : CookieKnowledge::builtIn())
        if (b.matches(name) && !b.purposeNb.isEmpty()
            && (same(b.supplier, k.supplier) || same(b.platform, k.platform) || same(b.supplier, k.platform)))
            return b.purposeNb;
    return {};
}

void suggest(CookieRow &row, const CookieKnowledge &knowledge)
{
    DeclaredCookie &d = row.declared;
    const CookieKnowledge::Match match = knowledge.match(d.name, row.observedDomains.value(0, d.domain));
    const KnowledgeEntry *k = match.entry;
    if (!k)
        return;
    // Only empty fields are suggested; what the officer wrote is never overwritten.
    bool any = false;
    auto fill = [&](QString &field, const QString &value) {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            any = true;
        }
    };
    if (d.category == u"unclassified" || d.category.isEmpty()) {
        d.category = k->category;
        any = any || k->category != u"unclassified";
    }
    fill(d.purposeEn, k->purposeEn);
    fill(d.purposeNb, bokmaalPurpose(*k, d.name));
    fill(d.supplier, k->supplier);
    fill(d.tool, k->platform);
    fill(d.retention, k->retention);
    if (any) {
        row.suggested = true;
        row.knowledgeSource = k->source;
        row.confidence = match.confidence;
        row.knowledgeDomain = k->domain;
    }
}

// Which of the site's scans last saw each row: in the latest, or missed since the scan after that one.
void placeInScans(std::vector<CookieRow> &rows, const std::vector<ScanObservation> &observations,
    const std::vector<DeclaredCookie> &declared, const std::vector<CookieScan> &scans)
{
    QHash<qint64, int> order; // scan id -> its place, oldest first
    for (size_t i = 0; i < scans.size(); ++i)
        order.insert(scans[i].id, int(i));
    std::vector<int> last(rows.size(), -1);
    auto seen = [&](size_t row, const ScanObservation &o) { last[row] = qMax(last[row], order.value(o.scanId, -1)); };
    for (const ScanObservation &o : observations) {
        bool matched = false;
        for (size_t i = 0; i < declared.size(); ++i)
            if (CookieReconciler::covers(declared[i], o.cookie)) {
                seen(i, o);
                matched = true;
            }
        if (matched)
            continue;
        for (size_t i = declared.size(); i < rows.size(); ++i)
            if (rows[i].declared.name == o.cookie.name && rows[i].declared.domain == o.cookie.domain
                && rows[i].kinds.contains(o.cookie.kind))
                seen(i, o);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        CookieRow &row = rows[i];
        if (!row.observed)
            continue;
        const int latest = int(scans.size()) - 1;
        row.inLatestScan = scans.empty() || last[i] == latest;
        if (!row.inLatestScan && last[i] + 1 <= latest)
            row.missedBy = scans[size_t(last[i] + 1)];
    }
}

} // namespace

QString CookieReconciler::presenceText(
    const CookieRow &row, CookieText::Lang lang, const std::function<QString(const QDateTime &)> &showDate)
{
    using CookieText::localized;
    if (!row.observed)
        return localized(QT_TRANSLATE_NOOP("CookieText", "never observed"), lang);
    if (row.inLatestScan)
        return localized(QT_TRANSLATE_NOOP("CookieText", "observed in the latest scan"), lang);
    const QString day = showDate ? showDate(row.missedBy.scannedAt)
                                 : Language::localeOf(lang == CookieText::Lang::Nb ? u"nb"_s : u"en"_s)
                                       .toString(row.missedBy.scannedAt.toLocalTime().date(), QLocale::ShortFormat);
    return localized(QT_TRANSLATE_NOOP("CookieText", "no longer observed since %1 (%2)"), lang)
        .arg(day, row.missedBy.source);
}

bool CookieReconciler::covers(const DeclaredCookie &d, const ObservedCookie &o)
{
    const bool nameOk = d.name.endsWith(u'*') ? o.name.startsWith(d.name.chopped(1)) : o.name == d.name;
    if (!nameOk)
        return false;
    const QString dd = bareDomain(d.domain);
    if (dd.isEmpty())
        return true;
    const QString od = bareDomain(o.domain);
    return od == dd || od.endsWith(u'.' + dd) || dd.endsWith(u'.' + od);
}

bool CookieReconciler::longerThanDeclared(qint64 observedSeconds, qint64 declaredSeconds)
{
    // A day's slack: browsers and tools round expiry times.
    const qint64 slack = qMax<qint64>(86400, declaredSeconds / 20);
    return observedSeconds > declaredSeconds + slack;
}

int CookieReconciler::phaseRank(const QString &phase)
{
    if (phase == ConsentPhase::Before)
        return 0;
    if (phase == ConsentPhase::Accept)
        return 1;
    if (phase == ConsentPhase::Reject)
        return 2;
    return -1;
}

std::vector<CookieRow> CookieReconciler::reconcile(const std::vector<DeclaredCookie> &declared,
    const std::vector<ScanObservation> &observations, const CookieKnowledge &knowledge, CookieText::Lang lang,
    qint64 phaseScanId, const std::vector<CookieScan> &scans)
{
    std::vector<CookieRow> rows;
    rows.reserve(declared.size());
    // With a live scan, every row answers the three questions; "no" until an observation says yes.
    const std::optional<bool> unseen = phaseScanId ? std::optional<bool>(false) : std::nullopt;
    for (const DeclaredCookie &d : declared) {
        CookieRow row;
        row.declared = d;
        row.suggested = d.suggested;
        row.beforeConsent = row.afterReject = row.afterAccept = unseen;
        rows.push_back(std::move(row));
    }
    QHash<QString, qsizetype> undeclared; // name \n domain \n kind -> row index
    for (const ScanObservation &o : observations) {
        bool matched = false;
        for (size_t i = 0; i < declared.size(); ++i) {
            if (covers(declared[i], o.cookie)) {
                absorb(rows[i], o, phaseScanId);
                matched = true;
            }
        }
        if (matched)
            continue;
        const QString key = o.cookie.name + u'\n' + o.cookie.domain + u'\n' + o.cookie.kind;
        auto it = undeclared.find(key);
        if (it == undeclared.end()) {
            CookieRow row;
            row.beforeConsent = row.afterReject = row.afterAccept = unseen;
            row.declared.name = o.cookie.name;
            row.declared.domain = o.cookie.domain;
            row.declared.path = o.cookie.path;
            row.declared.party = o.cookie.party;
            it = undeclared.insert(key, qsizetype(rows.size()));
            rows.push_back(std::move(row));
        }
        absorb(rows[size_t(*it)], o, phaseScanId);
    }
    placeInScans(rows, observations, declared, scans);
    for (CookieRow &row : rows) {
        if (!row.isDeclared())
            suggest(row, knowledge);
        else
            row.missing = CookieInventory::missingFields(row.declared);
        judge(row, lang);
    }
    return rows;
}

QString CookieReconciler::confidenceReason(const CookieRow &row, CookieText::Lang lang)
{
    using CookieText::Confidence;
    using CookieText::localized;
    switch (row.confidence) {
    case Confidence::High:
        return row.knowledgeDomain.isEmpty() && row.knowledgeSource == u"builtin"
            ? localized(
                QT_TRANSLATE_NOOP("CookieText", "The name is that of one tool's own cookie (built-in knowledge)."),
                lang)
            : localized(QT_TRANSLATE_NOOP("CookieText", "The name and the domain or supplier match."), lang);
    case Confidence::Medium:
        return localized(
            QT_TRANSLATE_NOOP("CookieText", "The name matches; the source names no domain to compare with."), lang);
    case Confidence::Low:
        return row.knowledgeDomain.isEmpty()
            ? localized(
                QT_TRANSLATE_NOOP("CookieText", "Only the name matches, and many sites use such a short name."), lang)
            : localized(
                QT_TRANSLATE_NOOP("CookieText", "Only the name matches: the source describes the cookie of %1."), lang)
                  .arg(row.knowledgeDomain);
    case Confidence::None:
        break;
    }
    return {};
}

int CookieReconciler::declaredCount(const std::vector<CookieRow> &rows)
{
    return int(std::count_if(rows.begin(), rows.end(), [](const CookieRow &r) { return r.isDeclared(); }));
}

std::vector<const CookieRow *> CookieReconciler::drafts(const std::vector<CookieRow> &rows)
{
    std::vector<const CookieRow *> out;
    for (const CookieRow &r : rows)
        if (r.isDraft())
            out.push_back(&r);
    return out;
}

QString CookieReconciler::missingText(const CookieRow &row, CookieText::Lang lang)
{
    QStringList words;
    for (const QString &field : row.missing)
        words << CookieText::fieldLabel(field, lang);
    return words.join(u", "_s);
}

QStringList CookieReconciler::draftLines(const std::vector<CookieRow> &rows, CookieText::Lang lang)
{
    QStringList lines;
    for (const CookieRow *r : drafts(rows))
        lines << CookieText::localized(QT_TRANSLATE_NOOP("CookieText", "%1 (missing %2)"), lang)
                     .arg(r->declared.name, missingText(*r, lang));
    return lines;
}

Expected<CookieKnowledge> CookieReconciler::knowledge(const CookieRegister &cookies)
{
    auto imported = cookies.importedKnowledge();
    if (!imported)
        return imported.error();
    return CookieKnowledge(std::move(*imported));
}

Expected<std::vector<CookieRow>> CookieReconciler::load(
    const CookieRegister &cookies, CookieText::Lang lang, const QString &site, CookieSiteScope *scopeOut)
{
    auto scope = CookieSites::scope(cookies, site);
    if (!scope)
        return scope.error();
    auto declared = cookies.declared();
    if (!declared)
        return declared.error();
    auto observations = cookies.observations();
    if (!observations)
        return observations.error();
    auto known = knowledge(cookies);
    if (!known)
        return known.error();
    auto rows = reconcile(scope->declaredOf(*declared), scope->observationsOf(*observations), *known, lang,
        scope->phaseScanId, scope->scans);
    if (scopeOut)
        *scopeOut = std::move(*scope);
    return rows;
}
