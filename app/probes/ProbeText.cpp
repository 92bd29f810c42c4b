#include "app/probes/ProbeText.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

bool ProbeText::looksBinary(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return true;
    // Tools print text; a few stray control bytes are tolerated (terminal escapes),
    // a high share means we are looking at something else.
    const int sample = int(qMin<qsizetype>(bytes.size(), 4096));
    int control = 0;
    for (int i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return sample > 0 && control * 10 > sample;
}

QStringList ProbeText::lines(const QByteArray &bytes)
{
    QStringList out;
    const QList<QByteArray> raw = bytes.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        QByteArray line = raw.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        // A trailing newline leaves one empty element: not a line of its own.
        if (i == raw.size() - 1 && line.isEmpty())
            break;
        out.append(utf8Text(line));
    }
    return out;
}

QStringList ProbeText::fields(const QString &line)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    return line.split(blanks, Qt::SkipEmptyParts);
}

bool ProbeText::commandNotFound(const ProbeOutput &output, const QString &program)
{
    if (output.exitCode != 127)
        return false;
    const QString err = utf8Text(output.stdErr);
    // bash: "bash: line 1: systemctl: command not found"; dash: "sh: 1: systemctl: not found";
    // env/exec: "env: 'systemctl': No such file or directory".
    return err.contains(program) && (err.contains(QLatin1String("not found")) ||
                                     err.contains(QLatin1String("No such file or directory")));
}

bool ProbeText::needsRoot(const QByteArray &stdErr)
{
    const QString err = utf8Text(stdErr);
    return err.contains(QLatin1String("must be root"), Qt::CaseInsensitive) ||
           err.contains(QLatin1String("need to be root"), Qt::CaseInsensitive) ||
           err.contains(QLatin1String("Permission denied")) ||
           err.contains(QLatin1String("Operation not permitted"));
}

std::optional<ProbeError> ProbeText::precheck(const ProbeOutput &output, const QString &program)
{
    if (commandNotFound(output, program))
        return ProbeError::commandMissing(program, firstLine(output.stdErr));
    if (looksBinary(output.stdOut))
        return ProbeError::binary(program);
    return std::nullopt;
}

QString ProbeText::firstLine(const QByteArray &bytes)
{
    for (const QString &line : lines(bytes)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

} // namespace gd
