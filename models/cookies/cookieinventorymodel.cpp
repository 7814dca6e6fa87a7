// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieinventorymodel.h"

#include "cookies/cookiedeclaring.h"
#include "cookies/cookieregister.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using CookieText::Lang;

CookieInventoryModel::CookieInventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CookieInventoryModel::setRegister(CookieRegister *cookies, const QString &site)
{
    m_cookies = cookies;
    m_site = site;
    reload();
}

void CookieInventoryModel::setSite(const QString &site)
{
    m_site = site;
    reload();
}

bool CookieInventoryModel::reload()
{
    std::vector<CookieRow> rows;
    bool ok = true;
    m_scope = {};
    if (m_cookies) {
        auto loaded = CookieReconciler::load(*m_cookies, CookieText::currentLang(), m_site, &m_scope);
        if (loaded) {
            rows = std::move(*loaded);
        } else {
            m_error = loaded.error().toString();
            ok = false;
        }
    }
    // Same shape: update in place so the view keeps its current cell and selection (keyboard users).
    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const CookieRow &a, const CookieRow &b) {
               return a.declared.id == b.declared.id && a.declared.name == b.declared.name
                   && a.declared.domain == b.declared.domain;
           });
    if (sameShape) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    return ok;
}

int CookieInventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CookieInventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString yesNo(const std::optional<bool> &b)
{
    if (!b)
        return {};
    return *b ? CookieInventoryModel::tr("Yes") : CookieInventoryModel::tr("No");
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QVariant CookieInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CookieRow &r = m_rows[size_t(index.row())];
    const DeclaredCookie &d = r.declared;
    const Lang lang = CookieText::currentLang();
    switch (role) {
    case StatusRole:
        return int(r.status);
    case SuggestedRole:
        return r.suggested;
    case DeclaredIdRole:
        return d.id;
    case CategoryIdRole:
        return d.category;
    case DraftRole:
        return r.isDraft();
    case ConfidenceRole:
        return int(r.confidence);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !r.differences.isEmpty())
            return r.differences.join(u'\n');
        if (r.suggested && index.column() >= Category && index.column() <= DeclaredRetention)
            return tr("Suggested by the knowledge base; accept it to declare the cookie");
        if (index.column() >= BeforeConsent && index.column() <= AfterAccept && !r.beforeConsent)
            return tr("No live scan of this site yet: only a scan tells the consent phases");
        if (index.column() == FirstPage)
            return r.firstPage;
        if (index.column() == Suggestion && r.suggested && r.confidence != CookieText::Confidence::None)
            return QString(CookieReconciler::confidenceReason(r, lang)
                + (r.confidence == CookieText::Confidence::High
                        ? QString()
                        : u' ' + tr("Accept it yourself after checking: it is not accepted in bulk.")));
        if (index.column() == Entry && r.isDraft())
            return tr("A draft is kept as it is and left out of the published declaration until it has a purpose "
                      "in Bokmål and in English, a supplier, a retention and a category.");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return d.name;
    case Domain:
        return d.domain;
    case Path:
        return d.path;
    case Category:
        return edit ? QVariant(d.category) : QVariant(CookieText::categoryLabel(d.category, lang));
    case PurposeNb:
        return d.purposeNb;
    case PurposeEn:
        return d.purposeEn;
    case Supplier:
        return d.supplier;
    case Tool:
        return d.tool;
    case DeclaredRetention: {
        const auto secs = CookieText::parseRetention(d.retention);
        if (sort)
            return secs.value_or(-1);
        // Shown in the program's language; edited as written.
        return edit || !secs ? d.retention : CookieText::formatRetention(secs, false, lang);
    }
    case ObservedRetention:
        if (sort)
            return r.observed ? QVariant(r.observedRetention.value_or(0)) : QVariant(-1);
        return r.observed ? CookieText::formatRetention(r.observedRetention, r.observedSession, lang) : QString();
    case Party: {
        const QString p = r.observedParty.isEmpty() || r.isDeclared() ? d.party : r.observedParty;
        return edit ? p : CookieText::partyLabel(p, lang);
    }
    case HttpOnly:
        return yesNo(r.httpOnly);
    case Secure:
        return yesNo(r.secure);
    case SameSite:
        return r.sameSite;
    case FirstSeen:
        return sort ? QVariant(r.firstSeen) : QVariant(when(r.firstSeen));
    case LastSeen:
        return sort ? QVariant(r.lastSeen) : QVariant(when(r.lastSeen));
    case Sources:
        return r.sources.join(u", "_s);
    case Kind: {
        QStringList kinds;
        for (const QString &k : r.kinds)
            kinds << CookieText::kindLabel(k, lang);
        return kinds.join(u", "_s);
    }
    case BeforeConsent:
        return CookieText::yesNo(r.beforeConsent, lang);
    case AfterReject:
        return CookieText::yesNo(r.afterReject, lang);
    case AfterAccept:
        return CookieText::yesNo(r.afterAccept, lang);
    case FirstPhase:
        return sort ? QVariant(CookieReconciler::phaseRank(r.firstPhase))
                    : QVariant(CookieText::phaseLabel(r.firstPhase, lang));
    case FirstPage:
        return r.firstPage;
    case LatestScan:
        if (sort)
            return r.inLatestScan ? 2 : r.observed ? 1 : 0;
        return CookieReconciler::presenceText(r, lang);
    case Suggestion:
        if (sort)
            return int(r.confidence);
        return r.suggested ? CookieText::confidenceLabel(r.confidence, lang) : QString();
    case Entry:
        if (!r.isDeclared())
            return QString();
        if (sort)
            return int(r.missing.size());
        return r.isDraft() ? tr("Draft: missing %1").arg(CookieReconciler::missingText(r, lang)) : tr("Complete");
    case StatusColumn:
        return sort ? QVariant(int(r.status)) : QVariant(CookieText::statusLabel(r.status, lang));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CookieInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Domain:
        return tr("Domain");
    case Path:
        return tr("Path");
    case Category:
        return tr("Category");
    case PurposeNb:
        return tr("Purpose (Bokmål)");
    case PurposeEn:
        return tr("Purpose (English)");
    case Supplier:
        return tr("Supplier");
    case Tool:
        return tr("Analytics tool");
    case DeclaredRetention:
        return tr("Retention declared");
    case ObservedRetention:
        return tr("Retention observed");
    case Party:
        return tr("Party");
    case HttpOnly:
        return tr("HttpOnly");
    case Secure:
        return tr("Secure");
    case SameSite:
        return tr("SameSite");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    case Sources:
        return tr("Sources");
    case Kind:
        return tr("Kind");
    case BeforeConsent:
        return tr("Before consent");
    case AfterReject:
        return tr("After reject");
    case AfterAccept:
        return tr("After accept");
    case FirstPhase:
        return tr("First seen in");
    case FirstPage:
        return tr("First seen on page");
    case LatestScan:
        return tr("Latest scan");
    case Suggestion:
        return tr("Suggestion");
    case Entry:
        return tr("Entry");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags CookieInventoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const bool declaredRow = m_rows[size_t(index.row())].isDeclared();
    const int c = index.column();
    if (declaredRow && (c <= DeclaredRetention || c == Party))
        f |= Qt::ItemIsEditable;
    return f;
}

