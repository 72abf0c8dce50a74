#include "app/ui/dataset/columnstatisticsmodel.h"

#include <cmath>

#include <QLocale>

#include "app/ui/dataset/textpreview.h"

namespace sluice {

namespace {

// Text minima and maxima can be whole paragraphs: the cell shows their start.
constexpr int kTextPreviewCharacters = 60;

/// One cell's figure: the value as sent, whether it is exact, and if not, how far off it may be.
struct Figure
{
    Figure() = default;
    Figure(QJsonValue figureValue, bool isExact = true)
        : value(std::move(figureValue))
        , exact(isExact)
    {
    }

    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    bool exact = true;
    QString bound; // why and how far an estimate may be off
};

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'g', 3);
}

QString numberText(const QJsonValue &value)
{
    const QVariant number = value.toVariant();
    if (number.typeId() != QMetaType::Double)
        return QLocale().toString(number.toLongLong());
    const double real = number.toDouble();
    if (std::abs(real) < 1e15 && real == std::trunc(real))
        return QLocale().toString(qint64(real));
    return QLocale().toString(real, 'g', 8);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return oneLinePreview(value.toString(), kTextPreviewCharacters);
    default:
        return QString();
    }
}

Figure distinctFigure(const QJsonObject &column)
{
    const QJsonValue distinct = column.value(QStringLiteral("distinct"));
    if (!distinct.isObject())
        return Figure { distinct };
    const QJsonObject figure = distinct.toObject();
    Figure result { figure.value(QStringLiteral("value")), figure.value(QStringLiteral("exact")).toBool(true) };
    if (!result.exact)
        result.bound = ColumnStatisticsModel::tr("Estimated: within ±%1% of the true count with %2% confidence.")
                           .arg(percent(figure.value(QStringLiteral("relativeError")).toDouble()),
                               percent(figure.value(QStringLiteral("confidence")).toDouble()));
    return result;
}

Figure quantileFigure(const QJsonObject &column, const QString &key, int percentile)
{
    const QJsonObject quantiles = column.value(QStringLiteral("quantiles")).toObject();
    if (quantiles.isEmpty())
        return {};
    Figure result { quantiles.value(key), quantiles.value(QStringLiteral("exact")).toBool(true) };
    if (result.exact)
        return result;
    const double rankError = quantiles.value(QStringLiteral("rankError")).toDouble();
    result.bound = rankError > 0 ? ColumnStatisticsModel::tr("Estimated: the value lies between percentiles %1 and %2.")
                                       .arg(QLocale().toString(qMax(0.0, percentile - rankError * 100.0), 'g', 3),
                                           QLocale().toString(qMin(100.0, percentile + rankError * 100.0), 'g', 3))
                                 : ColumnStatisticsModel::tr("Estimated.");
    const QString note = quantiles.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        result.bound += u' ' + ColumnStatisticsModel::tr("Note: %1.").arg(note);
    return result;
}

Figure topValueFigure(const QJsonObject &column)
{
    const QJsonObject top = column.value(QStringLiteral("topValues")).toObject();
    const QJsonArray values = top.value(QStringLiteral("values")).toArray();
    if (values.isEmpty())
        return {};
    const QJsonObject first = values.first().toObject();
    Figure result { first.value(QStringLiteral("value")), top.value(QStringLiteral("exact")).toBool(true) };
    if (!result.exact)
        result.bound = ColumnStatisticsModel::tr("Counted with a sketch: its count may be up to %1 too low.")
                           .arg(QLocale().toString(top.value(QStringLiteral("maxUnderestimate")).toInteger()));
    return result;
}

