// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

// A write-only device in front of a terminal (kapsel-cli's stderr, and stdout when it is a terminal): the
// UTF-8 written through it reaches the terminal without a character that steers it, by the rule FileQuote
// applies too (core/unsafechar.h): ESC, BEL and the other C0 controls but tab, line feed and carriage return
// become their control pictures ("␛", "␇"); DEL becomes "␡"; the C1 controls (U+0080..U+009F, which some
// terminals obey as CSI and OSC), the bidirectional controls and the other characters that hide text become
// U+FFFD. A character split over two writes is judged whole.
class TerminalGuard : public QIODevice
{
public:
    explicit TerminalGuard(QIODevice *target, QObject *parent = nullptr);
    ~TerminalGuard() override;

    bool isSequential() const override { return true; }
    // Writes a character still waiting for its last bytes as it is, so nothing is lost at the end.
    void flushPending();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    QByteArray m_pending; // the first bytes of a UTF-8 sequence the last write ended inside
};
