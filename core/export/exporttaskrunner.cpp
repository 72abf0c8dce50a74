#include "core/export/exporttaskrunner.h"

#include <QDir>
#include <QFile>

#include "core/export/exportparameters.h"
#include "core/storage/datasetcatalog.h"
#include "core/tasks/tasklogging.h"

namespace sluice {

namespace {

constexpr int kMaxNameLength = 100;

Result<ExportSpec> resolveExport(
    const QJsonObject &json, const DatabaseConnection &connection, ExportParameters *parameters)
{
    auto parsed = ExportParameters::fromJson(json);
    if (!parsed)
        return tl::unexpected(parsed.error());
    auto dataset = DatasetCatalog(connection).find(parsed->datasetId);
    if (!dataset)
        return tl::unexpected(dataset.error());
    *parameters = *parsed;
    return parsed->resolve(*dataset);
}

} // namespace

ExportTaskRunner::ExportTaskRunner(qsizetype bufferBytes)
    : m_bufferBytes(bufferBytes)
{
}

QString ExportTaskRunner::safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name.left(kMaxNameLength)) {
        const bool keep = c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.';
        safe.append(keep ? c : QChar(u'_'));
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.')) // no hidden files, no ".."
        safe.remove(0, 1);
    return safe.isEmpty() ? QStringLiteral("export") : safe;
}

Result<QJsonObject> ExportTaskRunner::validate(
    const QJsonObject &parameters, const DatabaseConnection &connection) const
{
    ExportParameters parsed;
    auto spec = resolveExport(parameters, connection, &parsed);
    if (!spec)
        return tl::unexpected(spec.error());
    return parsed.toJson();
}

Result<TaskOutcome> ExportTaskRunner::run(const TaskInfo &task, TaskContext &context)
{
    ExportParameters parameters;
    auto spec = resolveExport(task.parameters, context.connection(), &parameters);
    if (!spec)
        return tl::unexpected(spec.error());

    // An earlier, interrupted attempt may have left its partial file: start clean.
    const QDir exports(context.exportsDirectory());
    const QString extension = exportFormatExtension(spec->format);
    const QString path = exports.filePath(task.id + u'.' + extension);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".part"));

    const QString baseName = safeFileName(spec->dataset.name);
    context.reportProgress(TaskProgress { 0, -1, 0, -1, -1, tr("Exporting rows…") });
    DatasetExporter exporter(context.connection(), *spec, m_bufferBytes);
    qCInfo(lcExport) << "export task" << task.id << "of dataset" << spec->dataset.id << "as" << extension;
    auto exported = exporter.run(
        path, baseName + QStringLiteral(".csv"), context.cancelFlag(), [&context](const ExportProgress &progress) {
            context.reportProgress(TaskProgress {
                progress.rows, progress.rowsTotal, progress.csvBytes, -1, progress.fraction, QString() });
        });
    if (!exported)
        return tl::unexpected(exported.error());

    TaskOutcome outcome;
    outcome.message = exported->rows == 0 ? tr("Exported 0 rows: no row matches the filters.")
        : exported->rows == 1             ? tr("Exported 1 row.")
                                          : tr("Exported %1 rows.").arg(exported->rows);
    outcome.resultPath = path;
    outcome.resultName = baseName + u'.' + extension;
    outcome.resultSize = exported->fileSize;
    outcome.resultSha256 = QString::fromLatin1(exported->sha256Hex);
    outcome.summary = QJsonObject {
        { QStringLiteral("datasetId"), spec->dataset.id },
        { QStringLiteral("rows"), exported->rows },
        { QStringLiteral("csvBytes"), exported->csvBytes },
        { QStringLiteral("format"), extension },
    };
    return outcome;
}

} // namespace sluice
