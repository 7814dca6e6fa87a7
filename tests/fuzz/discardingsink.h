// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatsink.h"
#include "cookies/cookiesink.h"
#include "redaction/redactor.h"
#include "visitors/sessionsink.h"

#include <QDate>

#include <cstring>
#include <type_traits>

// The sink of every kind for the importer fuzz targets: it reads each record through (so the sanitizers see
// every string and date the importer built), redacts chat messages as the chat store would, and keeps nothing,
// so a long fuzzing run stays small. SessionSink, CookieSink and ChatSink each derive from ImportSink; one
// finish() serves all three.
class DiscardingSink : public SessionSink, public CookieSink, public ChatSink
{
public:
    void setSource(const QString &source) override { touch(source); }
    Status addSession(const SessionRecord &s) override
    {
        touch(s.source + s.visitorId + s.sessionKey + s.channel);
        add(s.startUtc, s.day.toJulianDay(), s.visitNumber.value_or(0), s.pageviews.value_or(0),
            s.durationS.value_or(0), s.engagementS.value_or(0));
        return {};
    }
    Status addAggregate(const AggregateRecord &a) override
    {
        touch(a.source + a.metric + a.dimension);
        add(a.from.toJulianDay(), a.to.toJulianDay(), a.value);
        return {};
    }
    void setScanInfo(const QString &site, const QDateTime &scannedAt) override
    {
        touch(site);
        add(scannedAt.toSecsSinceEpoch());
    }
    Status addObserved(const ObservedCookie &c) override
    {
        touch(c.name + c.domain + c.path + c.sameSite + c.party + c.via + c.kind + c.phase + c.page + c.setBy
            + c.initiator);
        add(c.retentionSeconds.value_or(0), c.expiresAt.toSecsSinceEpoch(), c.firstSeen.toSecsSinceEpoch(),
            c.lastSeen.toSecsSinceEpoch(), c.valueLength.value_or(0));
        return {};
    }
    Status addScanEvent(const ScanEvent &e) override
    {
        touch(e.phase + e.kind + e.page + e.subject + e.detail);
        return {};
    }
    Status addDeclared(const DeclaredCookie &c) override
    {
        touch(c.name + c.domain + c.path + c.category + c.purposeNb + c.purposeEn + c.supplier + c.tool + c.retention
            + c.party);
        return {};
    }
    Status addKnowledge(const KnowledgeEntry &e) override
    {
        touch(e.name + e.domain + e.platform + e.category + e.supplier + e.retention + e.purposeEn + e.purposeNb
            + e.source + e.extId);
        return {};
    }
    Status addConversation(const ChatConversationRecord &c) override
    {
        touch(c.externalId + c.reference);
        for (const ChatMessageRecord &m : c.messages) {
            touch(m.externalId + m.sender);
            add(m.sentAt.toSecsSinceEpoch(), m.line);
            touch(Redactor::redact(m.text, m_rules, QString()));
        }
        return {};
    }
    Status finish() override { return {}; }

    quint64 sum() const { return m_sum; }

private:
    void touch(const QString &s)
    {
        for (QChar c : s)
            m_sum += c.unicode();
    }
    // Unsigned: wrapping is defined, so the sum itself is never what UndefinedBehaviorSanitizer reports. A
    // double goes through its bits (converting a huge one to an integer would be undefined here).
    template <typename... T> void add(T... values) { ((m_sum += bits(values)), ...); }
    template <typename V> static quint64 bits(V v)
    {
        if constexpr (std::is_floating_point_v<V>) {
            quint64 b;
            std::memcpy(&b, &v, sizeof b);
            return b;
        } else {
            return quint64(v);
        }
    }

    RuleSet m_rules = RuleSet::standard();
    quint64 m_sum = 0;
};
