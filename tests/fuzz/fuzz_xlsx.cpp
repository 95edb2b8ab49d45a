// libFuzzer target: the XLSX reader (zip guards, workbook/styles/shared strings, sheet XML) on arbitrary bytes.
#include "source/sourcescanner.h"

#include <QTemporaryFile>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QTemporaryFile file(QStringLiteral("/tmp/dia-fuzz-XXXXXX.xlsx"));
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    file.flush();
    auto scan = dia::source::SourceScanner::scan(file.fileName(), {});
    (void)scan;
    return 0;
}
