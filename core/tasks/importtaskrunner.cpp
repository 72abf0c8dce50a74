#include "core/tasks/importtaskrunner.h"

#include <QFileInfo>
#include <QJsonArray>

#include "core/csv/csvsniffer.h"
#include "core/events/eventbus.h"
#include "core/import/datasetimporter.h"
#include "core/import/importsink.h"
#include "core/tasks/taskcontext.h"

namespace sluice {

namespace {

QJsonObject datasetJson(const DatasetInfo &dataset)
{
    return { { QStringLiteral("id"), dataset.id }, { QStringLiteral("name"), dataset.name },
        { QStringLiteral("state"), datasetStateName(dataset.state) }, { QStringLiteral("rows"), dataset.rowCount },
        { QStringLiteral("errors"), dataset.errorCount }, { QStringLiteral("error"), dataset.error } };
}

// One character from a JSON string, or an error naming the parameter.
Result<char> characterParameter(const QJsonObject &overrides, const QString &key)
{
    const QString text = overrides.value(key).toString();
    if (text.size() > 1 || (text.size() == 1 && text.at(0).unicode() > 127))
        return fail(ErrorCode::InvalidInput,
            ImportTaskRunner::tr("overrides.%1 must be one ASCII character or empty.").arg(key));
    return text.isEmpty() ? '\0' : char(text.at(0).unicode());
}

Result<CsvOverrides> overridesFrom(const QJsonObject &json)
{
    CsvOverrides overrides;
    const std::pair<QString, std::optional<char> CsvOverrides::*> characters[] = {
        { QStringLiteral("delimiter"), &CsvOverrides::delimiter },
        { QStringLiteral("quote"), &CsvOverrides::quote },
        { QStringLiteral("decimalSeparator"), &CsvOverrides::decimalSeparator },
        { QStringLiteral("thousandsSeparator"), &CsvOverrides::thousandsSeparator },
    };
    for (const auto &[key, member] : characters) {
        if (!json.contains(key))
            continue;
        auto character = characterParameter(json, key);
        if (!character)
            return tl::unexpected(character.error());
        overrides.*member = *character;
    }
    if (json.contains(QStringLiteral("header")))
        overrides.hasHeader = json.value(QStringLiteral("header")).toBool();
    if (json.contains(QStringLiteral("preambleLines")))
        overrides.preambleLines = json.value(QStringLiteral("preambleLines")).toInt();
    if (json.contains(QStringLiteral("encoding"))) {
        const QString name = json.value(QStringLiteral("encoding")).toString();
        bool known = false;
        for (CsvEncoding encoding :
            { CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252 }) {
            if (csvEncodingName(encoding).compare(name, Qt::CaseInsensitive) == 0) {
                overrides.encoding = encoding;
                known = true;
            }
        }
        if (!known)
            return fail(ErrorCode::InvalidInput,
                ImportTaskRunner::tr("overrides.encoding \"%1\" is not UTF-8, UTF-16LE, UTF-16BE or Windows-1252.")
                    .arg(name));
    }
    return overrides;
}

// Hands an import's progress to the task and its statistics to the event bus.
class TaskImportSink final : public ImportSink
{
public:
    TaskImportSink(TaskContext &context, EventBus *events)
        : m_context(context)
        , m_events(events)
    {
    }

    void progressed(const ImportProgress &progress) override
    {
        TaskProgress task;
        task.rowsDone = progress.rows;
        task.bytesDone = progress.bytesRead;
        task.bytesTotal = progress.bytesTotal;
        task.message
            = ImportTaskRunner::tr("Importing: %1 rows, %2 rejected").arg(progress.rows).arg(progress.rejected);
        m_context.reportProgress(task);
        if (!m_events)
            return;
        const QJsonObject data { { QStringLiteral("id"), progress.datasetId },
            { QStringLiteral("rows"), progress.rows }, { QStringLiteral("rejected"), progress.rejected },
            { QStringLiteral("bytesRead"), progress.bytesRead }, { QStringLiteral("bytesTotal"), progress.bytesTotal },
            { QStringLiteral("fraction"), progress.fraction() },
            { QStringLiteral("rowsPerSecond"), progress.rowsPerSecond },
            { QStringLiteral("etaSeconds"), progress.etaSeconds } };
        m_events->publish(QStringLiteral("datasets"), QStringLiteral("dataset.progress"), data);
        m_events->publish(QStringLiteral("dataset:") + progress.datasetId, QStringLiteral("dataset.progress"), data);
    }

