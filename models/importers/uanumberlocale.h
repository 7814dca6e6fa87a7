// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The number format of one Universal Analytics UI report, decided from all its metric cells together:
// "1.234" alone is a thousand or a number with three decimals, but "55,12 %" or "2,10" elsewhere in the
// file says the comma is the decimal separator, and "1.234.567" says the dot groups thousands. When no
// cell decides it, the UI language of the headers does; when that is unknown too, the file is refused.
class UaNumberLocale
{
    Q_DECLARE_TR_FUNCTIONS(UaNumberLocale)
public:
    // The first three index the evidence kept per kind.
    enum class Says { DecimalPoint, DecimalComma, Either, Nothing, NotANumber };
    struct Decision
    {
        bool decimalComma = false;
        int line = 0;
        QString problem; // translated; empty when decided
        bool ok() const { return problem.isEmpty(); }
    };

    // One table's rows (cells and their line numbers), from column `firstMetric` on: the dimension columns
    // before it hold names (browser versions such as "40.0.2214.111"), not numbers. A column counts only
    // when every cell in it reads as a number in some format.
    void addTable(const QList<QStringList> &rows, const QList<int> &lines, qsizetype firstMetric);
    // The UI language's decimal separator, from a sessions header in compatibility form, lower case
    // ("sessions", "сеансы"); words of languages written with either separator give no hint.
    void addLanguageHint(const QString &sessionsHeader);
    Decision decide() const;

    // What one cell (already in compatibility form: no full-width digits, spaces for no-break spaces) says.
    static Says classify(QStringView cell);

private:
    struct Seen
    {
        int line = 0;
        QString cell;
        bool any() const { return line > 0; }
    };
    static constexpr int kKinds = 3; // DecimalPoint, DecimalComma, Either
    Seen m_seen[kKinds];
    int m_hint = -1; // -1 none, 0 point, 1 comma, 2 both (conflicting headers)
};
