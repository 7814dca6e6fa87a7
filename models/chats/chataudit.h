// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/redactiontally.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// One line of the redaction audit log.
struct ChatAuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString osUser;
    QString action; // import | demo | reapply | purge | retention
    qint64 importId = 0;
    QString fileName;
    QString fileSha256;
    QString ruleSet; // e.g. standard@1
    qint64 conversations = 0;
    qint64 messages = 0;
    RedactionTally tally;
};

// The audit log of every redaction (chat_audit).
class ChatAudit
{
    Q_DECLARE_TR_FUNCTIONS(ChatAudit)

public:
    static QString actionName(const QString &action); // translated
};
