#pragma once

#include <QObject>

class QComboBox;

namespace dia::ui {

class ImportSession;

/// Drives the mapping page's time zone combo: the cluster's own `time_zone` first (read with SELECT @@time_zone off
/// the GUI thread), then UTC and common IANA zones; any other zone can be typed and is checked the way
/// `--timezone` checks it (+0530 is taken as +05:30). The choice goes to ImportSession::timezone (empty: the
/// cluster's).
class TimezoneChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimezoneChooser)

public:
    TimezoneChooser(QComboBox* combo, ImportSession* session, QObject* parent = nullptr);

    /// Asks the cluster for its time_zone (each time the page opens: the connection may have changed).
    void readClusterZone();
    bool isReading() const { return m_reading; }
    /// The items and the shown zone from the session.
    void refill();

Q_SIGNALS:
    /// The cluster's zone was asked for (ImportSession::clusterTimezone holds it; empty when unreadable).
    void clusterZoneRead();
    /// ImportSession::timezone changed.
    void zoneChanged();
    /// A zone typed by hand is not one Doris or Qt knows; the combo shows the zone in force again.
    void zoneRefused(const QString& message, const QString& hint);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEdited(const QString& text);

    QComboBox* m_combo;
    ImportSession* m_session;
    int m_generation = 0;
    bool m_reading = false;
};

} // namespace dia::ui
