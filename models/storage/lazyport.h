// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

// A backend's port, made on first use on the connection it is handed, and kept for the connection's life.
template <typename Port, typename Connection> Port &madeOnFirstUse(std::unique_ptr<Port> &port, Connection &connection)
{
    if (!port)
        port = std::make_unique<Port>(connection);
    return *port;
}
