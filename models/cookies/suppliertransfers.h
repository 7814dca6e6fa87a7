// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Where the suppliers the cookie knowledge base names (CookieKnowledge::builtIn, and LinkedIn) have their seat, and
// whether they are known to transfer personal data outside the EEA: what the record of processing (GDPR art. 30(1)(e))
// says about a supplier. A small table the project wrote from the suppliers' own privacy terms and data processing
// addenda, and from the EU-US Data Privacy Framework participant list (https://www.dataprivacyframework.gov/list),
// which names the US companies that receive data from the EEA under the Commission's adequacy decision of
// 10 July 2023. It is a starting point for the officer, who checks the current terms: a supplier it does not know
// is left for the officer to fill in.
struct SupplierTransfer
{
    QString supplier; // as the knowledge base names it
    QString country; // ISO 3166-1 alpha-2 of the seat: US, DK, ...
    bool outsideEea = false; // the supplier transfers personal data to a country outside the EEA
    QString destination; // where to, as a country code ('' when none)
    QString source; // where the fact is from
};

namespace SupplierTransfers {
// The entry for a supplier (matched case-insensitively, ignoring a trailing "Inc.", "LLC", ...; "Google Analytics" is
// Google's); none when unknown.
std::optional<SupplierTransfer> find(const QString &supplier);
} // namespace SupplierTransfers
