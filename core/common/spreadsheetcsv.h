#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace dia {

/// A cell made safe for spreadsheets: text starting with = + - @ (or a tab/CR that hides one) is
/// prefixed with a single quote so Excel/LibreOffice show it instead of evaluating it (CSV injection).
QString spreadsheetSafeCell(const QString& cell);

/// One RFC 4180 CSV line (quoted where needed, "" for quotes, CRLF-free), each cell spreadsheet-safe.
QString spreadsheetCsvLine(const QStringList& cells);

/// Writes a header and rows as UTF-8 CSV with BOM (so Excel detects the encoding) atomically to `path`.
Status writeSpreadsheetCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows);

} // namespace dia
