// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodata.h"

Status DemoData::writeVisitors(Workspace &ws)
{
    Q_UNUSED(ws);
    return {}; // placeholder until this area's demo data lands
}
