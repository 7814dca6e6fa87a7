// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #3: a GA4 BigQuery NDJSON export of about 200 MB (30,000 sessions, 200,000 unsorted events) is
// imported and its day series printed by kapsel-cli in no more time than DuckDB (@duckdb/node-api, installed
// here with npm) needs for `read_json_auto` and a GROUP BY computing the same figures. Both run as separate
// processes, side by side, on the same file; the figures are compared one by one.
//
//   bench_ga4duckdb [--runs N] [--keep DIR]
// KAPSEL_BENCH_DIR (or --keep) keeps the generated file between runs. Exit 0 when the figures agree and
// kapsel is not slower; 1 otherwise; 0 with "skipped: ..." when node/npm/DuckDB are not available.
#include "importers/localtimeconverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSessions = 30000;
constexpr int kEvents = 200000;
constexpr int kConsentNoIds = 2400; // cookieless pings: neither user_pseudo_id nor ga_session_id
constexpr int kConsentNoUser = 300; // a session id but no user_pseudo_id
constexpr int kConsentNoSession = 300; // a user but no ga_session_id
constexpr quint32 kSeed = 20240101;

// ---------------------------------------------------------------------------------------------------------
// The generated export

struct Session
{
    qint64 startUs = 0;
    qint64 spanUs = 0; // events fall in [start, start + span]
    int user = 0;
    int number = 0; // ga_session_number; 0 = parameter absent
    int weight = 0; // share of the extra events
    int device = 0;
    int geo = 0;
    int source = 0;
};

struct User
{
    QByteArray pseudoId;
    qint64 firstTouchUs = 0;
    int sessions = 0;
};

enum class EventKind : quint8 { Attributed, NoIds, NoUser, NoSession };

struct EventSpec
{
    qint64 tsUs = 0;
    int session = -1; // -1 for consent pings without a session
    int ordinal = 0; // 0 = the session's first event
    EventKind kind = EventKind::Attributed;
};

struct Page
{
    const char *path;
    const char *title; // JSON-escaped already
};

constexpr Page kPages[] = {
    { "/", "Forside – Eksempel AS" },
    { "/tjenester", "Tjenester | Eksempel AS" },
    { "/tjenester/rådgivning", "Rådgivning og analyse | Eksempel AS" },
    { "/tjenester/drift", "Drift og forvaltning | Eksempel AS" },
    { "/om-oss", "Om oss – historien bak \\\"Eksempel\\\"" },
    { "/om-oss/ansatte", "Våre ansatte | Eksempel AS" },
    { "/kontakt", "Kontakt oss | Eksempel AS" },
    { "/personvern", "Personvernerklæring | Eksempel AS" },
    { "/informasjonskapsler", "Informasjonskapsler (cookies) | Eksempel AS" },
    { "/nyheter", "Nyheter | Eksempel AS" },
    { "/nyheter/2024/ny-avtale-med-kommunen", "Ny avtale med kommunen – Eksempel AS" },
    { "/nyheter/2024/årsrapport", "Årsrapporten for 2023 er klar | Eksempel AS" },
    { "/nyheter/2024/sommerstengt", "Sommerstengt i uke 29–31 | Eksempel AS" },
    { "/butikk", "Nettbutikk | Eksempel AS" },
    { "/butikk/produkt/termokopp-500ml", "Termokopp 500 ml – Nettbutikk" },
    { "/butikk/produkt/ullpledd-grå", "Ullpledd, grå – Nettbutikk" },
    { "/butikk/handlekurv", "Handlekurv – Nettbutikk" },
    { "/butikk/kasse", "Kasse – Nettbutikk" },
    { "/karriere", "Ledige stillinger | Eksempel AS" },
    { "/karriere/utvikler-trondheim", "Utvikler, Trondheim | Eksempel AS" },
    { "/sok", "Søk | Eksempel AS" },
    { "/hjelp/faq", "Ofte stilte spørsmål | Eksempel AS" },
};

constexpr const char *kQueries[]
    = { "", "", "", "", "", "", "", "", "", "?utm_source=newsletter&utm_medium=email&utm_campaign=host_2024",
          "?gclid=Cj0KCQjw4vKpBhCZARIsAOKHoWQ7lUq3n1QkYvZ8tmr2", "?q=%C3%A5pningstider", "?fbclid=IwAR2x9Lk_pQ1mZ" };

