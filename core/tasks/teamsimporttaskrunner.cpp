#include "core/tasks/teamsimporttaskrunner.h"

#include <QFileInfo>

#include "core/tasks/taskcontext.h"

namespace sluice {

namespace {

const QString kPath = QStringLiteral("path");
const QString kImportId = QStringLiteral("importId");

} // namespace

TeamsImportTaskRunner::TeamsImportTaskRunner(TeamsImportOptions options)
    : m_options(std::move(options))
{
}

Result<QJsonObject> TeamsImportTaskRunner::validate(const QJsonObject &parameters, const DatabaseConnection &) const
{
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key() != kPath && it.key() != kImportId)
            return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a teams import parameter.").arg(it.key()));
    }
    const QJsonValue path = parameters.value(kPath);
    if (!path.isString() || path.toString().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("path must name the teams file."));
    if (!QFileInfo(path.toString()).isFile())
        return fail(ErrorCode::NotFound, tr("There is no teams file at the given path."));
    const QJsonValue importId = parameters.value(kImportId);
    if (!importId.isUndefined() && !importId.isNull() && !importId.isString())
        return fail(ErrorCode::InvalidInput, tr("importId must be a string."));
    QJsonObject normalized { { kPath, path.toString() } };
    if (importId.isString() && !importId.toString().isEmpty())
        normalized.insert(kImportId, importId.toString());
    return normalized;
}

Result<TaskOutcome> TeamsImportTaskRunner::run(const TaskInfo &task, TaskContext &context)
{
    if (context.isCanceled())
        return fail(ErrorCode::Canceled, tr("The teams import was canceled."));
    const QString path = task.parameters.value(kPath).toString();
    const QString importId = task.parameters.value(kImportId).toString(task.id);
    context.reportProgress(TaskProgress { 0, -1, 0, QFileInfo(path).size(), -1, tr("Importing teams…") });
    auto report = TeamsImporter(context.connection(), m_options).import(path, importId);
    if (!report)
        return tl::unexpected(report.error());

    TaskOutcome outcome;
    outcome.message = tr("Imported %1 teams (%2 new, %3 updated); %4 rows rejected.")
                          .arg(report->accepted)
                          .arg(report->inserted)
                          .arg(report->updated)
                          .arg(report->rejected);
    outcome.summary = report->toJson();
    outcome.summary.remove(QStringLiteral("rejections")); // all of them are in team_import_errors
    context.reportProgress(TaskProgress { report->accepted + report->rejected, report->accepted + report->rejected,
        QFileInfo(path).size(), QFileInfo(path).size(), 1, QString() });
    return outcome;
}

} // namespace sluice
