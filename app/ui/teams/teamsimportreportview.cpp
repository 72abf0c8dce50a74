#include "app/ui/teams/teamsimportreportview.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include "app/client/apiclient.h"
#include "app/ui/dataset/filedownload.h"
#include "app/ui/teams/teamrejectionsmodel.h"

namespace sluice {

namespace {

QLabel *makeCount(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

qint64 countOf(const QJsonObject &summary, const QString &key)
{
    return summary.value(key).toInteger();
}

// The id the import's rejected rows are filed under: the upload's id for uploaded files,
// else the task's own (the runner's default).
QString importIdOf(const QJsonObject &task)
{
    const QString fromParameters
        = task.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("importId")).toString();
    return fromParameters.isEmpty() ? task.value(QStringLiteral("id")).toString() : fromParameters;
}

QString rejectionsPath(const QString &importId)
{
    return QStringLiteral("/api/v1/teams/imports/") + QString::fromLatin1(QUrl::toPercentEncoding(importId))
        + QStringLiteral("/errors");
}

} // namespace

TeamsImportReportView::TeamsImportReportView(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_rejections(new TeamRejectionsModel(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_counts(new QWidget(this))
    , m_accepted(makeCount(QStringLiteral("teamsAcceptedCount"), tr("Accepted rows"), m_counts))
    , m_inserted(makeCount(QStringLiteral("teamsInsertedCount"), tr("New teams"), m_counts))
    , m_updated(makeCount(QStringLiteral("teamsUpdatedCount"), tr("Updated teams"), m_counts))
    , m_rejected(makeCount(QStringLiteral("teamsRejectedCount"), tr("Rejected rows"), m_counts))
    , m_ignoredColumns(new QLabel(this))
    , m_rejectionsArea(new QWidget(this))
    , m_view(new QTableView(m_rejectionsArea))
    , m_listed(new QLabel(m_rejectionsArea))
    , m_save(new QPushButton(tr("Save Rejects as CSV…"), m_rejectionsArea))
    , m_saveStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("teamsImportReport"));
    setAccessibleName(tr("Latest teams import"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("teamsImportTitle"));
    m_state->setObjectName(QStringLiteral("teamsImportState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(QStringLiteral("teamsImportProgress"));
    m_busy->setAccessibleName(tr("Teams import progress"));
    m_busy->setRange(0, 0); // a teams import is one short transaction: busy, not a percentage
    m_busy->setMaximumWidth(200);
    m_busy->hide();

    auto *countsLayout = new QGridLayout(m_counts);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QLabel *>> counts = {
        { tr("Accepted:"), m_accepted },
        { tr("New:"), m_inserted },
        { tr("Updated:"), m_updated },
        { tr("Rejected:"), m_rejected },
    };
    for (qsizetype i = 0; i < counts.size(); ++i) {
        auto *caption = new QLabel(counts.at(i).first, m_counts);
        caption->setBuddy(counts.at(i).second);
        countsLayout->addWidget(caption, 0, int(i) * 2);
        countsLayout->addWidget(counts.at(i).second, 0, int(i) * 2 + 1);
    }
    countsLayout->setColumnStretch(int(counts.size()) * 2, 1);
    m_ignoredColumns->setObjectName(QStringLiteral("teamsIgnoredColumns"));
    m_ignoredColumns->setWordWrap(true);
    m_ignoredColumns->hide();

    m_view->setObjectName(QStringLiteral("teamRejectionsView"));
    m_view->setAccessibleName(tr("Rejected rows"));
    m_view->setModel(m_rejections);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TeamRejectionsModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TeamRejectionsModel::RawColumn, 260);
    // Room for a handful of rejected rows before scrolling: the report is what the user came for.
    m_view->setMinimumHeight(
        m_view->horizontalHeader()->sizeHint().height() + 6 * m_view->verticalHeader()->defaultSectionSize());
    m_listed->setObjectName(QStringLiteral("teamRejectionsListed"));
    m_listed->setWordWrap(true);
    m_listed->hide();
    m_save->setObjectName(QStringLiteral("saveTeamRejectsButton"));
    m_save->setAccessibleName(m_save->text());
    m_save->setToolTip(tr("Save every rejected row, with its line and reason, as a CSV file"));
    m_saveStatus->setObjectName(QStringLiteral("teamRejectsSaveStatus"));
    m_saveStatus->setAccessibleName(tr("Saving the rejected rows"));
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_save, &QPushButton::clicked, this, &TeamsImportReportView::requestSaveRejects);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_listed, 1);
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto *rejectionsLayout = new QVBoxLayout(m_rejectionsArea);
    rejectionsLayout->setContentsMargins(0, 0, 0, 0);
    rejectionsLayout->addWidget(m_view);
    rejectionsLayout->addLayout(saveRow);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state, 1);
    header->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_counts);
    layout->addWidget(m_ignoredColumns);
    layout->addWidget(m_rejectionsArea, 1);
    layout->addWidget(m_saveStatus);
    showImport({});
}