    void partialResults(const QString &datasetId, const QJsonObject &snapshot) override
    {
        if (m_events)
            m_events->publish(QStringLiteral("dataset:") + datasetId, QStringLiteral("dataset.profile"),
                QJsonObject { { QStringLiteral("id"), datasetId }, { QStringLiteral("profile"), snapshot } });
    }

private:
    TaskContext &m_context;
    EventBus *m_events;
};

} // namespace

ImportTaskRunner::ImportTaskRunner(EventBus *events)
    : m_events(events)
{
}

Result<QJsonObject> ImportTaskRunner::validate(const QJsonObject &parameters, const DatabaseConnection &) const
{
    const QString path = parameters.value(QStringLiteral("sourcePath")).toString();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(
            ErrorCode::InvalidInput, tr("An import needs sourcePath, an existing file (got \"%1\").").arg(path));
    if (auto overrides = overridesFrom(parameters.value(QStringLiteral("overrides")).toObject()); !overrides)
        return tl::unexpected(overrides.error());
    QJsonObject normalised = parameters;
    if (parameters.value(QStringLiteral("sourceName")).toString().isEmpty())
        normalised.insert(QStringLiteral("sourceName"), QFileInfo(path).fileName());
    return normalised;
}

Result<TaskOutcome> ImportTaskRunner::run(const TaskInfo &task, TaskContext &context)
{
    auto overrides = overridesFrom(task.parameters.value(QStringLiteral("overrides")).toObject());
    if (!overrides)
        return tl::unexpected(overrides.error());
    TaskImportSink sink(context, m_events);
    ImportRequest request;
    request.database = context.database();
    request.sourcePath = task.parameters.value(QStringLiteral("sourcePath")).toString();
    request.sourceName = task.parameters.value(QStringLiteral("sourceName")).toString();
    request.datasetName = task.parameters.value(QStringLiteral("datasetName")).toString();
    request.sourceSha256 = task.parameters.value(QStringLiteral("sha256")).toString();
    request.overrides = *overrides;
    request.taskId = task.id;
    request.sink = &sink;
    request.canceled = context.cancelFlag();

    auto imported = DatasetImporter(request).run();
    if (!imported)
        return tl::unexpected(imported.error());
    qint64 rows = 0;
    qint64 rejected = 0;
    QJsonArray datasets;
    for (const DatasetInfo &dataset : std::as_const(*imported)) {
        rows += dataset.rowCount;
        rejected += dataset.errorCount;
        datasets.append(dataset.id);
        if (m_events) {
            m_events->publish(QStringLiteral("datasets"), QStringLiteral("dataset.ready"), datasetJson(dataset));
            m_events->publish(
                QStringLiteral("dataset:") + dataset.id, QStringLiteral("dataset.ready"), datasetJson(dataset));
        }
    }
    TaskOutcome outcome;
    outcome.message = imported->size() == 1
        ? (rows == 1 ? tr("Imported 1 row (%1 rejected).").arg(rejected)
                     : tr("Imported %1 rows (%2 rejected).").arg(rows).arg(rejected))
        : tr("Imported %1 rows into %2 datasets (%3 rejected).").arg(rows).arg(imported->size()).arg(rejected);
    outcome.summary = { { QStringLiteral("datasets"), datasets }, { QStringLiteral("rows"), rows },
        { QStringLiteral("rejected"), rejected } };
    return outcome;
}

} // namespace sluice
