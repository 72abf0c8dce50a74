#pragma once

#include <QCoreApplication>

#include "core/export/datasetexporter.h"
#include "core/tasks/taskrunner.h"

namespace sluice {

/// Runs "export" tasks: ExportParameters in, a CSV file (plain, gzip, zstd or zip) in the
/// exports folder out, named "<task id>.<format>" on disk and offered as "<dataset name>.<format>".
/// Register it with `engine.registerRunner(kExportTaskType, [] { return std::make_unique<ExportTaskRunner>(); })`.
/// Made per validation/run by the engine; used in one thread.
class ExportTaskRunner final : public TaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportTaskRunner)
public:
    /// `bufferBytes`: DatasetExporter's row buffer (tests make it small).
    explicit ExportTaskRunner(qsizetype bufferBytes = DatasetExporter::kDefaultBufferBytes);

    /// The shape of the parameters, and against the dataset (it exists and is ready; the
    /// columns, sort and filters fit it). Returns them with every default filled in.
    [[nodiscard]] Result<QJsonObject> validate(
        const QJsonObject &parameters, const DatabaseConnection &connection) const override;
    [[nodiscard]] Result<TaskOutcome> run(const TaskInfo &task, TaskContext &context) override;

    /// A file name made from a dataset's name: letters, digits, space, '-', '_' and '.' kept,
    /// anything else '_'; "export" when nothing is left.
    static QString safeFileName(const QString &name);

private:
    qsizetype m_bufferBytes;
};

} // namespace sluice
