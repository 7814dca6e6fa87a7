// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "visitors/visitorqueries.h"

#include <QColor>
#include <QCoreApplication>
#include <QSize>
#include <QStringList>

class QPainter;
class QRectF;

// The series colours of the Visitors charts, on screen and in files. First-time and returning must stay apart
// for colour-blind readers (blue / orange).
namespace ChartColours {
inline const QColor firstTime { 0x1f, 0x77, 0xb4 };
inline const QColor returning { 0xff, 0x7f, 0x0e };
inline const QColor unknown { 0xb0, 0xb0, 0xb0 };
inline const QColor mean { 0x2c, 0xa0, 0x2c };
inline const QColor median { 0x94, 0x67, 0xbd };
} // namespace ChartColours

// One chart of the Visitors area as a picture with everything a reader of the file needs: title, period,
// sources, the workspace's name and a legend of every series. Drawn with QPainter only (QtGui), so the GUI's
// export and `kapsel-cli visitors --chart` write the same file from the same figures.
struct VisitorChart
{
    Q_DECLARE_TR_FUNCTIONS(VisitorChart)

public:
    enum class Kind { Visits, Durations, MeanMedian };
    enum class Format { Png, Svg, Pdf };

    Kind kind = Kind::Visits;
    VisitorFilter filter; // its range and granularity name the period
    QStringList sources;
    QString workspace; // WorkspaceName
    QList<SeriesRow> series; // Visits, MeanMedian
    QList<BucketRow> buckets; // Durations
    QString note; // shown in the plot, e.g. "No data from ... to ..."
    // The language of its words, numbers and dates. Empty: the program's (tr(), QLocale()), as the Visitors area
    // and `kapsel-cli visitors --chart` draw it. "nb" or "en": that language whatever the program runs in (its
    // catalogue, nb_NO or en_GB), written for a document the redaction rules read (the compliance report): the
    // period in words ("1. januar 2025 til 31. desember 2025") and values of a million or more rounded
    // ("1,2 millioner", ReportText::number), so that no text of the chart holds a run of 7 or more digits.
    QString language;

    QString title() const;
    QString period() const;
    QString sourcesLine() const; // "Sources: GA4, Matomo"
    QString workspaceLine() const; // "Workspace: demo.kapsel"
    // The legend's entries, in order (Visits: "First-time", "Returning", and "Not known" where some are).
    QStringList legend() const;
    // The labels along its axes, as drawn (where they do not all fit, every k-th is drawn): the periods
    // (Visits, MeanMedian) or the duration ranges (Durations), and the values at the ticks, from 0 up.
    QStringList categoryLabels() const;
    QStringList valueLabels() const;
    // The numbers behind the chart as CSV (VisitorFormat's, as `visitors --format csv` and `durations` write).
    QString csv() const;

    void paint(QPainter &p, const QRectF &rect) const;
    // Writes the chart in the format its file name ends in. `size` is the chart's size in logical pixels: PNG
    // is drawn at twice that (device pixel ratio 2), SVG and PDF at that size. The numbers go beside it, as
    // FILE.csv.
    Status save(const QString &path, QSize size) const;

    static std::optional<Format> formatOf(const QString &path); // by its extension: png, svg, pdf
    static QString csvPathFor(const QString &chartPath); // chart.png -> chart.csv
    // The name a workspace is shown by in a chart: a file's name, or a team workspace's address.
    static QString workspaceName(const QString &displayName, bool isServer);
    // Short axis labels of the periods in the program's language: "Nov 24", "W12 24", "2024-03-20".
    static QStringList categories(const QList<SeriesRow> &rows, Granularity by);
    // Every k-th of `count` labels `widest` px wide, side by side with `gap` px between them, fits `length` px:
    // the smallest such k (fewer ticks rather than cut texts).
    static int labelStep(int count, double widest, double length, double gap);
};
