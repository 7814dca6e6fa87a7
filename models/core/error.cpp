// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include "core/filequote.h"

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = line > 0 ? QString(file + u':' + QString::number(line) + u": ") : QString(file + u": ");
    return FileQuote::scrub(QString(where + reason));
}
