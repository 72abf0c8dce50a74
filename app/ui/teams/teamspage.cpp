#include "app/ui/teams/teamspage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/tusuploader.h"
#include "app/client/uploadqueue.h"
#include "app/ui/emptystate.h"
#include "app/ui/teams/latestteamsimport.h"
#include "app/ui/teams/teamsimportreportview.h"
#include "app/ui/teams/teamstablemodel.h"
#include "core/teams/teamsimporter.h"

namespace sluice {

namespace {

// Typing settles before the server is asked: one fetch per pause, not one per key.
constexpr int kSearchDelayMs = 250;

// What a teams file looks like, in the server's own column names.
QString importHint()
{
    const QStringList required = TeamsImporter::requiredColumnNames();
    QStringList optional = TeamsImporter::columnNames();
    for (const QString &name : required)
        optional.removeAll(name);
    return TeamsPage::tr("Import a CSV file of teams with a header line. Its columns: %1 (required) and %2 "
                         "(optional). Click Import Teams… or drop the file on this page; rows whose team_id is "
                         "already known update that team.")
        .arg(required.join(QStringLiteral(", ")), optional.join(QStringLiteral(", ")));
}

} // namespace

TeamsPage::TeamsPage(ApiClient *client, EventSocket *events, UploadQueue *uploads, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_uploads(uploads)
    , m_model(new TeamsTableModel(this))
    , m_latest(new LatestTeamsImport(client, this))
    , m_import(new QPushButton(tr("Import Teams…"), this))
    , m_search(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/drop.svg"), tr("No teams yet"), importHint(), this))
    , m_view(new QTableView(this))
    , m_report(new TeamsImportReportView(client, this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("teamsPage"));
    setAccessibleName(tr("Teams"));

    m_import->setObjectName(QStringLiteral("importTeamsButton"));
    m_import->setAccessibleName(tr("Import Teams"));
    m_import->setToolTip(tr("Upload a CSV file of teams; the server adds new teams and updates known ones"));
    m_search->setObjectName(QStringLiteral("teamsSearch"));
    m_search->setAccessibleName(tr("Search teams"));
    m_search->setPlaceholderText(tr("Search team ID, name or region"));
    m_search->setClearButtonEnabled(true);
    m_empty->setObjectName(QStringLiteral("teamsEmptyState"));

    m_view->setObjectName(QStringLiteral("teamsView"));
    m_view->setAccessibleName(tr("Teams"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The server sorts (as it collates, with missing values last), so the header only says how.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TeamsTableModel::TeamIdColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(TeamsTableModel::NameColumn, QHeaderView::Stretch);

    m_status->setObjectName(QStringLiteral("teamsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_import);
    top->addStretch();
    top->addWidget(m_search, 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_view);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("teamsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_report);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    setTabOrder(m_import, m_search);
    setTabOrder(m_search, m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &TeamsPage::fetchTeams);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TeamsPage::fetchTeams);
    connect(m_import, &QPushButton::clicked, this, &TeamsPage::chooseFiles);

    connect(m_latest, &LatestTeamsImport::changed, m_report, &TeamsImportReportView::showImport);
    connect(m_latest, &LatestTeamsImport::changed, this, &TeamsPage::endStatusWhenReported);
    connect(m_latest, &LatestTeamsImport::succeeded, this, &TeamsPage::fetchTeams);
    connect(m_latest, &LatestTeamsImport::refreshFailed, this, [this](const Error &error) {
        showError(tr("Could not look up the latest teams import: %1").arg(error.message));
    });
    connect(events, &EventSocket::eventReceived, m_latest, &LatestTeamsImport::applyEvent);
    connect(events, &EventSocket::resynchronizationNeeded, this, &TeamsPage::refresh);
    connect(client, &ApiClient::serverChanged, this, &TeamsPage::refresh);
    events->subscribe({ QStringLiteral("tasks") });
    refresh();
    updatePage();
}

QString TeamsPage::statusText() const
{
    return m_status->text();
}

void TeamsPage::refresh()
{
    fetchTeams();
    m_latest->refresh();
}

void TeamsPage::fetchTeams()
{
    m_searchDelay->stop();
    if (!m_client->hasServer())
        return;
    const quint64 generation = ++m_fetchGeneration;
    const QHeaderView *header = m_view->horizontalHeader();
    const QString search = m_search->text().trimmed();
    const QString path
        = QStringLiteral("/api/v1/teams?sort=%1&order=%2&search=%3")
              .arg(teamSortColumnName(TeamsTableModel::sortColumn(header->sortIndicatorSection())),
                  header->sortIndicatorOrder() == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"),
                  QString::fromLatin1(QUrl::toPercentEncoding(search)));
    m_client->getJson(path, this, [this, generation, search](const Result<QJsonObject> &result) {
        if (generation != m_fetchGeneration)
            return; // the sort or the search changed since: a newer answer is on its way
        if (!result) {
            showError(tr("Could not list the teams: %1").arg(result.error().message));
            m_listFailed = true;
            return;
        }
        if (m_listFailed)
            showError(QString());
        const QJsonArray teams = result->value(QStringLiteral("teams")).toArray();
        m_model->setTeams(teams);
        // Only an unfiltered answer can say that there are no teams at all.
        m_hasTeams = !teams.isEmpty() || (!search.isEmpty() && m_hasTeams);
        updatePage();
        emit teamsLoaded(int(teams.size()));
    });
}

void TeamsPage::importFiles(const QStringList &paths)
{
    QStringList refused;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        if (!file.isFile()) {
            refused << QDir::toNativeSeparators(path);
            continue;
        }
        const QString id = m_uploads->addFile(file.absoluteFilePath(), UploadKind::Teams);
        if (TusUploader *upload = m_uploads->upload(id))
            followUpload(upload);
    }
    if (!refused.isEmpty())
        showError(tr("Not a teams file (a file is needed, not a folder or a missing path): %1")
                      .arg(refused.join(QStringLiteral(", "))));
}

void TeamsPage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Import Teams"));
    dialog->setObjectName(QStringLiteral("importTeamsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({ tr("Teams files (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::filesSelected, this, &TeamsPage::importFiles);
    dialog->open(); // open, not exec: the GUI thread never waits
}

void TeamsPage::followUpload(TusUploader *upload)
{
    const QString name = QFileInfo(upload->filePath()).fileName();
    showStatus(tr("Waiting to upload %1…").arg(name));
    connect(upload, &TusUploader::stateChanged, this, [this, upload, name](TusUploader::State state) {
        switch (state) {
        case TusUploader::State::Queued:
            showStatus(tr("Waiting to upload %1…").arg(name));
            break;
        case TusUploader::State::Hashing:
        case TusUploader::State::Creating:
        case TusUploader::State::Uploading:
        case TusUploader::State::Retrying:
        case TusUploader::State::Completing:
            showStatus(tr("Uploading %1…").arg(name));
            break;
        case TusUploader::State::Paused:
            showStatus(tr("The upload of %1 is paused; resume it in Uploads.").arg(name));
            break;
        case TusUploader::State::Done:
            // The server keeps one copy of the same bytes and imported it when it first came.
            if (upload->wasDeduplicated()) {
                showStatus(tr("The server already had %1 (the same bytes) and imported it then; it is not "
                              "imported again. Change the file to import it anew.")
                               .arg(name));
            } else {
                showStatus(tr("Uploaded %1; the server is importing it.").arg(name));
                // The upload's id on the server is the import's id: its report ends this message.
                m_importingUpload = upload->uploadPath().section(u'/', -1);
                endStatusWhenReported(); // the import may have finished before the upload's last answer came
            }
            break;
        case TusUploader::State::Failed:
            showError(tr("Could not upload %1: %2").arg(name, upload->error().message));
            break;
        case TusUploader::State::Canceled:
            showStatus(tr("The upload of %1 was canceled.").arg(name));
            break;
        }
    });
}

void TeamsPage::endStatusWhenReported()
{
    const QJsonObject task = m_latest->task();
    const QString state = task.value(QStringLiteral("state")).toString();
    const bool finished = state == u"succeeded" || state == u"failed" || state == u"canceled";
    if (finished && !m_importingUpload.isEmpty() && m_report->importId() == m_importingUpload)
        showStatus(QString()); // the report below has taken over
}

void TeamsPage::showStatus(const QString &message)
{
    m_importingUpload.clear();
    m_lastError.clear();
    m_listFailed = false;
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void TeamsPage::showError(const QString &message)
{
    m_importingUpload.clear();
    m_lastError = message;
    m_listFailed = false;
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void TeamsPage::updatePage()
{
    m_pages->setCurrentWidget(m_hasTeams ? static_cast<QWidget *>(m_view) : m_empty);
    m_search->setEnabled(m_hasTeams || !m_search->text().isEmpty());
}

} // namespace sluice
