#include "app/ui/taskspanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/resultdownloader.h"
#include "app/ui/emptystate.h"
#include "app/ui/progressbardelegate.h"
#include "app/ui/tasktablemodel.h"

namespace sluice {

namespace {

QString taskPath(const QString &id)
{
    return QStringLiteral("/api/v1/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QPushButton *makeButton(const QString &objectName, const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setAccessibleDescription(tip);
    return button;
}

} // namespace

TasksPanel::TasksPanel(ApiClient *client, EventSocket *events, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new TaskTableModel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/tasks.svg"), tr("No tasks"),
                             tr("Imports and exports run here as tasks. Use File ▸ Export… to export a dataset; "
                                "you can watch, cancel and download them here."),
                             this))
    , m_view(new QTableView(this))
    , m_cancel(makeButton(QStringLiteral("cancelTaskButton"), tr("Cancel"), tr("Cancel the selected task"), this))
    , m_download(makeButton(QStringLiteral("downloadTaskButton"), tr("Download…"),
                            tr("Save the selected task's result to a file"), this))
    , m_remove(makeButton(QStringLiteral("removeTaskButton"), tr("Remove"),
                          tr("Remove the selected task and its result from the server"), this))
    , m_resume(makeButton(QStringLiteral("resumeDownloadButton"), tr("Resume Download"),
                          tr("Continue the interrupted download from where it stopped"), this))
    , m_showInFolder(makeButton(QStringLiteral("showInFolderButton"), tr("Show in Folder"),
                                tr("Open the folder of the downloaded file"), this))
    , m_downloadBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksPanel"));
    m_view->setObjectName(QStringLiteral("tasksView"));
    m_view->setAccessibleName(tr("Tasks"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TaskTableModel::ProgressColumn,
                                     new ProgressBarDelegate(TaskTableModel::ProgressRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TaskTableModel::ProgressColumn, 140);

    m_downloadBar->setObjectName(QStringLiteral("downloadProgress"));
    m_downloadBar->setAccessibleName(tr("Download progress"));
    m_downloadBar->setRange(0, 100);
    m_downloadBar->hide();
    m_status->setObjectName(QStringLiteral("tasksStatus"));
    m_status->setAccessibleName(tr("Task status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume->hide();
    m_showInFolder->hide();

    connect(m_cancel, &QPushButton::clicked, this, &TasksPanel::cancelSelected);
    connect(m_download, &QPushButton::clicked, this, &TasksPanel::requestDownload);
    connect(m_remove, &QPushButton::clicked, this, &TasksPanel::removeSelected);
    connect(m_resume, &QPushButton::clicked, this, &TasksPanel::resumeDownload);
    connect(m_showInFolder, &QPushButton::clicked, this, &TasksPanel::showInFolder);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_download);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *downloadRow = new QHBoxLayout;
    downloadRow->addWidget(m_status, 1);
    downloadRow->addWidget(m_downloadBar);
    downloadRow->addWidget(m_resume);
    downloadRow->addWidget(m_showInFolder);

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
    layout->addLayout(downloadRow);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPanel::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TasksPanel::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksPanel::updatePage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TasksPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TasksPanel::updateButtons);

    // Elapsed times of running tasks grow without events; a repaint a second is enough.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, m_model, &TaskTableModel::refreshTimes);
    m_clock->start();

    connect(events, &EventSocket::eventReceived, this, [this](const Event &event) {
        m_model->applyEvent(event);
        // A list asked for before this event may still be on its way and would undo it.
        if (event.topic == u"tasks" && m_fetchingTasks)
            m_fetchTasksAgain = true;
        // An export of a dataset imported since the last fetch: learn its name.
        const QString datasetId
            = event.data.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("datasetId")).toString();
        if (event.topic == u"tasks" && !datasetId.isEmpty() && !m_knownDatasets.contains(datasetId)) {
            m_knownDatasets.insert(datasetId); // asked once; the next resynchronization asks again
            fetchDatasets();
        }
    });
    connect(events, &EventSocket::resynchronizationNeeded, this, &TasksPanel::refresh);
    connect(client, &ApiClient::serverChanged, this, &TasksPanel::refresh);
    events->subscribe({ QStringLiteral("tasks") });
    refresh();
    updatePage();
}

QString TasksPanel::selectedTaskId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TaskTableModel::IdRole).toString();
}

