#include "app/ui/dataset/datasetoverview.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/ui/dataset/columnstatisticsmodel.h"

namespace sluice {

namespace {

QString settingText(const QJsonObject &dialect, const QString &key)
{
    return dialect.value(key).toObject().value(QStringLiteral("value")).toString();
}

QString delimiterName(const QString &delimiter)
{
    if (delimiter == u",")
        return DatasetOverview::tr("comma");
    if (delimiter == u";")
        return DatasetOverview::tr("semicolon");
    if (delimiter == u"\t")
        return DatasetOverview::tr("tab");
    if (delimiter == u"|")
        return DatasetOverview::tr("pipe");
    if (delimiter.isEmpty())
        return DatasetOverview::tr("none (one column)");
    return QStringLiteral("“%1”").arg(delimiter);
}

QString dialectText(const QJsonObject &dialect)
{
    if (dialect.isEmpty())
        return DatasetOverview::tr("not known yet");
    const QString quote = settingText(dialect, QStringLiteral("quote"));
    const bool header = dialect.value(QStringLiteral("header")).toObject().value(QStringLiteral("value")).toBool();
    QStringList parts {
        DatasetOverview::tr("delimiter %1").arg(delimiterName(settingText(dialect, QStringLiteral("delimiter")))),
        quote.isEmpty() ? DatasetOverview::tr("no quoting") : DatasetOverview::tr("quote %1").arg(quote),
        header ? DatasetOverview::tr("header row") : DatasetOverview::tr("no header row")
    };
    const int preamble
        = dialect.value(QStringLiteral("preambleLines")).toObject().value(QStringLiteral("value")).toInt();
    if (preamble == 1)
        parts << DatasetOverview::tr("1 line skipped before the table");
    else if (preamble > 1)
        parts << DatasetOverview::tr("%1 lines skipped before the table").arg(preamble);
    const QString decimal = settingText(dialect, QStringLiteral("decimalSeparator"));
    if (!decimal.isEmpty() && decimal != u".")
        parts << DatasetOverview::tr("decimal separator %1").arg(decimal);
    return parts.join(QStringLiteral(", "));
}

QString encodingText(const QJsonObject &dialect)
{
    const QJsonObject encoding = dialect.value(QStringLiteral("encoding")).toObject();
    const QString name = encoding.value(QStringLiteral("value")).toString();
    if (name.isEmpty())
        return DatasetOverview::tr("not known yet");
    return encoding.value(QStringLiteral("bom")).toBool() ? DatasetOverview::tr("%1 with byte order mark").arg(name)
                                                          : name;
}

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

QString durationText(qint64 ms)
{
    if (ms < 60'000)
        return DatasetOverview::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return DatasetOverview::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return DatasetOverview::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString importedText(const QJsonObject &detail)
{
    const QDateTime started = timeOf(detail.value(QStringLiteral("startedAt")));
    const QDateTime finished = timeOf(detail.value(QStringLiteral("finishedAt")));
    const QLocale locale;
    if (finished.isValid() && started.isValid())
        return DatasetOverview::tr("%1, in %2")
            .arg(
                locale.toString(finished.toLocalTime(), QLocale::ShortFormat), durationText(started.msecsTo(finished)));
    if (finished.isValid())
        return locale.toString(finished.toLocalTime(), QLocale::ShortFormat);
    if (started.isValid())
        return DatasetOverview::tr("started %1").arg(locale.toString(started.toLocalTime(), QLocale::ShortFormat));
    return DatasetOverview::tr("not started yet");
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

DatasetOverview::DatasetOverview(QWidget *parent)
    : QWidget(parent)
    , m_source(valueLabel(this))
    , m_dialect(valueLabel(this))
    , m_encoding(valueLabel(this))
    , m_rows(valueLabel(this))
    , m_rejected(valueLabel(this))
    , m_imported(valueLabel(this))
    , m_state(valueLabel(this))
    , m_schema(new QTableWidget(0, 3, this))
    , m_statisticsCaption(new QLabel(this))
    , m_statistics(new ColumnStatisticsModel(this))
    , m_statisticsView(new QTableView(this))
{
    setObjectName(QStringLiteral("datasetOverview"));
    m_state->setObjectName(QStringLiteral("datasetState"));

    auto *origin = new QFormLayout;
    origin->addRow(tr("Source:"), m_source);
    origin->addRow(tr("Dialect:"), m_dialect);
    origin->addRow(tr("Encoding:"), m_encoding);
    auto *outcome = new QFormLayout;
    outcome->addRow(tr("State:"), m_state);
    outcome->addRow(tr("Rows:"), m_rows);
    outcome->addRow(tr("Rejected:"), m_rejected);
    outcome->addRow(tr("Imported:"), m_imported);
    auto *facts = new QHBoxLayout;
    facts->addLayout(origin, 3);
    facts->addSpacing(24);
    facts->addLayout(outcome, 2);

    m_schema->setObjectName(QStringLiteral("schemaTable"));
    m_schema->setAccessibleName(tr("Schema"));
    m_schema->setHorizontalHeaderLabels({ tr("Name"), tr("Type"), tr("Nullable") });
    m_schema->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schema->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schema->verticalHeader()->hide();
    m_schema->horizontalHeader()->setStretchLastSection(true);
    auto *schemaBox = new QGroupBox(tr("Schema"), this);
    auto *schemaLayout = new QVBoxLayout(schemaBox);
    schemaLayout->addWidget(m_schema);

    m_statisticsView->setObjectName(QStringLiteral("statisticsTable"));
    m_statisticsView->setAccessibleName(tr("Column statistics"));
    m_statisticsView->setModel(m_statistics);
    m_statisticsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statisticsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statisticsView->setAlternatingRowColors(true);
    m_statisticsView->verticalHeader()->hide();
    m_statisticsView->horizontalHeader()->setStretchLastSection(true);
    m_statisticsCaption->setWordWrap(true);
    auto *statisticsBox = new QGroupBox(tr("Statistics"), this);
    auto *statisticsLayout = new QVBoxLayout(statisticsBox);
    statisticsLayout->addWidget(m_statisticsCaption);
    statisticsLayout->addWidget(m_statisticsView);

    // Side by side: both run as long as the dataset has columns.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(schemaBox);
    splitter->addWidget(statisticsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(splitter, 1);

    connect(m_statistics, &ColumnStatisticsModel::profileChanged, this, &DatasetOverview::updateStatisticsCaption);
    clear();
}

void DatasetOverview::setDetail(const QJsonObject &detail)
{
    m_detail = detail;
    const QJsonObject dialect = detail.value(QStringLiteral("dialect")).toObject();
    const QLocale locale;
    m_source->setText(tr("%1 (%2)").arg(detail.value(QStringLiteral("sourceName")).toString(),
        locale.formattedDataSize(
            detail.value(QStringLiteral("sourceBytes")).toInteger(), 1, QLocale::DataSizeSIFormat)));
    m_dialect->setText(dialectText(dialect));
    m_encoding->setText(encodingText(dialect));
    m_imported->setText(importedText(detail));
    const QString state = detail.value(QStringLiteral("state")).toString();
    // While importing, the catalog's counts lag behind the progress events: keep those.
    if (state != u"importing") {
        m_rows->setText(locale.toString(detail.value(QStringLiteral("rows")).toInteger()));
        m_rejected->setText(locale.toString(detail.value(QStringLiteral("errors")).toInteger()));
    }
    showState(state, detail.value(QStringLiteral("error")).toString(), 0);

    const QJsonArray schema = detail.value(QStringLiteral("schema")).toArray();
    m_schema->setRowCount(int(schema.size()));
    for (int row = 0; row < schema.size(); ++row) {
        const QJsonObject column = schema.at(row).toObject();
        const QString name = column.value(QStringLiteral("name")).toString();
        const QString original = column.value(QStringLiteral("originalName")).toString();
        const QStringList cells { name, column.value(QStringLiteral("type")).toString(),
            column.value(QStringLiteral("nullable")).toBool() ? tr("yes") : tr("no") };
        for (int cell = 0; cell < cells.size(); ++cell)
            m_schema->setItem(row, cell, new QTableWidgetItem(cells.at(cell)));
        if (!original.isEmpty() && original != name)
            m_schema->item(row, 0)->setToolTip(tr("“%1” in the file").arg(original));
    }
    m_schema->resizeColumnsToContents();
    updateStatisticsCaption();
}

void DatasetOverview::setProgress(const QJsonObject &progress)
{
    const QLocale locale;
    m_rows->setText(tr("%1 so far").arg(locale.toString(progress.value(QStringLiteral("rows")).toInteger())));
    m_rejected->setText(locale.toString(progress.value(QStringLiteral("rejected")).toInteger()));
    showState(QStringLiteral("importing"), QString(), progress.value(QStringLiteral("fraction")).toDouble());
}

void DatasetOverview::applyProfile(const QJsonObject &profile)
{
    const bool first = m_statistics->profiledRows() < 0;
    // Widths follow the first and the final figures only, so columns do not jump while they update.
    if (m_statistics->setProfile(profile) && (first || m_statistics->isFinal()))
        m_statisticsView->resizeColumnsToContents();
}

void DatasetOverview::clear()
{
    m_detail = {};
    for (QLabel *label : { m_source, m_dialect, m_encoding, m_rows, m_rejected, m_imported, m_state })
        label->clear();
    m_schema->setRowCount(0);
    m_statistics->clear();
}

void DatasetOverview::showState(const QString &state, const QString &error, double fraction)
{
    QString text;
    QString color;
    if (state == u"importing") {
        text = fraction > 0 ? tr("Importing %1%").arg(int(fraction * 100)) : tr("Importing");
    } else if (state == u"ready") {
        text = tr("Ready");
        color = QStringLiteral("#2e7d32");
    } else if (state == u"failed" || state == u"canceled") {
        const QString what = state == u"failed" ? tr("Failed") : tr("Canceled");
        text = error.isEmpty() ? what : tr("%1: %2").arg(what, error);
        color = QStringLiteral("#c62828");
    } else {
        text = state;
    }
    m_state->setText(text);
    m_state->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(color));
}

void DatasetOverview::updateStatisticsCaption()
{
    const qint64 rows = m_statistics->profiledRows();
    const QString state = m_detail.value(QStringLiteral("state")).toString();
    QString caption;
    if (rows < 0)
        caption = state == u"importing" ? tr("The statistics appear here as the import runs.")
                                        : tr("No statistics for this dataset.");
    else if (!m_statistics->isFinal())
        caption = tr("Over the first %1 rows, updating while the import runs.").arg(QLocale().toString(rows));
    else
        caption = tr("Over all %1 rows. Figures marked ≈ are estimates: hover over one for its error bound.")
                      .arg(QLocale().toString(rows));
    m_statisticsCaption->setText(caption);
}

QString DatasetOverview::stateText() const
{
    return m_state->text();
}

QString DatasetOverview::rowsText() const
{
    return m_rows->text();
}

QString DatasetOverview::rejectedText() const
{
    return m_rejected->text();
}

} // namespace sluice
