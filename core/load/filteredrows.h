#pragma once

#include "common/result.h"
#include "doris/connectionsettings.h"
#include "doris/filteredrow.h"
#include "loadjournal.h"
#include "source/fieldrules.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace dia::load {

/// The filtered rows of one chunk, mapped back to lines of the original file where possible.
struct FilteredRows
{
    QString label;
    QString errorUrl;
    QList<doris::FilteredRow> rows;
    bool truncated = false; ///< Doris logs at most 50 rows per fragment
    QString note; ///< e.g. "read with SHOW LOAD WARNINGS because the BE was unreachable"
};

/// Sets FilteredRow::line by finding each row's raw text among `records` (physical line, raw record), in
/// order, each record used at most once; rows that match nothing keep -1.
void mapFilteredRows(QList<doris::FilteredRow>& rows, const QList<QPair<qint64, QByteArray>>& records);

/// The records of chunk `index` of the journal's file, cut again with the journal's reader options and limits and
/// written with `rules` (the load's field rules when known; else the journal's empty-as-NULL columns), so they are
/// the bytes Doris saw.
Result<QList<QPair<qint64, QByteArray>>> chunkRecords(
    const LoadJournal& journal, int index, const source::FieldRules* rules = nullptr);

/// Fetches and maps the filtered rows of the chunk labelled `label` (error `unknown_label` when the journal
/// has no such chunk). Blocking: worker threads only (it uses HTTP and, as a fallback, MySQL).
Result<FilteredRows> fetchFilteredRows(const doris::ConnectionSettings& settings, const LoadJournal& journal,
    const QString& label, const source::FieldRules* rules = nullptr);

} // namespace dia::load
