// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

// Shared helpers for Kapsel's tests.
namespace TestSupport {

// A real sample from ../shared/data (see each folder's SOURCE.txt). Tests QSKIP with a clear message where
// the folder is absent.
inline QString sharedData(const QString &relative)
{
    return QDir(QStringLiteral(KAPSEL_SHARED_DATA)).filePath(relative);
}
inline bool haveSharedData(const QString &relative)
{
    return QFileInfo::exists(sharedData(relative));
}
// A fixture the project wrote itself (tests/data).
inline QString testData(const QString &relative)
{
    return QDir(QStringLiteral(KAPSEL_TEST_DATA)).filePath(relative);
}

// Writes a file a test made up; fails the process when it cannot (the test would prove nothing).
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write a test file");
    return path;
}

// A valid fødselsnummer born on `ddmmyy`: the first individual number from 500 whose two check digits (the
// published weights, mod 11) exist, computed here independently of models/redaction/norwegianid.cpp.
inline QString identityNumber(const QString &ddmmyy)
{
    const int w1[] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 }, w2[] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
    auto check = [](const QString &digits, const int *w) {
        int s = 0;
        for (qsizetype i = 0; i < digits.size(); ++i)
            s += w[i] * digits.at(i).digitValue();
        return (11 - s % 11) % 11;
    };
    for (int individual = 500; individual < 1000; ++individual) {
        const QString nine = ddmmyy + QString::number(individual);
        const int k1 = check(nine, w1);
        if (k1 == 10)
            continue;
        const int k2 = check(nine + QString::number(k1), w2);
        if (k2 != 10)
            return nine + QString::number(k1) + QString::number(k2);
    }
    return {};
}

// One run of kapsel-cli (KAPSEL_CLI_PATH). `home` keeps its settings and data folders inside the test's
// temporary folder, so a test never touches the user's; empty = the environment as it is.
struct CliRun
{
    int code = -1; // -1: did not start or finish in time, -2: crashed
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline CliRun runCli(const QStringList &args, const QString &home = {}, const QByteArray &stdinData = {})
{
    QProcess p;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(KAPSEL_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

} // namespace TestSupport

#define KAPSEL_REQUIRE_SHARED(relative)                                                                                \
    do {                                                                                                               \
        if (!TestSupport::haveSharedData(relative))                                                                    \
            QSKIP(qPrintable(                                                                                          \
                QStringLiteral("sample %1 not found; set -DKAPSEL_SHARED_DATA to the ../shared/data folder")           \
                    .arg(TestSupport::sharedData(relative))));                                                         \
    } while (0)
