#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSharedPointer>

#include "app/ui/charts/chartdata.h"
#include "app/ui/charts/chartpage.h"

class QCPAxisTickerText;
class QCPBars;
class QSpinBox;

namespace sluice {

class ApiClient;
class ColumnCombo;
class MeasurePicker;

/// Bars of a measure grouped by a chosen text column: the top N groups by the measure and one
/// "other" bar for the rest. During an import they come from the profile's group aggregates;
/// once the dataset is ready from GET /api/v1/datasets/{id}/groups (exact for any number of
/// groups), with "other" worked out from the dataset's totals in its profile. A live snapshot
/// lists only its largest groups by rows (the rest is in its "other"), so during an import a
/// small group with a large sum or mean stays in "other" until the dataset is ready.
/// Thread: GUI. Owner: ChartsView; the client must outlive it.
class GroupsChart final : public ChartPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsChart)
public:
    static constexpr int kDefaultTop = 10;
    static constexpr int kMostTop = 50;

    explicit GroupsChart(ApiClient *client, QWidget *parent = nullptr);
    ~GroupsChart() override;

    ColumnCombo *columnCombo() const { return m_column; }
    MeasurePicker *measurePicker() const { return m_measure; }
    QSpinBox *topSpin() const { return m_top; }
    /// The groups' bars and, apart (another colour), the "other" bar.
    QCPBars *groupBars() const { return m_groups; }
    QCPBars *otherBars() const { return m_other; }
    /// The bars drawn now, in order, "other" last.
    const QList<GroupBar> &bars() const { return m_bars; }
    bool isFromServer() const { return m_fromServer; }

    QString fileBaseName() const override { return QStringLiteral("groups"); }
    QString toolTipAt(const QPointF &position) const override;

protected:
    void datasetChanged(bool same) override;
    void refresh() override;
    void fit() override;
    void applyStyle() override;

private:
    /// Asks for `path` unless it is already on its way; the answer (or error) is kept and drawn.
    void request(const QString &path, QString *answeredPath, QJsonObject *answer, QString *error);
    QString groupsPath() const;
    /// The groups with rows missing the measured column (for the "other" bar of a mean).
    QString missingPath() const;
    void drawFromServer();
    void draw(const QList<GroupBar> &bars, bool fromServer);
    void choiceChanged();

    ApiClient *m_client;
    ColumnCombo *m_column;
    MeasurePicker *m_measure;
    QSpinBox *m_top;
    QCPBars *m_groups;
    QCPBars *m_other;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    QList<GroupBar> m_bars;
    bool m_fromServer = false;

    // The last answers of a ready dataset, by the path they answer; kept so that a profile
    // arriving later redraws without asking again.
    QSet<QString> m_pending;
    QString m_groupsPath;
    QJsonObject m_groupsAnswer;
    QString m_groupsError;
    QString m_missingPath;
    QJsonObject m_missingAnswer;
    QString m_missingError;
};

} // namespace sluice
