// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// Reads a text file of unknown encoding as UTF-8 chunks, so every parser works on bytes: a BOM decides
// (UTF-8, UTF-16LE/BE), else the first 64 KiB are checked for valid UTF-8, else Windows-1252 (what Excel on
// a Norwegian Windows writes). UTF-8 input is passed through without copying per character.
class Utf8Stream
{
public:
    explicit Utf8Stream(QIODevice &in);

    TextEncoding encoding() const { return m_encoding; }
    static TextEncoding detect(QByteArrayView head);
    static bool isValidUtf8(QByteArrayView bytes, bool allowCutAtEnd);
    static QString encodingName(TextEncoding encoding);
    // Windows-1252 bytes as UTF-8 (the five bytes 1252 leaves undefined become U+FFFD).
    static QByteArray fromWindows1252(QByteArrayView bytes);
    // Bytes that read as Windows-1252 text: no C0 control but tab and line breaks, none of the five
    // undefined bytes. Says nothing about UTF-8: check that first.
    static bool isPlausibleWindows1252(QByteArrayView bytes);

    // Appends up to about `maxRawBytes` of the file, converted to UTF-8, to `out`. False at the end.
    bool readChunk(QByteArray &out, qint64 maxRawBytes);
    bool atEnd() const { return m_atEnd; }
    qint64 rawBytesRead() const { return m_rawRead; }

    // The whole rest of the file as UTF-8 (for small formats such as XML and JSON reports).
    QByteArray readAll(qint64 limitBytes);

private:
    QIODevice &m_in;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QStringDecoder m_utf16;
    qint64 m_rawRead = 0;
    bool m_atEnd = false;
    bool m_started = false;
};
