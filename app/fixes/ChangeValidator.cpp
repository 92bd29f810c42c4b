#include "app/fixes/ChangeValidator.h"

#include "app/fixes/ConfigEditPlanner.h"

#include <QHash>

#include <functional>
#include <optional>

namespace gd {

namespace {

// Our own limits, stricter than nginx's: values nginx would take but that no gateway
// fix means. A zero timeout makes nginx give up at once; anything longer than a day is
// a typo ("5M" is five months) or a connection that should not go through a gateway.
constexpr qint64 kMaxTimeoutMs = 24LL * 3600 * 1000;
// One buffer is allocated per request (per buffer): 64m is already far beyond any
// response header or chunk nginx needs to hold; 1024 buffers and 256m in all per request
// the same. nginx 1.22 itself refuses sizes with "g".
constexpr qint64 kMaxBufferBytes = 64LL * 1024 * 1024;
constexpr int kMaxBufferCount = 1024;
constexpr qint64 kMaxBuffersTotalBytes = 256LL * 1024 * 1024;
// nginx's default for *_max_temp_file_size.
constexpr qint64 kDefaultMaxTempFileSize = 1024LL * 1024 * 1024;

FixError invalid(const QString &message, const QString &detail = {})
{
    return FixError(FixError::Kind::InvalidValue, message, detail);
}

// A value as it can be shown in a message: control characters made visible, cut short.
QString shown(const QString &value)
{
    QString out;
    for (QChar c : value.left(60)) {
        const ushort u = c.unicode();
        if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (value.size() > 60)
        out += QChar(0x2026);
    return out;
}

// The first character no nginx time, size or buffer count ever contains, worded for
// people. These are the ones that would end the directive, open a block, start a
// comment, quote, expand a variable or a shell command, or begin a new line: refusing
// them by name tells the admin why, beyond "invalid".
std::optional<QString> forbiddenCharacter(const QString &value)
{
    for (QChar c : value) {
        const ushort u = c.unicode();
        switch (u) {
        case 0:
            return ChangeValidator::tr("a NUL byte");
        case '\n':
        case '\r':
        case 0x0b:
        case 0x0c:
        case 0x85:
        case 0x2028:
        case 0x2029:
            return ChangeValidator::tr("a line break");
        case ';':
            return ChangeValidator::tr("\";\", which ends a directive");
        case '{':
        case '}':
            return ChangeValidator::tr("\"%1\", which opens or closes a block").arg(c);
        case '#':
            return ChangeValidator::tr("\"#\", which starts a comment");
        case '"':
        case '\'':
        case '`':
            return ChangeValidator::tr("a quote (%1)").arg(c);
        case '$':
            return ChangeValidator::tr("\"$\", which expands a variable");
        case '\\':
            return ChangeValidator::tr("a backslash");
        case '(':
        case ')':
            return ChangeValidator::tr("a parenthesis");
        default:
            if (u < 0x20 || u == 0x7f)
                return ChangeValidator::tr("a control character");
        }
    }
    return std::nullopt;
}

QString trimSpaces(const QString &value)
{
    int b = 0, e = int(value.size());
    while (b < e && value.at(b) == QLatin1Char(' '))
        ++b;
    while (e > b && value.at(e - 1) == QLatin1Char(' '))
        --e;
    return value.mid(b, e - b);
}

QString bytesText(qint64 bytes)
{
    return NginxSize::fromBytes(bytes).toString();
}

// One value that takes part in the buffer rules at one level, and where it comes from.
struct Value
{
    QStringList args;
    bool requested = false; // from the changes
    bool isDefault = true;  // nginx's default (not written anywhere)
    QString file;
    int line = 0;
};
using Lookup = std::function<Value(const QString &name)>;

// Where the error points: the value that was written somewhere, the change first.
FixError conflict(const QString &message, const Value &a, const Value &b)
{
    FixError error(FixError::Kind::Inconsistent, message);
    const Value &place = !a.requested && !a.isDefault ? a : b;
    if (!place.requested && !place.isDefault)
        error.at(place.file, place.line);
    return error;
}

QString origin(const Value &v)
{
    if (v.requested)
        return ChangeValidator::tr("the new value");
    if (v.isDefault)
        return ChangeValidator::tr("nginx's default");
    return ChangeValidator::tr("set at %1:%2").arg(v.file, QString::number(v.line));
}

// The size a value sets, when it is set (here or by the change) and readable.
std::optional<qint64> explicitSize(const Value &v)
{
    if (v.isDefault && !v.requested)
        return std::nullopt;
    if (v.args.size() != 1)
        return std::nullopt;
    const Result<NginxSize, ConfigError> s = NginxSize::parse(v.args.first());
    return s.ok() ? std::optional<qint64>(s->bytes()) : std::nullopt;
}

// One module's buffers at one level, as the rules below read them.
struct BufferLevel
{
    QString levelName;
    QString buffersName, bufferSizeName, busyName, tempWriteName, maxTempName;
    Value buffersValue, bufferSizeValue;
    NginxBuffers bufs;
    NginxSize bufferSize;
    // nginx: size = max(buffer_size, one of the buffers), the unit the other rules use.
    qint64 size = 0;
    QString sizeText; // the size and where it comes from
};

// Module prefix `p`; nullopt when *_buffers or *_buffer_size is not readable here
// (nginx -t has the last word).
std::optional<BufferLevel> readLevel(const QString &p, const Lookup &lookup, const QString &levelName)
{
    BufferLevel l;
    l.levelName = levelName;
    l.buffersName = p + QLatin1String("buffers");
    l.bufferSizeName = p + QLatin1String("buffer_size");
    l.busyName = p + QLatin1String("busy_buffers_size");
    l.tempWriteName = p + QLatin1String("temp_file_write_size");
    l.maxTempName = p + QLatin1String("max_temp_file_size");
    l.buffersValue = lookup(l.buffersName);
    l.bufferSizeValue = lookup(l.bufferSizeName);
    if (l.buffersValue.args.size() != 2 || l.bufferSizeValue.args.size() != 1)
        return std::nullopt;
    const Result<NginxBuffers, ConfigError> bufs =
        NginxBuffers::parse(l.buffersValue.args.at(0), l.buffersValue.args.at(1));
    const Result<NginxSize, ConfigError> bufferSize = NginxSize::parse(l.bufferSizeValue.args.first());
    if (!bufs.ok() || !bufferSize.ok())
        return std::nullopt;
    l.bufs = *bufs;
    l.bufferSize = *bufferSize;
    l.size = std::max(l.bufferSize.bytes(), l.bufs.size.bytes());
    l.sizeText =
        ChangeValidator::tr("%1, the larger of %2 %3 (%4) and one of %5 %6 (%7)")
            .arg(bytesText(l.size), l.bufferSizeName, l.bufferSize.toString(), origin(l.bufferSizeValue),
                 l.buffersName, l.bufs.toString(), origin(l.buffersValue));
    return l;
}

// The usual case of a busy size too large: a larger *_buffer_size doubles the derived
// busy size. Names the smallest buffers value (same count, at least 3) that makes room
// for it.
QString busyRoomHint(const BufferLevel &l)
{
    const int count = std::max(l.bufs.count, 3);
    for (qint64 one = 4096; one <= kMaxBufferBytes; one *= 2) {
        const qint64 s = std::max(l.bufferSize.bytes(), one);
        if (2 * s <= qint64(count - 1) * one)
            return QLatin1Char(' ') +
                   ChangeValidator::tr("Raise %1 as well, for example to %2 %3, or set %4.")
                       .arg(l.buffersName, QString::number(count), bytesText(one), l.busyName);
    }
    return QString();
}

// *_busy_buffers_size (as set, else twice the size) must lie between the size and
// all buffers but one.
std::optional<FixError> checkBusy(const BufferLevel &l, const Value &busyValue,
                                  std::optional<qint64> busyConf)
{
    const qint64 busy = busyConf ? *busyConf : 2 * l.size;
    const QString busyText =
        busyConf
            ? ChangeValidator::tr("%1 (%2)").arg(bytesText(busy), origin(busyValue))
            : ChangeValidator::tr("%1 (not set, so nginx uses twice %2)").arg(bytesText(busy), l.sizeText);
    if (busy < l.size) {
        return conflict(
            ChangeValidator::tr(
                "nginx would refuse this%1: \"%2\" must be equal to or greater than the maximum of "
                "the value of \"%3\" and one of the \"%4\". It is %5, but that maximum is %6.")
                .arg(l.levelName, l.busyName, l.bufferSizeName, l.buffersName, busyText, l.sizeText),
            busyValue, l.bufferSizeValue);
    }
    const qint64 allButOne = qint64(l.bufs.count - 1) * l.bufs.size.bytes();
    if (busy > allButOne) {
        QString message =
            ChangeValidator::tr(
                "nginx would refuse this%1: \"%2\" must be less than the size of all \"%3\" minus "
                "one buffer. It is %4, but %3 %5 (%6) leave only %7 × %8 = %9.")
                .arg(l.levelName, l.busyName, l.buffersName, busyText, l.bufs.toString(),
                     origin(l.buffersValue), QString::number(l.bufs.count - 1), l.bufs.size.toString(),
                     bytesText(allButOne));
        if (!busyConf)
            message += busyRoomHint(l);
        return conflict(message, busyValue, l.buffersValue);
    }
    return std::nullopt;
}

// *_temp_file_write_size and *_max_temp_file_size (unless 0) must reach the size.
std::optional<FixError> checkTempFiles(const BufferLevel &l, const Lookup &lookup)
{
    const Value tempValue = lookup(l.tempWriteName);
    if (const std::optional<qint64> temp = explicitSize(tempValue); temp && *temp < l.size) {
        return conflict(
            ChangeValidator::tr(
                "nginx would refuse this%1: \"%2\" must be equal to or greater than the maximum of "
                "the value of \"%3\" and one of the \"%4\". It is %5 (%6), but that maximum is %7.")
                .arg(l.levelName, l.tempWriteName, l.bufferSizeName, l.buffersName, bytesText(*temp),
                     origin(tempValue), l.sizeText),
            tempValue, l.bufferSizeValue);
    }
    const Value maxTempValue = lookup(l.maxTempName);
    const qint64 maxTemp = explicitSize(maxTempValue).value_or(kDefaultMaxTempFileSize);
    if (maxTemp != 0 && maxTemp < l.size) {
        return conflict(
            ChangeValidator::tr(
                "nginx would refuse this%1: \"%2\" must be equal to zero to disable temporary files "
                "usage or must be equal to or greater than the maximum of the value of \"%3\" and one "
                "of the \"%4\". It is %5 (%6), but that maximum is %7.")
                .arg(l.levelName, l.maxTempName, l.bufferSizeName, l.buffersName, bytesText(maxTemp),
                     origin(maxTempValue), l.sizeText),
            maxTempValue, l.bufferSizeValue);
    }
    return std::nullopt;
}

// nginx's consistency rules for one module at one level (ngx_http_proxy_merge_loc_conf
// and its fastcgi/uwsgi/scgi twins, in their order): the first one broken is the error.
std::optional<FixError> checkBufferRules(const QString &p, const Lookup &lookup, const QString &levelName)
{
    const std::optional<BufferLevel> l = readLevel(p, lookup, levelName);
    if (!l)
        return std::nullopt;
    if (l->bufs.count < 2) {
        return conflict(
            ChangeValidator::tr("nginx would refuse this%1: there must be at least 2 \"%2\" (%3 is %4).")
                .arg(levelName, l->buffersName, l->bufs.toString(), origin(l->buffersValue)),
            l->buffersValue, l->buffersValue);
    }
    const Value busyValue = lookup(l->busyName);
    const std::optional<qint64> busyConf = explicitSize(busyValue);
    if (!busyValue.isDefault && !busyConf)
        return std::nullopt; // set, but not readable: nginx -t has the last word
    if (std::optional<FixError> error = checkBusy(*l, busyValue, busyConf))
        return error;
    return checkTempFiles(*l, lookup);
}

// Step 1 and 2 for the whole list, and the checked values by name.
Result<QList<SettingChange>, FixError> validateEach(const QList<SettingChange> &changes)
{
    QList<SettingChange> clean;
    for (const SettingChange &change : changes) {
        for (const SettingChange &seen : std::as_const(clean)) {
            if (seen.directive == change.directive)
                return invalid(ChangeValidator::tr("\"%1\" is to be changed twice; give it one value.")
                                   .arg(change.directive));
        }
        const Result<QString, FixError> value =
            ChangeValidator::validateValue(change.directive, change.value);
        if (!value.ok())
            return value.error();
        clean.append({change.directive, value.value()});
    }
    return clean;
}

// The modules whose buffer rules the changes could break.
QStringList bufferModules(const QList<SettingChange> &changes)
{
    QStringList prefixes;
    for (const SettingChange &change : changes) {
        const std::optional<TunableDirective> t = TunableDirectives::find(change.directive);
        if (t && t->kind != TunableDirective::Kind::Duration &&
            TunableDirectives::hasBufferRules(t->modulePrefix) && !prefixes.contains(t->modulePrefix))
            prefixes.append(t->modulePrefix);
    }
    return prefixes;
}

Value fromSetting(const EffectiveSetting &s)
{
    Value v;
    v.args = s.args;
    v.isDefault = s.isDefault;
    v.file = s.file;
    v.line = s.line;
    return v;
}

Value requestedValue(const SettingChange &change)
{
    Value v;
    v.args = change.value.split(QLatin1Char(' '));
    v.requested = true;
    v.isDefault = false;
    return v;
}

bool isMergeLevel(const NginxDirective &d)
{
    return d.block && (d.name == QLatin1String("location") || d.name == QLatin1String("if") ||
                       d.name == QLatin1String("limit_except") || d.name == QLatin1String("server"));
}

// Every level nginx merges below `block` (its own children first, depth first).
void collectLevels(const NginxConfig &config, const NginxDirective *block, QList<const NginxDirective *> &out)
{
    for (const NginxDirective *child : config.children(block)) {
        if (isMergeLevel(*child)) {
            out.append(child);
            collectLevels(config, child, out);
        }
    }
}

Result<QString, FixError> validateDuration(const QString &directive, const QString &v)
{
    const Result<NginxDuration, ConfigError> d = NginxDuration::parse(v);
    if (!d.ok())
        return invalid(ChangeValidator::tr("%1: %2").arg(directive, d.error().message()), d.error().detail());
    if (d->milliseconds() == 0)
        return invalid(ChangeValidator::tr("%1 cannot be 0: nginx would give up on the upstream at once.")
                           .arg(directive));
    if (d->milliseconds() > kMaxTimeoutMs) {
        QString message =
            ChangeValidator::tr("%1 %2 is longer than a day, which no gateway fix needs. Use at most 24h.")
                .arg(directive, v);
        if (v.contains(QLatin1Char('M')))
            message += QLatin1Char(' ') + ChangeValidator::tr("(In nginx, M means months; minutes are m.)");
        return invalid(message);
    }
    return v;
}

Result<QString, FixError> validateSize(const QString &directive, const QString &v)
{
    const Result<NginxSize, ConfigError> s = NginxSize::parse(v);
    if (!s.ok())
        return invalid(ChangeValidator::tr("%1: %2").arg(directive, s.error().message()), s.error().detail());
    if (s->bytes() == 0)
        return invalid(ChangeValidator::tr("%1 cannot be 0.").arg(directive));
    if (s->bytes() > kMaxBufferBytes)
        return invalid(
            ChangeValidator::tr("%1 %2 is larger than %3, far more than any response needs. Use at most %3.")
                .arg(directive, v, bytesText(kMaxBufferBytes)));
    return v;
}

Result<QString, FixError> validateBuffers(const QString &directive, const QString &v)
{
    const QStringList words = v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() != 2)
        return invalid(
            ChangeValidator::tr("%1 takes two values, how many buffers and how large each is, like 8 16k. "
                                "\"%2\" is not that.")
                .arg(directive, shown(v)));
    const Result<NginxBuffers, ConfigError> b = NginxBuffers::parse(words.at(0), words.at(1));
    if (!b.ok())
        return invalid(ChangeValidator::tr("%1: %2").arg(directive, b.error().message()), b.error().detail());
    if (b->size.bytes() == 0)
        return invalid(ChangeValidator::tr("%1: the buffer size cannot be 0.").arg(directive));
    if (b->size.bytes() > kMaxBufferBytes)
        return invalid(
            ChangeValidator::tr("%1: one buffer of %2 is larger than %3, far more than any response needs.")
                .arg(directive, words.at(1), bytesText(kMaxBufferBytes)));
    if (b->count > kMaxBufferCount || b->totalBytes() > kMaxBuffersTotalBytes)
        return invalid(
            ChangeValidator::tr("%1 %2 asks for %3 per request; use at most %4 buffers and %5 in all.")
                .arg(directive, v, bytesText(b->totalBytes()), QString::number(kMaxBufferCount),
                     bytesText(kMaxBuffersTotalBytes)));
    return words.join(QLatin1Char(' '));
}

} // namespace

Result<QString, FixError> ChangeValidator::validateValue(const QString &directive, const QString &value)
{
    const std::optional<TunableDirective> tunable = TunableDirectives::find(directive);
    if (!tunable) {
        return FixError(
            FixError::Kind::NotAllowed,
            tr("Gateway Doctor only changes upstream timeouts and buffers, and \"%1\" is not one of them.")
                .arg(shown(directive)));
    }
    if (const std::optional<QString> what = forbiddenCharacter(value)) {
        return invalid(tr("The value for %1 contains %2. Type only the value itself, like %3.")
                           .arg(directive, *what,
                                tunable->kind == TunableDirective::Kind::Duration ? QStringLiteral("75s")
                                : tunable->kind == TunableDirective::Kind::Size   ? QStringLiteral("16k")
                                                                                  : QStringLiteral("8 16k")),
                       shown(value));
    }
    const QString v = trimSpaces(value);
    switch (tunable->kind) {
    case TunableDirective::Kind::Duration:
        return validateDuration(directive, v);
    case TunableDirective::Kind::Size:
        return validateSize(directive, v);
    case TunableDirective::Kind::Buffers:
        return validateBuffers(directive, v);
    }
    return invalid(tr("Unknown kind of value for %1.").arg(directive));
}

Result<QList<SettingChange>, FixError> ChangeValidator::validate(const QList<SettingChange> &changes,
                                                                 const EffectiveSettings &current)
{
    const Result<QList<SettingChange>, FixError> clean = validateEach(changes);
    if (!clean.ok())
        return clean;
    const Lookup lookup = [&](const QString &name) {
        for (const SettingChange &c : clean.value()) {
            if (c.directive == name)
                return requestedValue(c);
        }
        return fromSetting(current.value(name));
    };
    for (const QString &prefix : bufferModules(clean.value())) {
        if (std::optional<FixError> error = checkBufferRules(prefix, lookup, QString()))
            return *error;
    }
    return clean;
}

Result<QList<SettingChange>, FixError> ChangeValidator::validate(const QList<SettingChange> &changes,
                                                                 const NginxConfig &config,
                                                                 const NginxDirective *block)
{
    const Result<QList<SettingChange>, FixError> clean = validateEach(changes);
    if (!clean.ok())
        return clean;
    // Where the changes will be written (an `if` takes none of them: its location does).
    const Result<const NginxDirective *, FixError> targetResult =
        ConfigEditPlanner::targetBlock(config, block);
    if (!targetResult.ok())
        return targetResult.error();
    const NginxDirective *target = targetResult.value();
    const QStringList prefixes = bufferModules(clean.value());
    if (prefixes.isEmpty())
        return clean;

    // nginx checks the rules where it merges: in every server and every location (if,
    // limit_except) below, not in http {} itself.
    QList<const NginxDirective *> levels;
    if (target->name != QLatin1String("http"))
        levels.append(target);
    collectLevels(config, target, levels);

    for (const NginxDirective *level : std::as_const(levels)) {
        const EffectiveSettings here = EffectiveSettings::of(config, level);
        const Lookup lookup = [&](const QString &name) {
            const EffectiveSetting s = here.value(name);
            for (const SettingChange &c : clean.value()) {
                if (c.directive != name)
                    continue;
                // A value set between the edited block and this level still wins; one
                // set in the block itself is the one we replace.
                if (!s.isDefault && s.directiveIndex >= 0) {
                    const NginxDirective *setter = config.parent(config.directive(s.directiveIndex));
                    for (const NginxDirective *b = setter; b; b = config.parent(*b)) {
                        if (b == target)
                            return setter == target ? requestedValue(c) : fromSetting(s);
                    }
                }
                return requestedValue(c);
            }
            return fromSetting(s);
        };
        const QString levelName =
            level == target ? QString()
                            : tr(" in %1 (%2:%3)")
                                  .arg(config.contextPath(*level), level->file, QString::number(level->line));
        for (const QString &prefix : prefixes) {
            if (std::optional<FixError> error = checkBufferRules(prefix, lookup, levelName))
                return *error;
        }
    }
    return clean;
}

} // namespace gd
