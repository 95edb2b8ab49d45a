#include "chunkmodel.h"

#include <QBrush>
#include <QColor>

namespace dia::ui {

namespace {
/// The state in the interface language (the journal's and the CLI's names stay English).
QString stateText(load::ChunkStatus status)
{
    switch (status) {
    case load::ChunkStatus::Pending:
        return ChunkModel::tr("pending");
    case load::ChunkStatus::Sending:
        return ChunkModel::tr("sending");
    case load::ChunkStatus::Precommitted:
        return ChunkModel::tr("precommitted");
    case load::ChunkStatus::Committed:
        return ChunkModel::tr("committed");
    case load::ChunkStatus::Failed:
        return ChunkModel::tr("failed");
    case load::ChunkStatus::Aborted:
        return ChunkModel::tr("aborted");
    case load::ChunkStatus::Cancelled:
        return ChunkModel::tr("cancelled");
    }
    return ChunkModel::tr("pending");
}

QColor stateColor(load::ChunkStatus status)
{
    switch (status) {
    case load::ChunkStatus::Committed:
        return QColor(0xc8, 0xe6, 0xc9);
    case load::ChunkStatus::Precommitted:
        return QColor(0xdc, 0xed, 0xc8);
    case load::ChunkStatus::Sending:
        return QColor(0xbb, 0xde, 0xfb);
    case load::ChunkStatus::Failed:
    case load::ChunkStatus::Aborted:
        return QColor(0xff, 0xcd, 0xd2);
    case load::ChunkStatus::Cancelled:
        return QColor(0xe0, 0xe0, 0xe0);
    case load::ChunkStatus::Pending:
        break;
    }
    return {};
}
} // namespace

ChunkModel::ChunkModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ChunkModel::update(const QList<load::ChunkReport>& chunks)
{
    const int common = int(std::min(chunks.size(), m_chunks.size()));
    for (int i = 0; i < common; ++i)
        m_chunks[i] = chunks.at(i);
    if (common > 0)
        Q_EMIT dataChanged(index(0, 0), index(common - 1, ColumnCount - 1));
    if (chunks.size() > m_chunks.size()) {
        beginInsertRows({}, int(m_chunks.size()), int(chunks.size()) - 1);
        for (qsizetype i = m_chunks.size(); i < chunks.size(); ++i)
            m_chunks.append(chunks.at(i));
        endInsertRows();
    }
}

void ChunkModel::clear()
{
    beginResetModel();
    m_chunks.clear();
    endResetModel();
}

int ChunkModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_chunks.size());
}

int ChunkModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChunkModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const load::ChunkReport& c = m_chunks.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == StateColumn) {
        const QColor color = stateColor(c.status);
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    if (role == Qt::ToolTipRole)
        return c.message.isEmpty() ? QVariant() : QVariant(c.message);
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn && index.column() != StateColumn
        && index.column() != BackendColumn && index.column() != MessageColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto count = [](qint64 n) { return n < 0 ? QVariant(QStringLiteral("?")) : QVariant(n); };
    switch (index.column()) {
    case IndexColumn:
        return c.index + 1;
    case LabelColumn:
        return c.label;
    case StateColumn:
        return stateText(c.status);
    case AttemptsColumn:
        return c.attempts;
    case BackendColumn:
        return c.backend;
    case RowsColumn:
        return c.rows;
    case LoadedColumn:
        return c.status == load::ChunkStatus::Committed ? count(c.loaded) : QVariant();
    case FilteredColumn:
        return c.status == load::ChunkStatus::Committed || c.status == load::ChunkStatus::Failed ? count(c.filtered)
                                                                                                 : QVariant();
    case FirstLineColumn:
        return c.firstLine;
    case MessageColumn:
        return c.message;
    default:
        return {};
    }
}

QVariant ChunkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case LabelColumn:
        return tr("Label");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case BackendColumn:
        return tr("BE");
    case RowsColumn:
        return tr("Rows");
    case LoadedColumn:
        return tr("Loaded");
    case FilteredColumn:
        return tr("Filtered");
    case FirstLineColumn:
        return tr("First line");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace dia::ui
