// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/redactiontally.h"

#include "redaction/ruleset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

void RedactionTally::add(const QList<RedactionSpan> &spans)
{
    for (const RedactionSpan &s : spans) {
        if (s.action == RedactionSpan::Action::Remove) {
            ++removed[s.rule];
            if (s.isIdentityNumber) {
                ++identityNumbers;
                ++identityKinds[NorwegianId::kindName(s.idKind)];
            }
        } else {
            ++kept[s.rule];
        }
    }
}

void RedactionTally::add(const RedactionTally &other)
{
    for (auto it = other.removed.cbegin(); it != other.removed.cend(); ++it)
        removed[it.key()] += it.value();
    for (auto it = other.kept.cbegin(); it != other.kept.cend(); ++it)
        kept[it.key()] += it.value();
    identityNumbers += other.identityNumbers;
    for (auto it = other.identityKinds.cbegin(); it != other.identityKinds.cend(); ++it)
        identityKinds[it.key()] += it.value();
}

qint64 RedactionTally::removedTotal() const
{
    qint64 n = 0;
    for (qint64 v : removed)
        n += v;
    return n;
}

qint64 RedactionTally::keptTotal() const
{
    qint64 n = 0;
    for (qint64 v : kept)
        n += v;
    return n;
}

namespace {
QJsonObject toObject(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, qint64> fromObject(const QJsonObject &o)
{
    QMap<QString, qint64> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toInteger());
    return map;
}
} // namespace

QString RedactionTally::toJson() const
{
    QJsonObject o;
    o.insert(u"removed"_s, toObject(removed));
    o.insert(u"kept"_s, toObject(kept));
    o.insert(u"identity"_s, identityNumbers);
    if (!identityKinds.isEmpty())
        o.insert(u"identityKinds"_s, toObject(identityKinds));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RedactionTally RedactionTally::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    RedactionTally t;
    t.removed = fromObject(o.value(u"removed"_s).toObject());
    t.kept = fromObject(o.value(u"kept"_s).toObject());
    t.identityNumbers = o.value(u"identity"_s).toInteger();
    t.identityKinds = fromObject(o.value(u"identityKinds"_s).toObject());
    return t;
}

QList<DeferredText> RedactionTally::describeLater() const
{
    QList<DeferredText> lines;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        lines << DeferredText::marked("RedactionTally", QT_TRANSLATE_NOOP("RedactionTally", "%1: %2 removed. %3"))
                     .arg(it.key())
                     .arg(it.value())
                     .arg(RuleSet::describeRuleLater(it.key()));
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        lines << DeferredText::marked("RedactionTally", QT_TRANSLATE_NOOP("RedactionTally", "%1: %2 kept. %3"))
                     .arg(it.key())
                     .arg(it.value())
                     .arg(RuleSet::describeRuleLater(it.key()));
    if (identityNumbers > 0 && identityKinds.isEmpty())
        lines << DeferredText::marked(
            "RedactionTally", QT_TRANSLATE_NOOP("RedactionTally", "of which identity numbers: %1"))
                     .arg(identityNumbers);
    else if (identityNumbers > 0)
        lines << DeferredText::marked(
            "RedactionTally", QT_TRANSLATE_NOOP("RedactionTally", "of which identity numbers: %1 (%2)"))
                     .arg(identityNumbers)
                     .arg(identityKindsLater());
    return lines;
}

QStringList RedactionTally::describe() const
{
    QStringList lines;
    for (const DeferredText &line : describeLater())
        lines << line.toString();
    return lines;
}

// "birth number (fødselsnummer) 2, D-number 1" as one part to translate with its line.
DeferredText RedactionTally::identityKindsLater() const
{
    std::optional<DeferredText> list;
    for (auto it = identityKinds.cbegin(); it != identityKinds.cend(); ++it) {
        DeferredText part = DeferredText::marked("RedactionTally", QT_TRANSLATE_NOOP("RedactionTally", "%1 %2"))
                                .arg(RuleSet::identityKindLabelLater(it.key()))
                                .arg(it.value());
        list = list
            ? DeferredText::marked("RedactionTally", QT_TRANSLATE_NOOP("RedactionTally", "%1, %2")).arg(*list).arg(part)
            : part;
    }
    return list ? *list : DeferredText::marked("RedactionTally", "");
}

QString RedactionTally::identityKindSummary() const
{
    return identityKinds.isEmpty() ? QString() : identityKindsLater().toString();
}

QString RedactionTally::summary() const
{
    QStringList parts;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
    QString s = parts.isEmpty() ? tr("nothing removed") : parts.join(u", "_s);
    if (!kept.isEmpty()) {
        QStringList k;
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            k << u"%1 %2"_s.arg(it.key()).arg(it.value());
        s = tr("%1; kept: %2").arg(s, k.join(u", "_s));
    }
    return s;
}
