#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QVector>

namespace dia::ui {

/// The user log (not the developer log): what happened during an import, bounded so a long session
/// cannot grow it without limit. At the cap the oldest entry is removed before a new one is inserted.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum class Severity {
        Info,
        Warning,
        Error,
    };
    Q_ENUM(Severity)

    enum Role {
        SeverityRole = Qt::UserRole + 1,
        TimeRole,
    };

    explicit LogModel(int capacity = 10000, QObject* parent = nullptr);

    void append(Severity severity, const QString& message);
    void clear();
    int capacity() const { return m_capacity; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    struct Entry
    {
        QDateTime time;
        Severity severity;
        QString message;
    };
    QVector<Entry> m_entries;
    int m_capacity;
};

} // namespace dia::ui
