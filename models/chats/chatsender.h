// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Who wrote a message. Stored as a role, never as a person's name: agent names are personal data too.
class ChatSender
{
    Q_DECLARE_TR_FUNCTIONS(ChatSender)

public:
    static QString customer() { return QStringLiteral("customer"); }
    static QString bot() { return QStringLiteral("bot"); }
    static QString agent() { return QStringLiteral("agent"); }
    static QString other() { return QStringLiteral("other"); }

    // Maps the labels chat tools use (Boost.ai client/bot/human, "Kunde", "Rådgiver", ...) to a role.
    static QString fromLabel(const QString &label);
    // Translated, for display.
    static QString displayName(const QString &role);
};
