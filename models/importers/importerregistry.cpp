// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"

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

const Importer *ImporterRegistry::detect(const QByteArray &head, const QString &fileName)
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &i : all()) {
        const int score = i->sniff(head, fileName);
        if (score > bestScore) {
            best = i.get();
            bestScore = score;
        }
    }
    return best;
}
