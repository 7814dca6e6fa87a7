// SPDX-License-Identifier: GPL-3.0-or-later
// Section 3 of the compliance report: the policy check (PolicyCheck::run) of the current policy text, with the
// passages quoted.
#include "compliance/reportcontext.h"

#include "cookies/cookieregister.h"
#include "cookies/policycheck.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace ReportBlocks;
using ReportDocument::Evidence;
using ReportDocument::Section;

Expected<QList<Section>> ReportSections::policy(ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s = section(u"policy"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Policy text")));
    QString text = c.options.policyText;
    QString source = c.options.policySource;
    QDateTime checkedAt = c.now;
    if (text.isEmpty()) {
        text = c.ws.setting(u"policy/text"_s);
        source = c.ws.setting(u"policy/source"_s);
        checkedAt = QDateTime::fromString(c.ws.setting(u"policy/checked-at"_s), Qt::ISODate);
    }
    if (text.trimmed().isEmpty()) {
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "No policy text has been checked in this workspace, so the report cannot say whether the published "
            "policy keeps the rules. Check it (kapsel-cli policy-check FILE keeps the text for the next report) or "
            "give it to the report (kapsel-cli report --policy FILE).")));
        return QList<Section> { s };
    }
    auto outcome = PolicyCheck::run(c.ws.cookies(), text, c.lang, c.site);
    if (!outcome)
        return outcome.error();
    const PolicyChecker::Result &r = outcome->result;
    s.evidence << Evidence { tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                                      "Policy text %1, checked against the site's "
                                      "inventory"))
                                 .arg(source),
        checkedAt };
    c.figures.insert(u"policy-findings"_s, qint64(r.findings.size()));
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Text checked")), source },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Checked")), tx.dateTime(checkedAt) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Findings")), tx.number(qint64(r.findings.size())) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Declared cookies the text names")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 of %2"))
                .arg(tx.number(qint64(r.namedInventoryCookies.size())),
                    tx.number(qint64(outcome->declaredNames.size()))) },
    });
    if (r.findings.empty())
        s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
            "The check found nothing: the text asks for consent as the law in force since 1 January 2025 requires, "
            "and names every declared cookie.")));
    for (const PolicyFinding &f : r.findings) {
        const QString what = PolicyChecker::kindLabel(f.kind, c.lang) + u": "_s + f.message;
        if (f.line > 0)
            s.blocks << quote(f.excerpt.simplified(),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Line %1. %2")).arg(tx.number(qint64(f.line)), what));
        else
            s.blocks << paragraph(what);
    }
    return QList<Section> { s };
}
