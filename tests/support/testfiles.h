#pragma once

#include <QFile>
#include <QTemporaryDir>

namespace sluice::test {

/// Writes `content` to `name` in `dir` and returns its path; empty when it could not.
inline QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace sluice::test
