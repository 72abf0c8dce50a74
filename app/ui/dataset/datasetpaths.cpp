#include "app/ui/dataset/datasetpaths.h"

#include <QUrl>

namespace sluice {

QString datasetPath(const QString &id, const QString &resource)
{
    QString path = QStringLiteral("/api/v1/datasets/") + queryValue(id);
    if (!resource.isEmpty())
        path += u'/' + resource;
    return path;
}

QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace sluice
