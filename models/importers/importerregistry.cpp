// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

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

const Importer *ImporterRegistry::detect(
    const QByteArray &head, const QString &fileName, std::optional<ImportKind> kind)
{
    const QByteArray content = withoutUtf8Bom(head);
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &i : all()) {
        if (kind && i->kind() != *kind)
            continue;
        const int score = i->sniff(content, fileName);
        if (score > bestScore) {
            best = i.get();
            bestScore = score;
        }
    }
    return best;
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
