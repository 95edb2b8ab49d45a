#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

namespace dia::ui {

/// One file column and what becomes of it in Doris.
struct MappingRow
{
    QString source; ///< header in the file
    QString target; ///< Doris column name
    QString type; ///< Doris type as SQL
    QString reason; ///< why this type (inference), shown as the type's tooltip
    bool nullable = true;
    bool key = false;
    bool include = true;
    QString problem; ///< conflict with the target table, highlighted; empty when fine
    QString preflight; ///< what the preflight predicts for this column
    QString format; ///< how the file writes the values (ValueFormat::describe()), shown in the Format column
    bool formatChosen = false; ///< the user chose the format on this page (else it is the detected one)
    QString loadsAs; ///< what the load sends for the first values ("1.234,50 → 1234.50")
    QString loadsAsDetail; ///< the Loads as tooltip: more values, and the ones that do not convert
    bool loadsAsProblem = false; ///< some of the first values do not convert
    bool typeEdited = false; ///< the type was typed by hand or comes from a recipe: kept when types are proposed again
    bool nullableEdited = false; ///< Nullable was changed by hand: kept when types are proposed again
};

/// The mapping grid: source column, target name, Doris type (editable, reason as tooltip), the values' format
/// and what the first values load as, nullable, key, include/skip, and the preflight prediction. Type edits are
/// validated by `typeValidator`.
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column {
        IncludeColumn,
        SourceColumn,
        TargetColumn,
        TypeColumn,
        FormatColumn,
        LoadsAsColumn,
        NullableColumn,
        KeyColumn,
        PreflightColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    /// Returns an error text for a bad type, or an empty string and the normalised type in `normalised`.
    using TypeValidator = QString (*)(const QString& text, QString* normalised);

    explicit MappingModel(QObject* parent = nullptr);

    void setRows(const QVector<MappingRow>& rows);
    const QVector<MappingRow>& rows() const { return m_rows; }
    void setTypeValidator(TypeValidator validator) { m_typeValidator = validator; }
    void setPreflight(int row, const QString& text);
    void setProblem(int row, const QString& text);
    /// The Format and Loads as cells of `row` (see MappingRow).
    void setConversion(
        int row, const QString& format, bool chosen, const QString& loadsAs, const QString& detail, bool problem);
    /// Names and types are fixed by an existing table: only include and the target choice are editable.
    void setExistingTable(bool existing);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void mappingEdited();
    void editRejected(const QString& message);

private:
    QVector<MappingRow> m_rows;
    TypeValidator m_typeValidator = nullptr;
    bool m_existingTable = false;
};

} // namespace dia::ui
