// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiescandiff.h"

#include "cookies/cookiesites.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace {

QString key(const ObservedCookie &c)
{
    return c.kind + u'\n' + c.name + u'\n' + c.domain + u'\n' + c.path;
}

// One item of a scan: its observations in every phase, merged (what any phase could tell), and its phases.
struct Item
{
    ObservedCookie cookie;
    bool before = false, accept = false, reject = false;

    void take(const ObservedCookie &c)
    {
        if (c.retentionSeconds && (!cookie.retentionSeconds || *c.retentionSeconds > *cookie.retentionSeconds)) {
            cookie.retentionSeconds = c.retentionSeconds;
            cookie.session = false;
        }
        for (auto [mine, theirs] : { std::pair { &cookie.httpOnly, &c.httpOnly },
                 std::pair { &cookie.secure, &c.secure }, std::pair { &cookie.partitioned, &c.partitioned } })
            if (!*mine)
                *mine = *theirs;
        if (cookie.sameSite.isEmpty())
            cookie.sameSite = c.sameSite;
        if (cookie.party.isEmpty())
            cookie.party = c.party;
        before = before || c.phase == ConsentPhase::Before;
        accept = accept || c.phase == ConsentPhase::Accept;
        reject = reject || c.phase == ConsentPhase::Reject;
    }
};

// The items of a scan by key; *phased says whether it is a live scan (observations with phases).
QMap<QString, Item> itemsOf(const std::vector<ScanObservation> &observations, bool *phased)
{
    QMap<QString, Item> out;
    *phased = false;
    for (const ScanObservation &o : observations) {
        auto it = out.find(key(o.cookie));
        if (it == out.end())
            it = out.insert(key(o.cookie), Item { o.cookie });
        it->take(o.cookie);
        *phased = *phased || !o.cookie.phase.isEmpty();
    }
    return out;
}

QString yesOrUnknown(const std::optional<bool> &b, CookieText::Lang lang)
{
    return b ? CookieText::yesNo(b, lang) : CookieText::localized(QT_TRANSLATE_NOOP("CookieText", "unknown"), lang);
}

QStringList compare(const Item &x, const Item &y, bool phases, CookieText::Lang lang)
{
    using CookieText::localized;
    const ObservedCookie &a = x.cookie, &b = y.cookie;
    QStringList out;
    const QString ra = CookieText::formatRetention(a.retentionSeconds, a.session, lang);
    const QString rb = CookieText::formatRetention(b.retentionSeconds, b.session, lang);
    if (ra != rb)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "expiry %1 → %2"), lang).arg(ra, rb);
    // An attribute one source cannot see (a request header has no HttpOnly) is not a change.
    if (a.httpOnly && b.httpOnly && *a.httpOnly != *b.httpOnly)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "HttpOnly %1 → %2"), lang)
                   .arg(yesOrUnknown(a.httpOnly, lang), yesOrUnknown(b.httpOnly, lang));
    if (a.secure && b.secure && *a.secure != *b.secure)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "Secure %1 → %2"), lang)
                   .arg(yesOrUnknown(a.secure, lang), yesOrUnknown(b.secure, lang));
    if (!a.sameSite.isEmpty() && !b.sameSite.isEmpty() && a.sameSite.compare(b.sameSite, Qt::CaseInsensitive) != 0)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "SameSite %1 → %2"), lang).arg(a.sameSite, b.sameSite);
    if (!a.party.isEmpty() && !b.party.isEmpty() && a.party != b.party)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "party %1 → %2"), lang)
                   .arg(CookieText::partyLabel(a.party, lang), CookieText::partyLabel(b.party, lang));
    if (a.partitioned && b.partitioned && *a.partitioned != *b.partitioned)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "partitioned %1 → %2"), lang)
                   .arg(yesOrUnknown(a.partitioned, lang), yesOrUnknown(b.partitioned, lang));
    if (!phases)
        return out;
    const std::pair<const char *, std::pair<bool, bool>> flags[] = {
        { QT_TRANSLATE_NOOP("CookieText", "set before consent %1 → %2"), { x.before, y.before } },
        { QT_TRANSLATE_NOOP("CookieText", "set after reject %1 → %2"), { x.reject, y.reject } },
        { QT_TRANSLATE_NOOP("CookieText", "set after accept %1 → %2"), { x.accept, y.accept } },
    };
    for (const auto &[text, was] : flags)
        if (was.first != was.second)
            out << localized(text, lang).arg(yesOrUnknown(was.first, lang), yesOrUnknown(was.second, lang));
    return out;
}

} // namespace

std::vector<CookieChange> CookieScanDiff::diff(
    const std::vector<ScanObservation> &before, const std::vector<ScanObservation> &after, CookieText::Lang lang)
{
    bool phasedBefore = false, phasedAfter = false;
    const QMap<QString, Item> a = itemsOf(before, &phasedBefore);
    const QMap<QString, Item> b = itemsOf(after, &phasedAfter);
    const bool phases = phasedBefore && phasedAfter;
    auto change = [](CookieChange::Kind kind, const ObservedCookie &c, QStringList details = {}) {
        return CookieChange { kind, c.name, c.domain, c.path, c.kind, std::move(details) };
    };
    std::vector<CookieChange> out;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        auto old = a.constFind(it.key());
        if (old == a.cend())
            out.push_back(change(CookieChange::New, it->cookie));
        else if (QStringList d = compare(*old, *it, phases, lang); !d.isEmpty())
            out.push_back(change(CookieChange::Changed, it->cookie, d));
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()))
            out.push_back(change(CookieChange::Gone, it->cookie));
    std::stable_sort(
        out.begin(), out.end(), [](const CookieChange &x, const CookieChange &y) { return x.kind < y.kind; });
    return out;
}

Expected<std::vector<CookieChange>> CookieScanDiff::latest(const CookieRegister &cookies, CookieText::Lang lang,
    CookieScan *previous, CookieScan *current, const QString &site)
{
    auto scans = cookies.scans();
    if (!scans)
        return scans.error();
    // Only scans of the same site are comparable: another site's cookies are not "new" or "gone".
    const CookieSiteScope scope = CookieSites::scope(*scans, site);
    if (scope.scans.size() < 2)
        return std::vector<CookieChange> {};
    const CookieScan &p = scope.scans[scope.scans.size() - 2];
    const CookieScan &c = scope.scans.back();
    if (previous)
        *previous = p;
    if (current)
        *current = c;
    auto before = cookies.observations(p.id);
    if (!before)
        return before.error();
    auto after = cookies.observations(c.id);
    if (!after)
        return after.error();
    return diff(*before, *after, lang);
}

QString CookieScanDiff::kindLabel(CookieChange::Kind kind, CookieText::Lang lang)
{
    switch (kind) {
    case CookieChange::New:
        return CookieText::localized(QT_TRANSLATE_NOOP("CookieText", "new"), lang);
    case CookieChange::Gone:
        return CookieText::localized(QT_TRANSLATE_NOOP("CookieText", "gone"), lang);
    case CookieChange::Changed:
        return CookieText::localized(QT_TRANSLATE_NOOP("CookieText", "changed"), lang);
    }
    return {};
}