constexpr const char *kDevices[] = {
    R"J("device":{"category":"desktop","mobile_brand_name":"Google","mobile_model_name":"Chrome","operating_system":"Windows","operating_system_version":"Windows 10","language":"nb-no","web_info":{"browser":"Chrome","browser_version":"120.0.6099.130","hostname":"www.example.no"}})J",
    R"J("device":{"category":"mobile","mobile_brand_name":"Apple","mobile_model_name":"iPhone","operating_system":"iOS","operating_system_version":"iOS 17.2.1","language":"nb-no","web_info":{"browser":"Safari","browser_version":"17.2","hostname":"www.example.no"}})J",
    R"J("device":{"category":"mobile","mobile_brand_name":"Samsung","mobile_model_name":"SM-S911B","operating_system":"Android","operating_system_version":"Android 14","language":"nb","web_info":{"browser":"Chrome","browser_version":"120.0.6099.144","hostname":"www.example.no"}})J",
    R"J("device":{"category":"desktop","mobile_brand_name":"Apple","mobile_model_name":"Safari","operating_system":"Macintosh","operating_system_version":"Macintosh Intel 10.15","language":"en-gb","web_info":{"browser":"Safari","browser_version":"17.2.1","hostname":"www.example.no"}})J",
    R"J("device":{"category":"tablet","mobile_brand_name":"Apple","mobile_model_name":"iPad","operating_system":"iOS","operating_system_version":"iPadOS 17.1","language":"nn-no","web_info":{"browser":"Safari","browser_version":"17.1","hostname":"www.example.no"}})J",
};

constexpr const char *kGeos[] = {
    R"J("geo":{"city":"Oslo","country":"Norway","continent":"Europe","region":"Oslo"})J",
    R"J("geo":{"city":"Bergen","country":"Norway","continent":"Europe","region":"Vestland"})J",
    R"J("geo":{"city":"Trondheim","country":"Norway","continent":"Europe","region":"Trøndelag"})J",
    R"J("geo":{"city":"Tromsø","country":"Norway","continent":"Europe","region":"Troms og Finnmark"})J",
    R"J("geo":{"city":"Stockholm","country":"Sweden","continent":"Europe","region":"Stockholm County"})J",
    R"J("geo":{"city":"(not set)","country":"Norway","continent":"Europe","region":"(not set)"})J",
};

struct Source
{
    const char *name, *medium, *source;
};
constexpr Source kSources[] = { { "(direct)", "(none)", "(direct)" }, { "(organic)", "organic", "google" },
    { "host_2024", "email", "newsletter" }, { "(referral)", "referral", "nrk.no" }, { "(organic)", "organic", "bing" },
    { "(cpc)", "cpc", "google" } };

void appendParamString(QByteArray &out, const char *key, const QByteArray &value)
{
    out += "{\"key\":\"";
    out += key;
    out += "\",\"value\":{\"string_value\":\"";
    out += value;
    out += "\",\"int_value\":null,\"float_value\":null,\"double_value\":null}}";
}

// BigQuery writes INT64 as a JSON string.
void appendParamInt(QByteArray &out, const char *key, qint64 value)
{
    out += "{\"key\":\"";
    out += key;
    out += "\",\"value\":{\"string_value\":null,\"int_value\":\"";
    out += QByteArray::number(value);
    out += "\",\"float_value\":null,\"double_value\":null}}";
}

class Ga4ExportWriter
{
public:
    Ga4ExportWriter()
        : m_rng(kSeed)
        , m_oslo(QTimeZone("Europe/Oslo"))
    { }

    bool write(const QString &path)
    {
        makeSessions();
        makeEvents();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        QByteArray buf;
        buf.reserve(4 << 20);
        for (qsizetype i = 0; i < qsizetype(m_events.size()); ++i) {
            renderEvent(m_events[i], quint32(i), buf);
            if (buf.size() > (2 << 20)) {
                if (f.write(buf) != buf.size())
                    return false;
                buf.resize(0);
            }
        }
        return f.write(buf) == buf.size() && f.flush();
    }

private:
    qint64 utcUs(QDate day, int secondOfDay)
    {
        return m_oslo.toUtc(day, QTime::fromMSecsSinceStartOfDay(secondOfDay * 1000)) * 1000000LL;
    }

