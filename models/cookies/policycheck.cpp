// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/policycheck.h"

#include "cookies/cookieregister.h"

#include <QStringDecoder>

Expected<PolicyCheck::Outcome> PolicyCheck::run(
    const CookieRegister &cookies, const QString &text, CookieText::Lang lang)
{
    auto declared = cookies.declared();
    if (!declared)
        return declared.error();
    auto imported = cookies.importedKnowledge();
    if (!imported)
        return imported.error();
    Outcome out;
    for (const DeclaredCookie &d : *declared)
        if (!out.declaredNames.contains(d.name))
            out.declaredNames << d.name;
    out.result = PolicyChecker::check(text, out.declaredNames, CookieKnowledge(std::move(*imported)), lang);
    return out;
}

PolicyCheck::Outcome PolicyCheck::run(const QString &text, CookieText::Lang lang)
{
    return { PolicyChecker::check(text, {}, CookieKnowledge(), lang), {} };
}

QString PolicyCheck::decode(const QByteArray &bytes)
{
    QStringDecoder dec(QStringDecoder::Utf8);
    QString text = dec.decode(bytes);
    if (dec.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}