void TeamsImportReportView::showImport(const QJsonObject &task)
{
    const QString importId = task.isEmpty() ? QString() : importIdOf(task);
    if (importId != m_importId) {
        m_importId = importId;
        m_loadedKey.clear();
        m_rejectedTotal = 0;
        m_rejections->setRejections({});
        m_listed->hide();
        m_saveStatus->clear();
        if (!m_importId.isEmpty() && !m_sourceNames.contains(m_importId))
            fetchSourceName();
    }
    showTitle();
    showState(task);
    const bool succeeded = task.value(QStringLiteral("state")).toString() == u"succeeded";
    m_counts->setVisible(succeeded);
    const QJsonObject summary = task.value(QStringLiteral("summary")).toObject();
    if (succeeded)
        showCounts(summary);
    m_rejectedTotal = succeeded ? countOf(summary, QStringLiteral("rejected")) : 0;
    m_rejectionsArea->setVisible(m_rejectedTotal > 0);
    if (m_rejectedTotal == 0)
        return;
    // The finish time tells a rerun of the same import (after a crash) from the one listed.
    const QString key = m_importId + u'@' + task.value(QStringLiteral("finishedAt")).toString();
    if (key != m_loadedKey) {
        m_loadedKey = key;
        fetchRejections();
    }
}

void TeamsImportReportView::showTitle()
{
    if (m_importId.isEmpty()) {
        m_title->setText(tr("No teams import yet"));
        return;
    }
    const QString name = m_sourceNames.value(m_importId);
    m_title->setText(name.isEmpty() ? tr("Latest teams import") : tr("Latest teams import: %1").arg(name));
}

void TeamsImportReportView::showState(const QJsonObject &task)
{
    const QString state = task.value(QStringLiteral("state")).toString();
    m_busy->setVisible(state == u"queued" || state == u"running");
    if (task.isEmpty()) {
        m_state->setText(tr("Import a teams file to see what was accepted and rejected."));
    } else if (state == u"queued") {
        m_state->setText(tr("Waiting to start…"));
    } else if (state == u"running") {
        m_state->setText(tr("Importing…"));
    } else if (state == u"succeeded") {
        const QDateTime finished
            = QDateTime::fromString(task.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
        m_state->setText(finished.isValid()
                ? tr("Finished %1").arg(QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat))
                : tr("Finished"));
    } else if (state == u"failed") {
        const QString reason
            = task.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        m_state->setText(tr("Failed, nothing was changed: %1").arg(reason));
    } else if (state == u"canceled") {
        m_state->setText(tr("Canceled, nothing was changed."));
    } else {
        m_state->setText(state);
    }
    m_state->setAccessibleName(m_state->text());
}

void TeamsImportReportView::showCounts(const QJsonObject &summary)
{
    const QLocale locale;
    m_accepted->setText(locale.toString(countOf(summary, QStringLiteral("accepted"))));
    m_inserted->setText(locale.toString(countOf(summary, QStringLiteral("inserted"))));
    m_updated->setText(locale.toString(countOf(summary, QStringLiteral("updated"))));
    m_rejected->setText(locale.toString(countOf(summary, QStringLiteral("rejected"))));
    QStringList ignored;
    for (const QJsonValue &column : summary.value(QStringLiteral("ignoredColumns")).toArray())
        ignored << column.toString();
    m_ignoredColumns->setVisible(!ignored.isEmpty());
    m_ignoredColumns->setText(
        tr("Columns that are not teams columns were ignored: %1").arg(ignored.join(QStringLiteral(", "))));
}

