// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/area.h"

class QLabel;

class VisitorsArea : public Area
{
    Q_OBJECT

public:
    explicit VisitorsArea(QWidget *parent);

    void setWorkspace(std::shared_ptr<Workspace> ws) override;
    void reload() override;

protected:
    void retranslate() override;

private:
    std::shared_ptr<Workspace> m_ws;
    QLabel *m_placeholder = nullptr;
};
