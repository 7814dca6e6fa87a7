// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodata.h"

Status DemoData::write(Workspace &ws)
{
    if (Status s = writeVisitors(ws))
        return s;
    if (Status s = writeCookies(ws))
        return s;
    return writeChats(ws);
}