    // Sessions over the days of 2024, more by day than by night; about 1 % start shortly before local
    // midnight and end after it. Then users: about two thirds are new, the rest come back (session number).
    void makeSessions()
    {
        m_sessions.resize(kSessions);
        const QDate first(2024, 1, 1);
        for (Session &s : m_sessions) {
            const QDate day = first.addDays(m_rng.bounded(366));
            const bool crossesMidnight = m_rng.bounded(100) == 0;
            int second;
            if (crossesMidnight)
                second = 23 * 3600 + 30 * 60 + m_rng.bounded(29 * 60);
            else {
                const int hour = m_rng.bounded(100) < 80 ? 7 + m_rng.bounded(16) : m_rng.bounded(24);
                second = hour * 3600 + m_rng.bounded(3600);
            }
            s.startUs = utcUs(day, second) + m_rng.bounded(1000000);
            const int kind = m_rng.bounded(100);
            if (crossesMidnight)
                s.spanUs = (20 * 60 + m_rng.bounded(40 * 60)) * 1000000LL;
            else if (kind < 30)
                s.spanUs = 0; // bounce
            else if (kind < 85)
                s.spanUs = qint64(m_rng.bounded(600)) * 1000000LL + m_rng.bounded(1000000);
            else
                s.spanUs = qint64(600 + m_rng.bounded(3000)) * 1000000LL + m_rng.bounded(1000000);
            s.weight = s.spanUs == 0 ? 0 : 1 + m_rng.bounded(12);
            if (crossesMidnight)
                s.weight = std::max(s.weight, 4);
            s.device = m_rng.bounded(int(std::size(kDevices)));
            s.geo = m_rng.bounded(int(std::size(kGeos)));
            s.source = m_rng.bounded(int(std::size(kSources)));
        }
        std::sort(m_sessions.begin(), m_sessions.end(),
            [](const Session &a, const Session &b) { return a.startUs < b.startUs; });
        for (Session &s : m_sessions) {
            if (m_users.isEmpty() || m_rng.bounded(100) < 65) {
                User u;
                u.pseudoId = QByteArray::number(qint64(1000000000) + m_rng.bounded(2000000000)) + '.'
                    + QByteArray::number(s.startUs / 1000000);
                u.firstTouchUs = s.startUs;
                m_users.push_back(u);
                s.user = int(m_users.size() - 1);
            } else {
                s.user = m_rng.bounded(int(m_users.size()));
            }
            User &u = m_users[s.user];
            s.number = ++u.sessions;
            if (m_rng.bounded(200) == 0)
                s.number = 0; // ga_session_number missing: type unknown
        }
    }

    // One event per session at its start, the rest spread by weight; consent pings at random times; then
    // the whole list is shuffled, because exports are not sorted.
    void makeEvents()
    {
        const int attributed = kEvents - kConsentNoIds - kConsentNoUser - kConsentNoSession;
        std::vector<qint64> cumulative;
        cumulative.reserve(m_sessions.size());
        qint64 total = 0;
        std::vector<int> counts(m_sessions.size(), 1);
        for (const Session &s : m_sessions)
            cumulative.push_back(total += s.weight);
        for (int e = int(m_sessions.size()); e < attributed; ++e) {
            const qint64 r = qint64(m_rng.generate64() % quint64(total));
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
            ++counts[it - cumulative.begin()];
        }
        m_events.reserve(kEvents);
        for (int i = 0; i < int(m_sessions.size()); ++i) {
            const Session &s = m_sessions[i];
            for (int k = 0; k < counts[i]; ++k) {
                EventSpec e;
                e.session = i;
                e.ordinal = k;
                e.tsUs = s.startUs
                    + (k == 0 ? 0 : 1 + qint64(m_rng.generate64() % quint64(std::max<qint64>(s.spanUs, 1))));
                m_events.push_back(e);
            }
        }
        const qint64 yearStart = m_sessions.front().startUs;
        const qint64 yearSpan = m_sessions.back().startUs - yearStart;
        auto consent = [&](EventKind kind, int n) {
            for (int k = 0; k < n; ++k) {
                EventSpec e;
                e.kind = kind;
                e.session = kind == EventKind::NoIds ? -1 : m_rng.bounded(int(m_sessions.size()));
                e.ordinal = 1;
                e.tsUs = e.session < 0 ? yearStart + qint64(m_rng.generate64() % quint64(yearSpan))
                                       : m_sessions[e.session].startUs + 1 + m_rng.bounded(600000000);
                m_events.push_back(e);
            }
        };
        consent(EventKind::NoIds, kConsentNoIds);
        consent(EventKind::NoUser, kConsentNoUser);
        consent(EventKind::NoSession, kConsentNoSession);
        for (qsizetype i = qsizetype(m_events.size()) - 1; i > 0; --i)
            std::swap(m_events[i], m_events[m_rng.bounded(quint32(i + 1))]);
    }

