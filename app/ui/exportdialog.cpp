#include "app/ui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "app/client/apiclient.h"

namespace sluice {

namespace {

QString datasetPath(const QString &id)
{
    return QStringLiteral("/api/v1/datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool isTemporal(const QString &type)
{
    return type == u"date" || type == u"datetime";
}

bool isNumeric(const QString &type)
{
    return type == u"integer" || type == u"real";
}

// A bound typed by the user: a number when it reads as one, else the text as typed so that
// the server names what is wrong with it.
QJsonValue numberValue(const QString &text)
{
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    if (ok)
        return QJsonValue(integer);
    const double real = text.toDouble(&ok);
    return ok ? QJsonValue(real) : QJsonValue(text);
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

ExportDialog::ExportDialog(ApiClient *client, QWidget *parent, const QString &datasetId)
    : QDialog(parent)
    , m_client(client)
    , m_dataset(new QComboBox(this))
    , m_columns(new QListWidget(this))
    , m_dateColumn(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_numberColumn(new QComboBox(this))
    , m_minimum(new QLineEdit(this))
    , m_maximum(new QLineEdit(this))
    , m_textColumn(new QComboBox(this))
    , m_textValues(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Byte order mark (for Excel)"), this))
    , m_neutralize(new QCheckBox(tr("Neutralise spreadsheet formulas"), this))
    , m_rowCount(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Dataset"));

    m_dataset->setObjectName(QStringLiteral("exportDataset"));
    m_dataset->setAccessibleName(tr("Dataset"));
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export, in order"));
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *up = new QPushButton(tr("Move Up"), this);
    up->setObjectName(QStringLiteral("moveColumnUp"));
    up->setAccessibleName(tr("Move column up"));
    auto *down = new QPushButton(tr("Move Down"), this);
    down->setObjectName(QStringLiteral("moveColumnDown"));
    down->setAccessibleName(tr("Move column down"));
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    m_dateColumn->setObjectName(QStringLiteral("exportDateColumn"));
    m_dateColumn->setAccessibleName(tr("Date column"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setAccessibleName(tr("To date"));
    m_numberColumn->setObjectName(QStringLiteral("exportNumberColumn"));
    m_numberColumn->setAccessibleName(tr("Numeric filter column"));
    m_minimum->setObjectName(QStringLiteral("exportMinimum"));
    m_minimum->setAccessibleName(tr("Minimum"));
    m_minimum->setPlaceholderText(tr("minimum"));
    m_maximum->setObjectName(QStringLiteral("exportMaximum"));
    m_maximum->setAccessibleName(tr("Maximum"));
    m_maximum->setPlaceholderText(tr("maximum"));
    m_textColumn->setObjectName(QStringLiteral("exportTextColumn"));
    m_textColumn->setAccessibleName(tr("Text filter column"));
    m_textValues->setObjectName(QStringLiteral("exportTextValues"));
    m_textValues->setAccessibleName(tr("Values"));
    m_textValues->setPlaceholderText(tr("a value, or several separated by commas"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("CSV, gzip-compressed (.csv.gz)"), QStringLiteral("csv.gz"));
    m_format->addItem(tr("CSV, Zstandard-compressed (.csv.zst)"), QStringLiteral("csv.zst"));
    m_format->addItem(tr("ZIP archive"), QStringLiteral("zip"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setAccessibleName(m_bom->text());
    m_neutralize->setObjectName(QStringLiteral("exportNeutralize"));
    m_neutralize->setAccessibleName(m_neutralize->text());
    m_neutralize->setToolTip(tr("Text starting with = + - or @ is saved with a leading ' so that spreadsheets "
                                "show it instead of running it"));
    m_neutralize->setChecked(true); // safe by default: exported data may come from anyone

    m_rowCount->setObjectName(QStringLiteral("exportRowCount"));
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    QPushButton *startButton = m_buttons->addButton(tr("Start Export"), QDialogButtonBox::AcceptRole);
    startButton->setObjectName(QStringLiteral("startExportButton"));
    startButton->setAccessibleName(tr("Start export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columnButtons = new QVBoxLayout;
    columnButtons->addWidget(up);
    columnButtons->addWidget(down);
    columnButtons->addStretch();
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addWidget(m_columns, 1);
    columnsRow->addLayout(columnButtons);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateColumn);
    dateRow->addWidget(m_from);
    dateRow->addWidget(new QLabel(tr("to"), this));
    dateRow->addWidget(m_to);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_numberColumn);
    numberRow->addWidget(m_minimum);
    numberRow->addWidget(m_maximum);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_textColumn);
    textRow->addWidget(m_textValues, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Dataset:"), m_dataset);
    // Rows whose field is a layout get a label without a buddy, so no mnemonic: it would show as "&".
    form->addRow(tr("Columns:"), columnsRow);
    form->addRow(tr("Dates:"), dateRow);
    form->addRow(tr("Range:"), numberRow);
    form->addRow(tr("Equals:"), textRow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("De&limiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_neutralize);
    form->addRow(tr("Rows:"), m_rowCount);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Each change recounts the rows once typing pauses, not on every keystroke.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ExportDialog::fetchProfile);
    connect(m_dateColumn, &QComboBox::currentIndexChanged, this, &ExportDialog::applyDateBounds);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportDialog::schedulePreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportDialog::schedulePreview);
    connect(m_numberColumn, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_minimum, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_maximum, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_textColumn, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_textValues, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);

    m_rowCount->setText(tr("counting…"));
    fetchDatasets(datasetId);
}

void ExportDialog::fetchDatasets(const QString &preselect)
{
    m_client->getJson(QStringLiteral("/api/v1/datasets"), this, [this, preselect](const Result<QJsonObject> &result) {
        if (!result) {
            showError(tr("Could not list the datasets: %1").arg(result.error().message));
            return;
        }
        const QSignalBlocker blocker(m_dataset);
        m_dataset->clear();
        const QJsonArray datasets = result->value(QStringLiteral("datasets")).toArray();
        for (const QJsonValue &value : datasets) {
            const QJsonObject dataset = value.toObject();
            if (dataset.value(QStringLiteral("state")).toString() != u"ready")
                continue; // only complete datasets can be exported
            m_dataset->addItem(tr("%1 (%2 rows)")
                                   .arg(dataset.value(QStringLiteral("name")).toString(),
                                        QLocale().toString(qint64(dataset.value(QStringLiteral("rows")).toDouble()))),
                               dataset.value(QStringLiteral("id")).toString());
        }
        const int preselected = m_dataset->findData(preselect);
        m_dataset->setCurrentIndex(preselected >= 0 ? preselected : (m_dataset->count() > 0 ? 0 : -1));
        if (m_dataset->count() == 0)
            showError(tr("There is no ready dataset to export."));
        emit datasetsLoaded();
        fetchProfile();
    });
}

QString ExportDialog::datasetId() const
{
    return m_dataset->currentData().toString();
}

bool ExportDialog::selectDataset(const QString &id)
{
    const int index = m_dataset->findData(id);
    if (index < 0)
        return false;
    m_dataset->setCurrentIndex(index);
    return true;
}

void ExportDialog::fetchProfile()
{
    const QString id = datasetId();
    const quint64 generation = ++m_profileGeneration;
    if (id.isEmpty())
        return;
    m_client->getJson(datasetPath(id) + QStringLiteral("/profile"), this,
                      [this, generation](const Result<QJsonObject> &result) {
        if (generation != m_profileGeneration)
            return; // another dataset was chosen meanwhile
        if (!result) {
            showError(tr("Could not read the dataset's columns: %1").arg(result.error().message));
            return;
        }
        applyProfile(result->value(QStringLiteral("columns")).toArray());
    });
}

void ExportDialog::applyProfile(const QJsonArray &columns)
{
    m_profile.clear();
    m_columns->clear();
    const QSignalBlocker dateBlocker(m_dateColumn);
    const QSignalBlocker numberBlocker(m_numberColumn);
    const QSignalBlocker textBlocker(m_textColumn);
    m_dateColumn->clear();
    m_numberColumn->clear();
    m_textColumn->clear();
    m_dateColumn->addItem(tr("No date filter"), QString());
    m_numberColumn->addItem(tr("No range filter"), QString());
    m_textColumn->addItem(tr("No equals filter"), QString());
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        const QString name = column.value(QStringLiteral("name")).toString();
        const QString type = column.value(QStringLiteral("type")).toString();
        m_profile.insert(name, column);
        auto *item = new QListWidgetItem(name, m_columns);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(type);
        if (isTemporal(type))
            m_dateColumn->addItem(name, name);
        else if (isNumeric(type))
            m_numberColumn->addItem(name, name);
        m_textColumn->addItem(name, name);
    }
    // The first date column is the one people mean in a sales-like table.
    m_dateColumn->setCurrentIndex(m_dateColumn->count() > 1 ? 1 : 0);
    applyDateBounds();
    emit profileLoaded();
}

void ExportDialog::applyDateBounds()
{
    const QString column = m_dateColumn->currentData().toString();
    const QJsonObject profile = m_profile.value(column);
    const QDate minimum = dateOf(profile.value(QStringLiteral("min")));
    const QDate maximum = dateOf(profile.value(QStringLiteral("max")));
    const bool enabled = !column.isEmpty() && minimum.isValid() && maximum.isValid();
    for (QDateEdit *edit : { m_from, m_to }) {
        const QSignalBlocker blocker(edit);
        edit->setEnabled(enabled);
        if (enabled)
            edit->setDateRange(minimum, maximum);
    }
    if (enabled) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(minimum);
        m_to->setDate(maximum);
    }
    schedulePreview();
}

QJsonArray ExportDialog::filters() const
{
    QJsonArray filters;
    const QString dateColumn = m_dateColumn->currentData().toString();
    if (!dateColumn.isEmpty() && m_from->isEnabled()) {
        filters.append(QJsonObject { { QStringLiteral("column"), dateColumn },
                                     { QStringLiteral("from"), m_from->date().toString(Qt::ISODate) },
                                     { QStringLiteral("to"), m_to->date().toString(Qt::ISODate) } });
    }
    const QString numberColumn = m_numberColumn->currentData().toString();
    const QString minimum = m_minimum->text().trimmed();
    const QString maximum = m_maximum->text().trimmed();
    if (!numberColumn.isEmpty() && (!minimum.isEmpty() || !maximum.isEmpty())) {
        QJsonObject range { { QStringLiteral("column"), numberColumn } };
        if (!minimum.isEmpty())
            range.insert(QStringLiteral("min"), numberValue(minimum));
        if (!maximum.isEmpty())
            range.insert(QStringLiteral("max"), numberValue(maximum));
        filters.append(range);
    }
    const QString textColumn = m_textColumn->currentData().toString();
    QStringList values;
    for (const QString &value : m_textValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!value.trimmed().isEmpty())
            values.append(value.trimmed());
    }
    if (!textColumn.isEmpty() && values.size() == 1)
        filters.append(QJsonObject { { QStringLiteral("column"), textColumn }, { QStringLiteral("equals"), values.first() } });
    else if (!textColumn.isEmpty() && values.size() > 1)
        filters.append(QJsonObject { { QStringLiteral("column"), textColumn },
                                     { QStringLiteral("in"), QJsonArray::fromStringList(values) } });
    return filters;
}

QJsonObject ExportDialog::parameters() const
{
    QJsonArray columns;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->checkState() == Qt::Checked)
            columns.append(m_columns->item(row)->text());
    }
    QJsonObject parameters { { QStringLiteral("datasetId"), datasetId() },
                             { QStringLiteral("columns"), columns },
                             { QStringLiteral("format"), m_format->currentData().toString() },
                             { QStringLiteral("delimiter"), m_delimiter->currentData().toString() },
                             { QStringLiteral("bom"), m_bom->isChecked() },
                             { QStringLiteral("neutralizeFormulas"), m_neutralize->isChecked() } };
    const QJsonArray filterList = filters();
    if (!filterList.isEmpty())
        parameters.insert(QStringLiteral("filters"), filterList);
    return parameters;
}

QStringList ExportDialog::columnOrder() const
{
    QStringList names;
    for (int row = 0; row < m_columns->count(); ++row)
        names.append(m_columns->item(row)->text());
    return names;
}

bool ExportDialog::setColumnChecked(const QString &name, bool checked)
{
    const QList<QListWidgetItem *> items = m_columns->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    items.first()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool ExportDialog::moveColumn(const QString &name, int delta)
{
    const QList<QListWidgetItem *> items = m_columns->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    const int row = m_columns->row(items.first());
    const int target = row + delta;
    if (delta == 0 || target < 0 || target >= m_columns->count())
        return false;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentItem(item);
    return true;
}

void ExportDialog::moveSelected(int delta)
{
    if (QListWidgetItem *item = m_columns->currentItem())
        moveColumn(item->text(), delta);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const QString id = datasetId();
    if (id.isEmpty())
        return;
    const quint64 generation = ++m_previewGeneration;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
    const QJsonArray filterList = filters();
    if (!filterList.isEmpty()) {
        // QUrlQuery leaves '&', '=', '+' and '%' alone in values: encode those by hand.
        QString json = QString::fromUtf8(QJsonDocument(filterList).toJson(QJsonDocument::Compact));
        query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(json)));
    }
    m_previewCount = -1;
    m_rowCount->setText(tr("counting…"));
    m_client->getJson(datasetPath(id) + QStringLiteral("/rows?") + query.toString(QUrl::FullyEncoded), this,
                      [this, generation](const Result<QJsonObject> &result) {
        if (generation != m_previewGeneration)
            return; // the form changed since: a newer count is on its way
        if (!result) {
            m_rowCount->setText(tr("unknown"));
            showError(result.error().message);
            return;
        }
        showError(QString());
        m_previewCount = qint64(result->value(QStringLiteral("total")).toDouble(-1));
        m_rowCount->setText(m_previewCount == 1 ? tr("1 row will be exported")
                                                : tr("%1 rows will be exported").arg(QLocale().toString(m_previewCount)));
        emit previewUpdated(m_previewCount);
    });
}

void ExportDialog::start()
{
    if (datasetId().isEmpty()) {
        showError(tr("Choose a dataset to export."));
        return;
    }
    const QJsonObject body { { QStringLiteral("type"), QStringLiteral("export") },
                             { QStringLiteral("parameters"), parameters() } };
    m_buttons->setEnabled(false);
    m_client->postJson(QStringLiteral("/api/v1/tasks"), body, this, [this](const Result<QJsonObject> &result) {
        m_buttons->setEnabled(true);
        if (!result) {
            showError(tr("The server refused the export: %1").arg(result.error().message));
            return;
        }
        showError(QString());
        emit exportStarted(*result);
        accept();
    });
}

void ExportDialog::showError(const QString &message)
{
    m_errorText = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit errorShown(message);
}

} // namespace sluice
