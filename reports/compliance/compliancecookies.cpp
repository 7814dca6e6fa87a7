// SPDX-License-Identifier: GPL-3.0-or-later
// Section 2 of the compliance report: cookies and similar technologies, from the site's inventory
// (CookieReconciler::load) and the findings of its latest scan (CookieFindings::load).
#include "compliance/reportcontext.h"

#include <functional>

using namespace Qt::StringLiterals;
using namespace ReportBlocks;
using ReportDocument::Evidence;
using ReportDocument::Section;

namespace {

QString itemName(const CookieRow &r)
{
    return r.declared.domain.isEmpty() ? r.declared.name : u"%1 (%2)"_s.arg(r.declared.name, r.declared.domain);
}

QList<Evidence> scanEvidence(const ReportContext &c)
{
    QList<Evidence> out;
    for (const CookieScan &s : c.scope.scans)
        if (s.id == c.scope.latestScanId || s.id == c.scope.phaseScanId)
            out << Evidence { c.tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Scan of %1 (%2)"))
                                  .arg(s.site.isEmpty() ? c.site : s.site, s.source),
                s.scannedAt };
    return out;
}

Section declaration(const ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s = section(
        u"cookies/declaration"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The declaration as published")));
    s.evidence << Evidence {
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The cookie declaration kept in the workspace")), {}
    };
    QList<QStringList> rows;
    for (const CookieRow &r : c.rows)
        if (r.isDeclared() && !r.isDraft())
            rows << QStringList { itemName(r), CookieText::categoryLabel(r.declared.category, c.lang),
                r.declared.purpose(tx.norwegian()), r.declared.supplier, r.declared.retention,
                CookieText::partyLabel(r.declared.party, c.lang) };
    if (rows.isEmpty())
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP(
            "ComplianceReport", "The workspace holds no complete declaration entry: nothing would be published.")));
    else
        s.blocks << table({},
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookie")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Category")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Purpose")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Supplier")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Retention")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Party")) },
            rows);
    const QStringList drafts = CookieReconciler::draftLines(c.rows, c.lang);
    if (!drafts.isEmpty())
        s.blocks << paragraph(tx.n(QT_TRANSLATE_N_NOOP("ComplianceReport",
                                       "%n draft entry(s) are left out of the published declaration: %1."),
                                    drafts.size())
                                  .arg(drafts.join(u"; "_s)));
    return s;
}

Section observed(const ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s = section(u"cookies/observed"_s, 2,
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "What the scans observed before consent, after accept and after "
            "reject")));
    s.evidence = scanEvidence(c);
    if (c.scope.phaseScanId == 0) {
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "No live scan of this site with consent phases is stored, so what is set before consent, after accept and "
            "after reject is not known. A live scan (kapsel-cli scan URL) shows it.")));
        return s;
    }
    QList<QStringList> rows;
    for (const CookieRow &r : c.rows) {
        if (!r.beforeConsent && !r.afterAccept && !r.afterReject)
            continue;
        rows << QStringList { itemName(r), CookieText::kindLabel(r.kinds.value(0, u"cookie"_s), c.lang),
            CookieText::categoryLabel(r.declared.category, c.lang), CookieText::yesNo(r.beforeConsent, c.lang),
            CookieText::yesNo(r.afterAccept, c.lang), CookieText::yesNo(r.afterReject, c.lang) };
    }
    if (rows.isEmpty()) {
        s.blocks << paragraph(
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The live scan found no cookie or web storage in any phase.")));
        return s;
    }
    s.blocks << table({},
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookie or storage key")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Kind")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Category")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Before consent")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "After accept")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "After reject")) },
        rows);
    return s;
}

Section findings(ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s
        = section(u"cookies/findings"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Findings of the latest scan")));
    s.evidence = scanEvidence(c);
    if (c.findings.empty()) {
        s.blocks << paragraph(c.scope.latestScanId == 0
                ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                    "No scan of this site is stored: there are no findings to "
                    "report, and no evidence that the site keeps its "
                    "declaration."))
                : tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The latest scan gave no findings.")));
        return s;
    }
    QList<QStringList> rows;
    for (const CookieFinding &f : c.findings) {
        const QString item = f.name.isEmpty() ? QString() : u"%1 (%2)"_s.arg(f.name, f.domain);
        QString evidence = f.page;
        if (!f.request.isEmpty())
            evidence += u"\n"_s + tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "set by %1")).arg(f.request);
        if (!f.initiator.isEmpty())
            evidence += u"\n"_s
                + tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "requested by %1"))
                      .arg(CookieText::initiatorLabel(f.initiator, c.lang));
        rows << QStringList { CookieFindings::severityLabel(f.severity, c.lang),
            CookieFindings::kindLabel(f.kind, c.lang), item,
            f.phase.isEmpty() ? QString() : CookieText::phaseLabel(f.phase, c.lang), evidence.trimmed(), f.message };
    }
    s.blocks << table({},
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Severity")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Finding")), tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Item")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Phase")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Evidence")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Explanation")) },
        rows);
    return s;
}

Section byStatus(const ReportContext &c, const QString &id, const QString &title, const QString &none,
    const std::function<bool(const CookieRow &)> &take)
{
    Section s = section(id, 2, title);
    s.evidence = scanEvidence(c);
    QList<QStringList> rows;
    for (const CookieRow &r : c.rows)
        if (take(r))
            rows << QStringList { itemName(r), CookieText::categoryLabel(r.declared.category, c.lang),
                CookieReconciler::presenceText(
                    r, c.lang, [&c](const QDateTime &at) { return c.tx.date(c.localDay(at)); }) };
    if (rows.isEmpty())
        s.blocks << paragraph(none);
    else
        s.blocks << table({},
            { c.tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookie")),
                c.tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Category")),
                c.tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Seen by the scans")) },
            rows);
    return s;
}

} // namespace

Expected<QList<Section>> ReportSections::cookies(ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section top
        = section(u"cookies"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookies and similar technologies")));
    top.evidence = scanEvidence(c);
    qint64 declared = 0, undeclared = 0, never = 0;
    for (const CookieRow &r : c.rows) {
        declared += r.isDeclared() ? 1 : 0;
        undeclared += r.status == CookieText::Status::Undeclared ? 1 : 0;
        never += r.isDeclared()
                && (r.status == CookieText::Status::NotObserved || r.status == CookieText::Status::NoLongerObserved)
            ? 1
            : 0;
    }
    c.figures.insert(u"declared"_s, declared);
    c.figures.insert(u"undeclared"_s, undeclared);
    c.figures.insert(u"never-observed"_s, never);
    top.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Site")),
            c.site.isEmpty() ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "no site scanned")) : c.site },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Scans of the site")), tx.number(qint64(c.scope.scans.size())) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Declared cookies")), tx.number(declared) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Observed but not declared")), tx.number(undeclared) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Declared but not observed by the latest scan")),
            tx.number(never) },
    });
    top.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
        "This section describes the site as its latest scan found it, whatever the report's period. Cookie values are "
        "never stored by Kapsel and never shown.")));
    QList<Section> out { top, declaration(c), observed(c), findings(c) };
    out << byStatus(c, u"cookies/never-observed"_s,
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Declared but never observed")),
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Every declared cookie was observed by the latest scan.")),
        [](const CookieRow &r) {
            return r.isDeclared()
                && (r.status == CookieText::Status::NotObserved || r.status == CookieText::Status::NoLongerObserved);
        });
    out << byStatus(c, u"cookies/undeclared"_s, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Undeclared")),
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Every observed cookie is declared.")),
        [](const CookieRow &r) { return r.status == CookieText::Status::Undeclared; });
    return out;
}
