// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/policychecker.h"
#include "core/error.h"

#include <QByteArray>

class CookieRegister;

// The policy check as the GUI and the CLI run it: a cookie-policy text against the law in force and against
// the workspace's inventory (its declared names, and the imported knowledge besides the built-in one).
class PolicyCheck
{
public:
    struct Outcome
    {
        PolicyChecker::Result result;
        QStringList declaredNames; // each declared name once, in the inventory's order
    };

    static Expected<Outcome> run(const CookieRegister &cookies, const QString &text, CookieText::Lang lang);
    // Without a workspace: the law and the built-in knowledge only.
    static Outcome run(const QString &text, CookieText::Lang lang);

    // A policy text is read up to this size (a page's text is a few hundred KiB at most).
    static constexpr qint64 kMaxTextBytes = qint64(16) << 20;
    // The text of a policy file: UTF-8, else Latin-1 (older pages saved as Windows-1252 / Latin-1).
    static QString decode(const QByteArray &bytes);
};
