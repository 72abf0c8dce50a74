#include "app/ui/charts/groupschart.h"

#include <cmath>

#include <QJsonArray>
#include <QSpinBox>
#include <QUrlQuery>

#include <qcustomplot.h>

#include "app/client/apiclient.h"
#include "app/ui/charts/chartstyle.h"
#include "app/ui/charts/columncombo.h"
#include "app/ui/charts/measurepicker.h"

namespace sluice {

namespace {

// The most groups the server lists per request (GroupRequest::kMaxLimit).
constexpr int kMostGroupsPerRequest = 10000;
constexpr double kBarWidth = 0.7;
// Past this many bars the labels are turned to fit.
constexpr int kMostLevelLabels = 6;
constexpr int kLabelCharacters = 18;

QString elided(const QString &label)
{
    return label.size() <= kLabelCharacters ? label : label.left(kLabelCharacters - 1) + QChar(0x2026);
}

} // namespace

GroupsChart::GroupsChart(ApiClient *client, QWidget *parent)
    : ChartPage(parent)
    , m_client(client)
    , m_column(new ColumnCombo(this))
    , m_measure(new MeasurePicker(this))
    , m_top(new QSpinBox(this))
    , m_groups(new QCPBars(plot()->xAxis, plot()->yAxis))
    , m_other(new QCPBars(plot()->xAxis, plot()->yAxis))
    , m_ticker(new QCPAxisTickerText)
{
    m_top->setRange(1, kMostTop);
    m_top->setValue(kDefaultTop);
    m_column->setAccessibleName(tr("Group by column"));
    m_top->setAccessibleName(tr("Number of groups shown"));
    m_top->setToolTip(tr("The largest groups by the measure get a bar each; the rest share one \"Other\" bar"));
    addControl(tr("&Group by:"), m_column);
    addControl(tr("&Measure:"), m_measure);
    addControl(tr("&Top:"), m_top);

    for (QCPBars *bars : { m_groups, m_other }) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(kBarWidth);
    }
    plot()->xAxis->setTicker(m_ticker);
    plot()->xAxis->setSubTicks(false);
    plot()->xAxis->setTickLength(0, 4);
    plot()->setAccessibleName(tr("Grouped bars"));
    applyStyle();

    connect(m_column, &ColumnCombo::columnChanged, this, &GroupsChart::choiceChanged);
    connect(m_measure, &MeasurePicker::measureChanged, this, &GroupsChart::choiceChanged);
    connect(m_top, &QSpinBox::valueChanged, this, &GroupsChart::choiceChanged);
}

GroupsChart::~GroupsChart() = default;

void GroupsChart::datasetChanged(bool same)
{
    fillChoices(m_column, dataset().textColumns, m_measure, same);
    // A ready dataset's groups do not change: its answers are kept, but not its errors, which
    // are asked again. Only a ready dataset is ever asked.
    if (!same || !m_groupsError.isEmpty() || !m_missingError.isEmpty()) {
        m_groupsPath.clear();
        m_missingPath.clear();
    }
}

void GroupsChart::choiceChanged()
{
    restartFollowing();
    refresh();
}

void GroupsChart::refresh()
{
    if (!canDraw(m_column->column(), tr("No text column"),
            tr("Grouped bars need a column of text, and this dataset has none.")))
        return;
    if (dataset().importing) {
        if (profile().isEmpty()) {
            showMessage(tr("No data yet"), tr("The bars appear as soon as the import has read some rows."));
            return;
        }
        draw(ChartData::profileGroups(profile(), m_column->column(), m_measure->measure(), m_top->value()), false);
        return;
    }
    if (m_groupsPath != groupsPath()) {
        showMessage(tr("Loading…"), tr("Asking the server for the groups."));
        request(groupsPath(), &m_groupsPath, &m_groupsAnswer, &m_groupsError);
        return;
    }
    if (!m_groupsError.isEmpty()) {
        showMessage(tr("Could not load the groups"), m_groupsError);
        return;
    }
    const ChartMeasure measure = m_measure->measure();
    const bool needsMissing
        = measure.kind == ChartMeasure::Kind::Mean && ChartData::totalsOf(profile(), measure.column).nulls > 0;
    if (needsMissing && m_missingPath != missingPath()) {
        request(missingPath(), &m_missingPath, &m_missingAnswer, &m_missingError);
        return;
    }
    drawFromServer();
}

