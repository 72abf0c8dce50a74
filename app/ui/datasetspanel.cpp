#include "app/ui/datasetspanel.h"

#include <utility>

#include <QAbstractButton>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/ui/datasetdelegate.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/emptystate.h"

namespace sluice {

namespace {

QString datasetPath(const QString &id)
{
    return QStringLiteral("/api/v1/datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

DatasetsPanel::DatasetsPanel(ApiClient *client, EventSocket *events, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new DatasetListModel(client, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/datasets.svg"), tr("No datasets yet"),
                             tr("Drop CSV files on the window, or use Add Files…, to import them."), this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("datasetsPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(DatasetListModel::NameRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("datasetSearch"));
    m_search->setAccessibleName(tr("Search datasets"));
    m_search->setPlaceholderText(tr("Search datasets"));
    m_search->setClearButtonEnabled(true);
    m_search->setAcceptDrops(false);  // files dragged over it are for the window, not text for the box
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("datasetsView"));
    m_view->setAccessibleName(tr("Datasets"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new DatasetDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DatasetsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_restoring)
            emit currentDatasetChanged(currentDatasetId());
    });

    m_error->setObjectName(QStringLiteral("datasetsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_view);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentBeforeReset = currentDatasetId();
        m_restoring = true;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetsPanel::restoreCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetsPanel::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DatasetsPanel::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DatasetsPanel::updatePage);
    connect(m_model, &DatasetListModel::refreshFailed, this,
            [this](const Error &error) { showError(tr("Could not list the datasets: %1").arg(error.message)); });

    connect(events, &EventSocket::eventReceived, m_model, &DatasetListModel::applyEvent);
    connect(events, &EventSocket::resynchronizationNeeded, m_model, &DatasetListModel::refresh);
    connect(client, &ApiClient::serverChanged, m_model, &DatasetListModel::refresh);
    m_model->refresh();
    updatePage();
}

QString DatasetsPanel::currentDatasetId() const
{
    return m_view->currentIndex().data(DatasetListModel::IdRole).toString();
}

void DatasetsPanel::restoreCurrent()
{
    const QString id = std::exchange(m_currentBeforeReset, QString());
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row));
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_restoring = false;
    if (!id.isEmpty() && !index.isValid())
        emit currentDatasetChanged(QString());
}

bool DatasetsPanel::selectDataset(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void DatasetsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const QString id = index.data(DatasetListModel::IdRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Rename…"), this, [this, id] { requestRename(id); });
    menu->addAction(tr("Delete…"), this, [this, id] { requestDelete(id); });
    menu->popup(m_view->viewport()->mapToGlobal(position));  // popup, not exec: no nested event loop
}

void DatasetsPanel::requestRename(const QString &id)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Dataset"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(m_model->nameOf(id));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        if (!name.trimmed().isEmpty())
            renameDataset(id, name.trimmed());
    });
    dialog->open();
}

void DatasetsPanel::requestDelete(const QString &id)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Dataset"),
                                tr("Delete \"%1\" and all its rows? This cannot be undone.").arg(m_model->nameOf(id)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    connect(box, &QMessageBox::finished, this,
            [this, id](int result) { deleteDataset(id, result == QMessageBox::Yes); });
    box->open();
}

void DatasetsPanel::renameDataset(const QString &id, const QString &name)
{
    m_client->patchJson(datasetPath(id), QJsonObject { { QStringLiteral("name"), name } }, this,
                        [this, name](const Result<QJsonObject> &result) {
                            if (!result) {
                                showError(tr("Could not rename to \"%1\": %2").arg(name, result.error().message));
                                return;
                            }
                            showError(QString());
                            m_model->refresh();
                        });
}

void DatasetsPanel::deleteDataset(const QString &id, bool confirmed)
{
    if (!confirmed)
        return;
    const QString name = m_model->nameOf(id);
    m_client->deleteResource(datasetPath(id), this, [this, name](const Result<void> &result) {
        if (!result) {
            showError(tr("Could not delete \"%1\": %2").arg(name, result.error().message));
            return;
        }
        showError(QString());
        m_model->refresh();
    });
}

void DatasetsPanel::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DatasetsPanel::updatePage()
{
    m_pages->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

} // namespace sluice
