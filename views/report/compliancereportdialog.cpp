// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/compliancereportdialog.h"

#include "common/filechooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

std::pair<QDate, QDate> ComplianceReportDialog::periodOf(Preset preset, QDate today)
{
    switch (preset) {
    case Preset::Last12Months:
        return { today.addYears(-1).addDays(1), today };
    case Preset::LastCalendarYear:
        return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    case Preset::ThisYear:
    case Preset::Custom:
        break;
    }
    return { QDate(today.year(), 1, 1), today };
}

ComplianceReportDialog::ComplianceReportDialog(const QStringList &sites, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
{
    setWindowTitle(tr("Compliance report"));
    // Wide enough for a usual path, narrow enough for a small screen.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One dated document with what the company promises and the evidence that it "
                                "keeps those promises, for the board or Datatilsynet."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("Last calendar year"), int(Preset::LastCalendarYear));
    m_preset->addItem(tr("This year so far"), int(Preset::ThisYear));
    m_preset->addItem(tr("Chosen dates"), int(Preset::Custom));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                ? QLocale().dateFormat(QLocale::ShortFormat)
                : u"yyyy-MM-dd"_s);
    }
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(toLabel);
    dates->addWidget(m_to, 1);

    m_site = new QComboBox(this);
    m_site->addItem(tr("The latest scan's site"), QString());
    for (const QString &site : sites)
        m_site->addItem(site, site);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Norwegian Bokmål"), u"nb"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), int(ComplianceReportOptions::Format::Pdf));
    m_format->addItem(tr("HTML (one file, opens in a browser)"), int(ComplianceReportOptions::Format::Html));
    m_format->addItem(tr("Markdown"), int(ComplianceReportOptions::Format::Markdown));
    m_format->addItem(tr("JSON (for other programs)"), int(ComplianceReportOptions::Format::Json));
    m_path = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);

    m_preset->setObjectName(u"preset"_s);
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_site->setObjectName(u"site"_s);
    m_language->setObjectName(u"language"_s);
    m_format->setObjectName(u"format"_s);
    m_path->setObjectName(u"path"_s);
    m_browse->setObjectName(u"browse"_s);
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_site->setAccessibleName(tr("Site"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_format->setAccessibleName(tr("Format"));
    m_path->setAccessibleName(tr("File to save the report in"));
    m_browse->setAccessibleName(tr("Choose the file to save the report in"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // label above the field where the screen is narrow
    form->addRow(tr("&Period:"), m_preset);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, dates);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("F&ormat:"), m_format);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_site);
    setTabOrder(m_site, m_language);
    setTabOrder(m_language, m_format);
    setTabOrder(m_format, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ComplianceReportDialog::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &ComplianceReportDialog::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ComplianceReportDialog::datesEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ComplianceReportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ComplianceReportDialog::update);
    connect(m_browse, &QPushButton::clicked, this, &ComplianceReportDialog::browse);

    applyPreset();
    m_path->setText(QDir(FileChooser::startFolder(FileChooser::Purpose::Export)).filePath(suggestedName()));
    update();
}

ComplianceReportOptions ComplianceReportDialog::options() const
{
    ComplianceReportOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.site = m_site->currentData().toString();
    o.language = m_language->currentData().toString();
    o.format = ComplianceReportOptions::Format(m_format->currentData().toInt());
    o.path = m_path->text().trimmed();
    return o;
}

void ComplianceReportDialog::applyPreset()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset == Preset::Custom)
        return;
    const auto [from, to] = periodOf(preset, m_today);
    m_settingDates = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingDates = false;
    update();
}

// Dates changed by hand are no longer the preset's.
void ComplianceReportDialog::datesEdited()
{
    if (!m_settingDates) {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    update();
}

// The file's extension follows the format, where the name has one of the report's own (or none).
void ComplianceReportDialog::formatChanged()
{
    const QString path = m_path->text().trimmed();
    const QString wanted = ComplianceReportOptions::extension(options().format);
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    static const QStringList known { u"pdf"_s, u"html"_s, u"htm"_s, u"md"_s, u"json"_s };
    const QString suffix = info.suffix().toLower();
    if (suffix.isEmpty())
        m_path->setText(path + u'.' + wanted);
    else if (known.contains(suffix))
        m_path->setText(path.left(path.size() - suffix.size()) + wanted);
}

void ComplianceReportDialog::browse()
{
    const auto format = options().format;
    QString filter;
    switch (format) {
    case ComplianceReportOptions::Format::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case ComplianceReportOptions::Format::Html:
        filter = tr("Web pages (*.html *.htm)");
        break;
    case ComplianceReportOptions::Format::Markdown:
        filter = tr("Markdown (*.md)");
        break;
    case ComplianceReportOptions::Format::Json:
        filter = tr("JSON (*.json)");
        break;
    }
    const QString current = QFileInfo(m_path->text().trimmed()).fileName();
    QString path = FileChooser::saveFile(
        this, tr("Save the compliance report"), current.isEmpty() ? suggestedName() : current, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ComplianceReportOptions::extension(format);
    m_path->setText(path);
}

void ComplianceReportDialog::update()
{
    const bool periodValid = m_from->date() <= m_to->date();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(periodValid && !m_path->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(periodValid ? QString() : tr("The period's first day is after its last."));
}

QString ComplianceReportDialog::suggestedName() const
{
    //: A file name: lower case, no spaces
    return tr("compliance-report") + u'-' + m_to->date().toString(u"yyyy-MM-dd"_s) + u'.'
        + ComplianceReportOptions::extension(options().format);
}
