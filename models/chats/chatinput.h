// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QIODevice;
class ImportContext;

// What the three chat importers share: reading the file as text, times and HTML payloads.
class ChatInput
{
    Q_DECLARE_TR_FUNCTIONS(ChatInput)

public:
    static QString emptyFile(); // "the file is empty", translated
    static QString notUtf8(); // a file read as UTF-8 with a byte further on that is not, translated
    // For bytes that are not UTF-8 (all of them, or the head of a file Utf8Stream reads as Windows-1252): refuses
    // them when they are not plausible Windows-1252 text either, else notes that the file is read as such.
    static Status checkEncoding(const QByteArray &head, ImportContext &ctx);

    // ISO 8601 (fractions of any length, Z or an offset) or "yyyy-MM-dd HH:mm[:ss]" / "dd.MM.yyyy HH:mm"
    // in `zone` when no offset is given. Invalid when not a time.
    static QDateTime parseTime(const QString &text, const QTimeZone &zone);

    // HTML payload -> plain text: tags dropped (never rendered, nothing loaded), <br>/<p>/<li> become line
    // breaks, entities decoded. The result is then redacted like any other text.
    static QString htmlToPlainText(const QString &html);

    // 1-based line of `offset` in `text`.
    static int lineAt(const QString &text, qsizetype offset);
};
