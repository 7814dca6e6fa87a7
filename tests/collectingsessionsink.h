// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importcontext.h"
#include "importers/importer.h"
#include "visitors/sessionsink.h"

#include <QBuffer>
#include <QFile>

#include <vector>

// A SessionSink that keeps what it is given, for importer tests without a workspace.
class CollectingSessionSink : public SessionSink
{
public:
    void setSource(const QString &source) override { m_source = source; }
    Status addSession(const SessionRecord &s) override
    {
        SessionRecord c = s;
        if (c.source.isEmpty())
            c.source = m_source;
        sessions.push_back(c);
        return std::nullopt;
    }
    Status addAggregate(const AggregateRecord &a) override
    {
        AggregateRecord c = a;
        if (c.source.isEmpty())
            c.source = m_source;
        aggregates.push_back(c);
        return std::nullopt;
    }
    Status finish() override { return std::nullopt; }

    // Sum of aggregate values of one metric (and dimension, when given).
    double sum(const QString &metric, const QString &dimension = QString()) const
    {
        double t = 0;
        for (const AggregateRecord &a : aggregates) {
            if (a.metric == metric && (dimension.isNull() || a.dimension == dimension))
                t += a.value;
        }
        return t;
    }

    QString m_source;
    std::vector<SessionRecord> sessions;
    std::vector<AggregateRecord> aggregates;
};

// Runs one importer on a file or on bytes, the way ImportService does (without storage).
struct ImportRun
{
    CollectingSessionSink sink;
    ImportContext ctx;
    Status status;

    ImportRun(const Importer &importer, const QString &path, const ImportOptions &options = {})
    {
        QFile f(path);
        prepare(path.section(u'/', -1), options);
        if (!f.open(QIODevice::ReadOnly)) {
            status = Error { path, 0, QStringLiteral("cannot open") };
            return;
        }
        ctx.totalBytes = f.size();
        status = importer.read(f, ctx);
    }
    ImportRun(
        const Importer &importer, const QByteArray &bytes, const QString &fileName, const ImportOptions &options = {})
    {
        prepare(fileName, options);
        QByteArray copy = bytes;
        QBuffer b(&copy);
        b.open(QIODevice::ReadOnly);
        ctx.totalBytes = bytes.size();
        status = importer.read(b, ctx);
    }
    bool ok() const { return !status.has_value(); }
    QString errorText() const { return status ? status->toString() : QString(); }

private:
    void prepare(const QString &fileName, const ImportOptions &options)
    {
        ctx.fileName = fileName;
        ctx.options = options;
        ctx.timeZone = QTimeZone("Europe/Oslo");
        ctx.sessions = &sink;
    }
};
