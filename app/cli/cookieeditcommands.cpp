// SPDX-License-Identifier: GPL-3.0-or-later
// cookies accept|declare|undeclare: the Cookies area's "Declare / accept suggestion", "Accept confident
// suggestions", editing an entry and "Remove from declaration", on the command line.
#include "cli/cli.h"

#include "cookies/cookiedeclaring.h"
#include "cookies/cookiereconciler.h"
#include "core/filequote.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString named(const DeclaredCookie &c)
{
    return c.domain.isEmpty() ? c.name : u"%1 (%2)"_s.arg(c.name, c.domain);
}

// The inventory of the chosen site, as the Cookies area shows it.
struct Inventory
{
    std::shared_ptr<Workspace> ws;
    QString site;
    std::vector<CookieRow> rows;

    Status reload()
    {
        auto loaded = CookieReconciler::load(ws->cookies(), CookieText::currentLang(), site);
        if (!loaded)
            return loaded.error();
        rows = std::move(*loaded);
        return {};
    }
};

// The row of `name` (and `domain` when given). Prints why there is none or more than one; `rc` is then the exit
// code. `missingOk`: no such row is no error (declare adds it).
const CookieRow *findRow(Cli::Context &ctx, const Inventory &inv, const QString &name, const QString &domain,
    bool missingOk, int *rc)
{
    std::vector<const CookieRow *> hits;
    for (const CookieRow &r : inv.rows)
        if (r.declared.name == name && (domain.isEmpty() || r.declared.domain == domain.toLower()))
            hits.push_back(&r);
    if (hits.size() == 1)
        return hits.front();
    if (hits.empty()) {
        if (!missingOk)
            *rc = ctx.fail(Error { name, 0,
                domain.isEmpty()
                    ? Tr::tr("no such cookie in the inventory of this site")
                    : Tr::tr("no such cookie on %1 in the inventory of this site").arg(domain) });
        return nullptr;
    }
    QStringList domains;
    for (const CookieRow *r : hits)
        domains << r->declared.domain;
    *rc = ctx.usage(Tr::tr("%1 is in the inventory on several domains (%2); choose one with --domain")
                        .arg(name, domains.join(u", "_s)));
    return nullptr;
}

// After a write: a draft is said on stderr with what it lacks, as the Cookies area says it.
void reportDrafts(Cli::Context &ctx, Inventory &inv, const QList<DeclaredCookie> &written)
{
    if (Status s = inv.reload()) {
        ctx.fail(*s);
        return;
    }
    for (const DeclaredCookie &c : written)
        for (const CookieRow &r : inv.rows)
            if (r.declared.name == c.name && r.declared.domain == c.domain && r.isDraft())
                ctx.err << FileQuote::cleanLine(Tr::tr("%1 is saved as a draft: it still needs %2.")
                                                    .arg(named(r.declared),
                                                        CookieReconciler::missingText(r, CookieText::currentLang())))
                        << Qt::endl;
}

// Writes every entry in one transaction: all of them or, when one is refused, none.
Status writeAll(Workspace &ws, const QList<DeclaredCookie> &entries)
{
    if (Status s = ws.beginWrite())
        return s;
    for (const DeclaredCookie &c : entries) {
        if (auto id = CookieDeclaring::write(ws.cookies(), c); !id) {
            ws.rollback();
            return id.error();
        }
    }
    return ws.commit();
}

int acceptSuggested(Cli::Context &ctx, Inventory &inv)
{
    const std::vector<DeclaredCookie> confident = CookieDeclaring::confidentSuggestions(inv.rows);
    const int others = int(std::count_if(inv.rows.begin(), inv.rows.end(),
                           [](const CookieRow &r) { return !r.isDeclared() && r.suggested; }))
        - int(confident.size());
    const QList<DeclaredCookie> entries(confident.begin(), confident.end());
    if (Status s = writeAll(*inv.ws, entries))
        return ctx.fail(*s);
    for (const DeclaredCookie &c : entries)
        ctx.out << FileQuote::cleanLine(Tr::tr("Declared %1 with the suggested texts.").arg(named(c))) << Qt::endl;
    ctx.out << Tr::tr("%n cookie(s) declared with their high-confidence suggestions", "", int(entries.size())) << "; "
            << Tr::tr("%n suggestion(s) of medium or low confidence left for you to check", "", others) << Qt::endl;
    reportDrafts(ctx, inv, entries);
    return Cli::Ok;
}

