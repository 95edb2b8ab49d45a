#pragma once

#include "doris/metadataclient.h"
#include "schema/inferredcolumn.h"
#include "schema/valueconverter.h"
#include "source/fieldrules.h"

#include <QStringList>

namespace dia::load {

/// The field rules of a load into `table`: `targets` names, for each file column, the table column it loads
/// into (empty: none). An empty field is sent as NULL when its target is nullable, unless `emptyAsString` (then
/// it stays '', which Doris keeps in text columns and treats as a failed conversion elsewhere).
source::FieldRules makeFieldRules(
    const QStringList& targets, const QList<doris::ColumnInfo>& table, bool emptyAsString);

/// Adds the value conversions of the file's inferred columns (core/schema's converters: locale numbers, money,
/// percent, dates with offsets, yes/no, null tokens) to `rules`, each for the type of the table column it loads
/// into (`targets` and `table` as for makeFieldRules), so the bodies carry what Doris 2.1 parses as intended.
/// A column whose every cell Doris already reads as meant (schema::readsAsWritten) gets no conversion, so a file
/// of plain numbers and ISO dates keeps the byte-range paths.
void addConversions(source::FieldRules& rules, QList<schema::InferredColumn> columns, const QStringList& targets,
    const QList<doris::ColumnInfo>& table, const schema::ConversionOptions& options);

/// The targets of a positional load: file column i into table column i.
QStringList positionalTargets(int fileColumns, const QList<doris::ColumnInfo>& table);

} // namespace dia::load
