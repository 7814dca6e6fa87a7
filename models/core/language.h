// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// Loads Kapsel's compiled translations and sets the default QLocale, so that numbers and dates follow the
// chosen language ("1 234 567,8" and "15.01.2024" in Bokmål). Shared by the GUI and the CLI.
namespace Language {

// "nb" or "en": from the argument if valid, else from the system locale, else English.
QString resolve(const QString &requested);
// The language that `resolve("")` picks from the system locale.
QString systemDefault();
// Installs the translators for `code` on the application, replacing earlier ones. Returns the code in use.
QString apply(const QString &code);
QString current();
// The folder with the compiled translations (kapsel_nb.qm, qtbase_nb.qm, kapsel_en.qm): beside an installed
// program in <prefix>/share/kapsel/translations, found from the program's own folder so that any prefix works;
// for a program inside the build tree, the build tree's. Empty when neither exists (English only).
QString translationsFolder();
QLocale locale(); // the locale for numbers and dates in the current language
QLocale localeOf(const QString &code); // nb_NO for "nb", en_GB for anything else

// The compiled catalogue of a language ("nb" or "en", kapsel_nb.qm / kapsel_en.qm from translationsFolder()),
// loaded once and kept while the program runs, for texts in a language other than the program's (a report in
// English while the GUI speaks Bokmål). nullptr when it cannot be loaded.
const QTranslator *catalogue(const QString &code);
// `source` of `context` in the language `code`, whatever language the program runs in: its catalogue's
// translation, else the source text. `n` picks a plural form; %n is left for the caller to fill in.
QString translate(const QString &code, const char *context, const char *source, int n = -1);

} // namespace Language
