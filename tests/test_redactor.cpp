// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/redactor.h"
#include <QTest>
using namespace Qt::StringLiterals;
class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void scratch()
    {
        const QStringList cases = {u"Fnr 151086 95088"_s, u"15.10.86 950 88"_s, u"１５１０８６９５０８８"_s, u"151086\u200B95088"_s,
                                   u"Ring +47 912 34 567"_s, u"IBAN NO93 8601 1117 947"_s, u"Møtet er 15.01.2023 kl 14:30"_s,
                                   u"Jeg skylder 1 234 567,89 kr"_s, u"Sak 123456"_s, u"Storgata 1, 0150 Oslo"_s,
                                   u"ID12345678x"_s, u"151086:95088 og 15.01.2023 14:30:22"_s, u"a\n1234\n567\nb"_s};
        for (const QString &c : cases) {
            const auto spans = Redactor::findSpans(c, RuleSet::standard());
            QString d;
            for (const auto &s : spans)
                d += u" [%1-%2 %3 %4]"_s.arg(s.start).arg(s.end).arg(s.rule).arg(s.action == RedactionSpan::Action::Keep ? u"keep"_s : u"rm"_s);
            qDebug().noquote() << c << "=>" << Redactor::redact(c, RuleSet::standard(), u"X"_s) << d;
        }
    }
};
QTEST_GUILESS_MAIN(TestRedactor)
#include "test_redactor.moc"
