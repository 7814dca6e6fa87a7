// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importsink.h"

#include <QSqlDatabase>

#include <memory>

class ImportContext;

// Where cookie importers (HAR, inspection.json, cookies.sqlite, declaration CSV, Open Cookie Database) put
// what they read. Cookie values are personal data: the sink takes names and attributes only.
class CookieSink : public ImportSink
{
public:
};

std::unique_ptr<CookieSink> openCookieStore(QSqlDatabase &db, ImportContext &ctx);
