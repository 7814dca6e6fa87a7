// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel: the GUI. Wiring only: options, language, the main window.
#include "core/appsettings.h"
#include "core/commandlinehelp.h"
#include "core/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {
struct GuiTr
{
    Q_DECLARE_TR_FUNCTIONS(Kapsel)
};

// --screenshot: render the window (offscreen works) and save it as PNG.
int saveScreenshot(MainWindow &w, const QString &file)
{
    w.show();
    // Areas load their data on worker threads: give them a moment to arrive.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const QPixmap shot = w.grab();
    if (!shot.save(file, "PNG")) {
        std::fprintf(stderr, "kapsel: %s\n", qPrintable(GuiTr::tr("cannot write %1").arg(file)));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version print and quit: they need no display (a terminal over ssh has none).
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            qputenv("QT_QPA_PLATFORM", "minimal");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Kapsel"_s);
    QApplication::setApplicationName(u"Kapsel"_s);
    QApplication::setApplicationVersion(QStringLiteral(KAPSEL_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/kapsel.svg"_s));
    // The installed desktop entry's id (resources/desktop): Wayland compositors match the window to it.
    QGuiApplication::setDesktopFileName(u"no.kapsel.Kapsel"_s);

    // The language must be known before the help text is built.
    QString lang = AppSettings::language();
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(u"--lang="))
            lang = args[i].mid(7);
    }
    Language::apply(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiTr::tr("Kapsel: visitor statistics, cookie inventory and chat privacy."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption langOption(
        u"lang"_s, GuiTr::tr("Language: nb or en."), GuiTr::tr("LANG", "placeholder on the command line"));
    const QCommandLineOption demoOption(u"demo"_s, GuiTr::tr("Open a fresh copy of the demo workspace."));
    const QCommandLineOption dbOption(u"db"_s,
        GuiTr::tr("Open this workspace: a file, or a team workspace's address (postgresql://user@server/database)."),
        GuiTr::tr("PATH|URI", "placeholder on the command line"));
    const QCommandLineOption areaOption(u"area"_s, GuiTr::tr("Start in this area: visitors, cookies or chats."),
        GuiTr::tr("AREA", "placeholder on the command line"));
    const QCommandLineOption shotOption(u"screenshot"_s, GuiTr::tr("Save a PNG of the window to FILE and quit."),
        GuiTr::tr("FILE", "placeholder on the command line"));
    const QCommandLineOption sizeOption(u"size"_s, GuiTr::tr("Window size for --screenshot, e.g. 1280x800."),
        GuiTr::tr("WxH", "placeholder on the command line"));
    parser.addOptions({ langOption, demoOption, dbOption, areaOption, shotOption, sizeOption });
    // What the desktop entry passes (Exec=kapsel %F): a file manager opens a workspace or imports files with it.
    parser.addPositionalArgument(GuiTr::tr("FILE", "placeholder on the command line"),
        GuiTr::tr("A workspace (.kapsel) to open, or files to import into the current workspace."),
        GuiTr::tr("[FILE...]", "placeholder on the command line"));
    // As process() does, but the help names the program as a user starts it.
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "kapsel: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(CommandLineHelp::text(parser, u"kapsel"_s).toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("kapsel %s\n", KAPSEL_VERSION);
        return 0;
    }
    if (parser.isSet(langOption) && parser.value(langOption) != u"nb" && parser.value(langOption) != u"en") {
        std::fprintf(stderr, "kapsel: %s\n", qPrintable(GuiTr::tr("--lang takes nb or en")));
        return 2;
    }

    MainWindow w;
    const bool screenshot = parser.isSet(shotOption);
    w.setInteractive(!screenshot);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        if (wh.size() == 2)
            w.resize(wh[0].toInt(), wh[1].toInt());
    } else if (screenshot) {
        w.resize(1280, 800);
    }
    QString workspaceFile;
    QStringList importPaths;
    for (const QString &f : parser.positionalArguments()) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (workspaceFile.isEmpty() && f.endsWith(u".kapsel"_s, Qt::CaseInsensitive))
            workspaceFile = path;
        else
            importPaths << path;
    }
    bool opened = false;
    if (parser.isSet(demoOption)) {
        opened = w.openDemo();
    } else if (parser.isSet(dbOption)) {
        opened = w.openWorkspace(parser.value(dbOption));
    } else if (!workspaceFile.isEmpty()) {
        opened = w.openWorkspace(workspaceFile);
    } else {
        const QString current = AppSettings::currentWorkspacePath();
        if (QFileInfo::exists(current)) {
            opened = w.openWorkspace(current);
        } else if (!screenshot) {
            // A first start: no workspace yet. Offer the demo.
            w.show();
            const auto answer = QMessageBox::question(&w, GuiTr::tr("Welcome to Kapsel"),
                GuiTr::tr("There is no workspace yet. Open the demo workspace to look around? You can create "
                          "your own workspace and import files at any time from the File menu."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            opened
                = answer == QMessageBox::Yes ? w.openDemo() : w.openWorkspace(current, MainWindow::IfMissing::Create);
        }
    }
    if (!opened && screenshot)
        return 1;
    const QString area = parser.value(areaOption);
    const QStringList areas = { u"visitors"_s, u"cookies"_s, u"chats"_s };
    if (!area.isEmpty()) {
        if (!areas.contains(area)) {
            std::fprintf(stderr, "kapsel: %s\n", qPrintable(GuiTr::tr("--area takes visitors, cookies or chats")));
            return 2;
        }
        w.showArea(int(areas.indexOf(area)));
    }
    if (screenshot)
        return saveScreenshot(w, parser.value(shotOption));
    w.show();
    if (opened && !importPaths.isEmpty())
        w.importFiles(importPaths); // as if dropped on the window
    return app.exec();
}
