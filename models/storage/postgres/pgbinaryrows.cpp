// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgbinaryrows.h"

#include "storage/postgres/pgconnection.h"

Status copyBinary(PgConnection &conn, const QByteArray &statement, const PgBinaryRows &rows)
{
    if (rows.isEmpty())
        return {};
    PgCopy copy(conn);
    if (Status st = copy.begin(statement))
        return st;
    for (const QByteArrayView part : { PgBinaryRows::header(), rows.view(), PgBinaryRows::trailer() })
        if (Status st = copy.addEncoded(part))
            return st;
    auto n = copy.finish();
    return n ? Status {} : Status(n.error());
}
