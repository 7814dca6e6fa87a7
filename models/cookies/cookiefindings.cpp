// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiefindings.h"

#include "cookies/cookiereconciler.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;
using CookieText::Lang;
using CookieText::localized;

namespace {

// One item of the scan with its observations, earliest phase first.
struct Item
{
    std::vector<const ObservedCookie *> seen;
    const DeclaredCookie *declared = nullptr;
    QString category;

    const ObservedCookie &first() const { return *seen.front(); }
    const ObservedCookie *in(const QString &phase) const
    {
        for (const ObservedCookie *c : seen)
            if (c->phase == phase)
                return c;
        return nullptr;
    }
};

QString itemText(const ObservedCookie &c, Lang lang)
{
    if (c.kind == u"cookie" || c.kind.isEmpty())
        return u"%1 (%2)"_s.arg(c.name, c.domain);
    //: %1 a storage key, %2 its kind (Local storage), %3 the origin's host
    return localized(QT_TRANSLATE_NOOP("CookieText", "%1 (%2 on %3)"), lang)
        .arg(c.name, CookieText::kindLabel(c.kind, lang).toLower(), c.domain);
}

CookieFinding about(CookieFinding::Kind kind, CookieFinding::Severity severity, const Item &item,
    const ObservedCookie &evidence, QString message)
{
    CookieFinding f;
    f.kind = kind;
    f.severity = severity;
    f.name = evidence.name;
    f.domain = evidence.domain;
    f.itemKind = evidence.kind;
    f.category = item.category;
    f.phase = evidence.phase;
    f.page = evidence.page;
    f.request = evidence.setBy;
    f.initiator = evidence.initiator;
    f.message = std::move(message);
    return f;
}

} // namespace

