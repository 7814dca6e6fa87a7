// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileInfo>
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

} // namespace TestSupport

#define KAPSEL_REQUIRE_SHARED(relative)                                                                                \
    do {                                                                                                               \
        if (!TestSupport::haveSharedData(relative))                                                                    \
            QSKIP(qPrintable(QStringLiteral("sample %1 not found; set -DKAPSEL_SHARED_DATA to the ../shared/data folder") \
                                 .arg(TestSupport::sharedData(relative))));                                           \
    } while (0)
