// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

// RFC 4180 CSV for the cookie area: quoted fields may hold commas, quotes and line breaks. Reading refuses
// hostile input (NUL bytes, an unterminated quote, absurdly long fields) with the line where it starts.
// Writing is CsvWriter's (core/csvwriter.h), shared by every CSV Kapsel writes.
class CookieCsv
{
    Q_DECLARE_TR_FUNCTIONS(CookieCsv)

public:
    struct Row
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // Decodes UTF-8 (a BOM is dropped) and splits into records; blank lines are left out.
    static Expected<std::vector<Row>> parse(const QByteArray &bytes, const QString &fileName, QChar separator = u',');
};
