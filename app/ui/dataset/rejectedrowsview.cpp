#include "app/ui/dataset/rejectedrowsview.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "app/ui/dataset/datasetpaths.h"
#include "app/ui/dataset/filedownload.h"
#include "app/ui/dataset/pagedtableview.h"
#include "app/ui/dataset/rejectedrowsmodel.h"

namespace sluice {

RejectedRowsView::RejectedRowsView(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new RejectedRowsModel(client, this))
    , m_view(new PagedTableView(this))
    , m_summary(new QLabel(this))
    , m_save(new QPushButton(tr("Save as CSV…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("rejectedRowsView"));
    m_view->setObjectName(QStringLiteral("rejectedRowsTable"));
    m_view->table()->setAccessibleName(tr("Rejected rows"));
    m_view->setPagedModel(m_model);
    QTableView *table = m_view->table();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(RejectedRowsModel::LineColumn, 80);
    table->setColumnWidth(RejectedRowsModel::ColumnColumn, 120);
    table->setColumnWidth(RejectedRowsModel::ReasonColumn, 320);

    m_save->setObjectName(QStringLiteral("saveRejectedRowsButton"));
    m_save->setToolTip(tr("Save every rejected row, with its line and reason, as a CSV file."));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &RejectedRowsView::chooseCsvFile);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_model, &PagedTableModel::totalChanged, this, &RejectedRowsView::updateSummary);
    connect(m_model, &PagedTableModel::loadFailed, this,
        [this](const QString &message) { showStatus(tr("Could not load the rejected rows: %1").arg(message)); });
    updateSummary();
}

void RejectedRowsView::setDataset(const QString &id, const QString &name, qint64 count)
{
    m_name = name;
    if (id != m_model->datasetId())
        showStatus({});
    m_model->setDataset(id, count);
    updateSummary();
}

void RejectedRowsView::updateSummary()
{
    const qint64 total = m_model->total();
    if (total == 0)
        m_summary->setText(tr("No rows were rejected."));
    else if (total == 1)
        m_summary->setText(tr("1 row was rejected: here with its line in the file and the reason."));
    else
        m_summary->setText(tr("%1 rows were rejected: here with their lines in the file and the reasons.")
                               .arg(QLocale().toString(total)));
    m_save->setEnabled(total > 0 && !m_download);
}

void RejectedRowsView::chooseCsvFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = (m_name.isEmpty() ? QStringLiteral("dataset") : m_name) + QStringLiteral("-errors.csv");
    auto *dialog
        = new QFileDialog(this, tr("Save Rejected Rows"), QDir(folder).filePath(suggested), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &RejectedRowsView::saveCsv);
    dialog->open(); // open, not exec: the GUI thread keeps its one event loop
}

void RejectedRowsView::saveCsv(const QString &path)
{
    if (m_download || m_model->datasetId().isEmpty())
        return;
    // The CSV form has every rejected row: the server ignores offset and limit there.
    const QString source = datasetPath(m_model->datasetId(), QStringLiteral("errors")) + QStringLiteral("?format=csv");
    m_download = new FileDownload(m_client, source, path, this);
    showStatus(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    m_save->setEnabled(false);
    connect(m_download, &FileDownload::finished, this, [this](const QString &target, qint64 bytes) {
        m_download->deleteLater();
        m_download = nullptr;
        showStatus(tr("Saved %1 (%2).")
                       .arg(QDir::toNativeSeparators(target),
                           QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat)));
        updateSummary();
        emit csvSaved(target);
    });
    connect(m_download, &FileDownload::failed, this, [this](const Error &error) {
        m_download->deleteLater();
        m_download = nullptr;
        showStatus(tr("Could not save the rejected rows: %1").arg(error.message));
        updateSummary();
        emit csvSaveFailed(error.message);
    });
    m_download->start();
}

void RejectedRowsView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty()); // an empty line would still take focus, nameless
}

QString RejectedRowsView::statusText() const
{
    return m_status->text();
}

} // namespace sluice
