// libFuzzer target: the .xls reader on arbitrary bytes. Input starting with the OLE2 signature goes through
// the Compound File reader (FAT/miniFAT/directory chains) first; any other input is taken as the BIFF
// workbook stream itself, so the fuzzer reaches the record parsers without having to build a container.
// Every worksheet is read to its end.
#include "source/biffsheetreader.h"
#include "source/biffworkbook.h"
#include "source/cfbreader.h"

#include <cstdint>

using namespace dia::source;

namespace {

void readWorkbook(const QByteArray& stream)
{
    auto book = BiffWorkbook::parse(stream);
    if (!book)
        return;
    const auto& sheets = book->sheets();
    for (int i = 0; i < sheets.size(); ++i) {
        qint64 end = book->stream().size();
        for (const auto& other : sheets) {
            if (other.offset > sheets.at(i).offset)
                end = qMin<qint64>(end, other.offset);
        }
        int warnings = 0;
        BiffSheetReader sheet(
            *book, sheets.at(i).offset, end, [&](const QString&, qint64, const QString&) { ++warnings; });
        if (!sheet.scan())
            continue;
        quint32 row = 0;
        QStringList cells;
        while (sheet.nextRow(row, cells)) {
            if (cells.size() != sheet.width())
                __builtin_trap();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        readWorkbook(QByteArray(bytes.constData(), bytes.size()));
        return 0;
    }
    auto cfb = CfbReader::open(bytes);
    if (!cfb)
        return 0;
    for (const char* name : { "Workbook", "Book" }) {
        auto stream = cfb->stream(QString::fromLatin1(name));
        if (stream) {
            readWorkbook(*stream);
            break;
        }
    }
    return 0;
}
