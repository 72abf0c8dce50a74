#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include "core/error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sluice {

/// The filter bar above a dataset's rows: a column, an operator and a value make one
/// condition in the rows API's JSON form ({"column":"team","equals":"T01"}, {"column":"day",
/// "from":"2016-03-01"}, ...); "Add" appends it to the active ones, which all have to hold,
/// and "Clear" removes them. The server checks the values; its message is shown inline with
/// setError().
/// Thread: GUI. Owner: the DatasetDataView.
class RowFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowFilterBar)
public:
    enum class Operator { Equals, OneOf, AtLeast, AtMost, IsEmpty, IsNotEmpty };
    Q_ENUM(Operator)

    explicit RowFilterBar(QWidget *parent = nullptr);

    /// The columns to offer (a dataset detail's "schema"); the active filters are removed.
    void setColumns(const QJsonArray &schema);
    QJsonArray filters() const { return m_filters; }

    /// The filter on `column` of `type` ("integer", "date", ...); fails when `value` is
    /// needed and empty.
    [[nodiscard]] static Result<QJsonObject> filterFor(
        const QString &column, const QString &type, Operator op, const QString &value);
    /// The operators that fit a column of `type`.
    static QList<Operator> operatorsFor(const QString &type);

    /// Adds the condition in the editors; false (with the reason shown) when it is incomplete.
    bool addFilter();
    void clearFilters();

    /// Shows `message` under the bar (the server refused the filters); empty hides it.
    void setError(const QString &message);
    QString errorText() const;
    /// The active filters as shown ("team = T01 · quantity ≥ 10").
    QString summaryText() const;

    QComboBox *columnCombo() const { return m_column; }
    QComboBox *operatorCombo() const { return m_operator; }
    QLineEdit *valueEdit() const { return m_value; }

signals:
    void filtersChanged(const QJsonArray &filters);

private:
    void updateOperators();
    void updateValueEdit();
    void updateSummary();
    QString describe(const QJsonObject &filter) const;
    QString displayName(const QString &column) const;

    QComboBox *m_column;
    QComboBox *m_operator;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_clear;
    QLabel *m_summary;
    QLabel *m_error;
    QJsonArray m_schema;
    QJsonArray m_filters;
};

} // namespace sluice
