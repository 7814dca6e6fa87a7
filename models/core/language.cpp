// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

#include <memory>
#include <mutex>
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
    return localeOf(g_current);
}

QLocale Language::localeOf(const QString &code)
{
    return code == u"nb" ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

const QTranslator *Language::catalogue(const QString &code)
{
    static std::unique_ptr<QTranslator> catalogues[2]; // en, nb
    static std::once_flag once;
    std::call_once(once, [] {
        const QString folder = translationsFolder();
        for (int i = 0; i < 2; ++i) {
            catalogues[i] = std::make_unique<QTranslator>();
            if (folder.isEmpty() || !catalogues[i]->load(i == 0 ? u"kapsel_en"_s : u"kapsel_nb"_s, folder))
                catalogues[i].reset();
        }
    });
    return catalogues[code == u"nb" ? 1 : 0].get();
}

QString Language::translate(const QString &code, const char *context, const char *source, int n)
{
    if (const QTranslator *t = catalogue(code)) {
        const QString s = t->translate(context, source, nullptr, n);
        if (!s.isEmpty())
            return s;
    }
    return QString::fromUtf8(source);
}

QString Language::current()
{
    return g_current;
}

QString Language::translationsFolder()
{
    // Set by models/CMakeLists.txt: the data folder relative to the programs' folder once installed, and the
    // build tree with its compiled translations.
    const QString buildTree = QStringLiteral(KAPSEL_BUILD_DIR);
    const QString built = QStringLiteral(KAPSEL_BUILD_TRANSLATIONS_DIR);
    if (!QCoreApplication::instance()) // no program folder to start from (a fuzz target, say)
        return QFileInfo::exists(built) ? built : QString();
    const QString programs = QCoreApplication::applicationDirPath();
    const QString installed = QDir::cleanPath(programs + u'/' + QStringLiteral(KAPSEL_INSTALLED_TRANSLATIONS_DIR));
    if (QFileInfo::exists(installed))
        return installed;
    // Only a program that runs from the build tree uses it: an installed copy without its translations must
    // not pick up a build tree that happens to be on the same machine.
    if (QString(programs + u'/').startsWith(QString(buildTree + u'/')) && QFileInfo::exists(built))
        return built;
    return {};
}

QString Language::apply(const QString &code)
{
    g_current = resolve(code);
    for (auto &t : g_translators)
        QCoreApplication::removeTranslator(t.get());
    g_translators.clear();
    const QString folder = translationsFolder();
    const QStringList files
        = g_current == u"nb" ? QStringList { u"kapsel_nb"_s, u"qtbase_nb"_s } : QStringList { u"kapsel_en"_s };
    for (const QString &f : files) {
        auto t = std::make_unique<QTranslator>();
        if (!folder.isEmpty() && t->load(f, folder)) {
            QCoreApplication::installTranslator(t.get());
            g_translators.push_back(std::move(t));
        }
    }
    QLocale::setDefault(locale());
    return g_current;
}
