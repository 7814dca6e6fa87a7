// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace CommandLineHelp {

// The parser's help text with the program named as a user types it ("kapsel-cli visitors"): QCommandLineParser
// names it by the path it was started from, a build folder say.
QString text(const QCommandLineParser &parser, const QString &invocation);

} // namespace CommandLineHelp
