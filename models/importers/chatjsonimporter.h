// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

class ChatJsonImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(ChatJsonImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Chats; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    // Streams the file: the conversations are cut out of the top level one at a time (a list of them,
    // {"conversations": [...]}, or one conversation object) and each is parsed on its own, so memory holds one
    // conversation, never the file. A conversation over kMaxConversationBytes is refused.
    Status read(QIODevice &in, ImportContext &ctx) const override;

    static constexpr qsizetype kMaxConversationBytes = 16 << 20;
    static constexpr int kMaxNesting = 1024;
};