    void renderEvent(const EventSpec &e, quint32 index, QByteArray &out)
    {
        QRandomGenerator rng(kSeed ^ (index * 2654435761u));
        const Session *s = e.session >= 0 ? &m_sessions[e.session] : nullptr;
        const User *u = s ? &m_users[s->user] : nullptr;
        const bool hasUser = s && e.kind != EventKind::NoUser;
        const bool hasSession = s && e.kind != EventKind::NoSession;
        const Page &page = kPages[rng.bounded(int(std::size(kPages)))];
        const bool shop = QByteArrayView(page.path).startsWith("/butikk/produkt") && rng.bounded(3) == 0;
        const char *name = e.ordinal == 0 ? "session_start"
            : shop                        ? "add_to_cart"
                   : (const char *[]) { "page_view", "page_view", "page_view", "user_engagement", "scroll", "click",
                         "view_search_results" }[rng.bounded(7)];
        const QDate date = m_oslo.localDay(e.tsUs / 1000000);

        out += "{\"event_date\":\"";
        out += date.toString(u"yyyyMMdd"_s).toLatin1();
        out += "\",\"event_timestamp\":\"";
        out += QByteArray::number(e.tsUs);
        out += "\",\"event_name\":\"";
        out += name;
        out += "\",\"event_params\":[";
        QByteArray location
            = "https://www.example.no" + QByteArray(page.path) + kQueries[rng.bounded(int(std::size(kQueries)))];
        appendParamString(out, "page_location", location);
        const bool pageView = e.ordinal == 0 || qstrcmp(name, "page_view") == 0;
        if (pageView) {
            out += ',';
            appendParamString(out, "page_title", page.title);
        }
        if (e.ordinal == 0 && s && s->source == 3) {
            out += ',';
            appendParamString(out, "page_referrer", "https://www.nrk.no/");
        }
        if (hasSession) {
            out += ',';
            appendParamInt(out, "ga_session_id", s->startUs / 1000000);
            if (s->number > 0) {
                out += ',';
                appendParamInt(out, "ga_session_number", s->number);
            }
        }
        // GA4 sends the engagement time with user_engagement, scroll and click, and with some page views.
        if (e.ordinal > 0 && e.kind == EventKind::Attributed && (!pageView || rng.bounded(2) == 0)) {
            out += ',';
            appendParamInt(out, "engagement_time_msec", rng.bounded(1, 60000));
            if (rng.bounded(6) == 0) {
                out += ',';
                appendParamString(out, "session_engaged", "1");
            }
        }
        if (e.ordinal == 0) {
            out += ',';
            appendParamInt(out, "entrances", 1);
        }
        if (qstrcmp(name, "scroll") == 0) {
            out += ',';
            appendParamInt(out, "percent_scrolled", 90);
        }
        out += "],\"event_bundle_sequence_id\":\"";
        out += QByteArray::number(rng.bounded(1, 100000));
        out += "\",\"user_id\":null,\"user_pseudo_id\":";
        out += hasUser ? '"' + u->pseudoId + '"' : QByteArray("null");
        out += ",\"privacy_info\":{\"analytics_storage\":";
        out += hasUser ? "\"Yes\"" : "\"No\"";
        out += ",\"ads_storage\":\"No\",\"uses_transient_token\":";
        out += hasUser ? "\"No\"" : "\"Yes\"";
        out += "},\"user_properties\":[],\"user_first_touch_timestamp\":";
        out += hasUser ? '"' + QByteArray::number(u->firstTouchUs) + '"' : QByteArray("null");
        out += ',';
        const int deviceIndex = s ? s->device : rng.bounded(int(std::size(kDevices)));
        out += kDevices[deviceIndex];
        out += ',';
        out += kGeos[s ? s->geo : rng.bounded(int(std::size(kGeos)))];
        const Source &src = kSources[s ? s->source : 0];
        out += ",\"app_info\":null,\"traffic_source\":{\"name\":\"";
        out += src.name;
        out += "\",\"medium\":\"";
        out += src.medium;
        out += "\",\"source\":\"";
        out += src.source;
        out += "\"},\"stream_id\":\"4178837284\",\"platform\":\"WEB\",\"event_dimensions\":null,";
        if (shop) {
            out += "\"ecommerce\":{\"total_item_quantity\":\"1\",\"purchase_revenue_in_usd\":null,\"purchase_revenue\":"
                   "null,\"refund_value_in_usd\":null,\"refund_value\":null,\"shipping_value_in_usd\":null,"
                   "\"shipping_value\":null,\"tax_value_in_usd\":null,\"tax_value\":null,\"unique_items\":\"1\","
                   "\"transaction_id\":\"(not set)\"},\"items\":[{\"item_id\":\"SKU-";
            out += QByteArray::number(rng.bounded(1000, 9999));
            out += "\",\"item_name\":\"Termokopp 500 ml\",\"item_brand\":\"Eksempel\",\"item_variant\":\"grå\","
                   "\"item_category\":\"Kjøkken\",\"item_category2\":\"Kopper\",\"item_category3\":\"(not set)\","
                   "\"item_category4\":\"(not set)\",\"item_category5\":\"(not set)\",\"price_in_usd\":22.5,"
                   "\"price\":249.0,\"quantity\":\"1\",\"item_revenue_in_usd\":null,\"item_revenue\":null,"
                   "\"item_refund_in_usd\":null,\"item_refund\":null,\"coupon\":\"(not set)\",\"affiliation\":"
                   "\"(not set)\",\"location_id\":\"(not set)\",\"item_list_id\":\"(not set)\",\"item_list_name\":"
                   "\"(not set)\",\"item_list_index\":\"(not set)\",\"promotion_id\":\"(not set)\","
                   "\"promotion_name\":\"(not set)\",\"creative_name\":\"(not set)\",\"creative_slot\":"
                   "\"(not set)\",\"item_params\":[]}]";
        } else {
            out += "\"ecommerce\":null,\"items\":[]";
        }
        out += ",\"collected_traffic_source\":";
        if (e.ordinal == 0 && s && s->source > 0) {
            out += "{\"manual_campaign_id\":null,\"manual_campaign_name\":\"";
            out += src.name;
            out += "\",\"manual_source\":\"";
            out += src.source;
            out += "\",\"manual_medium\":\"";
            out += src.medium;
            out += "\",\"manual_term\":null,\"manual_content\":null,\"gclid\":null,\"dclid\":null,\"srsltid\":null}";
        } else {
            out += "null";
        }
        out += ",\"is_active_user\":";
        out += hasUser ? "true" : "false";
        out += ",\"batch_event_index\":\"";
        out += QByteArray::number(rng.bounded(1, 12));
        out += "\"}\n";
    }

