// SPDX-License-Identifier: GPL-3.0-or-later
// The demo year of visits: deterministic (fixed seed, fixed dates), written through the same sink as imports.
#include "demo/demodata.h"

#include "importers/importcontext.h"
#include "workspace/workspace.h"
#include "visitors/sessionsink.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct DemoSource
{
    QString name;
    double visitsPerDay;
    double returningShare;
    double medianDurationS; // log-normal: median = exp(mu)
    double sigma;
    double bounceShare; // single-page visits of 0 s
    bool knowsType;
};

class DemoGenerator
{
public:
    explicit DemoGenerator(quint32 seed)
        : m_rng(seed)
    { }

    double uniform() { return m_rng.generateDouble(); }
    // Box-Muller: two uniforms to one standard normal.
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    int poisson(double mean) // normal approximation: the means are in the hundreds
    {
        return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
    }

private:
    QRandomGenerator m_rng;
};

// Weekdays busier than weekends, a summer holiday dip and a Christmas lull, slow growth through the year.
double seasonality(QDate d, QDate first)
{
    static const double weekday[] = { 1.12, 1.10, 1.08, 1.05, 0.95, 0.62, 0.58 };
    double f = weekday[d.dayOfWeek() - 1];
    if (d.month() == 7)
        f *= 0.65;
    if ((d.month() == 12 && d.day() >= 22) || (d.month() == 1 && d.day() <= 2))
        f *= 0.55;
    return f * (0.9 + 0.2 * double(first.daysTo(d)) / 365.0);
}

// A year of sessions for each source, in time order, into the import's sink.
Status writeSessions(SessionSink &sink, ImportContext &ctx, const QList<DemoSource> &sources, QDate first, QDate last)
{
    DemoGenerator gen(42);
    for (int si = 0; si < sources.size(); ++si) {
        const DemoSource &src = sources[si];
        sink.setSource(src.name);
        std::vector<qint64> visitCounts; // per known visitor: visits so far
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const int n = gen.poisson(src.visitsPerDay * seasonality(d, first));
            for (int i = 0; i < n; ++i) {
                SessionRecord r;
                const bool returning = !visitCounts.empty() && gen.uniform() < src.returningShare;
                size_t visitor = visitCounts.size();
                if (returning)
                    visitor = size_t(gen.uniform() * double(visitCounts.size())) % visitCounts.size();
                else
                    visitCounts.push_back(0);
                const qint64 number = ++visitCounts[visitor];
                r.visitorId = u"%1-%2"_s.arg(si).arg(visitor);
                r.sessionKey = QString::number(number);
                r.visitNumber = number;
                if (src.knowsType)
                    r.firstTime = number == 1;
                // Office hours peak: hour from a normal around 13:00, clamped to the day.
                const int hour = std::clamp(int(std::lround(13 + 4.0 * gen.normal())), 0, 23);
                const QTime t(hour, int(gen.uniform() * 60) % 60, int(gen.uniform() * 60) % 60);
                r.startUtc = QDateTime(d, t, ctx.timeZone).toSecsSinceEpoch();
                if (gen.uniform() < src.bounceShare)
                    r.durationS = 0;
                else
                    r.durationS = std::round(src.medianDurationS * std::exp(src.sigma * gen.normal()));
                r.pageviews = 1 + int(*r.durationS / 45);
                ++ctx.rowsRead;
                if (Status s = sink.addSession(r))
                    return s;
            }
        }
    }
    return {};
}


} // namespace

Status DemoData::writeVisitors(Workspace &ws)
{
    const QDate last(2025, 11, 25);
    const QDate first = last.addYears(-1).addDays(1);
    const QList<DemoSource> sources = {
        { u"GA4"_s, 210, 0.38, 70, 1.25, 0.18, true },
        { u"Matomo"_s, 120, 0.33, 85, 1.15, 0.22, true },
        { u"Siteimprove"_s, 70, 0.41, 95, 1.10, 0.15, true },
    };

    return recordImport(ws, ImportKind::Visitors, u"demo-visitors"_s, u"demo-visitors"_s, {},
        [&](ImportContext &ctx) { return writeSessions(*ctx.sessions, ctx, sources, first, last); });
}
