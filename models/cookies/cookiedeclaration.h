// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookiereconciler.h"

#include <QByteArray>
#include <QDate>

// The inventory written out as the declaration visitors read, in Bokmål or English: HTML (self-contained,
// accessible), Markdown and PDF group the declared cookies by category; CSV and JSON carry every row given
// with its status, for spreadsheets and scripts.
class CookieDeclaration
{
public:
    enum class Format { Html, Markdown, Csv, Json, Pdf };
    static std::optional<Format> formatFromName(const QString &name); // html | md | markdown | csv | json | pdf

    static QByteArray write(Format format, const std::vector<CookieRow> &rows, CookieText::Lang lang,
        const QDate &date = QDate::currentDate());

    static QString html(const std::vector<CookieRow> &rows, CookieText::Lang lang, const QDate &date);
    static QString markdown(const std::vector<CookieRow> &rows, CookieText::Lang lang, const QDate &date);
    static QString csv(const std::vector<CookieRow> &rows, CookieText::Lang lang);
    static QByteArray json(const std::vector<CookieRow> &rows, CookieText::Lang lang);
    static QByteArray pdf(const std::vector<CookieRow> &rows, CookieText::Lang lang, const QDate &date);

    static const QStringList &csvColumns();
};
