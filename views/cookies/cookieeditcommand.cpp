// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieeditcommand.h"

#include "cookies/cookieinventorymodel.h"

CookieEditCommand::CookieEditCommand(CookieInventoryModel *model, std::optional<DeclaredCookie> before,
    std::optional<DeclaredCookie> after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void CookieEditCommand::apply(const std::optional<DeclaredCookie> &from, const std::optional<DeclaredCookie> &to)
{
    if (!to)
        m_failed = from && !m_model->remove(from->id);
    else if (!from) {
        const qint64 id = m_model->restore(*to);
        m_failed = id == 0;
        // A new declaration gets its id on the first redo; later undo/redo steps use it.
        if (id && m_after && m_after->id == 0 && to->name == m_after->name)
            m_after->id = id;
    } else
        m_failed = !m_model->update(*to);
}

void CookieEditCommand::undo()
{
    apply(m_after, m_before);
}

void CookieEditCommand::redo()
{
    apply(m_before, m_after);
}
