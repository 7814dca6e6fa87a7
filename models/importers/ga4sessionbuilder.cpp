// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/ga4sessionbuilder.h"

#include "importers/importcontext.h"
#include "stats/sessionsink.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <vector>

using namespace Qt::StringLiterals;

void Ga4SessionBuilder::add(const Ga4Event &e)
{
    m_key.resize(0);
    m_key.append(e.userPseudoId.data(), e.userPseudoId.size());
    m_key.append('\x1f');
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, *e.sessionId).ptr;
    m_key.append(digits, end - digits);
    Accumulator &a = m_sessions[m_key];
    if (e.timestampUs < a.firstUs) {
        a.firstUs = e.timestampUs;
        a.firstDate = e.eventDate;
    }
    a.lastUs = std::max(a.lastUs, e.timestampUs);
    if (e.sessionNumber && (!a.sessionNumber || *e.sessionNumber < *a.sessionNumber))
        a.sessionNumber = e.sessionNumber;
    a.engagementMs += e.engagementMs;
    if (e.pageView)
        ++a.pageViews;
}

QString Ga4SessionBuilder::unattributedReason()
{
    return tr("event without user_pseudo_id or ga_session_id (consent mode): counted, not attributable to a "
              "session");
}

void Ga4SessionBuilder::addUnattributed(ImportContext &ctx, int line)
{
    ++m_unattributed;
    ctx.skip(unattributedReason(), line);
}

Status Ga4SessionBuilder::emitSessions(ImportContext &ctx)
{
    std::vector<QHash<QByteArray, Accumulator>::const_iterator> order;
    order.reserve(m_sessions.size());
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        order.push_back(it);
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.value().firstUs != b.value().firstUs ? a.value().firstUs < b.value().firstUs : a.key() < b.key();
    });

    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"GA4"_s : ctx.options.sourceName);
    QDate from, to;
    SessionRecord r;
    for (const auto &it : order) {
        const Accumulator &a = it.value();
        const QByteArray &key = it.key();
        const qsizetype sep = key.indexOf('\x1f');
        r.visitorId = QString::fromUtf8(key.left(sep));
        r.sessionKey = QString::fromLatin1(key.mid(sep + 1));
        r.startUtc = a.firstUs >= 0 ? a.firstUs / 1000000 : (a.firstUs - 999999) / 1000000;
        r.day = a.firstDate;
        r.visitNumber = a.sessionNumber;
        r.firstTime = a.sessionNumber ? std::optional<bool>(*a.sessionNumber == 1) : std::nullopt;
        r.durationS = double(a.lastUs - a.firstUs) / 1e6;
        r.engagementS = double(a.engagementMs) / 1e3;
        r.pageviews = a.pageViews;
        if (Status s = ctx.sessions->addSession(r))
            return s;
        ++ctx.rowsAccepted;
        if (a.firstDate.isValid()) {
            if (!from.isValid() || a.firstDate < from)
                from = a.firstDate;
            if (!to.isValid() || a.firstDate > to)
                to = a.firstDate;
        }
    }
    if (from.isValid()) {
        ctx.notes << tr("%n session(s) from %1 to %2 (GA4 event dates).", "", int(order.size()))
                         .arg(QLocale().toString(from, QLocale::ShortFormat),
                             QLocale().toString(to, QLocale::ShortFormat));
    }
    if (m_unattributed > 0)
        ctx.notes << tr("%n event(s) without user_pseudo_id or ga_session_id (consent mode) are counted but belong to "
                        "no session; GA4 models them, Kapsel does not.",
            "", int(std::min<qint64>(m_unattributed, INT_MAX)));
    return std::nullopt;
}
