// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct RegistryTr
{
    Q_DECLARE_TR_FUNCTIONS(ImporterRegistry)
};
} // namespace

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Visitors:
        return u"visitors"_s;
    case ImportKind::Cookies:
        return u"cookies"_s;
    case ImportKind::Chats:
        return u"chats"_s;
    }
    return {};
}

std::optional<ImportKind> importKindNamed(const QString &name)
{
    for (ImportKind kind : kImportKinds)
        if (importKindName(kind) == name)
            return kind;
    return std::nullopt;
}

const ImporterList &ImporterRegistry::all()
{
    static const ImporterList list = [] {
        ImporterList l;
        addVisitorImporters(l);
        addCookieImporters(l);
        addChatImporters(l);
        return l;
    }();
    return list;
}

const Importer *ImporterRegistry::byName(const QString &name)
{
    for (const auto &i : all()) {
        if (i->name().compare(name, Qt::CaseInsensitive) == 0)
            return i.get();
    }
    return nullptr;
}

QList<ImporterRegistry::Candidate> ImporterRegistry::rank(
    const QByteArray &head, const QString &fileName, std::optional<ImportKind> kind)
{
    const QByteArray content = withoutUtf8Bom(head);
    QList<Candidate> out;
    for (const auto &i : all()) {
        if (kind && i->kind() != *kind)
            continue;
        if (const int score = i->sniff(content, fileName); score > 0)
            out.append(Candidate { i.get(), score });
    }
    // Stable: of two equal scores the importer registered first wins, as before.
    std::stable_sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    return out;
}

const Importer *ImporterRegistry::detect(
    const QByteArray &head, const QString &fileName, std::optional<ImportKind> kind)
{
    const QList<Candidate> ranked = rank(head, fileName, kind);
    return ranked.isEmpty() ? nullptr : ranked.first().importer;
}

QString ImporterRegistry::closeCallNote(const QList<Candidate> &ranked)
{
    if (ranked.size() < 2 || ranked[0].score - ranked[1].score >= kCloseMargin)
        return {};
    return RegistryTr::tr("The file was read as %1, but it looks almost as much like %2 (%3 against %4 points); "
                          "if the figures look wrong, import it again with the other format chosen.")
        .arg(ranked[0].importer->displayName(), ranked[1].importer->displayName())
        .arg(ranked[0].score)
        .arg(ranked[1].score);
}

namespace {
constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";
}

QByteArray ImporterRegistry::withoutUtf8Bom(const QByteArray &head)
{
    return head.startsWith(kUtf8Bom) ? head.sliced(3) : head;
}

void ImporterRegistry::skipUtf8Bom(QIODevice &in)
{
    if (in.peek(3) == kUtf8Bom)
        in.skip(3);
}
