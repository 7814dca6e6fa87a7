// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importsink.h"
#include "visitors/sessionrecord.h"

#include <QString>

// Where visitor importers put what they read. The storage implementation (visitors/sessionstore.cpp) writes
// within the import's transaction and keeps the daily rollups up to date; tests use a collecting sink.
class SessionSink : public ImportSink
{
public:
    // The data source of the records that follow, e.g. "GA4", "Universal Analytics", "Matomo".
    virtual void setSource(const QString &source) = 0;
    virtual Status addSession(const SessionRecord &session) = 0;
    virtual Status addAggregate(const AggregateRecord &aggregate) = 0;
};
