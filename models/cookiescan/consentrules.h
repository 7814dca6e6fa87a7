// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// How the live scan finds a consent banner's accept-all and reject-all buttons. The search itself is JavaScript
// (resources/cookiescan/consent.js), evaluated in every frame's execution context, same- and cross-origin,
// including open shadow roots; only visible, enabled elements count. Order of the rules:
//   1. the user's CSS selector (--accept-selector / --reject-selector), when given: the user knows the site;
//      when it matches nothing, the built-in rules still apply;
//   2. the known buttons of the common consent platforms (Cookiebot, OneTrust, Usercentrics, Didomi, Quantcast,
//      CookieYes, Klaro, Osano), recorded under the platform's name;
//   3. a button or link whose whole visible text (or aria-label) is clear accept or reject wording in Bokmål,
//      Nynorsk or English ("Godta alle", "Avvis alle", "Kun nødvendige", "Accept all", "Reject all", ...),
//      recorded as "text". Whole text only: "Godta alle eller tilpass" is not a consent word.
// Whether the IAB TCF API (window.__tcfapi) is present is reported too.
namespace ConsentRules {

enum class Choice { Accept, Reject };

QString choiceName(Choice choice); // accept | reject
QJsonObject builtIn(); // { platforms: [...], words: { accept: [...], reject: [...] } }
QStringList words(Choice choice); // normalised: lower case, single spaces
// The expression to evaluate in a frame: finds the button and, when `click`, clicks it. Its value is
// { found, tier (0 selector, 1 platform, 2 text), rule, text, tcf }.
QString expression(Choice choice, const QString &userSelector, bool click);
// The script that reports document.cookie writes through the binding `bindingName()`.
QString cookieHookScript();
QString bindingName();

} // namespace ConsentRules
