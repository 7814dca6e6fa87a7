// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiescandiff.h"

#include "cookies/cookieimportsupport.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace {

QString key(const ObservedCookie &c)
{
    return c.name + u'\n' + c.domain + u'\n' + c.path;
}

QString yesNo(const std::optional<bool> &b, CookieText::Lang lang)
{
    if (!b)
        return CookieText::localized(QT_TRANSLATE_NOOP("CookieText", "unknown"), lang);
    return CookieText::localized(
        *b ? QT_TRANSLATE_NOOP("CookieText", "yes") : QT_TRANSLATE_NOOP("CookieText", "no"), lang);
}

QStringList compare(const ObservedCookie &a, const ObservedCookie &b, CookieText::Lang lang)
{
    using CookieText::localized;
    QStringList out;
    const QString ra = CookieText::formatRetention(a.retentionSeconds, a.session, lang);
    const QString rb = CookieText::formatRetention(b.retentionSeconds, b.session, lang);
    if (ra != rb)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "expiry %1 → %2"), lang).arg(ra, rb);
    // An attribute one source cannot see (a request header has no HttpOnly) is not a change.
    if (a.httpOnly && b.httpOnly && *a.httpOnly != *b.httpOnly)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "HttpOnly %1 → %2"), lang)
                   .arg(yesNo(a.httpOnly, lang), yesNo(b.httpOnly, lang));
    if (a.secure && b.secure && *a.secure != *b.secure)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "Secure %1 → %2"), lang)
                   .arg(yesNo(a.secure, lang), yesNo(b.secure, lang));
    if (!a.sameSite.isEmpty() && !b.sameSite.isEmpty() && a.sameSite.compare(b.sameSite, Qt::CaseInsensitive) != 0)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "SameSite %1 → %2"), lang).arg(a.sameSite, b.sameSite);
    if (!a.party.isEmpty() && !b.party.isEmpty() && a.party != b.party)
        out << localized(QT_TRANSLATE_NOOP("CookieText", "party %1 → %2"), lang)
                   .arg(CookieText::partyLabel(a.party, lang), CookieText::partyLabel(b.party, lang));
    return out;
}

} // namespace

std::vector<CookieChange> CookieScanDiff::diff(
    const std::vector<ScanObservation> &before, const std::vector<ScanObservation> &after, CookieText::Lang lang)
{
    QMap<QString, const ObservedCookie *> a, b;
    for (const auto &o : before)
        a.insert(key(o.cookie), &o.cookie);
    for (const auto &o : after)
        b.insert(key(o.cookie), &o.cookie);
    std::vector<CookieChange> out;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const ObservedCookie &c = **it;
        auto old = a.constFind(it.key());
        if (old == a.cend()) {
            out.push_back({ CookieChange::New, c.name, c.domain, c.path, {} });
        } else if (QStringList d = compare(**old, c, lang); !d.isEmpty()) {
            out.push_back({ CookieChange::Changed, c.name, c.domain, c.path, d });
        }
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()))
            out.push_back({ CookieChange::Gone, (*it)->name, (*it)->domain, (*it)->path, {} });
    std::stable_sort(
        out.begin(), out.end(), [](const CookieChange &x, const CookieChange &y) { return x.kind < y.kind; });
    return out;
}

Expected<std::vector<CookieChange>> CookieScanDiff::latest(
    const CookieRegister &cookies, CookieText::Lang lang, CookieScan *previous, CookieScan *current)
{
    auto scans = cookies.scans();
    if (!scans)
        return scans.error();
    if (scans->size() < 2)
        return std::vector<CookieChange> {};
    // Only scans of the same site are comparable: another site's cookies are not "new" or "gone".
    const CookieScan &c = scans->back();
    const QString site = CookieImportSupport::registrableDomain(c.site);
    const CookieScan *found = nullptr;
    for (auto it = scans->rbegin() + 1; it != scans->rend(); ++it) {
        if (CookieImportSupport::registrableDomain(it->site) == site) {
            found = &*it;
            break;
        }
    }
    if (!found)
        return std::vector<CookieChange> {};
    const CookieScan &p = *found;
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
