// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiesarea.h"

#include <QLabel>
#include <QVBoxLayout>

CookiesArea::CookiesArea(QWidget *parent) : Area(parent)
{
    setObjectName(QStringLiteral("cookiesArea"));
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(this);
    layout->addWidget(m_placeholder);
    retranslate();
}

void CookiesArea::setWorkspace(std::shared_ptr<Workspace> ws)
{
    m_ws = std::move(ws);
    reload();
}

void CookiesArea::reload() {}

void CookiesArea::retranslate()
{
    m_placeholder->setText(tr("Cookies"));
}
