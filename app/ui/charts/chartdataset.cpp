#include "app/ui/charts/chartdataset.h"

#include <QJsonArray>

namespace sluice {

ChartDataset ChartDataset::fromDetail(const QJsonObject &detail)
{
    ChartDataset dataset;
    dataset.id = detail.value(QStringLiteral("id")).toString();
    dataset.name = detail.value(QStringLiteral("name")).toString();
    const QString state = detail.value(QStringLiteral("state")).toString();
    dataset.importing = state == u"importing";
    dataset.hasRows = dataset.importing || state == u"ready";
    dataset.rows = detail.value(QStringLiteral("rows")).toInteger();
    dataset.error = detail.value(QStringLiteral("error")).toString();
    const QJsonArray schema = detail.value(QStringLiteral("schema")).toArray();
    for (const QJsonValue &entry : schema) {
        const QJsonObject column = entry.toObject();
        const QString name = column.value(QStringLiteral("name")).toString();
        const QString type = column.value(QStringLiteral("type")).toString();
        if (type == u"integer" || type == u"real") {
            dataset.numericColumns << name;
        } else if (type == u"date" || type == u"datetime") {
            dataset.temporalColumns << name;
            if (type == u"datetime")
                dataset.dateTimeColumns << name;
        } else if (type == u"text") {
            dataset.textColumns << name;
        }
    }
    return dataset;
}

} // namespace sluice