void TeamsImportReportView::fetchRejections()
{
    const QString importId = m_importId;
    const QString path = rejectionsPath(importId) + QStringLiteral("?limit=%1").arg(kListedRejections);
    m_client->getJson(path, this, [this, importId](const Result<QJsonObject> &result) {
        if (importId != m_importId)
            return; // a newer import is shown by now
        if (!result) {
            m_loadedKey.clear(); // the next showImport() tries again
            showError(tr("Could not load the rejected rows: %1").arg(result.error().message));
            return;
        }
        showError(QString());
        const QJsonArray errors = result->value(QStringLiteral("errors")).toArray();
        const qint64 total = result->value(QStringLiteral("total")).toInteger();
        m_rejections->setRejections(errors);
        m_listed->setVisible(total > errors.size());
        m_listed->setText(tr("Showing the first %1 of %2 rejected rows; the saved CSV has all of them.")
                              .arg(QLocale().toString(qint64(errors.size())), QLocale().toString(total)));
        emit rejectionsLoaded(total);
    });
}

void TeamsImportReportView::fetchSourceName()
{
    m_client->getJson(QStringLiteral("/api/v1/uploads"), this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return; // the name is a nicety: the title does without
        for (const QJsonValue &upload : result->value(QStringLiteral("uploads")).toArray()) {
            const QJsonObject object = upload.toObject();
            if (object.value(QStringLiteral("kind")).toString() == u"teams")
                m_sourceNames.insert(
                    object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("filename")).toString());
        }
        showTitle();
    });
}

void TeamsImportReportView::requestSaveRejects()
{
    if (m_importId.isEmpty() || m_rejectedTotal == 0)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString source = QFileInfo(m_sourceNames.value(m_importId)).completeBaseName();
    const QString name = source.isEmpty() ? tr("teams-rejects.csv") : tr("%1-rejects.csv").arg(source);
    auto *dialog = new QFileDialog(this, tr("Save Rejected Rows"), QDir(folder).filePath(name));
    dialog->setObjectName(QStringLiteral("saveTeamRejectsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({ tr("CSV files (*.csv)"), tr("All files (*)") });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &TeamsImportReportView::saveRejectsTo);
    dialog->open(); // open, not exec: the GUI thread never waits
}

void TeamsImportReportView::saveRejectsTo(const QString &path)
{
    if (m_importId.isEmpty() || m_rejectedTotal == 0) {
        const QString message = tr("There are no rejected rows to save.");
        showError(message);
        emit rejectsSaveFailed(message);
        return;
    }
    if (m_download) { // a save still running is abandoned: its file is discarded
        m_download->disconnect(this);
        m_download->deleteLater();
    }
    // The server's CSV form has every rejected row (the JSON list above is only the first ones).
    m_download = new FileDownload(m_client, rejectionsPath(m_importId) + QStringLiteral("?format=csv"), path, this);
    m_save->setEnabled(false);
    m_saveStatus->setText(tr("Saving the rejected rows to %1…").arg(QDir::toNativeSeparators(path)));
    connect(m_download, &FileDownload::finished, this, [this](const QString &saved) {
        m_save->setEnabled(true);
        showError(QString());
        m_saveStatus->setText(tr("Saved the rejected rows to %1").arg(QDir::toNativeSeparators(saved)));
        emit rejectsSaved(saved);
    });
    connect(m_download, &FileDownload::failed, this, [this](const Error &error) {
        m_save->setEnabled(true);
        const QString message = tr("Could not save the rejected rows: %1").arg(error.message);
        showError(message);
        emit rejectsSaveFailed(message);
    });
    m_download->start();
}

void TeamsImportReportView::showError(const QString &message)
{
    m_lastError = message;
    if (!message.isEmpty())
        m_saveStatus->setText(message);
}

} // namespace sluice
