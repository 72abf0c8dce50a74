#include "app/ui/charts/timeserieschart.h"

#include <cmath>
#include <utility>

#include <QComboBox>
#include <QLocale>
#include <QStandardItemModel>
#include <QUrlQuery>

#include <qcustomplot.h>

#include "app/client/apiclient.h"
#include "app/ui/charts/chartstyle.h"
#include "app/ui/charts/columncombo.h"
#include "app/ui/charts/measurepicker.h"

namespace sluice {

namespace {

// While importing, the server's series is asked again at most this often: each answer is a
// GROUP BY over the rows imported so far.
constexpr auto kLiveInterval = std::chrono::milliseconds(2000);
// Markers on the line while the points are few enough to tell apart.
constexpr int kMostMarkedPoints = 120;
// How near (pixels) the pointer must be to a point for its tooltip.
constexpr double kHoverDistance = 24.0;

double spanOf(ChartBucket bucket)
{
    switch (bucket) {
    case ChartBucket::Hour:
        return 3600.0;
    case ChartBucket::Day:
        return 86400.0;
    case ChartBucket::Week:
        return 7 * 86400.0;
    case ChartBucket::Month:
        return 31 * 86400.0;
    }
    return 86400.0;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(ApiClient *client, QWidget *parent)
    : ChartPage(parent)
    , m_client(client)
    , m_column(new ColumnCombo(this))
    , m_bucket(new QComboBox(this))
    , m_measure(new MeasurePicker(this))
    , m_graph(plot()->addGraph())
    , m_ticker(new QCPAxisTickerDateTime)
{
    m_bucket->addItem(tr("Hour"), int(ChartBucket::Hour));
    m_bucket->addItem(tr("Day"), int(ChartBucket::Day));
    m_bucket->addItem(tr("Week"), int(ChartBucket::Week));
    m_bucket->addItem(tr("Month"), int(ChartBucket::Month));
    m_bucket->setCurrentIndex(m_bucket->findData(int(ChartBucket::Day)));
    m_column->setAccessibleName(tr("Date column"));
    m_bucket->setAccessibleName(tr("Time bucket"));
    m_bucket->setToolTip(tr("Hours need a column with times; weeks start on Monday; all in UTC"));
    addControl(tr("&Date column:"), m_column);
    addControl(tr("&By:"), m_bucket);
    addControl(tr("&Measure:"), m_measure);

    m_ticker->setDateTimeSpec(Qt::UTC);
    m_ticker->setTickCount(6);
    plot()->xAxis->setTicker(m_ticker);
    plot()->setAccessibleName(tr("Time series"));
    applyStyle();

    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, &TimeSeriesChart::requestSeries);
    connect(m_column, &ColumnCombo::columnChanged, this, &TimeSeriesChart::choiceChanged);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &TimeSeriesChart::choiceChanged);
    connect(m_measure, &MeasurePicker::measureChanged, this, &TimeSeriesChart::choiceChanged);
}

TimeSeriesChart::~TimeSeriesChart() = default;

ChartBucket TimeSeriesChart::bucket() const
{
    return ChartBucket(m_bucket->currentData().toInt());
}

bool TimeSeriesChart::setBucket(ChartBucket bucket)
{
    const int index = m_bucket->findData(int(bucket));
    auto *model = qobject_cast<QStandardItemModel *>(m_bucket->model());
    if (!model->item(index)->isEnabled())
        return false;
    m_bucket->setCurrentIndex(index);
    return true;
}

void TimeSeriesChart::datasetChanged(bool same)
{
    fillChoices(m_column, dataset().temporalColumns, m_measure, same);
    updateBuckets();
}

void TimeSeriesChart::choiceChanged()
{
    updateBuckets();
    restartFollowing();
    refresh();
}

void TimeSeriesChart::updateBuckets()
{
    // Hours only for datetime columns; a date column falls back to days.
    const bool hours = dataset().dateTimeColumns.contains(m_column->column());
    auto *model = qobject_cast<QStandardItemModel *>(m_bucket->model());
    model->item(m_bucket->findData(int(ChartBucket::Hour)))->setEnabled(hours);
    if (!hours && bucket() == ChartBucket::Hour) {
        const QSignalBlocker blocker(m_bucket);
        m_bucket->setCurrentIndex(m_bucket->findData(int(ChartBucket::Day)));
    }
    const char *format = "d MMM\nyyyy";
    if (bucket() == ChartBucket::Hour)
        format = "d MMM\nHH:mm";
    else if (bucket() == ChartBucket::Month)
        format = "MMM\nyyyy";
    m_ticker->setDateTimeFormat(QString::fromLatin1(format));
}

bool TimeSeriesChart::usesServer() const
{
    return !dataset().importing || bucket() == ChartBucket::Hour;
}

void TimeSeriesChart::refresh()
{
    const QString column = m_column->column();
    if (!canDraw(column, tr("No date column"),
            tr("A time series needs a column of dates or times, and this dataset has none.")))
        return;
    if (usesServer()) {
        requestSeries();
        return;
    }
    if (profile().isEmpty()) {
        showMessage(tr("No data yet"), tr("The series appears as soon as the import has read some rows."));
        return;
    }
    draw(ChartData::profileSeries(profile(), column, bucket(), m_measure->measure()), false);
}

QString TimeSeriesChart::seriesPath() const
{
    const ChartMeasure measure = m_measure->measure();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("column"), m_column->column());
    query.addQueryItem(QStringLiteral("bucket"), ChartData::bucketApiName(bucket()));
    query.addQueryItem(QStringLiteral("measure"), measure.apiName());
    if (measure.kind != ChartMeasure::Kind::Rows)
        query.addQueryItem(QStringLiteral("of"), measure.column);
    return QStringLiteral("/api/v1/datasets/%1/series?%2").arg(dataset().id, query.toString(QUrl::FullyEncoded));
}

