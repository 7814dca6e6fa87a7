// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieregister.h"

#include "cookies/cookiesink.h"

Status CookieRegister::handOver(const std::vector<ScanObservation> &observations, const std::vector<ScanEvent> &events,
    const Expected<std::vector<KnowledgeEntry>> &knowledge, const Expected<std::vector<DeclaredCookie>> &declared,
    CookieSink &sink)
{
    if (!knowledge)
        return knowledge.error();
    if (!declared)
        return declared.error();
    for (const ScanObservation &o : observations)
        if (Status s = sink.addObserved(o.cookie))
            return s;
    for (const ScanEvent &e : events)
        if (Status s = sink.addScanEvent(e))
            return s;
    for (const KnowledgeEntry &e : *knowledge)
        if (Status s = sink.addKnowledge(e))
            return s;
    for (const DeclaredCookie &c : *declared)
        if (Status s = sink.addDeclared(c))
            return s;
    return {};
}
