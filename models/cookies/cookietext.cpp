// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookietext.h"

#include "core/language.h"
#include "importers/plausiblevalues.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CookieText {

namespace {

// Source texts for lupdate; localized() looks them up at run time.
const char *const kCategoryLabels[] = {
    QT_TRANSLATE_NOOP("CookieText", "Strictly necessary"),
    QT_TRANSLATE_NOOP("CookieText", "Preferences"),
    QT_TRANSLATE_NOOP("CookieText", "Statistics"),
    QT_TRANSLATE_NOOP("CookieText", "Marketing"),
    QT_TRANSLATE_NOOP("CookieText", "Unclassified"),
};

} // namespace

Lang langFromCode(const QString &code)
{
    return code.trimmed().toLower().startsWith(u"nb") || code.trimmed().toLower() == u"no" ? Lang::Nb : Lang::En;
}

Lang currentLang()
{
    return langFromCode(Language::current());
}

QString localized(const char *source, Lang lang)
{
    return lang == Lang::Nb ? Language::translate(u"nb"_s, "CookieText", source) : QString::fromUtf8(source);
}

const QStringList &categoryIds()
{
    static const QStringList ids { u"necessary"_s, u"preferences"_s, u"statistics"_s, u"marketing"_s,
        u"unclassified"_s };
    return ids;
}

QString categoryLabel(const QString &id, Lang lang)
{
    const qsizetype i = categoryIds().indexOf(id);
    return localized(kCategoryLabels[i < 0 ? 4 : i], lang);
}

QString categoryFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (categoryIds().contains(t))
        return t;
    for (const QString &id : categoryIds())
        if (t == categoryLabel(id, Lang::En).toLower() || t == categoryLabel(id, Lang::Nb).toLower())
            return id;
    static const QList<QPair<QString, QString>> words {
        { u"strictly"_s, u"necessary"_s },
        { u"necessary"_s, u"necessary"_s },
        { u"nødvendig"_s, u"necessary"_s },
        { u"essential"_s, u"necessary"_s },
        { u"functional"_s, u"necessary"_s },
        { u"security"_s, u"necessary"_s },
        { u"preference"_s, u"preferences"_s },
        { u"personali"_s, u"preferences"_s },
        { u"funksjon"_s, u"preferences"_s },
        { u"innstilling"_s, u"preferences"_s },
        { u"analytic"_s, u"statistics"_s },
        { u"statisti"_s, u"statistics"_s },
        { u"performance"_s, u"statistics"_s },
        { u"analyse"_s, u"statistics"_s },
        { u"marketing"_s, u"marketing"_s },
        { u"markedsføring"_s, u"marketing"_s },
        { u"advertis"_s, u"marketing"_s },
        { u"reklame"_s, u"marketing"_s },
        { u"targeting"_s, u"marketing"_s },
        { u"unclassified"_s, u"unclassified"_s },
        { u"uklassifisert"_s, u"unclassified"_s },
    };
    for (const auto &[word, id] : words)
        if (t.contains(word))
            return id;
    return {};
}

const QList<Status> &statuses()
{
    static const QList<Status> all { Status::Ok, Status::NotObserved, Status::Undeclared, Status::Differs,
        Status::NoLongerObserved };
    return all;
}

QString statusId(Status s)
{
    switch (s) {
    case Status::NoLongerObserved:
        return u"no-longer-observed"_s;
    case Status::Ok:
        return u"ok"_s;
    case Status::NotObserved:
        return u"not-observed"_s;
    case Status::Undeclared:
        return u"undeclared"_s;
    case Status::Differs:
        return u"differs"_s;
    }
    return {};
}

