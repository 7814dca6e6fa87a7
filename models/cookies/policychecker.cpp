// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/policychecker.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using CookieText::localized;

namespace {

bool identChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

int lineOf(const QString &text, qsizetype pos)
{
    return int(QStringView(text).left(pos).count(u'\n')) + 1;
}

// The words that close a Bokmål implied-consent sentence: "samtykker du", "godtar du", "aksepterer du",
// "gir du samtykke", "går vi ut fra at du ...", "anser vi det som ...".
const QString kNbConsentWords = u"samtykker|godtar|aksepterer|godkjenner|tillater|gir du (?:ditt )?samtykke|"
                                "er enig|går vi ut fra|regner vi med|anser vi"_s;

// Phrases that infer consent from use of the site or from browser settings, English and Bokmål. Such
// consent is not valid under the Electronic Communications Act in force since 1 January 2025.
const QList<QRegularExpression> &impliedConsentPatterns()
{
    static const auto opts = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<QRegularExpression> list {
        QRegularExpression(
            u"\\bby (?:using|visiting|browsing|continuing)[^.\\n]{0,80}?\\b(?:you )?(?:consent|accept|agree)\\w*"_s,
            opts),
        QRegularExpression(u"\\bwhen (?:visiting|using)[^.\\n]{0,40}?\\byou (?:consent|accept|agree)\\w*"_s, opts),
        QRegularExpression(u"\\b(?:which|that) the user accepts by (?:visiting|using)\\b"_s, opts),
        QRegularExpression(
            u"\\bbrowsers? (?:are|is) (?:set up|configured|set) to (?:automatically )?accept cookies\\b"_s, opts),
        QRegularExpression(u"\\bif you do not (?:wish|want) to accept[^.\\n]{0,60}?(?:settings|browser)"_s, opts),
        QRegularExpression(u"\\bved å (?:bruke|besøke|benytte|fortsette|surfe|navigere|klikke)[^.\\n]{0,80}?\\b(?:"_s
                + kNbConsentWords + u")"_s,
            opts),
        // "Ved videre bruk av nettstedet godtar du ...", "Ved fortsatt bruk ...", "Gjennom bruk av ..."
        QRegularExpression(u"\\b(?:ved|gjennom) (?:videre |fortsatt |din |all )?bruk av[^.\\n]{0,80}?\\b(?:"_s
                + kNbConsentWords + u")"_s,
            opts),
        // "Dersom du fortsetter å bruke nettstedet(, godtar du ...)": continuing is taken as consent, whether or
        // not the sentence goes on to say so.
        QRegularExpression(u"\\b(?:dersom|hvis|om|når) du fortsetter (?:å|med å) (?:bruke|besøke|benytte|surfe|"
                           "navigere|lese)\\b(?:[^.\\n]{0,80}?\\b(?:"_s
                + kNbConsentWords + u"))?"_s,
            opts),
        // "Når du bruker/besøker nettstedet, samtykker du ..."
        QRegularExpression(u"\\b(?:når|dersom|hvis|om) du (?:bruker|besøker|benytter|surfer)[^.\\n]{0,80}?\\b(?:"_s
                + kNbConsentWords + u")"_s,
            opts),
        QRegularExpression(
            u"\\bnettleseren?(?:e)? (?:er|blir) (?:satt opp|innstilt|konfigurert) (?:til )?å (?:automatisk )?(?:godta|akseptere)"_s,
            opts),
        QRegularExpression(
            u"\\bhvis du ikke (?:ønsker|vil) å (?:godta|akseptere)[^.\\n]{0,60}?(?:innstillinger|nettleser)"_s, opts),
    };
    return list;
}

const QRegularExpression &repealedSection()
{
    static const QRegularExpression re(
        u"(?:§|section|paragraf|sec\\.)\\s*+2\\s*+-\\s*+7\\s*+b\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Is a knowledge-base name specific enough to look for in prose? Short or plain words ("fr", "lang", "id")
// would be found in every text.
bool searchable(const KnowledgeEntry &e)
{
    if (e.isPrefix)
        return e.name.size() >= 3 && (e.name.startsWith(u'_') || e.name.size() >= 6);
    if (e.name.size() < 4)
        return false;
    static const QRegularExpression special(u"[_0-9]|[a-z][A-Z]|^[A-Z]{4,}"_s);
    if (e.source == u"builtin")
        return e.name.size() >= 5 || special.match(e.name).hasMatch();
    return special.match(e.name).hasMatch();
}

} // namespace

qsizetype PolicyChecker::findName(const QString &text, const QString &name, qsizetype from)
{
    if (name.isEmpty())
        return -1;
    qsizetype pos = from;
    while ((pos = text.indexOf(name, pos, Qt::CaseSensitive)) >= 0) {
        const qsizetype end = pos + name.size();
        const bool startOk = pos == 0 || !identChar(text.at(pos - 1));
        const QChar next = end < text.size() ? text.at(end) : QChar(u' ');
        // Glued to the next word: a capital letter may follow; a lower-case letter or digit means a longer name.
        const bool endOk = !(next.isLower() || next.isDigit() || next == u'_' || next == u'-');
        if (startOk && endOk)
            return pos;
        pos = end;
    }
    return -1;
}

PolicyChecker::Result PolicyChecker::check(const QString &text, const QStringList &inventoryNames,
    const CookieKnowledge &knowledge, CookieText::Lang lang, const QStringList &observedNames)
{
    Result result;
    // One finding per passage: several phrasings may match the same sentence.
    auto overlaps = [&](qsizetype start, qsizetype end) {
        return std::any_of(result.findings.begin(), result.findings.end(), [&](const PolicyFinding &f) {
            return f.kind == PolicyFinding::ImpliedConsent && start < f.start + f.length && f.start < end;
        });
    };
    for (const QRegularExpression &re : impliedConsentPatterns()) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            result.findings.push_back({ PolicyFinding::ImpliedConsent, lineOf(text, m.capturedStart()),
                m.capturedStart(), m.capturedLength(), m.captured(),
                localized(QT_TRANSLATE_NOOP("CookieText",
                              "Consent is inferred from use of the site or from browser "
                              "settings; since 1 January 2025 consent must be an active, "
                              "informed choice to the GDPR standard."),
                    lang) });
        }
    }
    for (auto it = repealedSection().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        result.findings.push_back({ PolicyFinding::RepealedSection, lineOf(text, m.capturedStart()), m.capturedStart(),
            m.capturedLength(), m.captured(),
            localized(QT_TRANSLATE_NOOP("CookieText",
                          "Refers to § 2-7b of the old Electronic Communications Act, "
                          "repealed on 1 January 2025; refer to the new Act instead."),
                lang) });
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
        [](const PolicyFinding &a, const PolicyFinding &b) { return a.start < b.start; });

