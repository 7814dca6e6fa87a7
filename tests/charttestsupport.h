// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back chart exports (visitors charts from the GUI and kapsel-cli) with QtCore only.
#pragma once

#include <QFile>
#include <QProcess>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtEndian>

namespace ChartTestSupport {

// A PNG's size from its IHDR chunk; an invalid size when the file is not a PNG.
inline QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    return QSize(
        int(qFromBigEndian<quint32>(head.constData() + 16)), int(qFromBigEndian<quint32>(head.constData() + 20)));
}

// The text of a PDF as poppler's pdftotext reads it; a null string when pdftotext is not installed (the test
// then skips: ./build.sh installs poppler-utils).
inline QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed");
    return QString::fromUtf8(p.readAllStandardOutput());
}

// What the demo's visits chart over all its data says, in each language: title, period, sources, workspace
// (demo.kapsel) and the legend.
inline QStringList demoVisitsChartTexts(const QString &lang)
{
    using namespace Qt::StringLiterals;
    if (lang == u"nb")
        return { u"Førstegangs- og gjentakende besøk"_s, u"26.11.2024 til 25.11.2025, per måned"_s,
            u"Kilder: GA4, Matomo, Siteimprove"_s, u"Arbeidsområde: demo.kapsel"_s, u"Førstegangs"_s,
            u"Gjentakende"_s };
    return { u"First-time and returning visits"_s, u"26/11/2024 to 25/11/2025, by month"_s,
        u"Sources: GA4, Matomo, Siteimprove"_s, u"Workspace: demo.kapsel"_s, u"First-time"_s, u"Returning"_s };
}

inline QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace ChartTestSupport
