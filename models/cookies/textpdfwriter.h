// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// A small text-only PDF writer (A4, the standard Helvetica fonts, WinAnsi encoding so æøå work) for the
// cookie declaration. The core may not use QtGui, and the CLI and the GUI should produce the same PDF.
class TextPdfWriter
{
public:
    explicit TextPdfWriter(QString title, QString language);

    void heading(const QString &text, int level); // level 1 or 2
    void paragraph(const QString &text, bool bold = false, int indent = 0, double size = 10);
    void space(double points);

    QByteArray finish();

    // WinAnsi bytes for text; characters outside it become '?'.
    static QByteArray winAnsi(const QString &text);

private:
    struct Line
    {
        QByteArray text;
        bool bold;
        double size;
        double x;
        double y;
    };
    static double width(const QByteArray &text, double size, bool bold);
    void newPageIfNeeded(double height);
    void addLine(const QByteArray &text, bool bold, double size, double x);

    QString m_title;
    QString m_language;
    std::vector<std::vector<Line>> m_pages;
    double m_y = 0;
};