    QRandomGenerator m_rng;
    LocalTimeConverter m_oslo;
    std::vector<Session> m_sessions;
    QList<User> m_users;
    std::vector<EventSpec> m_events;
};

// ---------------------------------------------------------------------------------------------------------
// DuckDB

// The same session definition as Ga4NdjsonImporter/Ga4SessionBuilder: events without event_timestamp are
// skipped; an event needs a non-empty user_pseudo_id AND a ga_session_id (the first of string_value,
// int_value, float_value, double_value that holds a number, decimals truncated) to belong to a session,
// whatever else it has; the session's day is the event_date of its earliest event; first-time when the
// smallest ga_session_number is 1, returning when > 1; duration = last - first event_timestamp in seconds;
// the median is over whole seconds rounded half up (docs/visitors.md).
const char *kDuckDbScript = R"JS(// Written by bench_ga4duckdb: the GA4 day series with DuckDB.
import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2].replaceAll("'", "''");
const pick = (name) => `list_filter(event_params, p -> p.key = '${name}')[1].value`;
const num = (v) => `coalesce(TRY_CAST(${v}.string_value AS BIGINT), TRY_CAST(${v}.int_value AS BIGINT),
    TRY_CAST(trunc(TRY_CAST(${v}.float_value AS DOUBLE)) AS BIGINT),
    TRY_CAST(trunc(TRY_CAST(${v}.double_value AS DOUBLE)) AS BIGINT))`;
