// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/cookiecsvimporter.h"
#include "importers/firefoxcookiesimporter.h"
#include "importers/harimporter.h"
#include "importers/importerregistry.h"
#include "importers/opencookiedbimporter.h"
#include "importers/wecinspectionimporter.h"

void ImporterRegistry::addCookieImporters(ImporterList &list)
{
    list.push_back(std::make_unique<HarImporter>());
    list.push_back(std::make_unique<WecInspectionImporter>());
    list.push_back(std::make_unique<FirefoxCookiesImporter>());
    list.push_back(std::make_unique<CookieCsvImporter>());
    list.push_back(std::make_unique<OpenCookieDbImporter>());
}
