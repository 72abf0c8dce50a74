#include "app/ui/dataset/datasetpage.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app/client/apiclient.h"
#include "app/ui/charts/chartsview.h"
#include "app/ui/dataset/datasetdataview.h"
#include "app/ui/dataset/datasetoverview.h"
#include "app/ui/dataset/datasetpaths.h"
#include "app/ui/dataset/rejectedrowsview.h"

namespace sluice {

namespace {

bool hasRows(const QString &state)
{
    return state == u"ready" || state == u"importing";
}

} // namespace

DatasetPage::DatasetPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new DatasetOverview(this))
    , m_data(new DatasetDataView(client, this))
    , m_charts(new ChartsView(client, this))
    , m_rejected(new RejectedRowsView(client, this))
{
    setObjectName(QStringLiteral("datasetPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error->setObjectName(QStringLiteral("datasetPageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_export->setObjectName(QStringLiteral("exportDatasetButton"));
    m_export->setToolTip(tr("Export rows of this dataset to CSV, compressed CSV or ZIP."));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(m_datasetId); });

    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    m_tabs->setAccessibleName(tr("Dataset views"));
    m_tabs->tabBar()->setAccessibleName(tr("Dataset views"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_data, tr("Data"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_rejected, tr("Errors"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
}

void DatasetPage::showDataset(const QString &id)
{
    if (id == m_datasetId)
        return;
    clear();
    m_datasetId = id;
    fetchDetail();
}

void DatasetPage::clear()
{
    m_datasetId.clear();
    m_detail = {};
    m_title->clear();
    showError({});
    m_export->setEnabled(false);
    m_overview->clear();
    m_data->clear();
    m_charts->setDataset({});
    m_rejected->setDataset({}, {}, 0);
    m_tabs->setTabText(m_tabs->indexOf(m_rejected), tr("Errors"));
}

void DatasetPage::refresh()
{
    if (!m_datasetId.isEmpty())
        fetchDetail();
}

void DatasetPage::applyEvent(const Event &event)
{
    if (m_datasetId.isEmpty())
        return;
    if (event.topic == u"tasks") {
        // A failed or canceled import says so on its task only.
        const QString state = event.data.value(QStringLiteral("state")).toString();
        const QJsonValue taskId = m_detail.value(QStringLiteral("taskId"));
        if (event.type == u"task.state" && taskId.isString() && event.data.value(QStringLiteral("id")) == taskId
            && (state == u"failed" || state == u"canceled"))
            fetchDetail();
        return;
    }
    if (event.topic != QStringLiteral("dataset:") + m_datasetId)
        return; // progress also comes on "datasets", for the sidebar
    if (event.type == u"dataset.progress") {
        m_overview->setProgress(event.data);
        m_data->rowsArrived();
    } else if (event.type == u"dataset.profile") {
        applyProfile(event.data.value(QStringLiteral("profile")).toObject());
    } else if (event.type == u"dataset.ready") {
        fetchDetail(); // the final counts, schema and profile
    }
}

QString DatasetPage::errorText() const
{
    return m_error->text();
}

void DatasetPage::fetchDetail()
{
    m_client->getJson(datasetPath(m_datasetId), this, [this, id = m_datasetId](const Result<QJsonObject> &detail) {
        if (id != m_datasetId)
            return; // another dataset was chosen meanwhile
        if (!detail) {
            showError(tr("Could not load the dataset: %1").arg(detail.error().message));
            return;
        }
        showError({});
        applyDetail(*detail);
    });
}

void DatasetPage::applyDetail(const QJsonObject &detail)
{
    m_detail = detail;
    const QString name = detail.value(QStringLiteral("name")).toString();
    const QString state = detail.value(QStringLiteral("state")).toString();
    const qint64 rejected = detail.value(QStringLiteral("errors")).toInteger();
    m_title->setText(name);
    m_export->setEnabled(state == u"ready");
    m_overview->setDetail(detail);
    m_charts->setDataset(detail);
    if (hasRows(state))
        m_data->setDataset(m_datasetId, detail.value(QStringLiteral("schema")).toArray(),
            detail.value(QStringLiteral("rows")).toInteger());
    else
        m_data->clear(); // a failed import dropped its table
    m_rejected->setDataset(m_datasetId, name, rejected);
    m_tabs->setTabText(
        m_tabs->indexOf(m_rejected), rejected > 0 ? tr("Errors (%1)").arg(QLocale().toString(rejected)) : tr("Errors"));
    if (state == u"ready")
        fetchProfile();
    emit detailLoaded(detail);
}

void DatasetPage::fetchProfile()
{
    m_client->getJson(datasetPath(m_datasetId, QStringLiteral("profile")), this,
        [this, id = m_datasetId](const Result<QJsonObject> &profile) {
            if (id != m_datasetId)
                return;
            if (!profile) {
                showError(tr("Could not load the statistics: %1").arg(profile.error().message));
                return;
            }
            applyProfile(*profile);
        });
}

void DatasetPage::applyProfile(const QJsonObject &profile)
{
    m_overview->applyProfile(profile);
    m_charts->applyProfile(profile);
    emit profileApplied(profile);
}

void DatasetPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sluice