void GroupsChart::request(const QString &path, QString *answeredPath, QJsonObject *answer, QString *error)
{
    if (m_pending.contains(path))
        return;
    m_pending.insert(path);
    m_client->getJson(path, this, [this, path, answeredPath, answer, error](const Result<QJsonObject> &result) {
        m_pending.remove(path);
        *answeredPath = path;
        *answer = result ? *result : QJsonObject();
        *error = result ? QString() : result.error().message;
        refresh(); // draws it, or asks again when the choices changed meanwhile
    });
}

QString GroupsChart::groupsPath() const
{
    const ChartMeasure measure = m_measure->measure();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("column"), m_column->column());
    query.addQueryItem(QStringLiteral("measure"), measure.apiName());
    if (measure.kind != ChartMeasure::Kind::Rows)
        query.addQueryItem(QStringLiteral("of"), measure.column);
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-value"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_top->value()));
    return QStringLiteral("/api/v1/datasets/%1/groups?%2").arg(dataset().id, query.toString(QUrl::FullyEncoded));
}

QString GroupsChart::missingPath() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("column"), m_column->column());
    query.addQueryItem(QStringLiteral("measure"), QStringLiteral("count"));
    query.addQueryItem(QStringLiteral("null.") + m_measure->measure().column, QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kMostGroupsPerRequest));
    return QStringLiteral("/api/v1/datasets/%1/groups?%2").arg(dataset().id, query.toString(QUrl::FullyEncoded));
}

void GroupsChart::drawFromServer()
{
    const ChartMeasure measure = m_measure->measure();
    GroupTotals totals = ChartData::totalsOf(profile(), measure.column);
    if (totals.rows < 0)
        totals.rows = dataset().rows;
    if (measure.kind == ChartMeasure::Kind::Mean && totals.nulls > 0 && m_missingError.isEmpty()) {
        const QJsonArray groups = m_missingAnswer.value(QStringLiteral("groups")).toArray();
        for (const QJsonValue &entry : groups) {
            const QJsonObject group = entry.toObject();
            totals.missingByGroup.insert(
                group.value(QStringLiteral("key")).toString(), group.value(QStringLiteral("rows")).toInteger());
        }
        // More groups miss values than one answer lists: the mean of "other" is not known.
        totals.missingKnown = m_missingAnswer.value(QStringLiteral("total")).toInteger() <= groups.size();
    }
    draw(ChartData::serverGroups(m_groupsAnswer, measure, totals), true);
}

void GroupsChart::draw(const QList<GroupBar> &bars, bool fromServer)
{
    m_bars = bars;
    m_fromServer = fromServer;
    if (m_bars.isEmpty()) {
        showMessage(tr("No groups yet"), tr("The column \"%1\" has no values so far.").arg(m_column->column()));
        return;
    }
    QVector<double> keys;
    QVector<double> values;
    QVector<double> ticks;
    QVector<QString> labels;
    QVector<double> otherKey;
    QVector<double> otherValue;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const GroupBar &bar = m_bars.at(i);
        const double key = double(i + 1);
        (bar.isOther ? otherKey : keys).append(key);
        (bar.isOther ? otherValue : values).append(bar.value);
        ticks.append(key);
        labels.append(elided(bar.label));
    }
    m_groups->setData(keys, values, true);
    m_other->setData(otherKey, otherValue, true);
    m_ticker->setTicks(ticks, labels);
    plot()->xAxis->setTickLabelRotation(m_bars.size() > kMostLevelLabels ? 45 : 0);
    plot()->xAxis->setLabel(m_column->column());
    plot()->yAxis->setLabel(m_measure->measure().label());
    plot()->setAccessibleName(tr("%1 by %2").arg(m_measure->measure().label(), m_column->column()));
    dataUpdated();
}

void GroupsChart::fit()
{
    fitToData(true);
}

void GroupsChart::applyStyle()
{
    m_groups->setPen(QPen(ChartStyle::dataColor(palette())));
    m_groups->setBrush(ChartStyle::fillColor(palette()));
    m_other->setPen(QPen(ChartStyle::mutedColor(palette())));
    m_other->setBrush(ChartStyle::mutedColor(palette()));
}

QString GroupsChart::toolTipAt(const QPointF &position) const
{
    const double key = plot()->xAxis->pixelToCoord(position.x());
    const qsizetype index = qsizetype(std::lround(key)) - 1;
    if (index < 0 || index >= m_bars.size() || std::abs(key - double(index + 1)) > kBarWidth / 2)
        return {};
    const GroupBar &bar = m_bars.at(index);
    const QString name = bar.detail.isEmpty() ? bar.label : tr("%1 (%2)").arg(bar.label, bar.detail);
    return tr("%1\n%2: %3\n%4 rows")
        .arg(name, m_measure->measure().label(), formatValue(bar.value), formatValue(double(bar.rows)));
}

} // namespace sluice
