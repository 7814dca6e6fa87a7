// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/consentrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ConsentRules {

namespace {

struct Platform
{
    const char *name;
    QStringList accept;
    QStringList reject; // first layer only: a reject that needs a second layer is not offered
};

// The ids and classes of each platform's own banner markup (first layer).
const std::vector<Platform> &platforms()
{
    static const std::vector<Platform> list {
        { "cookiebot",
            { u"#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll"_s, u"#CybotCookiebotDialogBodyButtonAccept"_s,
                u"#CybotCookiebotDialogBodyLevelButtonAccept"_s },
            { u"#CybotCookiebotDialogBodyButtonDecline"_s } },
        { "onetrust", { u"#onetrust-accept-btn-handler"_s, u"#accept-recommended-btn-handler"_s },
            { u"#onetrust-reject-all-handler"_s } },
        { "usercentrics",
            { u"[data-testid=\"uc-accept-all-button\"]"_s, u"#usercentrics-cmp-ui button#accept"_s,
                u"button[data-action-type=\"accept\"]"_s },
            { u"[data-testid=\"uc-deny-all-button\"]"_s, u"#usercentrics-cmp-ui button#deny"_s,
                u"button[data-action-type=\"deny\"]"_s } },
        { "didomi", { u"#didomi-notice-agree-button"_s },
            { u"#didomi-notice-disagree-button"_s, u".didomi-continue-without-agreeing"_s } },
        { "quantcast", { u".qc-cmp2-summary-buttons button[mode=\"primary\"]"_s },
            { u".qc-cmp2-summary-buttons button[mode=\"secondary\"][aria-label*=\"DISAGREE\" i]"_s } },
        { "cookieyes", { u".cky-btn-accept"_s, u"#cookie_action_close_header"_s },
            { u".cky-btn-reject"_s, u"#cookie_action_close_header_reject"_s } },
        { "klaro", { u".klaro .cm-btn-accept-all"_s, u".klaro .cookie-notice .cm-btn-success"_s },
            { u".klaro .cn-decline"_s, u".klaro .cm-btn-decline"_s } },
        { "osano", { u".osano-cm-accept-all"_s, u".osano-cm-accept"_s },
            { u".osano-cm-denyAll"_s, u".osano-cm-deny"_s } },
    };
    return list;
}

} // namespace

QString choiceName(Choice choice)
{
    return choice == Choice::Accept ? u"accept"_s : u"reject"_s;
}

QStringList words(Choice choice)
{
    // Clear consent words only: "OK" or "Jeg forstår" do not say what was chosen.
    static const QStringList accept { // Bokmål and Nynorsk (mostly the same words)
        u"godta alle"_s, u"godta"_s, u"godta alle informasjonskapsler"_s, u"godta informasjonskapsler"_s, u"aksepter"_s,
        u"aksepter alle"_s, u"aksepter alle informasjonskapsler"_s, u"tillat alle"_s,
        u"tillat alle informasjonskapsler"_s, u"tillat alle informasjonskapslar"_s, u"godkjenn"_s, u"godkjenn alle"_s,
        u"jeg godtar"_s, u"eg godtek"_s, u"godta alle informasjonskapslar"_s, u"ja, godta alle"_s,
        // English
        u"accept all"_s, u"accept"_s, u"accept all cookies"_s, u"accept cookies"_s, u"allow all"_s,
        u"allow all cookies"_s, u"allow cookies"_s, u"i accept"_s, u"agree"_s, u"i agree"_s, u"agree and close"_s,
        u"accept and close"_s
    };
    static const QStringList reject { // Bokmål
        u"avvis"_s, u"avvis alle"_s, u"avvis alle informasjonskapsler"_s, u"avslå"_s, u"avslå alle"_s,
        u"kun nødvendige"_s, u"bare nødvendige"_s, u"kun nødvendige informasjonskapsler"_s,
        u"bare nødvendige informasjonskapsler"_s, u"godta kun nødvendige"_s, u"tillat kun nødvendige"_s,
        u"bruk kun nødvendige"_s, u"bruk kun nødvendige informasjonskapsler"_s, u"nei takk"_s,
        // Nynorsk
        u"berre nødvendige"_s, u"berre naudsynte"_s, u"berre naudsynte informasjonskapslar"_s, u"kun naudsynte"_s,
        u"avvis alle informasjonskapslar"_s, u"godta berre naudsynte"_s, u"tillat berre naudsynte"_s,
        // English
        u"reject all"_s, u"reject"_s, u"reject all cookies"_s, u"decline"_s, u"decline all"_s, u"deny"_s, u"deny all"_s,
        u"refuse all"_s, u"disagree"_s, u"only necessary"_s, u"necessary only"_s, u"only necessary cookies"_s,
        u"necessary cookies only"_s, u"use necessary cookies only"_s, u"allow necessary cookies only"_s,
        u"continue without accepting"_s
    };
    return choice == Choice::Accept ? accept : reject;
}

QJsonObject builtIn()
{
    QJsonArray list;
    for (const Platform &p : platforms())
        list.append(QJsonObject { { u"name"_s, QString::fromLatin1(p.name) },
            { u"accept"_s, QJsonArray::fromStringList(p.accept) },
            { u"reject"_s, QJsonArray::fromStringList(p.reject) } });
    return QJsonObject { { u"platforms"_s, list },
        { u"words"_s,
            QJsonObject { { u"accept"_s, QJsonArray::fromStringList(words(Choice::Accept)) },
                { u"reject"_s, QJsonArray::fromStringList(words(Choice::Reject)) } } } };
}

namespace {

QString resource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("a resource of the cookie scan is missing from the build");
    return QString::fromUtf8(f.readAll());
}

} // namespace

QString expression(Choice choice, const QString &userSelector, bool click)
{
    static const QString search = resource(u":/cookiescan/consent.js"_s);
    const QJsonArray arguments { builtIn(), choiceName(choice), userSelector, click };
    return u"("_s + search + u").apply(null, "_s
        + QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)) + u")"_s;
}

QString cookieHookScript()
{
    static const QString hook = resource(u":/cookiescan/cookiehook.js"_s);
    return hook;
}

QString bindingName()
{
    return u"__kapselCookieWrite"_s;
}

} // namespace ConsentRules
