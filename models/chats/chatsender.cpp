// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatsender.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString ChatSender::fromLabel(const QString &label)
{
    static const QStringList customers = { u"client"_s, u"customer"_s, u"kunde"_s, u"user"_s, u"bruker"_s, u"visitor"_s,
        u"besøkende"_s, u"end_user"_s, u"enduser"_s, u"innbygger"_s };
    static const QStringList bots = { u"bot"_s, u"chatbot"_s, u"virtual agent"_s, u"virtuell assistent"_s,
        u"assistant"_s, u"assistent"_s, u"system"_s };
    static const QStringList agents = { u"human"_s, u"agent"_s, u"rådgiver"_s, u"kundeservice"_s, u"saksbehandler"_s,
        u"operator"_s, u"operatør"_s, u"kundebehandler"_s, u"support"_s, u"medarbeider"_s };
    const QString l = label.trimmed().toLower();
    if (customers.contains(l))
        return customer();
    if (bots.contains(l))
        return bot();
    if (agents.contains(l))
        return agent();
    return other();
}

QString ChatSender::displayName(const QString &role)
{
    if (role == customer())
        return tr("Customer");
    if (role == bot())
        return tr("Bot");
    if (role == agent())
        return tr("Agent");
    return tr("Other");
}
