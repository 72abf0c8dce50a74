#include "app/ui/dataset/datasetrowsmodel.h"

#include <QJsonDocument>

#include "app/client/apiclient.h"
#include "app/ui/dataset/datasetpaths.h"
#include "app/ui/dataset/textpreview.h"

namespace sluice {

namespace {

constexpr qint64 kTotalIntervalMs = 1000;
// A cell shows the start of a long text; its tooltip has all of it.
constexpr qsizetype kCellPreviewCharacters = 200;

bool isNumericType(const QString &type)
{
    return type == u"integer" || type == u"real";
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        return number.typeId() == QMetaType::Double ? QString::number(number.toDouble(), 'g', 15) : number.toString();
    }
    case QJsonValue::String:
        return oneLinePreview(value.toString(), kCellPreviewCharacters);
    default:
        return QString(); // null: an empty cell
    }
}

} // namespace

DatasetRowsModel::DatasetRowsModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent)
    , m_client(client)
{
}

int DatasetRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schema.size());
}

QVariant DatasetRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= m_schema.size())
        return PagedTableModel::headerData(section, orientation, role);
    const QJsonObject column = m_schema.at(section).toObject();
    const QString name = column.value(QStringLiteral("name")).toString();
    const QString original = column.value(QStringLiteral("originalName")).toString();
    switch (role) {
    case Qt::DisplayRole:
        return original.isEmpty() ? name : original;
    case Qt::ToolTipRole:
        return tr("%1 (%2); click to sort").arg(name, column.value(QStringLiteral("type")).toString());
    default:
        return PagedTableModel::headerData(section, orientation, role);
    }
}

void DatasetRowsModel::sort(int column, Qt::SortOrder order)
{
    const int sortColumn = column >= 0 && column < m_schema.size() ? column : -1;
    if (sortColumn == m_sortColumn && (sortColumn < 0 || order == m_sortOrder))
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    reload();
}

void DatasetRowsModel::setDataset(const QString &id, const QJsonArray &schema, qint64 rows)
{
    if (id != m_datasetId || schema != m_schema) {
        m_sortColumn = -1;
        m_sortOrder = Qt::AscendingOrder;
        m_filters = {};
    }
    m_datasetId = id;
    m_schema = schema;
    m_datasetRows = rows;
    reload();
}

void DatasetRowsModel::clear()
{
    m_datasetId.clear();
    m_schema = {};
    m_filters = {};
    m_sortColumn = -1;
    m_datasetRows = 0;
    reload();
}

QString DatasetRowsModel::columnName(int column) const
{
    return m_schema.at(column).toObject().value(QStringLiteral("name")).toString();
}

int DatasetRowsModel::columnOf(const QString &name) const
{
    for (int column = 0; column < m_schema.size(); ++column) {
        if (columnName(column) == name)
            return column;
    }
    return -1;
}

void DatasetRowsModel::setFilters(const QJsonArray &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    reload();
}

void DatasetRowsModel::reload()
{
    // Without filters every row matches: the scroll bar has its length before the first answer.
    restart(m_filters.isEmpty() ? m_datasetRows : 0);
}

void DatasetRowsModel::refreshTotal()
{
    if (m_datasetId.isEmpty() || m_totalAsked
        || (m_sinceTotalAsked.isValid() && m_sinceTotalAsked.elapsed() < kTotalIntervalMs))
        return;
    m_totalAsked = true;
    m_sinceTotalAsked.start();
    const QString path = rowsPath(0, 0);
    m_client->getJson(path, this, [this, path](const Result<QJsonObject> &answer) {
        m_totalAsked = false;
        if (answer && path == rowsPath(0, 0)) // still the same rows
            setTotal(answer->value(QStringLiteral("total")).toInteger());
    });
}

QString DatasetRowsModel::pagePath(qint64 offset, int limit) const
{
    return m_datasetId.isEmpty() ? QString() : rowsPath(offset, limit);
}

QString DatasetRowsModel::rowsPath(qint64 offset, int limit) const
{
    QString path = datasetPath(m_datasetId, QStringLiteral("rows"))
        + QStringLiteral("?offset=%1&limit=%2").arg(offset).arg(limit);
    if (m_sortColumn >= 0) {
        // An explicit sign on both directions: a column whose name starts with '-' stays itself.
        const QChar sign = m_sortOrder == Qt::DescendingOrder ? u'-' : u'+';
        path += QStringLiteral("&sort=") + queryValue(sign + columnName(m_sortColumn));
    }
    if (!m_filters.isEmpty())
        path += QStringLiteral("&filter=")
            + queryValue(QString::fromUtf8(QJsonDocument(m_filters).toJson(QJsonDocument::Compact)));
    return path;
}

QJsonArray DatasetRowsModel::rowsOf(const QJsonObject &answer) const
{
    return answer.value(QStringLiteral("rows")).toArray();
}

QVariant DatasetRowsModel::cellData(const QJsonValue &row, int column, int role) const
{
    const QJsonValue value = row.toArray().at(column + 1); // element 0 is _row
    switch (role) {
    case Qt::DisplayRole:
        return cellText(value);
    case Qt::ToolTipRole:
        if (value.isNull())
            return tr("empty");
        return value.isString() && cellText(value) != value.toString() ? value.toString() : QVariant();
    case Qt::TextAlignmentRole: {
        const QString type = m_schema.at(column).toObject().value(QStringLiteral("type")).toString();
        return QVariant::fromValue(Qt::AlignVCenter | (isNumericType(type) ? Qt::AlignRight : Qt::AlignLeft));
    }
    default:
        return {};
    }
}

} // namespace sluice
