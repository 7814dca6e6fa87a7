// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// The colour of each redaction rule in the Chats area (the models name rules; the view colours them).
namespace RuleColors {
QColor background(const QString &ruleId, bool kept);
QIcon swatch(const QString &ruleId, bool kept);
} // namespace RuleColors
