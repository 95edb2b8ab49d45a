#include "mappingmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dia::ui {

MappingModel::MappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MappingModel::setRows(const QVector<MappingRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void MappingModel::setPreflight(int row, const QString& text)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].preflight == text)
        return;
    m_rows[row].preflight = text;
    Q_EMIT dataChanged(index(row, PreflightColumn), index(row, PreflightColumn));
}

void MappingModel::setProblem(int row, const QString& text)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].problem == text)
        return;
    m_rows[row].problem = text;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MappingModel::setConversion(
    int row, const QString& format, bool chosen, const QString& loadsAs, const QString& detail, bool problem)
{
    if (row < 0 || row >= m_rows.size())
        return;
    MappingRow& r = m_rows[row];
    if (r.format == format && r.formatChosen == chosen && r.loadsAs == loadsAs && r.loadsAsDetail == detail
        && r.loadsAsProblem == problem)
        return;
    r.format = format;
    r.formatChosen = chosen;
    r.loadsAs = loadsAs;
    r.loadsAsDetail = detail;
    r.loadsAsProblem = problem;
    Q_EMIT dataChanged(index(row, FormatColumn), index(row, LoadsAsColumn));
}

void MappingModel::setExistingTable(bool existing)
{
    beginResetModel();
    m_existingTable = existing;
    endResetModel();
}

int MappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingRow& row = m_rows.at(index.row());
    const auto check = [](bool on) { return on ? Qt::Checked : Qt::Unchecked; };
    if (role == Qt::BackgroundRole) {
        if (!row.problem.isEmpty())
            return QBrush(QColor(0xff, 0xeb, 0xee));
        if (!row.include)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (index.column() == PreflightColumn && !row.preflight.isEmpty())
            return QBrush(QColor(0xff, 0xf8, 0xe1));
        if (index.column() == LoadsAsColumn && row.loadsAsProblem)
            return QBrush(QColor(0xff, 0xf8, 0xe1));
        return {};
    }
    if (role == Qt::FontRole && index.column() == FormatColumn && row.formatChosen) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (!row.problem.isEmpty())
            return row.problem;
        if (index.column() == TypeColumn)
            return row.reason;
        if (index.column() == PreflightColumn)
            return row.preflight;
        if (index.column() == FormatColumn)
            return row.formatChosen ? tr("Chosen by you; change it below the table.")
                                    : tr("Detected from the whole file; change it below the table.");
        if (index.column() == LoadsAsColumn)
            return row.loadsAsDetail;
        return {};
    }
    switch (index.column()) {
    case IncludeColumn:
        return role == Qt::CheckStateRole ? QVariant(check(row.include)) : QVariant();
    case SourceColumn:
        return role == Qt::DisplayRole ? QVariant(row.source) : QVariant();
    case TargetColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(row.target) : QVariant();
    case TypeColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(row.type) : QVariant();
    case FormatColumn:
        return role == Qt::DisplayRole ? QVariant(row.format) : QVariant();
    case LoadsAsColumn:
        return role == Qt::DisplayRole ? QVariant(row.include ? row.loadsAs : tr("not loaded")) : QVariant();
    case NullableColumn:
        return role == Qt::CheckStateRole ? QVariant(check(row.nullable)) : QVariant();
    case KeyColumn:
        return role == Qt::CheckStateRole ? QVariant(check(row.key)) : QVariant();
    case PreflightColumn:
        if (role == Qt::DisplayRole)
            return row.preflight.isEmpty() ? (row.include ? tr("OK") : tr("skipped")) : row.preflight;
        return {};
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MappingRow& row = m_rows[index.row()];
    const bool on = value.toInt() == Qt::Checked;
    switch (index.column()) {
    case IncludeColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.include = on;
        break;
    case NullableColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.nullable = on;
        row.nullableEdited = true;
        break;
    case KeyColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.key = on;
        if (on)
            row.nullable = false; // Doris key columns of a UNIQUE table cannot be NULL-able in practice
        break;
    case TargetColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            Q_EMIT editRejected(tr("A column name cannot be empty."));
            return false;
        }
        row.target = name;
        break;
    }
    case TypeColumn: {
        if (role != Qt::EditRole)
            return false;
        QString normalised = value.toString().trimmed();
        if (m_typeValidator) {
            const QString error = m_typeValidator(value.toString(), &normalised);
            if (!error.isEmpty()) {
                Q_EMIT editRejected(error);
                return false;
            }
        }
        row.type = normalised;
        row.typeEdited = true;
        row.reason = tr("Set by you.");
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT mappingEdited();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case IncludeColumn:
        return f | Qt::ItemIsUserCheckable;
    case NullableColumn:
    case KeyColumn:
        return m_existingTable ? f : f | Qt::ItemIsUserCheckable;
    case TargetColumn:
        return f | Qt::ItemIsEditable;
    case TypeColumn:
        return m_existingTable ? f : f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncludeColumn:
        return tr("Load");
    case SourceColumn:
        return tr("File column");
    case TargetColumn:
        return tr("Doris column");
    case TypeColumn:
        return tr("Type");
    case FormatColumn:
        return tr("Format");
    case LoadsAsColumn:
        return tr("Loads as");
    case NullableColumn:
        return tr("Nullable");
    case KeyColumn:
        return tr("Key");
    case PreflightColumn:
        return tr("Rows at risk");
    default:
        return {};
    }
}

} // namespace dia::ui