const sql = `
WITH ev AS (
  SELECT CAST(user_pseudo_id AS VARCHAR) AS u,
         TRY_CAST(event_timestamp AS BIGINT) AS ts,
         CAST(event_date AS VARCHAR) AS d,
         ${num(pick('ga_session_id'))} AS sid,
         ${num(pick('ga_session_number'))} AS sn
  FROM read_json_auto('${file}')
), unattributed AS (
  SELECT count(*) AS n FROM ev WHERE ts IS NOT NULL AND (u IS NULL OR u = '' OR sid IS NULL)
), s AS (
  SELECT u, sid, arg_min(d, ts) AS day, min(sn) AS sn, (max(ts) - min(ts)) / 1e6 AS dur
  FROM ev WHERE ts IS NOT NULL AND u IS NOT NULL AND u <> '' AND sid IS NOT NULL
  GROUP BY u, sid
)
SELECT day, count(*) AS visits, count(*) FILTER (WHERE sn = 1) AS first_time,
       count(*) FILTER (WHERE sn > 1) AS returning, avg(dur) AS mean_duration_s,
       median(floor(dur + 0.5)) AS median_duration_s, (SELECT n FROM unattributed) AS unattributed
FROM s GROUP BY day ORDER BY day`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
console.log('day,visits,first_time,returning,mean_duration_s,median_duration_s,unattributed');
for (const row of reader.getRows())
  console.log(row.map((v) => (v === null ? '' : String(v))).join(','));
)JS";

struct DayFigures
{
    qint64 visits = 0;
    qint64 firstTime = 0;
    qint64 returning = 0;
    double mean = 0;
    double median = 0;
};
using Series = QMap<QString, DayFigures>; // yyyyMMdd -> figures

struct RunResult
{
    bool ok = false;
    QString error;
    double seconds = 0; // wall clock
    double cpuSeconds = 0; // user + system of the process, all its threads
    QByteArray out;
};

// The largest resident set of any child waited for so far, in MB.
double childrenPeakMb()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_maxrss / 1024.0;
}

// CPU time of the children waited for so far (QProcess reaps its child, so the kernel adds it here).
double childrenCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

RunResult runProcess(const QString &program, const QStringList &args, const QString &workDir = {})
{
    RunResult r;
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        r.error = u"cannot start %1"_s.arg(program);
        return r;
    }
    p.waitForFinished(-1);
    r.seconds = t.nsecsElapsed() / 1e9;
    r.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    r.out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        r.error = u"%1 %2 failed (exit %3): %4"_s.arg(program, args.join(u' '))
                      .arg(p.exitCode())
                      .arg(QString::fromUtf8(p.readAllStandardError().right(2000)));
        return r;
    }
    r.ok = true;
    return r;
}

// kapsel-cli's csv (period,visits,first_time,returning,mean,median) or the script's csv (day,...).
Series parseSeries(const QByteArray &csv)
{
    Series s;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() < 6)
            continue;
        QByteArray day = f[0];
        day.replace('-', "");
        DayFigures d;
        d.visits = f[1].toLongLong();
        d.firstTime = f[2].toLongLong(); // empty (no visit of known type) compares as 0
        d.returning = f[3].toLongLong();
        d.mean = f[4].toDouble();
        d.median = f[5].toDouble();
        if (d.visits > 0)
            s.insert(QString::fromLatin1(day), d);
    }
    return s;
}

qint64 unattributedOf(const QByteArray &duckCsv)
{
    const QList<QByteArray> lines = duckCsv.split('\n');
    if (lines.size() < 2)
        return -1;
    const QList<QByteArray> f = lines[1].trimmed().split(',');
    return f.size() >= 7 ? f[6].toLongLong() : -1;
}