void TimeSeriesChart::requestSeries()
{
    if (!usesServer() || !dataset().hasRows || m_column->column().isEmpty())
        return;
    const QString path = seriesPath();
    // A ready dataset's series does not change: what is drawn stays.
    if (!dataset().importing && path == m_drawnPath && !m_drawnWhileImporting && isShowingChart())
        return;
    if (m_inFlight) {
        m_fetchAgain = true;
        return;
    }
    if (dataset().importing && path == m_drawnPath && m_lastFetch.isValid()
        && m_lastFetch.elapsed() < kLiveInterval.count()) {
        if (!m_fetchTimer.isActive())
            m_fetchTimer.start(std::chrono::milliseconds(kLiveInterval.count() - m_lastFetch.elapsed()));
        return;
    }
    if (path != m_drawnPath)
        showMessage(tr("Loading…"), tr("Asking the server for the series."));
    m_inFlight = true;
    m_lastFetch.start();
    const bool importing = dataset().importing;
    m_client->getJson(path, this, [this, path, importing](const Result<QJsonObject> &answer) {
        m_inFlight = false;
        if (path == seriesPath()) {
            if (answer) {
                m_drawnPath = path;
                m_drawnWhileImporting = importing;
                draw(ChartData::serverSeries(*answer), true);
            } else {
                m_drawnPath.clear();
                showMessage(tr("Could not load the series"), answer.error().message);
            }
        } else {
            m_fetchAgain = true; // the choices changed while it was asked
        }
        if (std::exchange(m_fetchAgain, false))
            requestSeries();
    });
}

void TimeSeriesChart::draw(const QList<TimePoint> &points, bool fromServer)
{
    m_points = points;
    m_fromServer = fromServer;
    if (!fromServer)
        m_drawnPath.clear(); // the next server answer is drawn even if asked before
    if (m_points.isEmpty()) {
        showMessage(tr("No dates yet"), tr("The column \"%1\" has no dates so far.").arg(m_column->column()));
        return;
    }
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(m_points.size());
    values.reserve(m_points.size());
    for (const TimePoint &point : std::as_const(m_points)) {
        keys.append(QCPAxisTickerDateTime::dateTimeToKey(point.start));
        values.append(point.value);
    }
    m_graph->setData(keys, values, true);
    m_graph->setScatterStyle(
        m_points.size() <= kMostMarkedPoints ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5) : QCPScatterStyle());
    plot()->xAxis->setLabel(m_column->column());
    plot()->yAxis->setLabel(m_measure->measure().label());
    plot()->setAccessibleName(
        tr("%1 by %2 of %3").arg(m_measure->measure().label(), m_bucket->currentText().toLower(), m_column->column()));
    dataUpdated();
}

void TimeSeriesChart::fit()
{
    fitToData(m_measure->measure().kind != ChartMeasure::Kind::Mean);
    if (m_points.size() == 1) {
        const double key = QCPAxisTickerDateTime::dateTimeToKey(m_points.first().start);
        plot()->xAxis->setRange(key - spanOf(bucket()), key + spanOf(bucket()));
    }
}

void TimeSeriesChart::applyStyle()
{
    m_graph->setPen(QPen(ChartStyle::dataColor(palette()), 2));
}

QString TimeSeriesChart::toolTipAt(const QPointF &position) const
{
    qsizetype nearest = -1;
    double distance = kHoverDistance;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const double x = plot()->xAxis->coordToPixel(QCPAxisTickerDateTime::dateTimeToKey(m_points.at(i).start));
        if (std::abs(x - position.x()) <= distance) {
            distance = std::abs(x - position.x());
            nearest = i;
        }
    }
    if (nearest < 0)
        return {};
    const TimePoint &point = m_points.at(nearest);
    return tr("%1\n%2: %3\n%4 rows")
        .arg(bucketLabel(point.start), m_measure->measure().label(), formatValue(point.value),
            formatValue(double(point.rows)));
}

QString TimeSeriesChart::bucketLabel(const QDateTime &start) const
{
    const QLocale locale;
    switch (bucket()) {
    case ChartBucket::Hour:
        return tr("%1, %2 UTC")
            .arg(locale.toString(start.date(), QLocale::ShortFormat),
                locale.toString(start.time(), QLocale::ShortFormat));
    case ChartBucket::Day:
        return locale.toString(start.date(), QLocale::ShortFormat);
    case ChartBucket::Week:
        return tr("Week %1 of %2, from %3")
            .arg(start.date().weekNumber())
            .arg(start.date().addDays(3).year()) // the ISO week's year is its Thursday's
            .arg(locale.toString(start.date(), QLocale::ShortFormat));
    case ChartBucket::Month:
        return locale.toString(start.date(), QStringLiteral("MMMM yyyy"));
    }
    return {};
}

} // namespace sluice