QString CookieInventoryModel::validate(const DeclaredCookie &c)
{
    if (c.name.trimmed().isEmpty())
        return tr("A cookie needs a name.");
    if (!CookieText::categoryIds().contains(c.category))
        return tr("Choose one of the categories.");
    if (!c.retention.trimmed().isEmpty() && !CookieText::parseRetention(c.retention))
        return tr("Write the retention as a period, for example \"2 years\", \"30 minutes\" or \"session\".");
    return {};
}

bool CookieInventoryModel::write(const std::function<Status()> &op)
{
    if (!m_cookies)
        return false;
    if (Status s = op()) {
        m_error = s->toString();
        return false;
    }
    m_error.clear();
    return reload();
}

std::optional<DeclaredCookie> CookieInventoryModel::edited(const QModelIndex &index, const QVariant &value)
{
    if (!index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return std::nullopt;
    DeclaredCookie c = m_rows[size_t(index.row())].declared;
    const QString v = value.toString().trimmed();
    switch (Column(index.column())) {
    case Name:
        c.name = v;
        break;
    case Domain:
        c.domain = v.toLower();
        break;
    case Path:
        c.path = v.isEmpty() ? u"/"_s : v;
        break;
    case Category: {
        const QString id = CookieText::categoryFromText(v);
        c.category = id.isEmpty() ? v : id;
        break;
    }
    case PurposeNb:
        c.purposeNb = v;
        break;
    case PurposeEn:
        c.purposeEn = v;
        break;
    case Supplier:
        c.supplier = v;
        break;
    case Tool:
        c.tool = v;
        break;
    case DeclaredRetention:
        c.retention = v;
        break;
    case Party:
        if (!(v.isEmpty() || v == u"first" || v == u"third")) {
            m_error = tr("The party is first or third.");
            return std::nullopt;
        }
        c.party = v;
        break;
    default:
        return std::nullopt;
    }
    if (const QString problem = validate(c); !problem.isEmpty()) {
        m_error = problem;
        return std::nullopt;
    }
    return c;
}

bool CookieInventoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const auto c = edited(index, value);
    return c && update(*c);
}

bool CookieInventoryModel::update(const DeclaredCookie &c)
{
    if (const QString problem = validate(c); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    return write([&] { return m_cookies->updateDeclared(c); });
}

int CookieInventoryModel::rowOfDeclared(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].declared.id == id)
            return int(i);
    return -1;
}

int CookieInventoryModel::rowOf(const QString &name, const QString &domain) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].declared.name == name && m_rows[i].declared.domain == domain)
            return int(i);
    return -1;
}

qint64 CookieInventoryModel::declare(int row)
{
    if (row < 0 || row >= rowCount() || m_rows[size_t(row)].isDeclared())
        return 0;
    const DeclaredCookie c = *CookieDeclaring::acceptance(m_rows[size_t(row)]);
    qint64 id = 0;
    if (!write([&]() -> Status {
            auto added = m_cookies->addDeclared(c);
            if (!added)
                return added.error();
            id = *added;
            return {};
        }))
        return 0;
    return id;
}

std::vector<DeclaredCookie> CookieInventoryModel::confidentSuggestions() const
{
    return CookieDeclaring::confidentSuggestions(m_rows);
}

bool CookieInventoryModel::acceptSuggestion(qint64 id)
{
    const int row = rowOfDeclared(id);
    if (row < 0)
        return false;
    DeclaredCookie c = m_rows[size_t(row)].declared;
    c.suggested = false;
    return write([&] { return m_cookies->updateDeclared(c); });
}

bool CookieInventoryModel::remove(qint64 id, DeclaredCookie *removed)
{
    const int row = rowOfDeclared(id);
    if (row < 0)
        return false;
    if (removed)
        *removed = m_rows[size_t(row)].declared;
    return write([&] { return m_cookies->removeDeclared(id); });
}

qint64 CookieInventoryModel::restore(const DeclaredCookie &c)
{
    qint64 id = 0;
    const bool ok = write([&]() -> Status {
        auto added = m_cookies->addDeclared(c);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    return ok ? id : 0;
}
