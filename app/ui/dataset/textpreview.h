#pragma once

#include <QString>

namespace sluice {

/// `text` as one table cell line: line breaks shown as ↵, cut after `maxCharacters` with "…".
/// The cell's tooltip can carry the whole text.
QString oneLinePreview(const QString &text, qsizetype maxCharacters);

} // namespace sluice
