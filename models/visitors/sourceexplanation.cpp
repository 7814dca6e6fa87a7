// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/sourceexplanation.h"

using namespace Qt::StringLiterals;

SourceExplanation SourceExplanations::forSource(const QString &source)
{
    const QString s = source.toLower();
    SourceExplanation e;
    e.title = source;
    if (s.contains(u"ga4"_s) || s.contains(u"analytics 4"_s)) {
        e.returning = tr("A visit is first-time when GA4's ga_session_number is 1 for that browser; later sessions of "
                         "the same browser are returning.");
        e.duration = tr("Duration is wall-clock time from the first to the last event of the session. GA4's own "
                        "reports use engagement time (time the page was in the foreground), which is shorter.");
        e.cookie = tr("Needs the _ga cookie: figures exist only for visitors who accepted analytics cookies.");
        e.basis = SourceExplanation::SplitBasis::Cookie;
        e.cookies = { u"_ga"_s };
    } else if (s.contains(u"universal"_s) || s == u"ua"_s || s.contains(u"ga360"_s)) {
        e.returning = tr("Universal Analytics calls a visitor \"New Visitor\" or \"Returning Visitor\" (user type) "
                         "from visitNumber.");
        e.duration
            = tr("Duration is time on site: from the first to the last hit; a single-page visit counts as 0 seconds.");
        e.cookie
            = tr("Needs the __utma or _ga cookie: figures exist only for visitors who accepted analytics cookies.");
        e.basis = SourceExplanation::SplitBasis::Cookie;
        e.cookies = { u"_ga"_s, u"_gid"_s };
    } else if (s.contains(u"matomo"_s) || s.contains(u"piwik"_s)) {
        e.returning = tr("Matomo's visitorType is \"new\" or \"returning\" (also \"returningCustomer\"), from the "
                         "visitor's visit count.");
        e.duration = tr("Duration is Matomo's visitDuration: from the first to the last action, in seconds.");
        e.cookie = tr("Needs the _pk_id cookie: figures exist only for visitors who accepted it (without it every "
                      "visit looks first-time).");
        e.basis = SourceExplanation::SplitBasis::Cookie;
        e.cookies = { u"_pk_id"_s };
    } else if (s.contains(u"siteimprove"_s)) {
        e.returning
            = tr("Siteimprove counts a visitor as returning when its nmstat cookie was set on an earlier visit.");
        e.duration = tr("Duration is from the first to the last page view of the visit.");
        e.cookie = tr("Needs the nmstat cookie: figures exist only for visitors who accepted it.");
        e.basis = SourceExplanation::SplitBasis::Cookie;
        e.cookies = { u"nmstat"_s }; // the knowledge base's Siteimprove Analytics visitor cookie (1000 days)
    } else if (s.contains(u"plausible"_s)) {
        e.returning = tr(
            "Plausible uses no cookies and cannot tell first-time from returning visitors: those figures are empty.");
        e.duration = tr("Duration is Plausible's visit duration, from the first to the last page view.");
        e.cookie = tr("No cookie: a daily rotating hash of IP address and browser.");
        e.basis = SourceExplanation::SplitBasis::NoCookie;
    } else {
        e.returning = tr("First-time and returning as the source reports them (visit number 1 or an is_new flag).");
        e.duration = tr("Duration as the source reports it, in seconds.");
        e.cookie = tr("Figures that tell visitors apart need the source's own cookie and exist only for visitors who "
                      "accepted it.");
    }
    return e;
}

QString SourceExplanations::splitBasis(const SourceExplanation &e)
{
    switch (e.basis) {
    case SourceExplanation::SplitBasis::Cookie:
        //: %1: cookie names, e.g. "_ga" or "_ga, _gid"
        return tr("cookie %1 (analytics consent: only visitors who accepted it are told apart)")
            .arg(e.cookies.join(u", "_s));
    case SourceExplanation::SplitBasis::NoCookie:
        return tr("no cookie: visitors are told apart only within a day (a daily rotating hash of IP address and "
                  "browser), so there is no first-time/returning split");
    case SourceExplanation::SplitBasis::Unknown:
        break;
    }
    return tr("not known: the file does not say which cookie its visit numbers rely on");
}
