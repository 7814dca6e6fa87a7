// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/ga4sessionbuilder.h"

#include "core/deferredtext.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "visitors/sessionsink.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryFile>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// One spilled accumulator: key length, key, then the fields, in native byte order (the file lives only
// as long as the import).
struct SpillRecord
{
    qint64 firstUs;
    qint64 lastUs;
    qint64 firstDay; // Julian day; only when hasDate
    qint64 sessionNumber; // only when hasNumber
    qint64 engagementMs;
    qint32 pageViews;
    quint8 hasDate;
    quint8 hasNumber;
};

template <typename T> void appendRaw(QByteArray &out, const T &v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

} // namespace

Ga4SessionBuilder::Ga4SessionBuilder(qsizetype maxInMemory)
    : m_maxInMemory(std::max<qsizetype>(1, maxInMemory))
{ }

Ga4SessionBuilder::~Ga4SessionBuilder() = default;

void Ga4SessionBuilder::merge(Accumulator &into, const Accumulator &from)
{
    if (from.firstUs < into.firstUs) {
        into.firstUs = from.firstUs;
        into.firstDate = from.firstDate;
    }
    into.lastUs = std::max(into.lastUs, from.lastUs);
    if (from.sessionNumber && (!into.sessionNumber || *from.sessionNumber < *into.sessionNumber))
        into.sessionNumber = from.sessionNumber;
    // Saturating: every event is bounded, but a session may gather millions of them.
    into.engagementMs
        = PlausibleValues::add(into.engagementMs, from.engagementMs).value_or(std::numeric_limits<qint64>::max());
    into.pageViews
        = PlausibleValues::toInt(qint64(into.pageViews) + from.pageViews).value_or(std::numeric_limits<int>::max());
}

bool Ga4SessionBuilder::accept(ImportContext &ctx, const Ga4Event &e, int line)
{
    // Whole seconds rounded down, as the session's start will be.
    const qint64 seconds = e.timestampUs / 1000000 - (e.timestampUs % 1000000 < 0 ? 1 : 0);
    return PlausibleValues::acceptTime(ctx, seconds, line)
        && (!e.eventDate.isValid() || PlausibleValues::acceptDay(ctx, e.eventDate, line))
        && (!e.sessionNumber || PlausibleValues::acceptCount(ctx, double(*e.sessionNumber), line))
        && PlausibleValues::acceptSeconds(ctx, double(e.engagementMs) / 1e3, line);
}

bool Ga4SessionBuilder::spill()
{
    if (!m_spillError.isEmpty())
        return false;
    if (m_partitions.empty()) {
        for (int i = 0; i < kPartitions; ++i) {
            auto f = std::make_unique<QTemporaryFile>(QDir::temp().filePath(u"kapsel-ga4-XXXXXX"_s));
            if (!f->open()) {
                m_spillError = tr("cannot write temporary data to %1: %2").arg(QDir::tempPath(), f->errorString());
                return false;
            }
            m_partitions.push_back(std::move(f));
        }
    }
    std::vector<QByteArray> buffers(kPartitions);
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const Accumulator &a = it.value();
        const int partition = int(qHash(it.key(), 0) % kPartitions);
        QByteArray &out = buffers[partition];
        SpillRecord r;
        std::memset(&r, 0, sizeof r); // no stray padding bytes in the file
        r.firstUs = a.firstUs;
        r.lastUs = a.lastUs;
        r.firstDay = a.firstDate.isValid() ? a.firstDate.toJulianDay() : 0;
        r.sessionNumber = a.sessionNumber.value_or(0);
        r.engagementMs = a.engagementMs;
        r.pageViews = a.pageViews;
        r.hasDate = a.firstDate.isValid();
        r.hasNumber = a.sessionNumber.has_value();
        appendRaw(out, quint32(it.key().size()));
        out.append(it.key());
        appendRaw(out, r);
        if (out.size() > (1 << 20) && !flushPartition(partition, out))
            return false;
    }
    for (int i = 0; i < kPartitions; ++i) {
        if (!flushPartition(i, buffers[i]))
            return false;
    }
    m_spilledRecords += m_sessions.size();
    m_sessions.clear();
    return true;
}

