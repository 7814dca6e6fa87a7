// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/compliancereport.h"
#include "compliance/reportdocument.h"
#include "core/error.h"
#include "workspace/reportarchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class Workspace;

// Making a compliance report file, the one use case behind File ▸ Compliance report… and `kapsel-cli report`:
// build the document, lay it out in the chosen format, write the file and keep its record (checksum, period,
// who, when) in the workspace, all or nothing: the record is added in a write transaction that is opened before
// the file is written, so a member who may not write to a team workspace is told before any file appears, and a
// file whose record could not be kept is taken away again.
class ReportMaker
{
    Q_DECLARE_TR_FUNCTIONS(ReportMaker)

public:
    enum class Format { Pdf, Html, Markdown, Json };

    // "pdf", "html", "md" (or "markdown"), "json", any case; nothing for anything else.
    static std::optional<Format> formatNamed(const QString &name);
    static QString nameOf(Format format); // "pdf", "html", "md", "json"

    static QByteArray render(const ReportDocument::Document &document, Format format);

    struct Request
    {
        ComplianceReport::Options options;
        Format format = Format::Pdf;
        QString output; // the file to write
        QString madeBy; // empty: the OS user
    };

    // How far the work is: `done` of `total` steps (the sections, the layout, the file, the record), with what is
    // being done now in the program's language. Returning false stops the work: nothing is written or kept, and
    // make() returns the error cancelled().
    using Progress = std::function<bool(int done, int total, const QString &what)>;

    // The stored record of the report written to request.output.
    static Expected<StoredReport> make(Workspace &ws, const Request &request, const Progress &progress = {});

    // The error make() returns when `progress` stopped it.
    static Error cancelled();
    static bool isCancelled(const Error &error);
};
