// libFuzzer target: the CSV reader (detection, dialect sniffing, parsing, scan) on arbitrary bytes, and the
// whole-file inference's in-place splitter, which must give exactly the record reader's rows.
#include "schema/filescan.h"
#include "source/fieldtable.h"
#include "source/sourcescanner.h"
#include "source/tablereader.h"

#include <QCoreApplication>
#include <QTemporaryFile>

#include <cstdint>
#include <string>
#include <vector>

namespace {

/// Reads the file twice, row by row (nextViews) and table by table (nextFields), and stops the fuzzer on any
/// difference in a field, a line number or the warnings.
void checkSplitterAgainstRecordReader(const QString& path)
{
    auto byViews = dia::source::openTableReader(path, {});
    auto byTables = dia::source::openTableReader(path, {});
    if (!byViews || !byTables)
        return;
    const size_t columns = size_t((*byViews)->info().columnNames.size());
    dia::source::FieldTable table(columns, 5);
    dia::source::RowViews row;
    for (;;) {
        auto got = (*byTables)->nextFields(table);
        if (!got)
            return; // an error: the row reader reports it too
        for (size_t r = 0; r < table.rows(); ++r) {
            auto more = (*byViews)->nextViews(row);
            if (!more || !*more || row.line != table.line(r))
                __builtin_trap();
            for (size_t c = 0; c < columns; ++c) {
                const std::string_view expected = c < row.fields.size() ? row.fields[c] : std::string_view();
                if (table.field(r, c) != expected)
                    __builtin_trap();
            }
        }
        if (!*got)
            break;
        table.clear();
    }
    auto more = (*byViews)->nextViews(row);
    if (more && *more)
        __builtin_trap(); // the splitter lost rows
    if ((*byViews)->warnings().size() != (*byTables)->warnings().size())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QTemporaryFile file(QStringLiteral("/tmp/dia-fuzz-XXXXXX.csv"));
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    file.flush();
    auto preview = dia::source::SourceScanner::preview(file.fileName(), {}, 50);
    auto scan = dia::source::SourceScanner::scan(file.fileName(), {});
    auto inferred = dia::schema::FileScan::infer(file.fileName(), {});
    (void)preview;
    (void)scan;
    (void)inferred;
    checkSplitterAgainstRecordReader(file.fileName());
    return 0;
}
