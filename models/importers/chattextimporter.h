// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

class ChatTextImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(ChatTextImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Chats; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
