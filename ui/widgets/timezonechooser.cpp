#include "timezonechooser.h"

#include "cli/valueformatoptions.h"
#include "doris/metadataclient.h"
#include "importsession.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

namespace {

/// Zones offered besides the cluster's and UTC (any other IANA name or an offset can be typed).
const char* const kCommonZones[] = { "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Tokyo", "Asia/Kolkata",
    "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Zurich", "America/New_York", "America/Chicago",
    "America/Los_Angeles", "America/Sao_Paulo", "Australia/Sydney" };

/// +0530 → +05:30 (the form Doris takes in the timezone header); anything else unchanged.
QString normalisedOffset(const QString& zone)
{
    static const QRegularExpression compact(QStringLiteral("^([+-]\\d\\d)(\\d\\d)$"));
    const QRegularExpressionMatch m = compact.match(zone);
    return m.hasMatch() ? m.captured(1) + QLatin1Char(':') + m.captured(2) : zone;
}

} // namespace

TimezoneChooser::TimezoneChooser(QComboBox* combo, ImportSession* session, QObject* parent)
    : QObject(parent)
    , m_combo(combo)
    , m_session(session)
{
    connect(m_combo, &QComboBox::activated, this,
        [this](int index) { onEdited(index == 0 ? QString() : m_combo->itemData(index).toString()); });
    connect(
        m_combo->lineEdit(), &QLineEdit::editingFinished, this, [this] { onEdited(m_combo->currentText().trimmed()); });
    // Enter in the zone takes the zone; it does not also press the wizard's Next
    m_combo->installEventFilter(this);
    m_combo->lineEdit()->installEventFilter(this);
}

void TimezoneChooser::readClusterZone()
{
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    const int generation = ++m_generation;
    m_reading = true;
    auto* watcher = new QFutureWatcher<Result<QList<QStringList>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_reading = false;
        const Result<QList<QStringList>> rows = watcher->result();
        m_session->clusterTimezone
            = rows.ok() && !rows->isEmpty() && !rows->first().isEmpty() ? rows->first().first().trimmed() : QString();
        refill();
        Q_EMIT clusterZoneRead();
    });
    watcher->setFuture(QtConcurrent::run(
        [settings] { return doris::MetadataClient(settings).select(QStringLiteral("SELECT @@time_zone")); }));
}

void TimezoneChooser::refill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    // first: the cluster's own (which Doris itself would not use: its load default is Asia/Shanghai)
    m_combo->addItem(
        m_session->clusterTimezone.isEmpty() ? QStringLiteral("UTC") : m_session->clusterTimezone, QString());
    m_combo->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    for (const char* zone : kCommonZones)
        m_combo->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    if (m_session->timezone.isEmpty())
        m_combo->setCurrentIndex(0);
    else
        m_combo->setEditText(m_session->timezone);
}

void TimezoneChooser::onEdited(const QString& text)
{
    QString zone = text.trimmed();
    // typed: the cluster's own name, or one of the listed zones, or a zone checked the way --timezone is
    if (!zone.isEmpty() && zone == m_combo->itemText(0) && m_session->timezone.isEmpty())
        zone.clear();
    zone = normalisedOffset(zone);
    if (!zone.isEmpty() && !cli::isKnownTimezone(zone)) {
        {
            const QSignalBlocker blocker(m_combo);
            m_combo->setEditText(m_session->loadTimezone());
        }
        Q_EMIT zoneRefused(tr("Unknown time zone \"%1\".").arg(zone),
            tr("Use an IANA name such as Asia/Shanghai or Europe/Berlin, UTC, or an offset like +08:00."));
        return;
    }
    if (zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        zone = QStringLiteral("UTC");
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setEditText(zone.isEmpty() ? m_session->loadTimezone() : zone);
    }
    if (zone == m_session->timezone)
        return;
    m_session->timezone = zone;
    Q_EMIT zoneChanged();
}

bool TimezoneChooser::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_combo || watched == m_combo->lineEdit())) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            onEdited(m_combo->currentText().trimmed());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dia::ui