bool TasksPanel::selectTask(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void TasksPanel::refresh()
{
    fetchTasks();
    fetchDatasets();
}

void TasksPanel::fetchTasks()
{
    if (!m_client->hasServer())
        return;
    if (m_fetchingTasks) {
        m_fetchTasksAgain = true;
        return;
    }
    m_fetchingTasks = true;
    m_client->getJson(QStringLiteral("/api/v1/tasks"), this, [this](const Result<QJsonObject> &result) {
        m_fetchingTasks = false;
        if (result) {
            const QString selected = selectedTaskId();
            m_model->setTasks(result->value(QStringLiteral("tasks")).toArray());
            if (!selected.isEmpty())
                selectTask(selected);
            updateButtons();
        } else {
            showError(tr("Could not list the tasks: %1").arg(result.error().message));
        }
        // Asked again meanwhile (another server, a resynchronization), or events came that the
        // list above may predate.
        if (std::exchange(m_fetchTasksAgain, false))
            fetchTasks();
    });
}

void TasksPanel::fetchDatasets()
{
    if (!m_client->hasServer())
        return;
    m_client->getJson(QStringLiteral("/api/v1/datasets"), this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return; // names are a nicety: rows fall back to the task's own parameters
        QHash<QString, QString> names;
        const QJsonArray datasets = result->value(QStringLiteral("datasets")).toArray();
        for (const QJsonValue &dataset : datasets) {
            const QString id = dataset.toObject().value(QStringLiteral("id")).toString();
            names.insert(id, dataset.toObject().value(QStringLiteral("name")).toString());
            m_knownDatasets.insert(id);
        }
        m_model->setDatasetNames(names);
    });
}

void TasksPanel::cancelSelected()
{
    const QString id = selectedTaskId();
    if (!id.isEmpty())
        cancelTask(id);
}

void TasksPanel::removeSelected()
{
    const QString id = selectedTaskId();
    if (!id.isEmpty())
        removeTask(id);
}

void TasksPanel::cancelTask(const QString &id)
{
    m_client->postJson(taskPath(id) + QStringLiteral("/cancel"), QJsonObject(), this,
                       [this](const Result<QJsonObject> &result) {
        if (!result) {
            showError(tr("Could not cancel the task: %1").arg(result.error().message));
            return;
        }
        showError(QString());
        if (result->contains(QStringLiteral("state")))
            m_model->applyTask(*result);
    });
}

void TasksPanel::removeTask(const QString &id)
{
    m_client->deleteResource(taskPath(id), this, [this, id](const Result<void> &result) {
        if (!result) {
            showError(tr("Could not remove the task: %1").arg(result.error().message));
            return;
        }
        showError(QString());
        m_model->removeTask(id); // the task.removed event may come later, or not at all after a reconnect
    });
}

void TasksPanel::requestDownload()
{
    const QString id = selectedTaskId();
    const QJsonObject result = m_model->taskById(id).value(QStringLiteral("result")).toObject();
    if (id.isEmpty() || result.isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Save Export"),
                                   QDir(folder).filePath(result.value(QStringLiteral("name")).toString()));
    dialog->setObjectName(QStringLiteral("saveResultDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString &path) { downloadTo(id, path); });
    dialog->open(); // open, not exec: the GUI thread never waits
}

void TasksPanel::downloadTo(const QString &id, const QString &targetPath)
{
    if (m_downloader) {
        m_downloader->cancel();
        m_downloader->deleteLater();
    }
    m_downloader = new ResultDownloader(m_client, id, targetPath, this);
    m_downloadedPath.clear();
    m_showInFolder->hide();
    m_resume->hide();
    m_downloadBar->setValue(0);
    m_downloadBar->show();
    m_status->setText(tr("Downloading to %1…").arg(QDir::toNativeSeparators(targetPath)));
    connect(m_downloader, &ResultDownloader::progressed, this, [this](qint64 received, qint64 total) {
        if (total > 0)
            m_downloadBar->setValue(int(received * 100 / total));
        else
            m_downloadBar->setRange(0, 0);
    });
    connect(m_downloader, &ResultDownloader::interrupted, this, [this](const Error &error) {
        const QString message = tr("Download interrupted: %1").arg(error.message);
        showError(message);
        m_status->setText(message);
        m_resume->show();
        emit downloadInterrupted(message);
    });
    connect(m_downloader, &ResultDownloader::finished, this, [this](const QString &path) {
        showError(QString());
        m_downloadedPath = path;
        m_downloadBar->setRange(0, 100);
        m_downloadBar->setValue(100);
        m_downloadBar->hide();
        m_resume->hide();
        m_showInFolder->show();
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        emit downloadFinished(path);
    });
    m_downloader->start();
}

void TasksPanel::resumeDownload()
{
    if (!m_downloader || m_downloader->state() != ResultDownloader::State::Interrupted)
        return;
    m_resume->hide();
    m_status->setText(tr("Resuming the download…"));
    m_downloader->resume();
}

void TasksPanel::showInFolder()
{
    if (m_downloadedPath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_downloadedPath).absolutePath()));
}

void TasksPanel::showError(const QString &message)
{
    m_lastError = message;
    if (!message.isEmpty())
        m_status->setText(message);
}

void TasksPanel::updateButtons()
{
    const QJsonObject task = m_model->taskById(selectedTaskId());
    const QString state = task.value(QStringLiteral("state")).toString();
    m_cancel->setEnabled(state == u"queued" || state == u"running");
    m_download->setEnabled(state == u"succeeded" && task.value(QStringLiteral("result")).isObject());
    m_remove->setEnabled(!task.isEmpty());
}

void TasksPanel::updatePage()
{
    m_pages->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    updateButtons();
}

} // namespace sluice
