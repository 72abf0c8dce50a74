#include "app/ui/uploadspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/emptystate.h"
#include "app/ui/progressbardelegate.h"
#include "app/ui/uploadtablemodel.h"

namespace sluice {

namespace {

QPushButton *makeButton(const QString &objectName, const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    return button;
}

} // namespace

UploadsPanel::UploadsPanel(UploadQueue *queue, ApiClient *client, EventSocket *events, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_client(client)
    , m_model(new UploadTableModel(queue, this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/uploads.svg"), tr("No uploads"),
                             tr("Drop CSV files or folders on the window, or use Add Files…, to upload and import "
                                "them. You can pause, resume or cancel them here."),
                             this))
    , m_view(new QTableView(this))
    , m_pause(makeButton(QStringLiteral("pauseButton"), tr("Pause"), tr("Pause the selected uploads"), this))
    , m_resume(makeButton(QStringLiteral("resumeButton"), tr("Resume"), tr("Resume the selected uploads"), this))
    , m_cancel(makeButton(QStringLiteral("cancelButton"), tr("Cancel"), tr("Cancel the selected uploads"), this))
    , m_retry(makeButton(QStringLiteral("retryButton"), tr("Retry"), tr("Retry the selected failed uploads"), this))
    , m_clear(makeButton(QStringLiteral("clearFinishedButton"), tr("Clear Finished"),
                         tr("Remove uploads that are done or canceled from the list"), this))
{
    setObjectName(QStringLiteral("uploadsPanel"));
    m_view->setObjectName(QStringLiteral("uploadsView"));
    m_view->setAccessibleName(tr("Uploads"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(UploadTableModel::ProgressColumn,
                                     new ProgressBarDelegate(UploadTableModel::ProgressRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(UploadTableModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(UploadTableModel::StateColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(UploadTableModel::ProgressColumn, 160);

    auto *pauseAllButton = makeButton(QStringLiteral("pauseAllButton"), tr("Pause All"), tr("Pause every upload"), this);
    auto *resumeAllButton
        = makeButton(QStringLiteral("resumeAllButton"), tr("Resume All"), tr("Resume every paused upload"), this);
    connect(m_pause, &QPushButton::clicked, this, &UploadsPanel::pauseSelected);
    connect(m_resume, &QPushButton::clicked, this, &UploadsPanel::resumeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &UploadsPanel::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &UploadsPanel::retrySelected);
    connect(pauseAllButton, &QPushButton::clicked, this, &UploadsPanel::pauseAll);
    connect(resumeAllButton, &QPushButton::clicked, this, &UploadsPanel::resumeAll);
    connect(m_clear, &QPushButton::clicked, this, &UploadsPanel::clearFinished);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_pause, m_resume, m_cancel, m_retry })
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(pauseAllButton);
    buttons->addWidget(resumeAllButton);
    buttons->addStretch();
    buttons->addWidget(m_clear);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(buttons);
    tableLayout->addWidget(m_view);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(tablePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UploadsPanel::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UploadsPanel::updatePage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UploadsPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UploadsPanel::updateButtons);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &UploadsPanel::activateRow);

    connect(events, &EventSocket::eventReceived, m_model, &UploadTableModel::applyEvent);
    // Events may have been missed while disconnected: the task list has the imports' truth.
    connect(events, &EventSocket::resynchronizationNeeded, this, &UploadsPanel::fetchImports);
    // A deduplicated upload starts no import: its earlier import is in the task list.
    connect(queue, &UploadQueue::uploadAdded, this, [this](TusUploader *upload) {
        connect(upload, &TusUploader::stateChanged, this, [this, upload](TusUploader::State state) {
            if (state == TusUploader::State::Done && upload->wasDeduplicated())
                fetchImports();
        });
    });
    updatePage();
}

QList<int> UploadsPanel::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void UploadsPanel::forEachSelected(void (UploadQueue::*action)(const QString &))
{
    // Ids first: acting on one upload may change the others' rows (the queue starts the next).
    QStringList ids;
    for (int row : selectedRows()) {
        if (TusUploader *upload = m_model->uploader(row))
            ids.append(upload->id());
    }
    for (const QString &id : std::as_const(ids))
        (m_queue->*action)(id);
    updateButtons();
}

void UploadsPanel::pauseSelected()
{
    forEachSelected(&UploadQueue::pause);
}

void UploadsPanel::resumeSelected()
{
    forEachSelected(&UploadQueue::resume);
}

void UploadsPanel::cancelSelected()
{
    forEachSelected(&UploadQueue::cancel);
}

void UploadsPanel::retrySelected()
{
    forEachSelected(&UploadQueue::retry);
}

void UploadsPanel::pauseAll()
{
    m_queue->pauseAll();
}

void UploadsPanel::resumeAll()
{
    m_queue->resumeAll();
}

void UploadsPanel::clearFinished()
{
    m_queue->clearFinished();
}

void UploadsPanel::updateButtons()
{
    bool canPause = false;
    bool canResume = false;
    bool canCancel = false;
    bool canRetry = false;
    for (int row : selectedRows()) {
        const TusUploader *upload = m_model->uploader(row);
        if (!upload)
            continue;
        const TusUploader::State state = upload->state();
        canPause |= upload->isActive() || state == TusUploader::State::Queued;
        canResume |= state == TusUploader::State::Paused;
        canCancel |= !upload->isFinished();
        canRetry |= state == TusUploader::State::Failed;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    bool anyFinished = false;
    for (int row = 0; row < m_model->rowCount() && !anyFinished; ++row)
        anyFinished = m_model->uploader(row) && m_model->uploader(row)->isFinished();
    m_clear->setEnabled(anyFinished);
}

void UploadsPanel::updatePage()
{
    m_pages->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    updateButtons();
}

void UploadsPanel::fetchImports()
{
    if (!m_client->hasServer())
        return;
    m_client->getJson(QStringLiteral("/api/v1/tasks?type=import"), this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return;  // the event stream carries on; the next resynchronization tries again
        const QJsonArray tasks = result->value(QStringLiteral("tasks")).toArray();
        for (const QJsonValue &task : tasks)
            m_model->applyTask(task.toObject());
    });
}

void UploadsPanel::activateRow(const QModelIndex &index)
{
    const QString datasetId = m_model->datasetId(index.row());
    if (!datasetId.isEmpty())
        emit datasetActivated(datasetId);
}

} // namespace sluice
