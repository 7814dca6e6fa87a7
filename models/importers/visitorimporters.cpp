// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"

#include "importers/ga4csvimporter.h"
#include "importers/ga4ndjsonimporter.h"
#include "importers/matomoimporter.h"
#include "importers/plausibleimporter.h"
#include "importers/sessionscsvimporter.h"
#include "importers/uabigqueryimporter.h"
#include "importers/uareportimporter.h"

void ImporterRegistry::addVisitorImporters(ImporterList &list)
{
    list.push_back(std::make_unique<Ga4NdjsonImporter>());
    list.push_back(std::make_unique<Ga4CsvImporter>());
    list.push_back(std::make_unique<UaBigQueryImporter>());
    list.push_back(std::make_unique<UaReportImporter>());
    list.push_back(std::make_unique<MatomoImporter>());
    list.push_back(std::make_unique<PlausibleImporter>());
    list.push_back(std::make_unique<SessionsCsvImporter>());
}
