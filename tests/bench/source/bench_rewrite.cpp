// In-memory throughput of the chunk-body rewrites on one core, on a file already in memory:
//   bench_rewrite FILE [SEPARATOR]
// Prints GB/s of the doubled-quote fix (DoubledQuoteFixer, in place) and of the full record rewrite
// (CsvRecordRewriter, with and without "empty is NULL" on every column), 1 MiB blocks as the bodies use them.
#include "source/csvrewriter.h"
#include "source/quotefixer.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace dia::source;

namespace {

constexpr qint64 kBlock = 1 << 20;

double gbPerSecond(qint64 bytes, qint64 ns)
{
    return double(bytes) / double(ns);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_rewrite FILE [SEPARATOR]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    const QByteArray data = file.readAll();
    const QByteArray separator = argc > 2 ? QByteArray(argv[2]) : QByteArray(",");

    QByteArray copy = data;
    copy.detach(); // the copy is made outside the timing
    QElapsedTimer timer;
    timer.start();
    DoubledQuoteFixer fixer;
    for (qint64 pos = 0; pos < copy.size(); pos += kBlock) {
        const qint64 n = qMin(kBlock, copy.size() - pos);
        fixer.fix(copy.data() + pos, n, pos + n < copy.size() ? static_cast<unsigned char>(copy.at(pos + n)) : -1);
    }
    std::printf("doubled-quote fix: %.2f GB/s\n", gbPerSecond(data.size(), timer.nsecsElapsed()));

    CsvDialect dialect;
    dialect.separator = separator;
    for (bool emptyToNull : { false, true }) {
        FieldRules rules;
        for (int i = 0; i < 64; ++i)
            rules.columns.append(FieldRule { emptyToNull, nullptr, {} });
        const CsvRecordRewriter rewriter(dialect, separator, "\n", rules);
        std::string in;
        std::string out;
        qint64 produced = 0;
        timer.restart();
        for (qint64 pos = 0; pos < data.size(); pos += kBlock) {
            const qint64 n = qMin(kBlock, data.size() - pos);
            in.append(data.constData() + pos, size_t(n));
            out.clear();
            const qint64 used = rewriter.rewrite(in.data(), qint64(in.size()), pos + n >= data.size(), out);
            in.erase(0, size_t(used));
            produced += qint64(out.size());
        }
        std::printf("record rewrite%s: %.2f GB/s (%lld bytes out)\n", emptyToNull ? " with empty as NULL" : "",
            gbPerSecond(data.size(), timer.nsecsElapsed()), static_cast<long long>(produced));
    }
    return 0;
}
