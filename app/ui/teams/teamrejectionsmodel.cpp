#include "app/ui/teams/teamrejectionsmodel.h"

namespace sluice {

TeamRejectionsModel::TeamRejectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TeamRejectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejections.size());
}

int TeamRejectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamRejectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TeamIdColumn:
        return tr("Team ID");
    case ReasonColumn:
        return tr("Reason");
    case RawColumn:
        return tr("Row as Written");
    default:
        return {};
    }
}

QVariant TeamRejectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rejections.size())
        return {};
    const QJsonObject &rejection = m_rejections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // reasons and raw rows are often wider than their column
        switch (index.column()) {
        case LineColumn:
            return rejection.value(QStringLiteral("line")).toInteger();
        case TeamIdColumn:
            return rejection.value(QStringLiteral("teamId")).toString();
        case ReasonColumn:
            return rejection.value(QStringLiteral("reason")).toString();
        case RawColumn:
            return rejection.value(QStringLiteral("raw")).toString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

void TeamRejectionsModel::setRejections(const QJsonArray &rejections)
{
    beginResetModel();
    m_rejections.clear();
    m_rejections.reserve(rejections.size());
    for (const QJsonValue &rejection : rejections)
        m_rejections.append(rejection.toObject());
    endResetModel();
}

QJsonObject TeamRejectionsModel::rejection(int row) const
{
    return row >= 0 && row < m_rejections.size() ? m_rejections.at(row) : QJsonObject();
}

} // namespace sluice
