// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "demo/demodata.h"
#include "importers/importcontext.h"
#include "redaction/norwegianid.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// The ways customers actually type an identity number, which the redaction must all catch.
QString writeIdentityNumber(const QString &id, int style)
{
    switch (style % 7) {
    case 0:
        return id; // 15108695088
    case 1:
        return id.left(6) + u' ' + id.mid(6); // 151086 95088
    case 2: // 15.10.86 950 88
        return id.left(2) + u'.' + id.mid(2, 2) + u'.' + id.mid(4, 2) + u' ' + id.mid(6, 3) + u' ' + id.mid(9);
    case 3: { // fullwidth digits
        QString s;
        for (QChar c : id)
            s += QChar(0xFF10 + (c.unicode() - u'0'));
        return s;
    }
    case 4:
        return id.left(6) + QChar(0x200B) + id.mid(6); // zero-width space pasted from a web form
    case 5:
        return id.left(6) + u'\n' + id.mid(6); // Enter pressed half-way
    default:
        return id.left(6) + u'-' + id.mid(6); // 151086-95088
    }
}

QString phoneNumber(QRandomGenerator &rng, bool international)
{
    const QString n = u"%1%2"_s.arg(QChar(rng.bounded(2) ? u'9' : u'4')).arg(rng.bounded(10000000), 7, 10, QChar(u'0'));
    const QString grouped = n.left(3) + u' ' + n.mid(3, 2) + u' ' + n.mid(5);
    return international ? u"+47 "_s + grouped : grouped;
}

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list[rng.bounded(int(list.size()))];
}

ChatConversationRecord makeConversation(QRandomGenerator &rng, int index, const QDateTime &start)
{
    static const QStringList greetings = { u"Hei!"_s, u"Hei, jeg lurer på noe om regningen min."_s, u"God morgen"_s,
        u"Hallo, trenger hjelp"_s, u"Hei, jeg har flyttet."_s };
    static const QStringList botAsk = {
        u"Hei! Jeg er en virtuell assistent. Hva kan jeg hjelpe deg med?"_s,
        u"Velkommen til kundeservice. Ikke skriv personnummer i chatten."_s,
    };
    static const QStringList streets = { u"Storgata 1, 0150 Oslo"_s, u"Kongens gate 12, 7011 Trondheim"_s,
        u"Strandkaien 3, 5013 Bergen"_s, u"Torget 5, 9008 Tromsø"_s };
    static const QStringList amounts
        = { u"1 234,50 kr"_s, u"kr 499,-"_s, u"12 000 NOK"_s, u"350 kr"_s, u"2 499,00 kr"_s };

    ChatConversationRecord c;
    c.externalId = u"demo-%1"_s.arg(index + 1, 4, 10, QChar(u'0'));
    c.reference = u"ref-%1"_s.arg(rng.bounded(0x10000), 4, 16, QChar(u'0'));
    QDateTime t = start;
    auto add = [&](const QString &sender, const QString &text) {
        ChatMessageRecord m;
        m.externalId = u"%1-%2"_s.arg(c.externalId).arg(c.messages.size() + 1);
        m.sentAt = t;
        m.sender = sender;
        m.text = text;
        c.messages << m;
        t = t.addSecs(20 + rng.bounded(160));
    };
    add(ChatSender::customer(), pick(rng, greetings));
    add(ChatSender::bot(), pick(rng, botAsk));
    const QString id = writeIdentityNumber(NorwegianId::generate(rng), index);
    switch (index % 5) {
    case 0:
        add(ChatSender::customer(),
            u"Fødselsnummeret mitt er %1, kan dere sjekke fakturaen på %2?"_s.arg(id, pick(rng, amounts)));
        add(ChatSender::agent(), u"Takk. Du trenger ikke oppgi fødselsnummer her. Fakturaen forfalt 15.01.2024."_s);
        break;
    case 1:
        add(ChatSender::customer(), u"Fnr %1. Ring meg på %2"_s.arg(id, phoneNumber(rng, true)));
        add(ChatSender::agent(),
            u"Vi ringer deg i morgen kl 14:30. Saken har fått saksnummer Sak %1."_s.arg(100000 + rng.bounded(900000)));
        break;
    case 2:
        add(ChatSender::customer(), u"Jeg har flyttet til %1. Personnr: %2"_s.arg(pick(rng, streets), id));
        add(ChatSender::agent(), u"Adressen er oppdatert fra 01.03.2024."_s);
        break;
    case 3:
        add(ChatSender::customer(), u"Mobil %1, fødselsnr %2"_s.arg(phoneNumber(rng, false), id));
        add(ChatSender::bot(), u"Jeg setter deg over til en rådgiver."_s);
        add(ChatSender::agent(), u"Hei, jeg ser at du skylder %1. Betal innen 2024-06-30."_s.arg(pick(rng, amounts)));
        break;
    default:
        add(ChatSender::customer(), u"Kontonummer 1234 56 78903 og fødselsnummer %1"_s.arg(id));
        add(ChatSender::agent(), u"Takk, refusjonen på %1 er sendt."_s.arg(pick(rng, amounts)));
        break;
    }
    add(ChatSender::customer(), pick(rng, { u"Takk for hjelpen!"_s, u"Supert, ha en fin dag."_s, u"Ok takk"_s }));
    return c;
}

} // namespace

Status DemoData::writeChats(Workspace &ws)
{
    QRandomGenerator rng(42);
    return recordImport(ws, ImportKind::Chats, u"demo-chats"_s, u"demo-chats"_s, {}, [&](ImportContext &ctx) -> Status {
        const QTimeZone oslo("Europe/Oslo");
        for (int i = 0; i < 200; ++i) {
            // Spread over 2024, office hours, Oslo time.
            const QDateTime start(
                QDate(2024, 1, 2).addDays(i * 364 / 200), QTime(8 + rng.bounded(9), rng.bounded(60)), oslo);
            const ChatConversationRecord c = makeConversation(rng, i, start);
            ctx.rowsRead += c.messages.size();
            if (Status s = ctx.chats->addConversation(c))
                return s;
        }
        return {};
    });
}
