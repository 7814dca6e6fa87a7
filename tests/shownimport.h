// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An import's notes and skip reasons as a user reads them: the workspace keeps them untranslated
// (core/deferredtext.h), the history and the CLI translate them when they show them.

#include "core/deferredtext.h"
#include "importers/importcontext.h"

#include <QMap>
#include <QStringList>

inline QStringList shownNotes(const QStringList &notes)
{
    return DeferredText::show(notes);
}

inline QMap<QString, SkipTally> shownSkips(const QMap<QString, SkipTally> &skipped)
{
    QMap<QString, SkipTally> out;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        out.insert(DeferredText::show(it.key()), it.value());
    return out;
}
