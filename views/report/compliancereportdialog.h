// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportmaker.h"

#include <QDate>
#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

// What File ▸ Compliance report… asks before the report is made.
struct ComplianceReportOptions
{
    using Format = ReportMaker::Format;

    QDate from, to; // inclusive
    QString site; // empty: all sites
    QString language = QStringLiteral("nb"); // nb | en: the report's language, not the program's
    Format format = Format::Pdf;
    QString path;

    static QString extension(Format format) { return ReportMaker::nameOf(format); } // "pdf", "html", "md", "json"
};

// Asks for the compliance report's period (with presets: the last 12 months, the last calendar year, this year
// so far), site, language (Bokmål unless English is chosen), format (PDF unless another is chosen) and file.
// `today` is the clock the presets count from (the GUI passes QDate::currentDate(), tests a fixed day).
class ComplianceReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Preset { Last12Months, LastCalendarYear, ThisYear, Custom };

    ComplianceReportDialog(const QStringList &sites, QDate today, QWidget *parent);

    ComplianceReportOptions options() const;

    // The period a preset stands for, counted from `today`.
    static std::pair<QDate, QDate> periodOf(Preset preset, QDate today);

private:
    void applyPreset();
    void datesEdited();
    void formatChanged();
    void browse();
    void update();
    QString suggestedName() const;

    QDate m_today;
    bool m_settingDates = false;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
