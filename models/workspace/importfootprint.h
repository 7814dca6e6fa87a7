// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// What one import holds in the workspace now, per area: what removing it takes away (ImportRemoval). The port
// of the import's area fills in its part; the counts are of rows as stored, never of their contents.
struct ImportFootprint
{
    // Visitors
    qint64 sessions = 0; // visits the import's rollups count: what the charts lose
    qint64 reportFigures = 0; // figures from aggregate reports
    // Cookies
    qint64 scans = 0;
    qint64 observations = 0;
    qint64 scanEvents = 0;
    qint64 knowledgeEntries = 0;
    qint64 declaredCookies = 0; // declared by the import and not edited since (edited ones stay)
    // Chats
    qint64 conversations = 0;
    qint64 messages = 0;
};
