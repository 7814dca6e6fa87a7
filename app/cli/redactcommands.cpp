// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

void Cli::addRedactCommands(QList<Command> &list)
{
    Q_UNUSED(list);
}
