#include "app/ui/dataset/textpreview.h"

namespace sluice {

QString oneLinePreview(const QString &text, qsizetype maxCharacters)
{
    QString shown = text.left(maxCharacters);
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    shown.replace(u'\r', u'\n').replace(u'\n', QChar(0x21b5)); // ↵: a row would grow taller for each line
    return text.size() > maxCharacters ? shown + QStringLiteral("…") : shown;
}

} // namespace sluice
