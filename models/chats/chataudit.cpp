// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chataudit.h"

using namespace Qt::StringLiterals;

QString ChatAudit::actionName(const QString &action)
{
    if (action == u"import")
        return tr("Import");
    if (action == u"demo")
        return tr("Demo data");
    if (action == u"reapply")
        return tr("Stricter rule set applied");
    if (action == u"purge")
        return tr("Retention deletion");
    if (action == u"retention")
        return tr("Retention changed");
    return action;
}