std::optional<Status> statusFromId(const QString &id)
{
    for (Status s : statuses())
        if (statusId(s) == id.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString statusLabel(Status s, Lang lang)
{
    switch (s) {
    case Status::Ok:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Declared and observed"), lang);
    case Status::NotObserved:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Declared, never observed"), lang);
    case Status::Undeclared:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Observed, undeclared"), lang);
    case Status::Differs:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Differs"), lang);
    case Status::NoLongerObserved:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Declared, no longer observed"), lang);
    }
    return {};
}

QString partyLabel(const QString &party, Lang lang)
{
    if (party == u"first")
        return localized(QT_TRANSLATE_NOOP("CookieText", "First party"), lang);
    if (party == u"third")
        return localized(QT_TRANSLATE_NOOP("CookieText", "Third party"), lang);
    return {};
}

QString phaseLabel(const QString &phase, Lang lang)
{
    if (phase == u"before")
        return localized(QT_TRANSLATE_NOOP("CookieText", "before consent"), lang);
    if (phase == u"accept")
        return localized(QT_TRANSLATE_NOOP("CookieText", "after accept"), lang);
    if (phase == u"reject")
        return localized(QT_TRANSLATE_NOOP("CookieText", "after reject"), lang);
    return {};
}

QString initiatorLabel(const QString &initiator, Lang lang)
{
    if (initiator == u"parser")
        return localized(QT_TRANSLATE_NOOP("CookieText", "the page's HTML"), lang);
    if (initiator == u"script")
        return localized(QT_TRANSLATE_NOOP("CookieText", "a script"), lang);
    if (initiator == u"preload")
        return localized(QT_TRANSLATE_NOOP("CookieText", "a preload"), lang);
    if (initiator == u"preflight")
        return localized(QT_TRANSLATE_NOOP("CookieText", "a CORS preflight"), lang);
    if (initiator == u"other")
        return localized(QT_TRANSLATE_NOOP("CookieText", "the browser"), lang);
    return initiator; // a script's URL
}

QString kindLabel(const QString &kind, Lang lang)
{
    if (kind == u"localStorage")
        return localized(QT_TRANSLATE_NOOP("CookieText", "Local storage"), lang);
    if (kind == u"sessionStorage")
        return localized(QT_TRANSLATE_NOOP("CookieText", "Session storage"), lang);
    if (kind == u"cookie")
        return localized(QT_TRANSLATE_NOOP("CookieText", "Cookie"), lang);
    return kind;
}

QString yesNo(const std::optional<bool> &b, Lang lang)
{
    if (!b)
        return {};
    return localized(*b ? QT_TRANSLATE_NOOP("CookieText", "yes") : QT_TRANSLATE_NOOP("CookieText", "no"), lang);
}

QString confidenceId(Confidence c)
{
    switch (c) {
    case Confidence::High:
        return u"high"_s;
    case Confidence::Medium:
        return u"medium"_s;
    case Confidence::Low:
        return u"low"_s;
    case Confidence::None:
        break;
    }
    return {};
}

QString confidenceLabel(Confidence c, Lang lang)
{
    switch (c) {
    case Confidence::High:
        return localized(QT_TRANSLATE_NOOP("CookieText", "high"), lang);
    case Confidence::Medium:
        return localized(QT_TRANSLATE_NOOP("CookieText", "medium"), lang);
    case Confidence::Low:
        return localized(QT_TRANSLATE_NOOP("CookieText", "low"), lang);
    case Confidence::None:
        break;
    }
    return {};
}

QString fieldLabel(const QString &field, Lang lang)
{
    if (field == u"purpose_nb")
        return localized(QT_TRANSLATE_NOOP("CookieText", "purpose in Bokmål"), lang);
    if (field == u"purpose_en")
        return localized(QT_TRANSLATE_NOOP("CookieText", "purpose in English"), lang);
    if (field == u"supplier")
        return localized(QT_TRANSLATE_NOOP("CookieText", "supplier"), lang);
    if (field == u"retention")
        return localized(QT_TRANSLATE_NOOP("CookieText", "retention"), lang);
    if (field == u"category")
        return localized(QT_TRANSLATE_NOOP("CookieText", "category"), lang);
    return field;
}

std::optional<qint64> parseRetention(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t.contains(u"session") || t == u"økt" || t.contains(u"økten") || t.contains(u"sesjon")
        || t.contains(u"browser close") || t.contains(u"nettleseren lukkes"))
        return 0;
    // Linear on any text: a number starts only where no digit precedes it, and no run is given back.
    static const QRegularExpression re(u"(?<!\\d)(\\d++(?:[.,]\\d++)?+)\\s*+([a-zæøå]++)"_s);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = QString(m.captured(1)).replace(u',', u'.').toDouble();
    const QString unit = m.captured(2);
    qint64 perUnit = 0;
    if (unit.startsWith(u"sec") || unit == u"s" || unit.startsWith(u"sek"))
        perUnit = 1;
    else if (unit.startsWith(u"min"))
        perUnit = 60;
    else if (unit.startsWith(u"h") || unit.startsWith(u"tim") || unit == u"t")
        perUnit = 3600;
    else if (unit.startsWith(u"d"))
        perUnit = 86400;
    else if (unit.startsWith(u"w") || unit.startsWith(u"uke"))
        perUnit = 7 * 86400;
    else if (unit.startsWith(u"mo") || unit.startsWith(u"mån") || unit.startsWith(u"mnd"))
        perUnit = 30 * 86400;
    else if (unit.startsWith(u"y") || unit.startsWith(u"år") || unit == u"ar")
        perUnit = 365 * 86400;
    if (!perUnit)
        return std::nullopt;
    return PlausibleValues::toInt64(n * double(perUnit)); // "1e300 years" is no lifetime
}

QString formatRetention(std::optional<qint64> seconds, bool session, Lang lang)
{
    if (session || (seconds && *seconds == 0))
        return localized(QT_TRANSLATE_NOOP("CookieText", "session"), lang);
    if (!seconds)
        return {};
    // Stored lifetimes are clamped to 400 days now, but a workspace from before may hold 2^63 - 1: keep the
    // rounding below from overflowing (2^50 s is 35 million years).
    const qint64 s = std::min(*seconds, qint64(1) << 50);
    auto n = [&](const char *one, const char *many, qint64 v) { return localized(v == 1 ? one : many, lang).arg(v); };
    // The largest unit that describes the period to within a few percent: expiry times are set a few
    // seconds after the page load, so 180 days minus 2 seconds still reads "6 months".
    auto near = [s](qint64 unit, qint64 tolerance) -> qint64 {
        const qint64 count = (s + unit / 2) / unit;
        return count >= 1 && qAbs(s - count * unit) <= tolerance ? count : 0;
    };
    const qint64 day = 86400;
    if (const qint64 y = near(365 * day, 15 * day))
        return n(QT_TRANSLATE_NOOP("CookieText", "%1 year"), QT_TRANSLATE_NOOP("CookieText", "%1 years"), y);
    if (const qint64 m = near(30 * day, 3 * day); m && s >= 28 * day)
        return n(QT_TRANSLATE_NOOP("CookieText", "%1 month"), QT_TRANSLATE_NOOP("CookieText", "%1 months"), m);
    if (const qint64 d = near(day, 3600); d && s >= day)
        return n(QT_TRANSLATE_NOOP("CookieText", "%1 day"), QT_TRANSLATE_NOOP("CookieText", "%1 days"), d);
    if (s >= 2 * day)
        return n(
            QT_TRANSLATE_NOOP("CookieText", "%1 day"), QT_TRANSLATE_NOOP("CookieText", "%1 days"), (s + day / 2) / day);
    if (s >= 3600)
        return n(
            QT_TRANSLATE_NOOP("CookieText", "%1 hour"), QT_TRANSLATE_NOOP("CookieText", "%1 hours"), (s + 1800) / 3600);
    if (s >= 60)
        return n(
            QT_TRANSLATE_NOOP("CookieText", "%1 minute"), QT_TRANSLATE_NOOP("CookieText", "%1 minutes"), (s + 30) / 60);
    return n(QT_TRANSLATE_NOOP("CookieText", "%1 second"), QT_TRANSLATE_NOOP("CookieText", "%1 seconds"), s);
}

} // namespace CookieText
