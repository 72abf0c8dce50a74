#include "server/metrics/metrics.h"

#include <QJsonObject>
#include <QMutexLocker>

#include "core/events/eventbus.h"

namespace sluice {

namespace {

// A client chooses the method: only the standard ones become labels, so the label set stays small.
QString methodName(QByteArrayView method)
{
    for (const char *known : { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE" }) {
        if (method == known)
            return QString::fromLatin1(known);
    }
    return QStringLiteral("OTHER");
}

// Label values per the exposition format: backslash, double quote and newline escaped.
QByteArray label(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

} // namespace

Metrics::Metrics(QObject *parent)
    : QObject(parent)
{
}

void Metrics::listenTo(EventBus &bus)
{
    connect(&bus, &EventBus::published, this, &Metrics::onEvent);
}

void Metrics::setRouteTemplates(const QStringList &templates)
{
    QMutexLocker lock(&m_mutex);
    m_templates.clear();
    for (const QString &path : templates)
        m_templates.append(path.split(u'/'));
}

QString Metrics::routeOf(QStringView path) const
{
    const QList<QStringView> segments = path.split(u'/');
    QMutexLocker lock(&m_mutex);
    // The template with the most literal segments wins ("/teams/imports/{id}/errors" over
    // a shape with more parameters); "{...}" stands for any one non-empty segment.
    const QStringList *best = nullptr;
    int bestLiterals = -1;
    for (const QStringList &candidate : m_templates) {
        if (candidate.size() != segments.size())
            continue;
        int literals = 0;
        bool fits = true;
        for (qsizetype i = 0; i < segments.size() && fits; ++i) {
            const QString &part = candidate.at(i);
            if (part.startsWith(u'{') && part.endsWith(u'}'))
                fits = !segments.at(i).isEmpty();
            else if ((fits = part == segments.at(i)))
                ++literals;
        }
        if (fits && literals > bestLiterals) {
            best = &candidate;
            bestLiterals = literals;
        }
    }
    return best ? best->join(u'/') : QStringLiteral("other");
}

void Metrics::countRequest(QByteArrayView method, QStringView path, int status)
{
    const QString route = routeOf(path);
    QMutexLocker lock(&m_mutex);
    ++m_requests[std::make_tuple(methodName(method), route, status)];
}

void Metrics::setTaskState(const QString &taskId, const QString &state)
{
    QMutexLocker lock(&m_mutex);
    m_taskStates.insert(taskId, state);
}

void Metrics::removeTask(const QString &taskId)
{
    QMutexLocker lock(&m_mutex);
    m_taskStates.remove(taskId);
}

void Metrics::onEvent(const Event &event)
{
    if (event.topic == u"tasks") {
        const QString id = event.data.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return;
        if (event.type.endsWith(u".removed") || event.type.endsWith(u".deleted"))
            removeTask(id);
        else if (const QJsonValue state = event.data.value(QStringLiteral("state")); state.isString())
            setTaskState(id, state.toString());
    } else if (event.topic == u"datasets" && event.type == u"dataset.ready") {
        addRowsImported(event.data.value(QStringLiteral("rows")).toInteger());
    }
}

QByteArray Metrics::text() const
{
    QByteArray out;
    QMap<QString, int> tasks;
    // Every state appears, zero or not, so dashboards need no "absent" handling.
    for (const char *state : { "queued", "running", "finished", "failed", "canceled" })
        tasks.insert(QString::fromLatin1(state), 0);
    QMap<std::tuple<QString, QString, int>, qint64> requests;
    {
        QMutexLocker lock(&m_mutex);
        requests = m_requests;
        for (const QString &state : m_taskStates)
            ++tasks[state];
    }

    header(out, "sluice_http_requests_total", "counter", "HTTP requests answered, by method, route and status.");
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        const auto &[method, route, status] = it.key();
        out += "sluice_http_requests_total{method=\"" + label(method) + "\",route=\"" + label(route) + "\",status=\""
            + QByteArray::number(status) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    header(out, "sluice_upload_bytes_total", "counter", "Upload bytes received and written to upload files.");
    out += "sluice_upload_bytes_total " + QByteArray::number(m_uploadBytes.load(std::memory_order_relaxed)) + '\n';
    header(out, "sluice_uploads_active", "gauge", "Uploads receiving a chunk (a PATCH body) now.");
    out += "sluice_uploads_active " + QByteArray::number(m_activeUploads.load(std::memory_order_relaxed)) + '\n';
    header(out, "sluice_websocket_clients", "gauge", "WebSocket clients connected to /api/v1/events.");
    out += "sluice_websocket_clients " + QByteArray::number(m_webSocketClients.load(std::memory_order_relaxed)) + '\n';
    header(out, "sluice_tasks", "gauge", "Tasks by state.");
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        out += "sluice_tasks{state=\"" + label(it.key()) + "\"} " + QByteArray::number(it.value()) + '\n';
    header(out, "sluice_rows_imported_total", "counter", "Rows stored by imports.");
    out += "sluice_rows_imported_total " + QByteArray::number(m_rowsImported.load(std::memory_order_relaxed)) + '\n';
    return out;
}

} // namespace sluice
