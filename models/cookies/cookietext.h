// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The cookie area's vocabulary (categories, statuses, parties, retention periods) in a language chosen per
// call: a declaration can be exported in Bokmål while the program speaks English, so these texts are looked
// up in the embedded Bokmål catalogue directly instead of through the installed translator.
namespace CookieText {

enum class Lang { En, Nb };
Lang langFromCode(const QString &code); // "nb" -> Nb, anything else -> En
Lang currentLang(); // the program's language (Language::current())

// Looks up a QT_TRANSLATE_NOOP("CookieText", ...) source text into `lang`.
QString localized(const char *source, Lang lang);

// Categories: necessary, preferences, statistics, marketing, unclassified (stored ids, in this order).
const QStringList &categoryIds();
QString categoryLabel(const QString &id, Lang lang);
// Maps a category written by people or other tools (English, Bokmål, Open Cookie Database) to an id;
// empty when nothing fits.
QString categoryFromText(const QString &text);

// Statuses of the reconciliation.
// Per the site's latest scan: Ok and Differs are in it; NoLongerObserved was seen by an earlier scan only;
// NotObserved never.
enum class Status { Ok, NotObserved, Undeclared, Differs, NoLongerObserved };
const QList<Status> &statuses(); // in the order above
QString statusId(Status s); // ok | not-observed | undeclared | differs | no-longer-observed
std::optional<Status> statusFromId(const QString &id);
QString statusLabel(Status s, Lang lang);

QString partyLabel(const QString &party, Lang lang); // first | third
QString phaseLabel(const QString &phase, Lang lang); // before | accept | reject: "before consent", ...
// What started the request that set an item (ObservedCookie::initiator): a script's URL as it is, the browser's
// kinds in words ("parser": "the page's HTML", "other": "the browser", ...).
QString initiatorLabel(const QString &initiator, Lang lang);
QString kindLabel(const QString &kind, Lang lang); // cookie | localStorage | sessionStorage
QString yesNo(const std::optional<bool> &b, Lang lang); // "yes", "no", '' when unknown
// The fields a complete declaration entry needs (CookieInventory::missingFields): purpose_nb | purpose_en |
// supplier | retention | category, in words ("purpose in Bokmål", ...).
QString fieldLabel(const QString &field, Lang lang);

// How sure a knowledge-base suggestion is that it describes this cookie (CookieKnowledge::match).
enum class Confidence { None, Low, Medium, High };
QString confidenceId(Confidence c); // high | medium | low | ''
QString confidenceLabel(Confidence c, Lang lang); // "high", "medium", "low"

// Retention as people write it ("2 years", "session", "30 minutes", "13 måneder", "økt") in seconds;
// 0 = session; empty = not understood.
std::optional<qint64> parseRetention(const QString &text);
// A readable period, e.g. "2 years", "30 minutes", "session"; rounds to the largest sensible unit.
QString formatRetention(std::optional<qint64> seconds, bool session, Lang lang);

} // namespace CookieText
