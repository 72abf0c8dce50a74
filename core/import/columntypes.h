#pragma once

#include <QByteArrayView>

#include "core/csv/columntype.h"
#include "core/csv/valueparser.h"

namespace sluice {

/// The narrowest type that holds both: the same type, Real for Integer with Real, DateTime
/// for Date with DateTime, and Text for anything else. Widening never alters a value.
ColumnType widerOf(ColumnType a, ColumnType b);

/// The narrowest type a single value fits, reading numeric dates in `order`.
ColumnType naturalTypeOf(const ValueParser &parser, QByteArrayView value, DateOrder order);

} // namespace sluice
