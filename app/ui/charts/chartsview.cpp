#include "app/ui/charts/chartsview.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "app/ui/charts/chartpage.h"
#include "app/ui/charts/groupschart.h"
#include "app/ui/charts/histogramchart.h"
#include "app/ui/charts/timeserieschart.h"

namespace sluice {

namespace {

// Live profiles are drawn at most this often; the ones in between are skipped, not queued.
constexpr auto kProfileInterval = std::chrono::milliseconds(100);

} // namespace

ChartsView::ChartsView(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_chartCombo(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_histogram(new HistogramChart(m_pages))
    , m_timeSeries(new TimeSeriesChart(client, m_pages))
    , m_groups(new GroupsChart(client, m_pages))
    , m_followLive(new QPushButton(tr("Follow live"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_error(new QLabel(this))
{
    // In the order of Chart.
    m_chartCombo->addItem(tr("Histogram"));
    m_chartCombo->addItem(tr("Time series"));
    m_chartCombo->addItem(tr("Grouped bars"));
    m_chartCombo->setAccessibleName(tr("Chart"));
    m_pages->addWidget(m_histogram);
    m_pages->addWidget(m_timeSeries);
    m_pages->addWidget(m_groups);

    m_followLive->setAccessibleName(tr("Follow live data"));
    m_followLive->setToolTip(tr("Show all the data again and keep up with it"));
    m_followLive->setVisible(false);
    m_export->setAccessibleName(tr("Export chart"));
    m_export->setToolTip(tr("Save the chart shown as a PNG image or a PDF document"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *caption = new QLabel(tr("&Chart:"), this);
    caption->setBuddy(m_chartCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(caption);
    bar->addWidget(m_chartCombo);
    bar->addStretch();
    bar->addWidget(m_error, 1);
    bar->addWidget(m_followLive);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    m_profileTimer.setSingleShot(true);
    m_profileTimer.setInterval(kProfileInterval);
    connect(&m_profileTimer, &QTimer::timeout, this, &ChartsView::drawPendingProfile);
    connect(m_chartCombo, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &ChartsView::pageChanged);
    for (ChartPage *page : pages()) {
        connect(page, &ChartPage::followingChanged, this, &ChartsView::updateButtons);
        connect(page, &ChartPage::contentChanged, this, &ChartsView::updateButtons);
    }
    connect(m_followLive, &QPushButton::clicked, this, [this] { currentPage()->followLive(); });
    connect(m_export, &QPushButton::clicked, this, &ChartsView::requestExport);
    updateButtons();
}

ChartsView::~ChartsView() = default;

void ChartsView::setDataset(const QJsonObject &detail)
{
    const ChartDataset dataset = ChartDataset::fromDetail(detail);
    if (dataset.id != m_dataset.id) {
        m_profile = {};
        m_profileTimer.stop();
    }
    m_dataset = dataset;
    for (ChartPage *page : pages())
        page->setDataset(dataset);
    updateButtons();
}

void ChartsView::applyProfile(const QJsonObject &profile)
{
    // A dataset.profile event's data wraps the profile with the dataset's id.
    const QJsonValue wrapped = profile.value(QStringLiteral("profile"));
    if (wrapped.isObject()) {
        if (profile.value(QStringLiteral("id")).toString() != m_dataset.id)
            return; // another dataset's
        m_profile = wrapped.toObject();
    } else {
        m_profile = profile;
    }
    if (!m_profileTimer.isActive())
        m_profileTimer.start();
}

void ChartsView::drawPendingProfile()
{
    for (ChartPage *page : pages())
        page->setProfile(m_profile);
    emit profileApplied();
}

QList<ChartPage *> ChartsView::pages() const
{
    return { m_histogram, m_timeSeries, m_groups };
}

ChartsView::Chart ChartsView::currentChart() const
{
    return Chart(m_pages->currentIndex());
}

void ChartsView::showChart(Chart chart)
{
    m_chartCombo->setCurrentIndex(int(chart));
}

ChartPage *ChartsView::currentPage() const
{
    return static_cast<ChartPage *>(m_pages->currentWidget());
}

void ChartsView::pageChanged()
{
    m_error->clear();
    m_error->setVisible(false);
    updateButtons();
}

void ChartsView::updateButtons()
{
    const ChartPage *page = currentPage();
    m_followLive->setText(m_dataset.importing ? tr("Follow live") : tr("Reset view"));
    m_followLive->setVisible(page->isShowingChart() && !page->isFollowingLive());
    m_export->setEnabled(page->isShowingChart());
}

Result<void> ChartsView::exportChart(const QString &path)
{
    ChartPage *page = currentPage();
    if (!page->isShowingChart())
        return fail(ErrorCode::InvalidInput, tr("There is no chart to export yet."));
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    bool written = false;
    if (suffix == u"png")
        written = page->plot()->savePng(path, 0, 0, 2.0); // twice the pixels: sharp on paper and HiDPI
    else if (suffix == u"pdf")
        written = page->plot()->savePdf(
            path, 0, 0, QCP::epAllowCosmetic, QCoreApplication::applicationName(), page->plot()->accessibleName());
    else
        return fail(ErrorCode::InvalidInput,
            tr("A chart is exported as a .png or .pdf file; \"%1\" is neither.").arg(file.fileName()));
    if (!written)
        return fail(ErrorCode::Io, tr("Could not write the chart to %1.").arg(QDir::toNativeSeparators(path)));
    emit chartExported(path);
    return {};
}

void ChartsView::requestExport()
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const QString name
        = QStringLiteral("%1-%2.png")
              .arg(m_dataset.name.isEmpty() ? QStringLiteral("chart") : m_dataset.name, currentPage()->fileBaseName());
    QDir folder(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (!folder.exists())
        folder = QDir::home();
    auto *dialog = new QFileDialog(
        this, tr("Export chart"), folder.filePath(name), pngFilter + QStringLiteral(";;") + pdfFilter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, pdfFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == pdfFilter ? QStringLiteral("pdf") : QStringLiteral("png"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (auto written = exportChart(path); !written)
            showError(written.error().message);
        else
            showError({});
    });
    dialog->open();
}

QString ChartsView::lastError() const
{
    return m_error->text();
}

void ChartsView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sluice
