// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;
class ImportContext;

enum class ImportKind { Visitors, Cookies, Chats };
// Every kind, in the order the areas are shown.
constexpr ImportKind kImportKinds[] = { ImportKind::Visitors, ImportKind::Cookies, ImportKind::Chats };
QString importKindName(ImportKind kind); // "visitors", "cookies", "chats" (stored, not shown)
std::optional<ImportKind> importKindNamed(const QString &name); // the kind importKindName names, if any

// One unit per file format. An importer parses; it never touches SQL or views. It hands records to the
// sink for its kind in the ImportContext and reports progress, skipped rows and notes there.
class Importer
{
public:
    virtual ~Importer() = default;

    // Stable identifier, used by --format and stored in the import history, e.g. "ga4-ndjson".
    virtual QString name() const = 0;
    // Human-readable, translated, e.g. "Google Analytics 4 BigQuery export (NDJSON)".
    virtual QString displayName() const = 0;
    virtual ImportKind kind() const = 0;

    // How sure the importer is that `head` (the first 64 KiB) starts a file of its format: 0 = not at all,
    // 100 = certain. Decide from content; the file name is only a tie-breaker.
    virtual int sniff(const QByteArray &head, const QString &fileName) const = 0;

    // Reads the whole file. A malformed file returns an Error (FILE:LINE: reason) and the caller rolls the
    // transaction back; rows that are merely unusable are reported with ImportContext::skip().
    virtual Status read(QIODevice &in, ImportContext &ctx) const = 0;

    // Formats whose columns the user may map (ImportOptions::columnMap) return a stable key for the header
    // row at the start of `head`, under which the workspace remembers the map chosen for that header set.
    virtual QString columnSetKey(const QByteArray &head) const
    {
        Q_UNUSED(head);
        return {};
    }
};