    // Cookies the text names that the inventory lacks: neither declared nor observed.
    const QStringList inventory = inventoryNames + observedNames;
    QSet<QString> reported;
    QSet<qsizetype> positions; // one name per place in the text, the first (most specific) wins
    auto report = [&](QString name, qsizetype pos) {
        while (name.endsWith(u'.') || name.endsWith(u'-'))
            name.chop(1); // sentence punctuation
        if (positions.contains(pos))
            return;
        positions.insert(pos);
        if (reported.contains(name) || covered(name, inventory))
            return;
        reported.insert(name);
        result.findings.push_back({ PolicyFinding::NotInInventory, lineOf(text, pos), pos, name.size(), name,
            localized(QT_TRANSLATE_NOOP("CookieText",
                          "The text names the cookie %1, which the "
                          "inventory does not have."),
                lang)
                .arg(name) });
    };
    std::vector<KnowledgeEntry> candidates = CookieKnowledge::builtIn();
    candidates.insert(candidates.end(), knowledge.imported().begin(), knowledge.imported().end());
    for (const KnowledgeEntry &e : candidates) {
        if (!searchable(e))
            continue;
        if (e.isPrefix) {
            static const QRegularExpression tail(u"^[A-Za-z0-9_.\\-*]*"_s);
            for (qsizetype pos = 0; (pos = text.indexOf(e.name, pos)) >= 0; pos += e.name.size()) {
                if (pos > 0 && identChar(text.at(pos - 1)))
                    continue;
                const QString name = e.name + tail.match(QStringView(text).mid(pos + e.name.size())).captured();
                report(name, pos);
            }
        } else if (const qsizetype pos = findName(text, e.name); pos >= 0) {
            report(e.name, pos);
        }
    }
    // Names that look like cookies whatever the knowledge base says: __utm-style and SESSION identifiers.
    static const QRegularExpression looksLikeCookie(
        u"(?<![A-Za-z0-9_])(_{1,2}[A-Za-z][A-Za-z0-9_]{1,30}|[A-Z]{2,}SESS[A-Z]*ID)"_s);
    for (auto it = looksLikeCookie.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString name = m.captured(1);
        // Trim a glued capitalised word: "__utmzIdentifies" -> "__utmz".
        static const QRegularExpression glued(u"^(_{1,2}[a-z0-9_]+)[A-Z][a-z]"_s);
        if (const auto g = glued.match(name); g.hasMatch())
            name = g.captured(1);
        report(name, m.capturedStart());
    }

