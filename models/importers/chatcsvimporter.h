// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

class ChatCsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(ChatCsvImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Chats; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    // Streams the file. Rows with the same conversation id form one conversation wherever they are, as long as
    // the id was seen among the last kMaxOpenConversations ids: conversations whose id has not come for longer are
    // handed over and closed, and an id that comes back after that starts a conversation of its own (counted in
    // a note). Messages not yet handed over are handed over, as parts of their conversations, when there are
    // more than kMaxPendingMessages of them or they take about kMaxPendingBytes.
    Status read(QIODevice &in, ImportContext &ctx) const override;

    static constexpr qsizetype kMaxOpenConversations = 4096;
    static constexpr qsizetype kMaxPendingMessages = 1 << 16;
    static constexpr qint64 kMaxPendingBytes = 32 << 20;
    // Closed ids remembered (in two generations of this many 64-bit hashes) to notice one that comes back.
    static constexpr qsizetype kRememberedIdsPerGeneration = 1 << 19;
};