Figure figureOf(const QJsonObject &column, int figure)
{
    switch (figure) {
    case ColumnStatisticsModel::NameColumn:
        return Figure { column.value(QStringLiteral("name")) };
    case ColumnStatisticsModel::TypeColumn:
        return Figure { column.value(QStringLiteral("type")) };
    case ColumnStatisticsModel::CountColumn:
        return Figure { column.value(QStringLiteral("count")) };
    case ColumnStatisticsModel::NullsColumn:
        return Figure { column.value(QStringLiteral("nulls")) };
    case ColumnStatisticsModel::DistinctColumn:
        return distinctFigure(column);
    case ColumnStatisticsModel::MinColumn:
        return Figure { column.value(QStringLiteral("min")) };
    case ColumnStatisticsModel::MaxColumn:
        return Figure { column.value(QStringLiteral("max")) };
    case ColumnStatisticsModel::MeanColumn:
        return Figure { column.value(QStringLiteral("mean")) };
    case ColumnStatisticsModel::StdDevColumn:
        return Figure { column.value(QStringLiteral("stddev")) };
    case ColumnStatisticsModel::P5Column:
        return quantileFigure(column, QStringLiteral("p5"), 5);
    case ColumnStatisticsModel::P50Column:
        return quantileFigure(column, QStringLiteral("p50"), 50);
    case ColumnStatisticsModel::P95Column:
        return quantileFigure(column, QStringLiteral("p95"), 95);
    case ColumnStatisticsModel::TopValueColumn:
        return topValueFigure(column);
    default:
        return {};
    }
}

bool sameColumns(const QJsonArray &a, const QJsonArray &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).toObject().value(QStringLiteral("name")) != b.at(i).toObject().value(QStringLiteral("name")))
            return false;
    }
    return true;
}

} // namespace

ColumnStatisticsModel::ColumnStatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ColumnStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ColumnStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const QJsonObject column = m_columns.at(index.row()).toObject();
    const Figure figure = figureOf(column, index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = valueText(figure.value);
        if (index.column() == TopValueColumn && !text.isEmpty()) {
            const QJsonObject top = column.value(QStringLiteral("topValues")).toObject();
            const qint64 count = top.value(QStringLiteral("values"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("count"))
                                     .toInteger();
            text = tr("%1 (%2×)").arg(text, QLocale().toString(count));
        }
        return figure.exact || text.isEmpty() ? text : QStringLiteral("≈ ") + text;
    }
    case Qt::ToolTipRole:
        if (!figure.bound.isEmpty())
            return figure.bound;
        return figure.value.isString() && valueText(figure.value) != figure.value.toString() ? figure.value.toString()
                                                                                             : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (figure.value.isDouble() ? Qt::AlignRight : Qt::AlignLeft));
    case ExactRole:
        return figure.exact;
    case ValueRole:
        return figure.value.isUndefined() || figure.value.isNull() ? QVariant() : figure.value.toVariant();
    default:
        return {};
    }
}

QVariant ColumnStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CountColumn:
            return tr("Cells in the column, empty ones included");
        case NullsColumn:
            return tr("Empty cells");
        case DistinctColumn:
            return tr("Different values; estimated on large columns");
        case StdDevColumn:
            return tr("Sample standard deviation");
        case P5Column:
            return tr("5th percentile: 5% of the values are at most this");
        case P50Column:
            return tr("Median: half of the values are at most this");
        case P95Column:
            return tr("95th percentile: 95% of the values are at most this");
        case TopValueColumn:
            return tr("The most frequent value, with how often it occurs");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Type");
    case CountColumn:
        return tr("Count");
    case NullsColumn:
        return tr("Nulls");
    case DistinctColumn:
        return tr("Distinct");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case MeanColumn:
        return tr("Mean");
    case StdDevColumn:
        return tr("Std dev");
    case P5Column:
        return tr("p5");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    case TopValueColumn:
        return tr("Most frequent");
    default:
        return {};
    }
}

bool ColumnStatisticsModel::setProfile(const QJsonObject &profile)
{
    const bool final = profile.value(QStringLiteral("final")).toBool();
    if (m_final && !final)
        return false;
    const QJsonArray columns = profile.value(QStringLiteral("columns")).toArray();
    const bool reset = !sameColumns(columns, m_columns);
    if (reset)
        beginResetModel();
    m_columns = columns;
    m_rows = profile.value(QStringLiteral("rows")).toInteger();
    m_final = final;
    if (reset)
        endResetModel();
    else if (!m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_columns.size()) - 1, ColumnCount - 1));
    emit profileChanged();
    return true;
}

void ColumnStatisticsModel::clear()
{
    beginResetModel();
    m_columns = {};
    m_rows = -1;
    m_final = false;
    endResetModel();
    emit profileChanged();
}

int ColumnStatisticsModel::rowOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_columns.size(); ++row) {
        if (m_columns.at(row).toObject().value(QStringLiteral("name")).toString() == name)
            return int(row);
    }
    return -1;
}

} // namespace sluice
