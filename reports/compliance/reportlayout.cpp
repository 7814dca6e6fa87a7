// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/reportlayout.h"
#include "core/language.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

ReportLayout::ReportLayout(const ReportDocument::Document &document)
    : m_document(document)
    , m_language(document.language == u"en" ? u"en"_s : u"nb"_s)
    , m_locale(Language::localeOf(m_language))
{
    int chapter = 0;
    int sub = 0;
    for (const ReportDocument::Section &s : document.sections) {
        if (s.level <= 1) {
            ++chapter;
            sub = 0;
            m_numbers << QString::number(chapter);
        } else {
            m_numbers << u"%1.%2"_s.arg(std::max(chapter, 1)).arg(++sub);
        }
    }
}

QString ReportLayout::text(const char *source) const
{
    return Language::translate(m_language, "ReportLayout", source);
}

namespace {
QString longDate(const QLocale &locale, QDate day)
{
    return locale.toString(day, locale.language() == QLocale::English ? u"d MMMM yyyy"_s : u"d. MMMM yyyy"_s);
}
} // namespace

QString ReportLayout::period() const
{
    if (!m_document.from.isValid() || !m_document.to.isValid())
        return text(QT_TRANSLATE_NOOP("ReportLayout", "all dates"));
    return text(QT_TRANSLATE_NOOP("ReportLayout", "%1 to %2"))
        .arg(longDate(m_locale, m_document.from), longDate(m_locale, m_document.to));
}

QString ReportLayout::madeAt() const
{
    return when(m_document.madeAt);
}

// A time in the workspace's zone, as the report's texts give it, named by the zone's abbreviation ("CET", "UTC").
QString ReportLayout::when(const QDateTime &at) const
{
    const QTimeZone zone(m_document.timeZone);
    const QDateTime local = zone.isValid() ? at.toTimeZone(zone) : at.toUTC();
    const QString name = zone.isValid() ? zone.abbreviation(local) : u"UTC"_s;
    //: The date and time a report was made or its evidence taken, e.g. "3 December 2026 at 18:55 CET"
    return text(QT_TRANSLATE_NOOP("ReportLayout", "%1 at %2 %3"))
        .arg(longDate(m_locale, local.date()),
            m_locale.toString(local.time(), m_language == u"nb" ? u"HH.mm"_s : u"HH:mm"_s), name); // as ReportText
}

QString ReportLayout::sites() const
{
    return m_document.sites.isEmpty() ? text(QT_TRANSLATE_NOOP("ReportLayout", "All sites"))
                                      : m_document.sites.join(u", "_s);
}

QString ReportLayout::evidence(const ReportDocument::Evidence &e) const
{
    if (!e.at.isValid())
        return text(QT_TRANSLATE_NOOP("ReportLayout", "Source: %1")).arg(e.source);
    //: The source of a section's evidence and when it was taken
    return text(QT_TRANSLATE_NOOP("ReportLayout", "Source: %1, %2")).arg(e.source, when(e.at));
}

QString ReportLayout::pageOf(int page, int total) const
{
    return text(QT_TRANSLATE_NOOP("ReportLayout", "Page %1 of %2")).arg(page).arg(total);
}

QList<QPair<QString, QString>> ReportLayout::titleFacts() const
{
    return {
        { text(QT_TRANSLATE_NOOP("ReportLayout", "Workspace")), m_document.workspaceName },
        { text(QT_TRANSLATE_NOOP("ReportLayout", "Period")), period() },
        { text(QT_TRANSLATE_NOOP("ReportLayout", "Sites")), sites() },
        { text(QT_TRANSLATE_NOOP("ReportLayout", "Made")), madeAt() },
        { text(QT_TRANSLATE_NOOP("ReportLayout", "Document id")), m_document.documentId },
    };
}

QString ReportLayout::heading(int section) const
{
    return number(section) + u' ' + m_document.sections.value(section).title;
}

QString ReportLayout::anchor(int section) const
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]+"_s);
    QString id = m_document.sections.value(section).id;
    id.replace(unsafe, u"-"_s);
    return u"s%1-"_s.arg(section + 1) + id; // the number keeps two sections of the same id apart
}
