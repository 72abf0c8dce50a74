#include "app/ui/dataset/rowfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice {

namespace {

const QString kColumn = QStringLiteral("column");

bool isTemporal(const QString &type)
{
    return type == u"date" || type == u"datetime";
}

bool isOrdered(const QString &type)
{
    return isTemporal(type) || type == u"integer" || type == u"real";
}

QString operatorText(RowFilterBar::Operator op)
{
    switch (op) {
    case RowFilterBar::Operator::Equals:
        return RowFilterBar::tr("=");
    case RowFilterBar::Operator::OneOf:
        return RowFilterBar::tr("is one of");
    case RowFilterBar::Operator::AtLeast:
        return RowFilterBar::tr("≥");
    case RowFilterBar::Operator::AtMost:
        return RowFilterBar::tr("≤");
    case RowFilterBar::Operator::IsEmpty:
        return RowFilterBar::tr("is empty");
    case RowFilterBar::Operator::IsNotEmpty:
        return RowFilterBar::tr("is not empty");
    }
    return {};
}

QString jsonText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

} // namespace

RowFilterBar::RowFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_column(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add Filter"), this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rowFilterBar"));
    m_column->setObjectName(QStringLiteral("filterColumn"));
    m_column->setAccessibleName(tr("Filter column"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operator->setObjectName(QStringLiteral("filterOperator"));
    m_operator->setAccessibleName(tr("Filter operator"));
    m_value->setObjectName(QStringLiteral("filterValue"));
    m_value->setAccessibleName(tr("Filter value"));
    m_value->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addFilterButton"));
    m_add->setToolTip(tr("Show only the rows that match this condition too."));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("activeFilters"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *editors = new QHBoxLayout;
    editors->setContentsMargins(0, 0, 0, 0);
    editors->addWidget(new QLabel(tr("Filter:"), this));
    editors->addWidget(m_column);
    editors->addWidget(m_operator);
    editors->addWidget(m_value, 1);
    editors->addWidget(m_add);
    editors->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(editors);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);

    connect(m_column, &QComboBox::currentIndexChanged, this, &RowFilterBar::updateOperators);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &RowFilterBar::updateValueEdit);
    connect(m_value, &QLineEdit::returnPressed, this, &RowFilterBar::addFilter);
    connect(m_add, &QPushButton::clicked, this, &RowFilterBar::addFilter);
    connect(m_clear, &QPushButton::clicked, this, &RowFilterBar::clearFilters);
    setColumns({});
}

void RowFilterBar::setColumns(const QJsonArray &schema)
{
    m_schema = schema;
    m_column->clear();
    for (const QJsonValue &value : schema) {
        const QJsonObject column = value.toObject();
        const QString name = column.value(QStringLiteral("name")).toString();
        m_column->addItem(displayName(name), name);
        m_column->setItemData(m_column->count() - 1, column.value(QStringLiteral("type")).toString(), Qt::UserRole + 1);
    }
    const bool any = !schema.isEmpty();
    for (QWidget *editor : std::initializer_list<QWidget *> { m_column, m_operator, m_value, m_add })
        editor->setEnabled(any);
    m_filters = {};
    setError({});
    updateOperators();
    updateSummary();
}

QList<RowFilterBar::Operator> RowFilterBar::operatorsFor(const QString &type)
{
    if (isOrdered(type))
        return { Operator::Equals, Operator::OneOf, Operator::AtLeast, Operator::AtMost, Operator::IsEmpty,
            Operator::IsNotEmpty };
    if (type == u"boolean")
        return { Operator::Equals, Operator::IsEmpty, Operator::IsNotEmpty };
    return { Operator::Equals, Operator::OneOf, Operator::IsEmpty, Operator::IsNotEmpty };
}

