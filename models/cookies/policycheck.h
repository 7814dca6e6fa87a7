// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/policychecker.h"
#include "core/error.h"

#include <QByteArray>

class CookieRegister;

// The policy check as the GUI and the CLI run it: a cookie-policy text against the law in force and against
// one site's inventory (its declared names, the names its scans observed, and the imported knowledge besides
// the built-in one); and its findings written out as CSV or HTML.
class PolicyCheck
{
public:
    struct Outcome
    {
        PolicyChecker::Result result;
        QStringList declaredNames; // each declared name once, in the inventory's order
        QStringList observedNames; // each name the site's scans observed and the declaration lacks, once
    };

    // `site` as CookieSites::scope takes it: empty = the latest scan's site.
    static Expected<Outcome> run(
        const CookieRegister &cookies, const QString &text, CookieText::Lang lang, const QString &site = {});
    // Without a workspace: the law and the built-in knowledge only.
    static Outcome run(const QString &text, CookieText::Lang lang);

    // The findings as a file: CSV (kind, line, excerpt, message; one row per finding) or a self-contained HTML
    // page naming the checked file. Chosen by name (csv | html | htm), as --format or a file's extension gives it.
    enum class Format { Csv, Html };
    static std::optional<Format> formatFromName(const QString &name);
    static QByteArray write(Format format, const Outcome &outcome, const QString &source, CookieText::Lang lang);

    // A policy text is read up to this size (a page's text is a few hundred KiB at most).
    static constexpr qint64 kMaxTextBytes = qint64(16) << 20;
    // The text of a policy file: UTF-8, else Latin-1 (older pages saved as Windows-1252 / Latin-1).
    static QString decode(const QByteArray &bytes);
};
