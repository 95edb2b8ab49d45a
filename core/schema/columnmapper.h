#pragma once

#include "existingcolumn.h"
#include "inferredcolumn.h"

#include <QList>
#include <QString>

namespace dia::schema {

enum class MatchKind {
    ByName, ///< header equals the table column ignoring case, spaces, _ and -
    ByPosition, ///< nothing matched by name, so file column i → table column i
    Manual, ///< chosen by the user
    Skipped, ///< not loaded
};

enum class IssueSeverity {
    Warning, ///< loads, but the user should know (rounding, position match, column left to its default)
    Error, ///< rows would be filtered or the load cannot work
};

struct MappingIssue
{
    IssueSeverity severity = IssueSeverity::Warning;
    QString code; ///< type_conflict, too_long, may_overflow, nulls_into_not_null, missing_required, ...
    QString column; ///< the table column (or file column for skipped ones)
    QString message;
};

/// One file column and where it goes.
struct MappingEntry
{
    int fileIndex = 0;
    QString fileColumn; ///< original header
    QString target; ///< table column, empty when skipped
    MatchKind how = MatchKind::Skipped;
    /// Optional Doris expression computing the target from the file value; `{src}` stands for the file column
    /// (e.g. `str_to_date({src}, '%m/%d/%Y')`).
    QString expression;
};

struct ColumnMapping
{
    QList<MappingEntry> entries; ///< one per file column, in file order
    QList<MappingIssue> issues;
    QStringList unmappedTargets; ///< table columns no file column feeds (they get their default or NULL)
    /// The Stream Load `columns` header value that makes Doris do this mapping.
    QString columnsHeader;

    bool hasErrors() const;
};

enum class PositionFallback {
    WhenNoNameMatches, ///< header-less files, or headers that share no name with the table
    Never,
};

/// Matches file columns to an existing table's columns and writes the Stream Load `columns` header.
class ColumnMapper
{
public:
    static ColumnMapping map(const QList<InferredColumn>& file, const QList<ExistingColumn>& table,
        PositionFallback fallback = PositionFallback::WhenNoNameMatches);

    /// Re-checks a mapping after the user changed entries (targets, skips, expressions): recomputes issues,
    /// unmapped targets and the `columns` header. Entries with an unknown target are errors.
    static ColumnMapping check(
        const QList<MappingEntry>& entries, const QList<InferredColumn>& file, const QList<ExistingColumn>& table);

    /// `columns` header for entries: mapped columns backquoted by target name; skipped ones get a placeholder
    /// `__skip_N` (N = 1-based file position) that Doris reads and drops; entries with an expression read into
    /// `__src_N` and add `` `target`=expression ``.
    static QString columnsHeader(const QList<MappingEntry>& entries, const QList<ExistingColumn>& table);

    /// Doris expression rewriting dates written as `sourceDateFormat` ("MM/DD/YYYY", "DD/MM/YYYY",
    /// "DD.MM.YYYY", "YYYY/MM/DD"), or empty when none is needed or known.
    static QString dateExpression(const QString& sourceDateFormat, bool withTime);
};

} // namespace dia::schema
