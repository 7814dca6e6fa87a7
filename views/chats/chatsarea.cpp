// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatsarea.h"

#include <QLabel>
#include <QVBoxLayout>

ChatsArea::ChatsArea(QWidget *parent) : Area(parent)
{
    setObjectName(QStringLiteral("chatsArea"));
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(this);
    layout->addWidget(m_placeholder);
    retranslate();
}

void ChatsArea::setWorkspace(std::shared_ptr<Workspace> ws)
{
    m_ws = std::move(ws);
    reload();
}

void ChatsArea::reload() {}

void ChatsArea::retranslate()
{
    m_placeholder->setText(tr("Chats"));
}
