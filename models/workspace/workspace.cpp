// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspace.h"

Workspace::Workspace(QString location)
    : m_location(std::move(location))
{ }

Workspace::~Workspace() = default;

AreaRight Workspace::rightTo(ImportKind) const
{
    return AreaRight::Write;
}

QList<ImportReport> Workspace::history() const
{
    auto reports = ledger().list();
    return reports ? *reports : QList<ImportReport> {};
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    return settings().valueOr(key, fallback);
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    if (Status s = settings().setValue(key, value))
        return Error { displayName(), 0, s->reason };
    return {};
}

QTimeZone Workspace::timeZone() const
{
    return settings().timeZone();
}

Status Workspace::setTimeZone(const QByteArray &ianaId)
{
    return settings().setTimeZone(ianaId);
}