std::vector<CookieFinding> CookieFindings::compute(const std::vector<ScanObservation> &scan,
    const std::vector<ScanEvent> &events, const std::vector<DeclaredCookie> &declared, const CookieKnowledge &knowledge,
    Lang lang)
{
    QMap<QString, Item> items; // kind, name, domain, path
    for (const ScanObservation &o : scan) {
        const ObservedCookie &c = o.cookie;
        items[c.kind + u'\n' + c.name + u'\n' + c.domain + u'\n' + c.path].seen.push_back(&c);
    }
    std::vector<bool> declaredSeen(declared.size(), false);
    for (Item &item : items) {
        std::stable_sort(item.seen.begin(), item.seen.end(), [](const ObservedCookie *a, const ObservedCookie *b) {
            return CookieReconciler::phaseRank(a->phase) < CookieReconciler::phaseRank(b->phase);
        });
        for (size_t i = 0; i < declared.size(); ++i) {
            if (CookieReconciler::covers(declared[i], item.first())) {
                declaredSeen[i] = true;
                if (!item.declared)
                    item.declared = &declared[i];
            }
        }
        if (item.declared)
            item.category = item.declared->category;
        else if (const KnowledgeEntry *k = knowledge.lookup(item.first().name, item.first().domain))
            item.category = k->category;
        if (item.category.isEmpty())
            item.category = u"unclassified"_s;
    }

    std::vector<CookieFinding> out;
    for (const Item &item : items) {
        const ObservedCookie &first = item.first();
        const QString what = itemText(first, lang);
        const bool necessary = item.category == u"necessary";
        const bool unclassified = item.category == u"unclassified";
        const QString category = CookieText::categoryLabel(item.category, lang).toLower();
        if (const ObservedCookie *c = item.in(ConsentPhase::Before); c && !necessary)
            out.push_back(
                about(CookieFinding::BeforeConsent, unclassified ? CookieFinding::Low : CookieFinding::High, item, *c,
                    unclassified ? localized(QT_TRANSLATE_NOOP("CookieText",
                                                 "%1 is set before the visitor consents and is not classified: check "
                                                 "whether it is strictly necessary"),
                        lang)
                                       .arg(what)
                                 : localized(QT_TRANSLATE_NOOP("CookieText",
                                                 "%1 is set before the visitor consents, but it is not strictly "
                                                 "necessary (%2)"),
                                     lang)
                                       .arg(what, category)));
        if (const ObservedCookie *c = item.in(ConsentPhase::Reject)) {
            const bool thirdPartyStorage = c->kind != u"cookie" && c->party == u"third";
            if (thirdPartyStorage)
                out.push_back(about(CookieFinding::AfterReject, CookieFinding::High, item, *c,
                    localized(
                        QT_TRANSLATE_NOOP("CookieText", "%1 is stored by a third party although the visitor rejected"),
                        lang)
                        .arg(what)));
            else if (!necessary)
                out.push_back(
                    about(CookieFinding::AfterReject, unclassified ? CookieFinding::Low : CookieFinding::High, item, *c,
                        unclassified ? localized(QT_TRANSLATE_NOOP("CookieText",
                                                     "%1 is set although the visitor rejected and is not classified: "
                                                     "check whether it is strictly necessary"),
                            lang)
                                           .arg(what)
                                     : localized(QT_TRANSLATE_NOOP("CookieText",
                                                     "%1 is set although the visitor rejected, but it is not strictly "
                                                     "necessary (%2)"),
                                         lang)
                                           .arg(what, category)));
        }
        if (!item.declared) {
            out.push_back(about(CookieFinding::Undeclared, CookieFinding::Medium, item, first,
                localized(QT_TRANSLATE_NOOP("CookieText", "%1 is observed but not in the declaration"), lang)
                    .arg(what)));
            continue;
        }
        const auto declaredRetention = CookieText::parseRetention(item.declared->retention);
        for (const ObservedCookie *c : item.seen) {
            if (declaredRetention && c->retentionSeconds
                && CookieReconciler::longerThanDeclared(*c->retentionSeconds, *declaredRetention)) {
                out.push_back(about(CookieFinding::LongerRetention, CookieFinding::Medium, item, *c,
                    localized(QT_TRANSLATE_NOOP("CookieText", "%1 is kept for %2, longer than the declared %3"), lang)
                        .arg(what, CookieText::formatRetention(c->retentionSeconds, false, lang),
                            CookieText::formatRetention(declaredRetention, false, lang))));
                break;
            }
        }
    }
    for (const ScanEvent &e : events) {
        if (e.kind != u"consent-missing" || e.subject != ConsentPhase::Reject)
            continue;
        CookieFinding f;
        f.kind = CookieFinding::NoRejectButton;
        f.severity = CookieFinding::High;
        f.phase = e.phase;
        f.page = e.page;
        f.message = localized(QT_TRANSLATE_NOOP("CookieText",
                                  "No reject button on the first layer: refusal is not as easy as acceptance"),
            lang);
        out.push_back(std::move(f));
        break;
    }
    for (size_t i = 0; i < declared.size(); ++i) {
        if (declaredSeen[i])
            continue;
        const DeclaredCookie &d = declared[i];
        CookieFinding f;
        f.kind = CookieFinding::NeverSeen;
        f.severity = CookieFinding::Low;
        f.name = d.name;
        f.domain = d.domain;
        f.category = d.category;
        f.message = localized(
            QT_TRANSLATE_NOOP("CookieText", "%1 (%2) is declared but was not seen in any phase of the scan"), lang)
                        .arg(d.name, d.domain);
        out.push_back(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(), [](const CookieFinding &a, const CookieFinding &b) {
        return std::tie(a.severity, a.kind) < std::tie(b.severity, b.kind);
    });
    return out;
}

Expected<std::vector<CookieFinding>> CookieFindings::load(
    const CookieRegister &cookies, Lang lang, const QString &site, CookieSiteScope *scopeOut)
{
    auto scope = CookieSites::scope(cookies, site);
    if (!scope)
        return scope.error();
    std::vector<CookieFinding> out;
    if (scope->latestScanId) {
        auto observations = cookies.observations(scope->latestScanId);
        if (!observations)
            return observations.error();
        auto events = cookies.scanEvents(scope->latestScanId);
        if (!events)
            return events.error();
        auto declared = cookies.declared();
        if (!declared)
            return declared.error();
        auto knowledge = CookieReconciler::knowledge(cookies);
        if (!knowledge)
            return knowledge.error();
        out = compute(*observations, *events, scope->declaredOf(*declared), *knowledge, lang);
    }
    if (scopeOut)
        *scopeOut = std::move(*scope);
    return out;
}

QString CookieFindings::kindId(CookieFinding::Kind kind)
{
    switch (kind) {
    case CookieFinding::BeforeConsent:
        return u"before-consent"_s;
    case CookieFinding::AfterReject:
        return u"after-reject"_s;
    case CookieFinding::NoRejectButton:
        return u"no-reject-button"_s;
    case CookieFinding::Undeclared:
        return u"undeclared"_s;
    case CookieFinding::NeverSeen:
        return u"never-seen"_s;
    case CookieFinding::LongerRetention:
        return u"longer-retention"_s;
    }
    return {};
}

QString CookieFindings::kindLabel(CookieFinding::Kind kind, Lang lang)
{
    switch (kind) {
    case CookieFinding::BeforeConsent:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Set before consent"), lang);
    case CookieFinding::AfterReject:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Set after reject"), lang);
    case CookieFinding::NoRejectButton:
        return localized(QT_TRANSLATE_NOOP("CookieText", "No reject button"), lang);
    case CookieFinding::Undeclared:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Not declared"), lang);
    case CookieFinding::NeverSeen:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Declared, never seen"), lang);
    case CookieFinding::LongerRetention:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Kept longer than declared"), lang);
    }
    return {};
}

QString CookieFindings::severityId(CookieFinding::Severity severity)
{
    switch (severity) {
    case CookieFinding::High:
        return u"high"_s;
    case CookieFinding::Medium:
        return u"medium"_s;
    case CookieFinding::Low:
        return u"low"_s;
    }
    return {};
}

QString CookieFindings::severityLabel(CookieFinding::Severity severity, Lang lang)
{
    switch (severity) {
    case CookieFinding::High:
        return localized(QT_TRANSLATE_NOOP("CookieText", "high"), lang);
    case CookieFinding::Medium:
        return localized(QT_TRANSLATE_NOOP("CookieText", "medium"), lang);
    case CookieFinding::Low:
        return localized(QT_TRANSLATE_NOOP("CookieText", "low"), lang);
    }
    return {};
}
