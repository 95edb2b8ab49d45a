// libFuzzer target: the CSV reader (detection, dialect sniffing, parsing, scan) on arbitrary bytes.
#include "source/sourcescanner.h"

#include <QCoreApplication>
#include <QTemporaryFile>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QTemporaryFile file(QStringLiteral("/tmp/dia-fuzz-XXXXXX.csv"));
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    file.flush();
    auto preview = dia::source::SourceScanner::preview(file.fileName(), {}, 50);
    auto scan = dia::source::SourceScanner::scan(file.fileName(), {});
    (void)preview;
    (void)scan;
    return 0;
}
