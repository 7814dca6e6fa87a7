// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QString g_current = u"en"_s;
std::vector<std::unique_ptr<QTranslator>> g_translators;
} // namespace

QString Language::systemDefault()
{
    const QLocale sys = QLocale::system();
    if (sys.language() == QLocale::NorwegianBokmal || sys.language() == QLocale::NorwegianNynorsk)
        return u"nb"_s;
    return u"en"_s;
}

QString Language::resolve(const QString &requested)
{
    const QString r = requested.trimmed().toLower();
    if (r == u"nb" || r == u"no" || r == u"nb_no" || r == u"nb-no")
        return u"nb"_s;
    if (r.startsWith(u"en"))
        return u"en"_s;
    return systemDefault();
}

QLocale Language::locale()
{
    return g_current == u"nb" ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Language::current()
{
    return g_current;
}

QString Language::apply(const QString &code)
{
    g_current = resolve(code);
    for (auto &t : g_translators)
        QCoreApplication::removeTranslator(t.get());
    g_translators.clear();
    const QStringList files
        = g_current == u"nb" ? QStringList { u"kapsel_nb"_s, u"qtbase_nb"_s } : QStringList { u"kapsel_en"_s };
    for (const QString &f : files) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(f, u":/i18n"_s)) {
            QCoreApplication::installTranslator(t.get());
            g_translators.push_back(std::move(t));
        }
    }
    QLocale::setDefault(locale());
    return g_current;
}