bool Ga4SessionBuilder::flushPartition(int index, QByteArray &bytes)
{
    QTemporaryFile &f = *m_partitions[index];
    if (f.write(bytes) != bytes.size()) {
        m_spillError = tr("cannot write temporary data to %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    bytes.resize(0);
    return true;
}

bool Ga4SessionBuilder::readPartition(QTemporaryFile &f)
{
    if (!f.flush() || !f.seek(0)) {
        m_spillError = tr("cannot read temporary data from %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    f.resize(0); // the disk space is given back as soon as possible
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        quint32 keySize = 0;
        SpillRecord r;
        if (bytes.size() - pos < qsizetype(sizeof keySize))
            break;
        std::memcpy(&keySize, bytes.constData() + pos, sizeof keySize);
        pos += sizeof keySize;
        if (bytes.size() - pos < qsizetype(keySize + sizeof r))
            break;
        const QByteArray key = bytes.mid(pos, keySize);
        pos += keySize;
        std::memcpy(&r, bytes.constData() + pos, sizeof r);
        pos += sizeof r;
        Accumulator a;
        a.firstUs = r.firstUs;
        a.lastUs = r.lastUs;
        if (r.hasDate)
            a.firstDate = QDate::fromJulianDay(r.firstDay);
        if (r.hasNumber)
            a.sessionNumber = r.sessionNumber;
        a.engagementMs = r.engagementMs;
        a.pageViews = r.pageViews;
        auto it = m_sessions.find(key);
        if (it == m_sessions.end())
            m_sessions.insert(key, a);
        else
            merge(*it, a);
    }
    if (pos != bytes.size()) {
        m_spillError = tr("cannot read temporary data from %1: %2").arg(f.fileName(), tr("the file is incomplete"));
        return false;
    }
    return true;
}

void Ga4SessionBuilder::add(const Ga4Event &e)
{
    if (m_sessions.size() >= m_maxInMemory)
        spill();
    m_key.resize(0);
    m_key.append(e.userPseudoId.data(), e.userPseudoId.size());
    m_key.append('\x1f');
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, *e.sessionId).ptr;
    m_key.append(digits, end - digits);
    // An event is a session of one event: folded in by the same rule that merges spilled parts.
    merge(m_sessions[m_key],
        Accumulator { e.timestampUs, e.timestampUs, e.eventDate, e.sessionNumber, e.engagementMs, e.pageView ? 1 : 0 });
}

QString Ga4SessionBuilder::unattributedReason()
{
    // Stored form, the same in every language: made once (a file may skip a million rows).
    static const QString reason = DeferredText::marked("Ga4SessionBuilder",
        QT_TRANSLATE_NOOP("Ga4SessionBuilder",
            "event without user_pseudo_id or ga_session_id (consent mode): counted, not attributable to a "
            "session"))
                                      .toStored();
    return reason;
}

void Ga4SessionBuilder::addUnattributed(ImportContext &ctx, int line)
{
    ++m_unattributed;
    ctx.skip(unattributedReason(), line);
}

Status Ga4SessionBuilder::emitSessions(ImportContext &ctx)
{
    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"GA4"_s : ctx.options.sourceName);
    QDate from, to;
    qint64 count = 0;
    if (m_partitions.empty()) {
        if (Status s = emitMap(ctx, from, to, count))
            return s;
    } else {
        // What is still in memory joins the partitions, then each partition is merged and handed on alone.
        spill();
        for (const auto &partition : m_partitions) {
            if (!m_spillError.isEmpty() || !readPartition(*partition))
                return ctx.error(0, m_spillError);
            if (Status s = emitMap(ctx, from, to, count))
                return s;
            m_sessions.clear();
        }
    }
    if (!m_spillError.isEmpty())
        return ctx.error(0, m_spillError);
    if (from.isValid()) {
        ctx.notes << DeferredText::marked("Ga4SessionBuilder",
            QT_TRANSLATE_N_NOOP("Ga4SessionBuilder", "The file holds %n session(s) from %1 to %2 (GA4 event dates)."),
            int(std::min<qint64>(count, INT_MAX)))
                         .arg(from)
                         .arg(to)
                         .toStored();
    }
    if (m_unattributed > 0)
        ctx.notes << DeferredText::marked("Ga4SessionBuilder",
            QT_TRANSLATE_N_NOOP("Ga4SessionBuilder",
                "%n event(s) without user_pseudo_id or ga_session_id (consent mode) are counted but belong to no "
                "session; GA4 models them, Kapsel does not."),
            int(std::min<qint64>(m_unattributed, INT_MAX)))
                         .toStored();
    return std::nullopt;
}

// Hands the sessions in memory to the sink, sorted by start, and widens the period covered.
Status Ga4SessionBuilder::emitMap(ImportContext &ctx, QDate &from, QDate &to, qint64 &count)
{
    std::vector<QHash<QByteArray, Accumulator>::const_iterator> order;
    order.reserve(m_sessions.size());
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        order.push_back(it);
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.value().firstUs != b.value().firstUs ? a.value().firstUs < b.value().firstUs : a.key() < b.key();
    });

    SessionRecord r;
    r.partial = true; // daily export tables cut sessions at midnight
    for (const auto &it : order) {
        const Accumulator &a = it.value();
        const QByteArray &key = it.key();
        const qsizetype sep = key.indexOf('\x1f');
        r.visitorId = QString::fromUtf8(key.left(sep));
        r.sessionKey = QString::fromLatin1(key.mid(sep + 1));
        r.startUtc = a.firstUs / 1000000 - (a.firstUs % 1000000 < 0 ? 1 : 0);
        r.day = a.firstDate;
        r.visitNumber = a.sessionNumber;
        r.firstTime = a.sessionNumber ? std::optional<bool>(*a.sessionNumber == 1) : std::nullopt;
        r.durationS = double(a.lastUs - a.firstUs) / 1e6;
        r.engagementS = double(a.engagementMs) / 1e3;
        r.pageviews = a.pageViews;
        if (Status s = ctx.sessions->addSession(r))
            return s;
        ++ctx.rowsAccepted;
        ++count;
        if (a.firstDate.isValid()) {
            if (!from.isValid() || a.firstDate < from)
                from = a.firstDate;
            if (!to.isValid() || a.firstDate > to)
                to = a.firstDate;
        }
    }
    return std::nullopt;
}
