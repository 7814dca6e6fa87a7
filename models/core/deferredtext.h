// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// A sentence the workspace keeps (an import's notes and skip reasons in its history) untranslated, and translated
// when it is shown: a file imported while Kapsel spoke English reads in Bokmål when the history is opened in
// Bokmål, and the other way round; its numbers and dates follow the reader's locale.
//
// Each sentence is marked for lupdate where it is written, with the context of the tr() it replaces, then given
// its values and stored:
//     DeferredText::marked("MatomoImporter", QT_TRANSLATE_NOOP("MatomoImporter", "Figures from %1 to %2."))
//         .arg(firstDay).arg(lastDay).toStored()
//     DeferredText::marked("HarImporter", QT_TRANSLATE_N_NOOP("HarImporter", "%n cookie(s) observed on %1"), n)
class DeferredText
{
public:
    static DeferredText marked(const char *context, const char *source, int n = -1);

    // %1, %2 … in order, as QString::arg in one call (a value holding "%2" stays as it is).
    DeferredText &arg(const QString &text); // verbatim: a name, a quote from a file
    DeferredText &arg(qint64 number); // in the reader's locale ("1 204" in Bokmål)
    DeferredText &arg(int number) { return arg(qint64(number)); }
    DeferredText &arg(QDate day); // the reader's short date format
    DeferredText &arg(const DeferredText &part); // a part translated with the whole

    // For the workspace: a line of text without line breaks.
    QString toStored() const;
    // In the current language and locale.
    QString toString() const;

    // A stored line as the reader should see it: a stored DeferredText translated now; anything else (notes of
    // imports made before notes were kept this way) as it is. Either way cleaned as FileQuote::scrub does.
    static QString show(const QString &stored);
    static QStringList show(const QStringList &stored);

private:
    QByteArray m_context;
    QByteArray m_source;
    int m_n = -1;
    QVariantList m_args; // QString, qint64, QDate or QVariantMap (a nested part)

    QVariantMap toMap() const;
    static DeferredText fromMap(const QVariantMap &map);
};