// accept NAME...: every name is found first; then all are written in one transaction, or none.
int accept(Cli::Context &ctx, Inventory &inv, const QStringList &names, const QString &domain)
{
    const CookieText::Lang lang = CookieText::currentLang();
    QStringList said, warnings;
    QList<DeclaredCookie> entries;
    for (const QString &name : names) {
        int rc = Cli::Ok;
        const CookieRow *row = findRow(ctx, inv, name, domain, false, &rc);
        if (!row)
            return rc;
        const std::optional<DeclaredCookie> accepted = CookieDeclaring::acceptance(*row);
        if (!accepted) {
            said << Tr::tr("%1 is declared already; nothing to accept.").arg(named(row->declared));
            continue;
        }
        entries << *accepted;
        if (row->isDeclared())
            said << Tr::tr("Accepted the suggestion for %1.").arg(named(*accepted));
        else if (row->suggested)
            said << Tr::tr("Declared %1 with the suggested texts.").arg(named(*accepted));
        else
            said << Tr::tr("Declared %1; the knowledge base has no suggestion for it.").arg(named(*accepted));
        if (row->suggested && row->confidence == CookieText::Confidence::Low)
            warnings << Tr::tr("%1 is now declared with a suggestion of low confidence; check every text. %2")
                            .arg(named(*accepted), CookieReconciler::confidenceReason(*row, lang));
    }
    if (Status s = writeAll(*inv.ws, entries))
        return ctx.fail(*s);
    for (const QString &line : std::as_const(said))
        ctx.out << FileQuote::cleanLine(line) << Qt::endl;
    for (const QString &line : std::as_const(warnings))
        ctx.err << FileQuote::cleanLine(line) << Qt::endl;
    reportDrafts(ctx, inv, entries);
    return Cli::Ok;
}

struct Fields
{
    QCommandLineOption purposeNb { u"purpose-nb"_s, Tr::tr("The purpose in Norwegian Bokmål."),
        Tr::tr("TEXT", "placeholder on the command line") };
    QCommandLineOption purposeEn { u"purpose-en"_s, Tr::tr("The purpose in English."),
        Tr::tr("TEXT", "placeholder on the command line") };
    QCommandLineOption supplier { u"supplier"_s, Tr::tr("Who sets the cookie, e.g. Google."),
        Tr::tr("TEXT", "placeholder on the command line") };
    QCommandLineOption retention { u"retention"_s,
        Tr::tr("How long it is kept, as a period: \"2 years\", \"30 minutes\", \"session\"."),
        Tr::tr("PERIOD", "placeholder on the command line") };
    QCommandLineOption category { u"category"_s,
        Tr::tr("necessary, preferences, statistics, marketing or unclassified (the names the GUI shows, in either "
               "language, are understood too)."),
        Tr::tr("CATEGORY", "placeholder on the command line") };
    QCommandLineOption tool { u"tool"_s, Tr::tr("The tool or platform, e.g. Google Analytics."),
        Tr::tr("TEXT", "placeholder on the command line") };
    QCommandLineOption party { u"party"_s, Tr::tr("first or third."), u"first|third"_s };
    QCommandLineOption path { u"path"_s, Tr::tr("The cookie's path (default /)."),
        Tr::tr("PATH", "placeholder on the command line") };
    QCommandLineOption rename { u"rename"_s, Tr::tr("A new name for a declared entry (a name ending in * covers a prefix)."),
        Tr::tr("NAME", "placeholder on the command line") };
    QCommandLineOption redomain { u"new-domain"_s, Tr::tr("A new domain for a declared entry."),
        Tr::tr("DOMAIN", "placeholder on the command line") };

    QList<QCommandLineOption> all() const
    {
        return { purposeNb, purposeEn, supplier, retention, category, tool, party, path, rename, redomain };
    }
};

int declare(Cli::Context &ctx, Inventory &inv, const QCommandLineParser &p, const Fields &f, const QString &name,
    const QString &domain)
{
    int rc = Cli::Ok;
    const CookieRow *row = findRow(ctx, inv, name, domain, true, &rc);
    if (!row && rc != Cli::Ok)
        return rc;
    if (!row && domain.isEmpty())
        return ctx.usage(
            Tr::tr("%1 is neither observed nor declared on this site; give its --domain to declare it").arg(name));
    DeclaredCookie c;
    if (row) {
        // An observed cookie starts from the suggestion, a declared one from its entry.
        const std::optional<DeclaredCookie> accepted = CookieDeclaring::acceptance(*row);
        c = accepted ? *accepted : row->declared;
    } else {
        c.name = name;
        c.domain = domain.toLower();
    }
    const bool existed = row && row->isDeclared();
    auto take = [&](const QCommandLineOption &o, QString &field) {
        if (p.isSet(o))
            field = p.value(o).trimmed();
    };
    take(f.purposeNb, c.purposeNb);
    take(f.purposeEn, c.purposeEn);
    take(f.supplier, c.supplier);
    take(f.retention, c.retention);
    take(f.tool, c.tool);
    take(f.path, c.path);
    if (c.path.isEmpty())
        c.path = u"/"_s;
    if (p.isSet(f.category)) {
        const QString id = CookieText::categoryFromText(p.value(f.category));
        c.category = id.isEmpty() ? p.value(f.category).trimmed() : id;
    }
    if ((p.isSet(f.rename) || p.isSet(f.redomain)) && !existed)
        return ctx.usage(Tr::tr("--rename and --new-domain change a declared entry; %1 is not declared").arg(name));
    take(f.rename, c.name);
    if (p.isSet(f.redomain))
        c.domain = p.value(f.redomain).trimmed().toLower();
    if (p.isSet(f.party)) {
        c.party = p.value(f.party).trimmed();
        if (c.party != u"first" && c.party != u"third")
            return ctx.usage(Tr::tr("--party takes first or third, not \"%1\"").arg(c.party));
    }
    auto id = CookieDeclaring::write(inv.ws->cookies(), c);
    if (!id)
        return ctx.fail(id.error());
    ctx.out << FileQuote::cleanLine(existed ? Tr::tr("Updated the entry of %1.").arg(named(c))
                                            : Tr::tr("Declared %1.").arg(named(c)))
            << Qt::endl;
    reportDrafts(ctx, inv, { c });
    return Cli::Ok;
}