Result<QJsonObject> RowFilterBar::filterFor(
    const QString &column, const QString &type, Operator op, const QString &value)
{
    const bool needsValue = op != Operator::IsEmpty && op != Operator::IsNotEmpty;
    // Text is compared as typed; elsewhere surrounding spaces are only noise.
    const QString given = type == u"text" ? value : value.trimmed();
    if (needsValue && given.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter a value to compare %1 with.").arg(column));
    QJsonObject filter { { kColumn, column } };
    switch (op) {
    case Operator::Equals:
        filter.insert(QStringLiteral("equals"), given);
        break;
    case Operator::OneOf: {
        QJsonArray values;
        for (const QString &part : given.split(u','))
            values.append(type == u"text" ? part : part.trimmed());
        filter.insert(QStringLiteral("in"), values);
        break;
    }
    case Operator::AtLeast:
        filter.insert(isTemporal(type) ? QStringLiteral("from") : QStringLiteral("min"), given);
        break;
    case Operator::AtMost:
        filter.insert(isTemporal(type) ? QStringLiteral("to") : QStringLiteral("max"), given);
        break;
    case Operator::IsEmpty:
        filter.insert(QStringLiteral("isNull"), true);
        break;
    case Operator::IsNotEmpty:
        filter.insert(QStringLiteral("isNull"), false);
        break;
    }
    return filter;
}

bool RowFilterBar::addFilter()
{
    if (m_column->currentIndex() < 0 || m_operator->currentIndex() < 0)
        return false;
    auto filter = filterFor(m_column->currentData().toString(), m_column->currentData(Qt::UserRole + 1).toString(),
        Operator(m_operator->currentData().toInt()), m_value->text());
    if (!filter) {
        setError(filter.error().message);
        return false;
    }
    setError({});
    m_filters.append(*filter);
    m_value->clear();
    updateSummary();
    emit filtersChanged(m_filters);
    return true;
}

void RowFilterBar::clearFilters()
{
    setError({});
    if (m_filters.isEmpty())
        return;
    m_filters = {};
    updateSummary();
    emit filtersChanged(m_filters);
}

void RowFilterBar::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RowFilterBar::errorText() const
{
    return m_error->text();
}

QString RowFilterBar::summaryText() const
{
    return m_summary->text();
}

void RowFilterBar::updateOperators()
{
    const QString type = m_column->currentData(Qt::UserRole + 1).toString();
    m_operator->clear();
    for (Operator op : operatorsFor(type))
        m_operator->addItem(operatorText(op), int(op));
    updateValueEdit();
}

void RowFilterBar::updateValueEdit()
{
    const QString type = m_column->currentData(Qt::UserRole + 1).toString();
    const auto op = Operator(m_operator->currentData().toInt());
    const bool needsValue = m_operator->currentIndex() >= 0 && op != Operator::IsEmpty && op != Operator::IsNotEmpty;
    m_value->setEnabled(needsValue);
    QString hint;
    if (op == Operator::OneOf)
        hint = tr("values separated by commas");
    else if (type == u"date")
        hint = tr("YYYY-MM-DD");
    else if (type == u"datetime")
        hint = tr("YYYY-MM-DD or YYYY-MM-DDThh:mm:ss");
    else if (type == u"boolean")
        hint = tr("true or false");
    else if (needsValue)
        hint = tr("value");
    m_value->setPlaceholderText(hint);
}

void RowFilterBar::updateSummary()
{
    QStringList parts;
    for (const QJsonValue &filter : std::as_const(m_filters))
        parts << describe(filter.toObject());
    m_summary->setText(parts.isEmpty() ? QString() : tr("Showing rows where %1").arg(parts.join(tr(" and "))));
    m_summary->setVisible(!parts.isEmpty());
    m_clear->setEnabled(!parts.isEmpty());
}

QString RowFilterBar::describe(const QJsonObject &filter) const
{
    const QString column = displayName(filter.value(kColumn).toString());
    if (filter.contains(QStringLiteral("equals")))
        return tr("%1 = %2").arg(column, jsonText(filter.value(QStringLiteral("equals"))));
    if (filter.contains(QStringLiteral("in"))) {
        QStringList values;
        for (const QJsonValue &value : filter.value(QStringLiteral("in")).toArray())
            values << jsonText(value);
        return tr("%1 is one of %2").arg(column, values.join(QStringLiteral(", ")));
    }
    for (const QString &lower : { QStringLiteral("min"), QStringLiteral("from") }) {
        if (filter.contains(lower))
            return tr("%1 ≥ %2").arg(column, jsonText(filter.value(lower)));
    }
    for (const QString &upper : { QStringLiteral("max"), QStringLiteral("to") }) {
        if (filter.contains(upper))
            return tr("%1 ≤ %2").arg(column, jsonText(filter.value(upper)));
    }
    return filter.value(QStringLiteral("isNull")).toBool() ? tr("%1 is empty").arg(column)
                                                           : tr("%1 is not empty").arg(column);
}

QString RowFilterBar::displayName(const QString &column) const
{
    for (const QJsonValue &value : m_schema) {
        const QJsonObject schemaColumn = value.toObject();
        if (schemaColumn.value(QStringLiteral("name")).toString() != column)
            continue;
        const QString original = schemaColumn.value(QStringLiteral("originalName")).toString();
        return original.isEmpty() ? column : original;
    }
    return column;
}

} // namespace sluice
