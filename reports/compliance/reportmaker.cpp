// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/reportmaker.h"

#include "compliance/htmlreportwriter.h"
#include "compliance/pdfreportwriter.h"
#include "compliance/reportjson.h"
#include "compliance/reportmarkdown.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

std::optional<ReportMaker::Format> ReportMaker::formatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"pdf")
        return Format::Pdf;
    if (n == u"html" || n == u"htm")
        return Format::Html;
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"json")
        return Format::Json;
    return std::nullopt;
}

QString ReportMaker::nameOf(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Markdown:
        return u"md"_s;
    case Format::Json:
        return u"json"_s;
    }
    return u"pdf"_s;
}

QByteArray ReportMaker::render(const ReportDocument::Document &document, Format format)
{
    switch (format) {
    case Format::Pdf:
        return PdfReportWriter::write(document);
    case Format::Html:
        return HtmlReportWriter::write(document);
    case Format::Markdown:
        return ReportMarkdown::write(document);
    case Format::Json:
        return ReportJson::write(document);
    }
    return {};
}

Error ReportMaker::cancelled()
{
    return Error { {}, 0, tr("cancelled: no report was written") };
}

bool ReportMaker::isCancelled(const Error &error)
{
    return error.file.isEmpty() && error.line == 0 && error.reason == cancelled().reason;
}

Expected<StoredReport> ReportMaker::make(Workspace &ws, const Request &request, const Progress &progress)
{
    // The sections report their own steps; then the layout, the file and the record.
    constexpr int kAfterSections = 3;
    int sectionSteps = 0;
    bool stopped = false;
    auto step = [&](int done, int total, const QString &what) {
        if (!stopped && progress && !progress(done, total, what))
            stopped = true;
        return !stopped;
    };
    ComplianceReport::Options options = request.options;
    options.progress = [&](int done, int total) {
        sectionSteps = total;
        return done == total || step(done, total + kAfterSections, tr("Reading the workspace for the report…"));
    };
    ComplianceReport::Summary summary;
    auto document = ComplianceReport::build(ws, options, &summary);
    if (stopped)
        return cancelled();
    if (!document)
        return document.error();
    if (!step(sectionSteps, sectionSteps + kAfterSections, tr("Laying out the report…")))
        return cancelled();
    const QByteArray bytes = render(*document, request.format);
    if (!step(sectionSteps + 1, sectionSteps + kAfterSections, tr("Writing %1…").arg(request.output)))
        return cancelled();

    StoredReport r;
    r.documentId = document->documentId;
    r.madeAt = document->madeAt;
    r.madeBy = request.madeBy.isEmpty() ? ImportService::osUser() : request.madeBy;
    r.from = document->from;
    r.to = document->to;
    r.site = document->sites.value(0);
    r.language = document->language;
    r.format = nameOf(request.format);
    r.fileName = QFileInfo(request.output).absoluteFilePath();
    r.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    r.summary = summary.toJson();

    // The record first, in a transaction kept open until the file is written: a workspace that refuses the record
    // (a read-only member of a team workspace) refuses before a file exists.
    if (Status s = ws.beginWrite())
        return *s;
    if (Status s = ws.reports().add(r)) {
        ws.rollback();
        return Error {
            request.output, 0,
            tr("the workspace cannot keep the record of this report, so the report was not written: %1").arg(s->reason)
        };
    }
    QSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        ws.rollback();
        return Error { request.output, 0, tr("cannot write the file: %1").arg(reason) };
    }
    if (Status s = ws.commit()) {
        // The file would be a report of which the workspace knows nothing: take it away again.
        QFile::remove(request.output);
        return *s;
    }
    step(sectionSteps + kAfterSections, sectionSteps + kAfterSections, tr("Done."));
    return r;
}
