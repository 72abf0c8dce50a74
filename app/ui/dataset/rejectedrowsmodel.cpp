#include "app/ui/dataset/rejectedrowsmodel.h"

#include <QJsonObject>
#include <QLocale>

#include "app/ui/dataset/datasetpaths.h"
#include "app/ui/dataset/textpreview.h"

namespace sluice {

namespace {

// Raw records can be long (a whole row, maybe with line breaks): the cell shows one line of it.
constexpr int kRawPreviewCharacters = 200;

} // namespace

RejectedRowsModel::RejectedRowsModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent)
{
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case RawColumn:
        return tr("Raw text");
    default:
        return {};
    }
}

void RejectedRowsModel::setDataset(const QString &id, qint64 count)
{
    m_datasetId = id;
    restart(id.isEmpty() ? 0 : count);
}

QString RejectedRowsModel::pagePath(qint64 offset, int limit) const
{
    if (m_datasetId.isEmpty())
        return {};
    return datasetPath(m_datasetId, QStringLiteral("errors"))
        + QStringLiteral("?offset=%1&limit=%2").arg(offset).arg(limit);
}

QJsonArray RejectedRowsModel::rowsOf(const QJsonObject &answer) const
{
    return answer.value(QStringLiteral("errors")).toArray();
}

QVariant RejectedRowsModel::cellData(const QJsonValue &row, int column, int role) const
{
    const QJsonObject error = row.toObject();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (column == LineColumn ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case LineColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(error.value(QStringLiteral("line")).toInteger()))
                                       : QVariant();
    case ColumnColumn:
        return error.value(QStringLiteral("column")).isNull() ? tr("(whole row)")
                                                              : error.value(QStringLiteral("column")).toString();
    case ReasonColumn:
        return error.value(QStringLiteral("reason")).toString();
    case RawColumn: {
        const QString raw = error.value(QStringLiteral("raw")).toString();
        if (role == Qt::ToolTipRole)
            return raw;
        return oneLinePreview(raw, kRawPreviewCharacters);
    }
    default:
        return {};
    }
}

} // namespace sluice
