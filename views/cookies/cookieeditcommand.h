// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

class CookieInventoryModel;

// One undoable change to the declaration: an edit (before and after), a new declaration (no before) or a
// removal (no after). Rows are found by id, which a removal's undo restores.
class CookieEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CookieEditCommand)

public:
    CookieEditCommand(CookieInventoryModel *model, std::optional<DeclaredCookie> before,
        std::optional<DeclaredCookie> after, const QString &text);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const std::optional<DeclaredCookie> &from, const std::optional<DeclaredCookie> &to);

    CookieInventoryModel *m_model;
    std::optional<DeclaredCookie> m_before;
    std::optional<DeclaredCookie> m_after;
    bool m_failed = false;
};
