#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSharedPointer>
#include <QTimer>

#include "app/ui/charts/chartdata.h"
#include "app/ui/charts/chartpage.h"

class QComboBox;
class QCPAxisTickerDateTime;
class QCPGraph;

namespace sluice {

class ApiClient;
class ColumnCombo;
class MeasurePicker;

/// A measure (rows, or the sum or mean of a numeric column) by hour, day, week or month of a
/// chosen date or datetime column, on a date axis. During an import the days, weeks and months
/// come from the profile's time buckets; hours, and everything once the dataset is ready, come
/// from GET /api/v1/datasets/{id}/series (while importing at most every few seconds, one
/// request at a time). Thread: GUI. Owner: ChartsView; the client must outlive it.
class TimeSeriesChart final : public ChartPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)
public:
    explicit TimeSeriesChart(ApiClient *client, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    ColumnCombo *columnCombo() const { return m_column; }
    QComboBox *bucketCombo() const { return m_bucket; }
    MeasurePicker *measurePicker() const { return m_measure; }
    QCPGraph *graph() const { return m_graph; }
    ChartBucket bucket() const;
    /// Chooses `bucket`; false when the column cannot have it (hours of a date column).
    bool setBucket(ChartBucket bucket);
    /// The points drawn now.
    const QList<TimePoint> &points() const { return m_points; }
    /// True when the points drawn come from the server rather than from a profile.
    bool isFromServer() const { return m_fromServer; }

    QString fileBaseName() const override { return QStringLiteral("timeseries"); }
    QString toolTipAt(const QPointF &position) const override;

protected:
    void datasetChanged(bool same) override;
    void refresh() override;
    void fit() override;
    void applyStyle() override;

private:
    bool usesServer() const;
    /// The GET path of the series for the current choices.
    QString seriesPath() const;
    void requestSeries();
    void draw(const QList<TimePoint> &points, bool fromServer);
    void choiceChanged();
    /// Hours only for datetime columns, and the date axis's format for the bucket.
    void updateBuckets();
    QString bucketLabel(const QDateTime &start) const;

    ApiClient *m_client;
    ColumnCombo *m_column;
    QComboBox *m_bucket;
    MeasurePicker *m_measure;
    QCPGraph *m_graph;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
    QList<TimePoint> m_points;
    bool m_fromServer = false;

    // Server requests: one in flight; while importing, at most one per kLiveInterval.
    QString m_drawnPath; // the request whose answer is drawn
    bool m_drawnWhileImporting = false;
    bool m_inFlight = false;
    bool m_fetchAgain = false;
    QElapsedTimer m_lastFetch;
    QTimer m_fetchTimer;
};

} // namespace sluice
