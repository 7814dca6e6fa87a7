// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commandlinehelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

QString CommandLineHelp::text(const QCommandLineParser &parser, const QString &invocation)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : help.left(help.indexOf(u'\n')).indexOf(program);
    if (at >= 0)
        help.replace(at, program.size(), invocation);
    return help;
}
