// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A compliance report the workspace keeps a record of (issue #16): what was handed in on which date, and the file's
// checksum so that a copy can be re-verified. Never the report itself.
struct StoredReport
{
    qint64 id = 0;
    QString documentId; // printed on every page of the report
    QDateTime madeAt; // UTC
    QString madeBy; // the OS user who made it
    QDate from, to; // the period
    QString site; // '' = the report named no site
    QString language; // nb | en
    QString format; // json | md | html | pdf
    QString fileName; // as written (the path the user gave)
    QString sha256; // of the file's bytes, lower-case hex
    QString summary; // the report's figures as compact JSON (ComplianceReport::Summary), for the next report's
                     // "what changed since the previous report"
};

// The stored reports' port: a record per report, added after its file was written, inside a write transaction.
class ReportArchive
{
public:
    virtual ~ReportArchive() = default;

    // Every stored report, newest first (by made at, then id).
    virtual Expected<QList<StoredReport>> list() = 0;
    // Adds a record and sets report.id.
    virtual Status add(StoredReport &report) = 0;
    // The stored reports whose file has this SHA-256 (lower-case hex), newest first; empty when none.
    virtual Expected<QList<StoredReport>> withChecksum(const QString &sha256) = 0;
};
