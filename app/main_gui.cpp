// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appsettings.h"
#include "core/language.h"
#include "mainwindow.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Kapsel"_s);
    QApplication::setApplicationName(u"Kapsel"_s);
    QApplication::setApplicationVersion(QStringLiteral(KAPSEL_VERSION));
    Language::apply(AppSettings::language());
    MainWindow w;
    w.openWorkspace(AppSettings::currentWorkspacePath());
    w.show();
    return app.exec();
}
