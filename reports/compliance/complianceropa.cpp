// SPDX-License-Identifier: GPL-3.0-or-later
// Section 6 of the compliance report: the record of processing (GDPR art. 30(1)) for the processing Kapsel can see:
// web analytics, cookies per supplier, customer chat. What Kapsel knows comes from the workspace (sources, the
// declaration, the retention setting) and the suppliers' transfers from SupplierTransfers; what it cannot know is
// left blank for the officer, its value kept in the workspace's settings (ropa/...).
#include "compliance/reportcontext.h"

#include "chats/chatarchive.h"
#include "cookies/suppliertransfers.h"
#include "visitors/sourceexplanation.h"
#include "visitors/visitorqueries.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ReportBlocks;
using ReportDocument::Evidence;
using ReportDocument::Section;

namespace {

// A field the officer fills in: its label and the workspace setting that keeps it.
ReportDocument::Block field(const ReportContext &c, const QString &label, const QString &key)
{
    return blank(label, c.ws.setting(key), key);
}

QString slug(const QString &name)
{
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    return name.toLower().replace(other, u"-"_s).remove(QRegularExpression(u"^-+|-+$"_s));
}

QString transferText(const ReportText &tx, const SupplierTransfer &t)
{
    if (!t.outsideEea)
        return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "none known (seat in the EEA: %1)")).arg(t.country);
    return tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "yes, to %1 (the supplier's seat)")).arg(t.destination);
}

// Transfers outside the EEA of the suppliers named: known ones from the table, unknown ones blank.
void transfers(const ReportContext &c, Section &s, const QStringList &suppliers, const QString &keyPrefix)
{
    const ReportText &tx = c.tx;
    for (const QString &supplier : suppliers) {
        const QString label
            = tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Transfers outside the EEA by %1")).arg(supplier);
        if (auto t = SupplierTransfers::find(supplier))
            s.blocks << facts({ { label, transferText(tx, *t) },
                { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Source")), t->source } });
        else
            s.blocks << field(c, label, keyPrefix + slug(supplier) + u"/transfers"_s);
    }
}

Section analytics(const ReportContext &c, const QStringList &sources)
{
    const ReportText &tx = c.tx;
    Section s = section(u"ropa/analytics"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Web analytics")));
    QStringList cookies, suppliers;
    for (const QString &source : sources) {
        const SourceExplanation e = SourceExplanations::forSource(source);
        cookies << e.cookies;
        for (const CookieRow &r : c.rows)
            if (e.cookies.contains(r.declared.name) && !r.declared.supplier.isEmpty()
                && !suppliers.contains(r.declared.supplier))
                suppliers << r.declared.supplier;
    }
    cookies.removeDuplicates();
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Purpose")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                "Measuring the use of the website: visits, first-time and "
                "returning visitors, visit duration")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Data subjects")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visitors of the website")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Categories of personal data")),
            cookies.isEmpty() ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "visits and pages viewed"))
                              : tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                                         "online identifiers in the cookies %1; "
                                         "visits and pages viewed"))
                                    .arg(cookies.join(u", "_s)) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Tools (sources of the statistics)")),
            sources.isEmpty() ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "none imported in the period"))
                              : sources.join(u", "_s) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Suppliers (from the declaration)")),
            suppliers.isEmpty() ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "none declared"))
                                : suppliers.join(u", "_s) },
    });
    transfers(c, s, suppliers, u"ropa/analytics/"_s);
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Legal basis")), u"ropa/analytics/legal-basis"_s);
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Retention of the data in the analytics tool")),
        u"ropa/analytics/retention"_s);
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Technical and organisational security measures")),
        u"ropa/analytics/security"_s);
    return s;
}

Section cookieSupplier(const ReportContext &c, const QString &supplier, const QList<const CookieRow *> &rows)
{
    const ReportText &tx = c.tx;
    Section s = section(u"ropa/cookies/"_s + slug(supplier), 2,
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Cookies of %1")).arg(supplier));
    QStringList names, purposes, categories, retention;
    for (const CookieRow *r : rows) {
        names << r->declared.name;
        const QString purpose = r->declared.purpose(tx.norwegian());
        if (!purpose.isEmpty() && !purposes.contains(purpose))
            purposes << purpose;
        const QString category = CookieText::categoryLabel(r->declared.category, c.lang);
        if (!categories.contains(category))
            categories << category;
        if (!r->declared.retention.isEmpty())
            retention << u"%1: %2"_s.arg(r->declared.name, r->declared.retention);
    }
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Purpose")), purposes.join(u" "_s) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Data subjects")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visitors of the website")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Categories of personal data")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "online identifiers and what the cookies %1 record (%2)"))
                .arg(names.join(u", "_s), categories.join(u", "_s)) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Recipient")), supplier },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Retention (as declared)")), retention.join(u"; "_s) },
    });
    transfers(c, s, { supplier }, u"ropa/cookies/"_s);
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Legal basis")),
        u"ropa/cookies/"_s + slug(supplier) + u"/legal-basis"_s);
    return s;
}

Section chat(const ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s = section(u"ropa/chat"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Customer chat")));
    const int retention = c.ws.chats().retentionDays();
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Purpose")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Answering customers' questions in the website's chat")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Data subjects")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                "Customers and others who write in the chat; the company's "
                "agents")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Categories of personal data")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                "the conversations' text, with identity numbers and other "
                "numbers of 7 digits or more removed before it is stored; "
                "times; the sender's role")) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Retention")),
            retention > 0 ? tx.n(QT_TRANSLATE_N_NOOP("ComplianceReport", "%n day(s) after the last message"), retention)
                          : tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "none set in Kapsel")) },
    });
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Recipients (the chat service's supplier)")),
        u"ropa/chat/recipients"_s);
    s.blocks << field(
        c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Transfers outside the EEA")), u"ropa/chat/transfers"_s);
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Legal basis")), u"ropa/chat/legal-basis"_s);
    s.blocks << field(c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Technical and organisational security measures")),
        u"ropa/chat/security"_s);
    return s;
}

} // namespace

Expected<QList<Section>> ReportSections::recordOfProcessing(ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section top = section(u"ropa"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Record of processing")));
    top.evidence << Evidence { tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                                   "The workspace's data and settings; the "
                                   "suppliers' transfers from Kapsel's table "
                                   "of known suppliers")),
        {} };
    top.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
        "Entries of the record of processing activities (GDPR article 30) for the processing Kapsel can see. The "
        "fields Kapsel cannot know are left blank for the privacy officer; their values are kept in the workspace "
        "(kapsel-cli report --set-field KEY=VALUE). Check the suppliers' transfers against their current terms.")));
    top.blocks << field(
        c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Controller (name and contact details)")), u"ropa/controller"_s);
    top.blocks << field(
        c, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Data protection officer (contact details)")), u"ropa/dpo"_s);
    QStringList sources;
    if (auto all = VisitorQueries::sources(c.ws.visitors()))
        for (const SourceInfo &info : *all)
            sources << info.name;
    QList<Section> out { top, analytics(c, sources) };
    QMap<QString, QList<const CookieRow *>> bySupplier;
    for (const CookieRow &r : c.rows)
        if (r.isDeclared() && !r.declared.supplier.isEmpty() && r.declared.category != u"necessary")
            bySupplier[r.declared.supplier] << &r;
    for (auto it = bySupplier.cbegin(); it != bySupplier.cend(); ++it)
        out << cookieSupplier(c, it.key(), it.value());
    out << chat(c);
    return out;
}