int undeclare(Cli::Context &ctx, Inventory &inv, const QString &name, const QString &domain)
{
    int rc = Cli::Ok;
    const CookieRow *row = findRow(ctx, inv, name, domain, false, &rc);
    if (!row)
        return rc;
    if (!row->isDeclared())
        return ctx.fail(Error { name, 0, Tr::tr("not in the declaration; there is nothing to remove") });
    const DeclaredCookie c = row->declared;
    if (Status s = inv.ws->cookies().removeDeclared(c.id))
        return ctx.fail(*s);
    ctx.out << FileQuote::cleanLine(Tr::tr("Removed %1 from the declaration.").arg(named(c))) << Qt::endl;
    return Cli::Ok;
}
} // namespace

int Cli::runCookieEdit(Context &ctx, const QString &action, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption domain(u"domain"_s,
        Tr::tr("The cookie's domain, where the inventory has the name on more than one (or to declare a cookie no "
               "scan has observed)."),
        Tr::tr("DOMAIN", "placeholder on the command line"));
    const QCommandLineOption site(u"site"_s, Tr::tr("The site whose inventory to change (default: the latest scan's)."),
        Tr::tr("SITE", "placeholder on the command line"));
    const QCommandLineOption suggested(u"suggested"_s,
        Tr::tr("Accept every suggestion of high confidence, as \"Accept confident suggestions\" does; medium and "
               "low ones are left for you."));
    const Fields fields;
    p.addOptions({ domain, site });
    QString description;
    if (action == u"accept") {
        p.addOption(suggested);
        p.addPositionalArgument(Tr::tr("NAME", "placeholder on the command line"),
            Tr::tr("The cookies whose suggestion to accept."), Tr::tr("[NAME...]", "placeholder on the command line"));
        description = Tr::tr("Declare observed cookies with the knowledge base's suggested texts, or accept the "
                             "suggestion of a declared one, as the Cookies area's \"Declare / accept suggestion\" "
                             "does. A cookie without a suggestion is declared as a draft, which is said on standard "
                             "error with what it lacks.");
    } else if (action == u"declare") {
        p.addOptions(fields.all());
        p.addPositionalArgument(Tr::tr("NAME", "placeholder on the command line"), Tr::tr("The cookie."),
            Tr::tr("NAME", "placeholder on the command line"));
        description = Tr::tr("Declare a cookie with the given texts, or change the entry of a declared one (the fields "
                             "not given keep their value, or the suggestion's). An entry needs a purpose in Bokmål and "
                             "in English, a supplier, a retention and a category; one without them all is saved as a "
                             "draft, which is said on standard error.");
    } else {
        p.addPositionalArgument(Tr::tr("NAME", "placeholder on the command line"), Tr::tr("The cookie."),
            Tr::tr("NAME", "placeholder on the command line"));
        description = Tr::tr("Remove a cookie from the declaration, as the Cookies area's \"Remove from "
                             "declaration\" does; what the scans observed stays.");
    }
    if (int rc = parse(p, ctx, args, description); rc >= 0)
        return rc;
    const QStringList names = p.positionalArguments();
    if (action == u"accept" && p.isSet(suggested) == !names.isEmpty())
        return ctx.usage(Tr::tr("cookies accept takes cookie names or --suggested"));
    if (action != u"accept" && names.size() != 1)
        return ctx.usage(Tr::tr("cookies %1 takes one cookie name").arg(action));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return DataError;
    int rc = Ok;
    const auto chosen = chosenSite(ctx, ws->cookies(), p.value(site), &rc);
    if (!chosen)
        return rc;
    Inventory inv { ws, *chosen, {} };
    if (Status s = inv.reload())
        return ctx.fail(*s);
    if (action == u"accept")
        return p.isSet(suggested) ? acceptSuggested(ctx, inv) : accept(ctx, inv, names, p.value(domain));
    if (action == u"declare")
        return declare(ctx, inv, p, fields, names.first(), p.value(domain));
    return undeclare(ctx, inv, names.first(), p.value(domain));
}
