// Prints the time to the first N preview rows of a file (default 200): bench_preview FILE [N]
#include "source/sourcescanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_preview FILE [ROWS]\n");
        return 2;
    }
    const int rows = args.size() > 2 ? args.at(2).toInt() : 200;
    QElapsedTimer timer;
    timer.start();
    auto preview = dia::source::SourceScanner::preview(args.at(1), {}, rows);
    const qint64 ms = timer.elapsed();
    if (!preview.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(preview.error().text()));
        return 1;
    }
    std::printf("preview: %lld rows in %lld ms, estimated total %lld rows\n",
        static_cast<long long>(preview->rows.size()), static_cast<long long>(ms),
        static_cast<long long>(preview->estimatedRows));
    return 0;
}
