// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>

// The rules every CookieRegister keeps, whatever its backend: the form a declared cookie is stored in, what
// is refused (in the officer's words), and how long a browser keeps an observed cookie.
class CookieInventory
{
    Q_DECLARE_TR_FUNCTIONS(CookieInventory)

public:
    // The stored form: the name trimmed, the domain trimmed and lower-cased, "/" for an empty path and no null
    // text (the columns hold '' for "none"), so edits and imports store the same form.
    static DeclaredCookie normalized(const DeclaredCookie &cookie);
    // Whether a register may store the cookie at all (it needs a name).
    static Status checkDeclarable(const DeclaredCookie &cookie);
    // What a declared cookie still lacks to be published: purpose_nb, purpose_en, supplier, retention, category
    // (unclassified is no category), in this order. An entry that lacks any is a draft: it is stored as it is
    // (never refused, so no edit is lost) and left out of the published declaration until complete.
    static QStringList missingFields(const DeclaredCookie &cookie);
    // The refusal of a second declaration of the same name and domain.
    static Error alreadyDeclared(const DeclaredCookie &cookie);
    // Browsers cap a cookie's lifetime at 400 days whatever Max-Age or Expires say (RFC 6265bis, 5.5), so a
    // longer one is stored as the browser keeps it: retention and expiry both clamped.
    static ObservedCookie clampLifetime(const ObservedCookie &cookie, const QDateTime &scannedAt);
};
