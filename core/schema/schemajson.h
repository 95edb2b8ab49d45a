#pragma once

#include "inferredcolumn.h"
#include "preflight.h"
#include "tabledesign.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dia::schema {

/// JSON shapes shared by the CLI (`inspect`, `ddl`, `preflight`) and golden tests.
class SchemaJson
{
public:
    /// {"name","original_name","type","nullable","reason","examples",...}; `name_reason`,
    /// `source_date_format` and `date_order_ambiguous` only when set.
    static QJsonObject column(const InferredColumn& column);
    static QJsonArray columns(const QList<InferredColumn>& columns);
    /// {"name","type","nullable","comment"} per column of a design.
    static QJsonArray designColumns(const TableDesign& design);
    /// {"total_rows","loaded_rows","filtered_rows","filter_ratio","max_filter_ratio","strict_mode","pass",
    ///  "complete","column_count":{...},"columns":[{"name","type","nullable","filtered_rows","nulled_values",
    ///  "truncated_values","null_values","reasons":[{"code","effect","message","count","examples":[{"line","value"}]}]}]}
    static QJsonObject preflight(const PreflightReport& report);
    static QString effectName(PreflightEffect effect);
};

} // namespace dia::schema