    // Inventory cookies the text never names.
    for (const QString &name : inventoryNames) {
        const QString plain = name.endsWith(u'*') ? name.chopped(1) : name;
        const bool named = name.endsWith(u'*') ? text.contains(plain) : findName(text, plain) >= 0;
        if (named) {
            result.namedInventoryCookies << name;
            continue;
        }
        result.findings.push_back({ PolicyFinding::NotInText, 0, -1, 0, name,
            localized(QT_TRANSLATE_NOOP("CookieText",
                          "The inventory has the cookie %1, but the text "
                          "never names it."),
                lang)
                .arg(name) });
    }
    return result;
}

bool PolicyChecker::covered(const QString &name, const QStringList &inventory)
{
    if (inventory.contains(name))
        return true;
    for (const QString &inv : inventory)
        if (inv.endsWith(u'*') && name.startsWith(inv.chopped(1)))
            return true;
    // A family by its stem: "_ga_" (cut at "<container-id>"), "_ga_*", "_ga_XXXXXXXX", "_pk_id.*".
    static const QRegularExpression family(u"^(.+?[_.\\-])(?:\\*|X{3,}|x{3,}|)$"_s);
    if (const auto m = family.match(name); m.hasMatch()) {
        const QString stem = m.captured(1);
        for (const QString &inv : inventory)
            if (inv.startsWith(stem))
                return true;
    }
    return false;
}

QString PolicyChecker::kindId(PolicyFinding::Kind kind)
{
    switch (kind) {
    case PolicyFinding::ImpliedConsent:
        return u"implied-consent"_s;
    case PolicyFinding::RepealedSection:
        return u"repealed-section"_s;
    case PolicyFinding::NotInInventory:
        return u"not-in-inventory"_s;
    case PolicyFinding::NotInText:
        return u"not-in-text"_s;
    }
    return {};
}

QString PolicyChecker::kindLabel(PolicyFinding::Kind kind, CookieText::Lang lang)
{
    switch (kind) {
    case PolicyFinding::ImpliedConsent:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Implied consent"), lang);
    case PolicyFinding::RepealedSection:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Repealed section"), lang);
    case PolicyFinding::NotInInventory:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Not in the inventory"), lang);
    case PolicyFinding::NotInText:
        return localized(QT_TRANSLATE_NOOP("CookieText", "Not named in the text"), lang);
    }
    return {};
}