// Lists every difference; empty when the figures agree (mean within the 3 decimals kapsel prints).
QStringList compareSeries(const Series &kapsel, const Series &duck)
{
    QStringList diffs;
    QStringList days = kapsel.keys();
    for (const QString &d : duck.keys())
        if (!kapsel.contains(d))
            days << d;
    std::sort(days.begin(), days.end());
    for (const QString &day : days) {
        const DayFigures k = kapsel.value(day), q = duck.value(day);
        if (k.visits != q.visits || k.firstTime != q.firstTime || k.returning != q.returning
            || std::abs(k.mean - q.mean) > 0.0015 || std::abs(k.median - q.median) > 1e-9)
            diffs << u"%1: kapsel %2/%3/%4/%5/%6, duckdb %7/%8/%9/%10/%11"_s.arg(day)
                         .arg(k.visits)
                         .arg(k.firstTime)
                         .arg(k.returning)
                         .arg(k.mean)
                         .arg(k.median)
                         .arg(q.visits)
                         .arg(q.firstTime)
                         .arg(q.returning)
                         .arg(q.mean)
                         .arg(q.median);
    }
    return diffs;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int skipped(const QString &why)
{
    std::printf("skipped: %s\n", qPrintable(why));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 3;
    QString keep = qEnvironmentVariable("KAPSEL_BENCH_DIR");
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--runs"_s)
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--keep"_s)
            keep = args[i + 1];
    }

    QTemporaryDir tmp;
    const QDir dir(keep.isEmpty() ? tmp.path() : keep);
    dir.mkpath(u"."_s);
    const QString file = dir.filePath(u"events_2024_ga4.json"_s);
    if (!QFile::exists(file)) {
        QElapsedTimer t;
        t.start();
        if (!Ga4ExportWriter().write(file)) {
            std::printf("error: cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("generated %s in %.1f s\n", qPrintable(file), t.elapsed() / 1000.0);
    }
    std::printf("GA4 export: %.0f MB, %d sessions, %d events (%d without user_pseudo_id or ga_session_id), unsorted\n",
        QFileInfo(file).size() / 1e6, kSessions, kEvents, kConsentNoIds + kConsentNoUser + kConsentNoSession);
    std::fflush(stdout);

    const QString cli = QStringLiteral(KAPSEL_CLI_PATH);
    if (!QFileInfo(cli).isExecutable()) {
        std::printf("error: kapsel-cli not found at %s\n", qPrintable(cli));
        return 1;
    }
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (node.isEmpty() || npm.isEmpty())
        return skipped(u"node and npm are needed for DuckDB (./build.sh bench installs nodejs and npm)"_s);
    const QString duckDir = QStringLiteral(KAPSEL_BUILD_DIR) + u"/duckdb-node"_s;
    if (!QFileInfo::exists(duckDir + u"/node_modules/@duckdb/node-api/package.json"_s)) {
        std::printf("installing @duckdb/node-api into %s\n", qPrintable(duckDir));
        std::fflush(stdout);
        QDir().mkpath(duckDir);
        QProcess p;
        p.start(npm, { u"install"_s, u"--no-audit"_s, u"--no-fund"_s, u"--prefix"_s, duckDir, u"@duckdb/node-api"_s });
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return skipped(u"npm install @duckdb/node-api failed (offline?): %1"_s.arg(
                QString::fromUtf8(p.readAllStandardError()).split(u'\n').mid(0, 3).join(u" / "_s)));
    }
    const QString script = duckDir + u"/ga4days.mjs"_s;
    {
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly) || f.write(kDuckDbScript) < 0) {
            std::printf("error: cannot write %s\n", qPrintable(script));
            return 1;
        }
    }

    // Alternating runs, so both see the same state of the page cache and the machine; the medians count.
    std::vector<double> kapselTimes, duckTimes, kapselCpu, duckCpu;
    // The kernel keeps one maximum over all children (npm install included), so only rises are telling.
    const double beforeRunsMb = childrenPeakMb();
    double kapselPeakMb = 0, bothPeakMb = 0;
    QByteArray kapselCsv, duckCsv, importReport;
    const QString db = dir.filePath(u"bench.kapsel"_s);
    for (int run = 0; run < runs; ++run) {
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(db + suffix);
        const RunResult imp = runProcess(cli, { u"--lang"_s, u"en"_s, u"--db"_s, db, u"import"_s, file });
        if (!imp.ok) {
            std::printf("error: %s\n", qPrintable(imp.error));
            return 1;
        }
        const RunResult days = runProcess(
            cli, { u"--lang"_s, u"en"_s, u"--db"_s, db, u"visitors"_s, u"--by"_s, u"day"_s, u"--format"_s, u"csv"_s });
        if (!days.ok) {
            std::printf("error: %s\n", qPrintable(days.error));
            return 1;
        }
        kapselTimes.push_back(imp.seconds + days.seconds);
        kapselCpu.push_back(imp.cpuSeconds + days.cpuSeconds);
        if (run == 0)
            kapselPeakMb = childrenPeakMb();
        kapselCsv = days.out;
        importReport = imp.out;

        const RunResult duck = runProcess(node, { script, file }, duckDir);
        if (!duck.ok)
            return skipped(u"DuckDB did not run: %1"_s.arg(duck.error));
        duckTimes.push_back(duck.seconds);
        duckCpu.push_back(duck.cpuSeconds);
        if (run == 0)
            bothPeakMb = childrenPeakMb();
        duckCsv = duck.out;
        std::printf(
            "run %d: kapsel %.2f s (import %.2f s + day series %.2f s; CPU %.2f s), duckdb %.2f s (CPU %.2f s)\n",
            run + 1, kapselTimes.back(), imp.seconds, days.seconds, kapselCpu.back(), duck.seconds, duckCpu.back());
        std::fflush(stdout);
    }

    const Series kapsel = parseSeries(kapselCsv);
    const Series duck = parseSeries(duckCsv);
    QStringList diffs = compareSeries(kapsel, duck);
    qint64 kapselVisits = 0;
    for (const DayFigures &d : kapsel)
        kapselVisits += d.visits;
    // The import report's skip count must be the consent-mode events DuckDB finds.
    const QRegularExpression skippedRe(u"skipped: ([\\d,]+)"_s);
    const auto m = skippedRe.match(QString::fromUtf8(importReport));
    const qint64 kapselSkipped = m.hasMatch() ? m.captured(1).remove(u',').toLongLong() : -1;
    const qint64 duckUnattributed = unattributedOf(duckCsv);
    if (kapselSkipped != duckUnattributed)
        diffs << u"events without a session: kapsel %1, duckdb %2"_s.arg(kapselSkipped).arg(duckUnattributed);
    if (kapsel.isEmpty() || duck.isEmpty())
        diffs << u"an output is empty"_s;

    const double k = median(kapselTimes), d = median(duckTimes);
    const bool agree = diffs.isEmpty();
    std::printf("days: %lld, sessions: %lld, events without a session: %lld\n", (long long)kapsel.size(),
        (long long)kapselVisits, (long long)kapselSkipped);
    std::printf(
        "kapsel (import + day series): %.2f s   duckdb (read_json_auto + GROUP BY): %.2f s   (wall clock, median "
        "of %d; CPU time kapsel %.2f s, duckdb %.2f s)\n",
        k, d, runs, median(kapselCpu), median(duckCpu));
    if (kapselPeakMb <= beforeRunsMb)
        std::printf("peak memory: not measured in this run (npm install used more)\n");
    else if (bothPeakMb > kapselPeakMb)
        std::printf("peak memory: kapsel %.0f MB, duckdb %.0f MB\n", kapselPeakMb, bothPeakMb);
    else
        std::printf("peak memory: kapsel %.0f MB, duckdb at most that\n", kapselPeakMb);
    std::printf("ratio kapsel/duckdb: %.2f (goal <= 1.00): %s\n", k / d, k <= d ? "met" : "MISSED");
    if (agree) {
        std::printf("figures agree: yes (%lld days, visits/first-time/returning exact, mean/median)\n",
            (long long)kapsel.size());
    } else {
        std::printf("\n!!!!!!!! FIGURES DO NOT AGREE: %lld difference(s) !!!!!!!!\n", (long long)diffs.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(diffs.size(), 20); ++i)
            std::printf("  %s\n", qPrintable(diffs[i]));
    }
    return agree && k <= d ? 0 : 1;
}
