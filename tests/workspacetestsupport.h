// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgtestsupport.h"
#include "testsupport.h"

#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <memory>

// A fresh, empty workspace of a backend ("sqlite" or "postgresql", the global data rows of addBackendRows()): a
// file in a temporary folder, or the test server's database with its Kapsel schema dropped and made again (so
// only one PostgreSQL workspace exists at a time).
class TestBackend
{
public:
    explicit TestBackend(const QString &name)
    {
        if (name == QStringLiteral("postgresql")) {
            m_pg = std::make_unique<PgTestDatabase>();
            m_location = QStringLiteral("postgresql://");
        } else {
            m_location = m_dir.filePath(QStringLiteral("test.kapsel"));
        }
        auto ws = Workspace::open(m_location);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        m_ws = *ws;
    }
    QString location() const { return m_location; }
    Workspace &ws() { return *m_ws; }
    // A file the test writes, in the backend's temporary folder.
    QString file(const QString &name, const QByteArray &content)
    {
        return TestSupport::writeFile(m_dir.filePath(name), content);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_location;
    std::shared_ptr<Workspace> m_ws;
};
