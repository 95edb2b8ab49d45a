#pragma once

#include "common/result.h"
#include "schema/inferenceoptions.h"
#include "schema/inferredcolumn.h"
#include "schema/valueconverter.h"

#include <QCommandLineParser>

namespace dia::cli {

/// The value-format options shared by inspect, ddl, preflight and load:
///   --format COLUMN:SPEC (repeatable), --tight-types, --date-order mdy|dmy, --percent ratio|points,
///   --timezone ZONE. `withDateOrder`/`withTimezone` false when the command already defines that option with the
///   same meaning (load has --timezone): valueFormatSettingsFromParser() reads it either way.
void addValueFormatOptions(QCommandLineParser& parser, bool withDateOrder = true, bool withTimezone = true);

/// What the options say. Error code `bad_format` (a wrong --format, --percent, --date-order or --timezone).
struct ValueFormatSettings
{
    schema::InferenceOptions inference; ///< tightTypes, preferredDateOrder, percentAsRatio, formats
    QString timezone; ///< --timezone: the zone values with an offset are converted to (empty: not given)
};
Result<ValueFormatSettings> valueFormatSettingsFromParser(
    const QCommandLineParser& parser, const schema::InferenceOptions& base = {});

/// A zone --timezone accepts: UTC, an offset (+hh:mm, +hhmm) or a time zone name Qt knows (Asia/Shanghai).
bool isKnownTimezone(const QString& zone);

/// Checks that every --format names a column of the file; error `bad_format` naming the unknown column.
Status checkFormatColumns(const QList<schema::FormatChoice>& formats, const QList<schema::InferredColumn>& columns);

} // namespace dia::cli
