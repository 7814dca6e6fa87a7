// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"

void ImporterRegistry::addVisitorImporters(ImporterList &list)
{
    Q_UNUSED(list);
}
