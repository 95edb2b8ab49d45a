// Unit tests of issue 17's client pieces: the compressing body device (gzip and LZ4 frame round trips), the
// automatic choice, --be mappings, the per-BE report and the replication default.
#include "doris/backendprobe.h"
#include "doris/connectionsettings.h"
#include "fakechunksource.h"
#include "fakedoris.h"
#include "load/bodycompression.h"
#include "load/loadengine.h"
#include "load/loadreport.h"
#include "qtprint.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace dia;
using namespace dia::load;

namespace {

/// An analyst's CSV: quoted fields with commas and doubled quotes, CRLF line ends.
QByteArray analystCsv(int rows)
{
    QByteArray csv;
    QRandomGenerator random(17);
    for (int i = 1; i <= rows; ++i) {
        csv += QByteArray::number(i) + ",\"Müller, Anna \"\"AM\"\"\"," + QByteArray::number(random.bounded(100000))
            + '.' + QByteArray::number(random.bounded(100)) + ",2024-03-" + QByteArray::number(1 + i % 28)
            + ",Shanghai\r\n";
    }
    return csv;
}

/// Everything the device produces for `input`, read in `readSize` pieces.
QByteArray compressAll(const QByteArray& input, Compression codec, qint64 readSize, qint64* in = nullptr)
{
    auto source = std::make_unique<QBuffer>();
    source->setData(input);
    source->open(QIODevice::ReadOnly);
    CompressingDevice device(std::move(source), codec);
    EXPECT_TRUE(device.isOpen());
    EXPECT_TRUE(device.isSequential());
    QByteArray out;
    QByteArray block(int(readSize), Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), readSize);
        EXPECT_GE(n, 0) << device.errorString().toStdString();
        if (n <= 0)
            break;
        out.append(block.constData(), n);
    }
    if (in)
        *in = device.bytesIn();
    EXPECT_EQ(device.bytesOut(), out.size());
    return out;
}

class CompressionRoundTrip : public ::testing::TestWithParam<Compression>
{
};

TEST_P(CompressionRoundTrip, EmptyBodyIsAValidEmptyStream)
{
    const QByteArray compressed = compressAll({}, GetParam(), 4096);
    EXPECT_FALSE(compressed.isEmpty()); // a gzip header/trailer or an LZ4 frame header/end mark
    auto plain = decompressBody(compressed, GetParam());
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_TRUE(plain->isEmpty());
}

TEST_P(CompressionRoundTrip, SmallBodyReadByteByByte)
{
    const QByteArray input = "id,name\r\n1,\"a,b\"\r\n";
    const QByteArray compressed = compressAll(input, GetParam(), 1);
    auto plain = decompressBody(compressed, GetParam());
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_EQ(*plain, input);
}

TEST_P(CompressionRoundTrip, MultiMebibyteBodyDecompressesToTheInputAndShrinks)
{
    const QByteArray input = analystCsv(120'000); // about 7 MiB: many input blocks and codec flushes
    ASSERT_GT(input.size(), 5 * 1024 * 1024);
    qint64 in = 0;
    const QByteArray compressed = compressAll(input, GetParam(), 1024 * 1024, &in);
    EXPECT_EQ(in, input.size());
    EXPECT_LT(compressed.size(), input.size() / 2);
    auto plain = decompressBody(compressed, GetParam());
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_EQ(plain->size(), input.size());
    EXPECT_TRUE(*plain == input);
}

TEST_P(CompressionRoundTrip, RandomBytesSurviveToo)
{
    QByteArray input(3 * 1024 * 1024 + 7, Qt::Uninitialized);
    QRandomGenerator random(5);
    for (char& c : input)
        c = char(random.bounded(256));
    auto plain = decompressBody(compressAll(input, GetParam(), 65536), GetParam());
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_TRUE(*plain == input);
}

TEST_P(CompressionRoundTrip, AnUnreadableSourceIsAnError)
{
    auto closed = std::make_unique<QBuffer>(); // never opened
    CompressingDevice device(std::move(closed), GetParam());
    EXPECT_FALSE(device.isOpen());
    EXPECT_FALSE(device.errorString().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Codecs, CompressionRoundTrip, ::testing::Values(Compression::Gzip, Compression::Lz4),
    [](const ::testing::TestParamInfo<Compression>& param) { return compressionName(param.param).toStdString(); });

TEST(Compression, NamesAndHeaders)
{
    EXPECT_EQ(*compressionFromName(QStringLiteral("auto")), Compression::Auto);
    EXPECT_EQ(*compressionFromName(QStringLiteral("GZ")), Compression::Gzip);
    EXPECT_EQ(*compressionFromName(QStringLiteral("gzip")), Compression::Gzip);
    EXPECT_EQ(*compressionFromName(QStringLiteral("lz4")), Compression::Lz4);
    EXPECT_EQ(*compressionFromName(QStringLiteral("none")), Compression::None);
    auto bad = compressionFromName(QStringLiteral("zstd"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("bad_compression"));
    EXPECT_EQ(bad.error().hint, QStringLiteral("Use --compress auto, gz, lz4 or none."));
    EXPECT_EQ(compressTypeHeader(Compression::Gzip), QByteArray("gz"));
    EXPECT_EQ(compressTypeHeader(Compression::Lz4), QByteArray("lz4"));
    EXPECT_TRUE(compressTypeHeader(Compression::None).isEmpty());
    EXPECT_TRUE(compressTypeHeader(Compression::Auto).isEmpty());
}

TEST(Compression, MeasuredCodecsShrinkCsv)
{
    const QByteArray sample = analystCsv(40'000);
    const CodecSample lz4 = measureCodec(sample, Compression::Lz4);
    const CodecSample gz = measureCodec(sample, Compression::Gzip);
    EXPECT_GT(lz4.inputBytesPerSecond, 0);
    EXPECT_GT(gz.inputBytesPerSecond, 0);
    EXPECT_LT(lz4.ratio, 0.6);
    EXPECT_LT(gz.ratio, lz4.ratio);
}

// 100 Mbit/s = 12.5 MB/s; the codec figures are typical of one core.
const QList<CodecSample> kCodecs { { Compression::Lz4, 400e6, 0.35 }, { Compression::Gzip, 60e6, 0.22 } };

TEST(AutoCompression, SlowRemoteLinkPicksTheFastestPrediction)
{
    const CompressionDecision d = chooseCompression(12.5e6, 41.0, kCodecs, 1, 2);
    // lz4: max(1/400, 0.35/12.5) = 0.028 s/MB; gz: max(1/60, 0.22/12.5) = 0.0176 s/MB; plain 0.08 s/MB
    EXPECT_EQ(d.codec, Compression::Gzip);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("the link is the limit"))) << d.reason.toStdString();
    EXPECT_TRUE(d.reason.contains(QStringLiteral("12.5 MB/s"))) << d.reason.toStdString();
    EXPECT_EQ(d.toJson().value(QLatin1String("codec")).toString(), QStringLiteral("gz"));
}

TEST(AutoCompression, ManyStreamsOnFewCoresPreferTheCheaperCodec)
{
    // 8 streams on 2 cores: gzip gets 15 MB/s per stream, slower than its output would need; lz4 wins.
    const CompressionDecision d = chooseCompression(12.5e6, 41.0, kCodecs, 8, 2);
    EXPECT_EQ(d.codec, Compression::Lz4);
}

TEST(AutoCompression, LoopbackAndLanNeverCompress)
{
    const CompressionDecision d = chooseCompression(60e6, 0.3, kCodecs, 1, 2);
    EXPECT_EQ(d.codec, Compression::None);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("the server, not the link, is the limit"))) << d.reason.toStdString();
}

TEST(AutoCompression, AFastLinkWhereTheCpuWouldLimitStaysPlain)
{
    // 1 GB/s over a 5 ms round trip: no codec is 25 % faster than the wire.
    const CompressionDecision d = chooseCompression(1e9, 5.0, kCodecs, 1, 2);
    EXPECT_EQ(d.codec, Compression::None);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("would not make it at least 25 % faster"))) << d.reason.toStdString();
}

TEST(AutoCompression, NothingMeasuredStaysPlain)
{
    EXPECT_EQ(chooseCompression(0, 40.0, kCodecs, 1, 2).codec, Compression::None);
    EXPECT_EQ(chooseCompression(1e6, 40.0, {}, 1, 2).codec, Compression::None);
}

TEST(BeMapping, ParsesEntriesAndResolvesAdvertisedAddresses)
{
    doris::ConnectionSettings s;
    ASSERT_TRUE(
        s.setBeOverride(QStringLiteral(" be1.internal:8040=127.0.0.1:18040, BE2.internal:8040=[::1]:18041")).ok());
    EXPECT_TRUE(s.beOverrideIsMapping());
    EXPECT_EQ(s.beOverride, QStringLiteral("be1.internal:8040=127.0.0.1:18040,BE2.internal:8040=[::1]:18041"));
    EXPECT_EQ(s.beAddressFor(QStringLiteral("be1.internal"), 8040), qMakePair(QStringLiteral("127.0.0.1"), 18040));
    EXPECT_EQ(s.beAddressFor(QStringLiteral("be2.INTERNAL"), 8040), qMakePair(QStringLiteral("::1"), 18041));
    // a BE not in the mapping is used as advertised (and gets Authorization only because the FE named it)
    EXPECT_EQ(s.beAddressFor(QStringLiteral("be3.internal"), 8040), qMakePair(QStringLiteral("be3.internal"), 8040));
    // a different port of a mapped host is another BE
    EXPECT_EQ(s.beAddressFor(QStringLiteral("be1.internal"), 8041), qMakePair(QStringLiteral("be1.internal"), 8041));
}

TEST(BeMapping, SingleAddressStillOverridesEveryBe)
{
    doris::ConnectionSettings s;
    ASSERT_TRUE(s.setBeOverride(QStringLiteral("127.0.0.1:18040")).ok());
    EXPECT_FALSE(s.beOverrideIsMapping());
    EXPECT_EQ(s.beAddressFor(QStringLiteral("10.0.0.7"), 8040), qMakePair(QStringLiteral("127.0.0.1"), 18040));
    ASSERT_TRUE(s.setBeOverride(QString()).ok());
    EXPECT_EQ(s.beAddressFor(QStringLiteral("10.0.0.7"), 8040), qMakePair(QStringLiteral("10.0.0.7"), 8040));
}

TEST(BeMapping, BadEntriesAreRefusedWithAnExample)
{
    doris::ConnectionSettings s;
    for (const char* bad : { "be1:8040=", "=127.0.0.1:1", "be1=127.0.0.1:18040", "be1:8040=127.0.0.1",
             "be1:8040=1.2.3.4:5,be1:8040=1.2.3.4:6", "be1:8040=127.0.0.1:18040,junk" }) {
        const Status set = s.setBeOverride(QString::fromLatin1(bad));
        ASSERT_FALSE(set.ok()) << bad;
        EXPECT_EQ(set.error().code, QStringLiteral("bad_address")) << bad;
    }
    const Status junk = s.setBeOverride(QStringLiteral("be1:8040=127.0.0.1:18040,junk"));
    EXPECT_EQ(junk.error().message, QStringLiteral("'junk' is not a BE mapping entry."));
    EXPECT_TRUE(junk.error().hint.contains(QStringLiteral("--be 'be1.internal:8040=127.0.0.1:18040,")));
}

TEST(BackendProbe, ReportsReachableAndRefusedBesThroughTheMapping)
{
    QTcpServer listening;
    ASSERT_TRUE(listening.listen(QHostAddress::LocalHost));
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const int refusedPort = closed.serverPort();
    closed.close();

    doris::ConnectionSettings s;
    ASSERT_TRUE(s.setBeOverride(QStringLiteral("be1.internal:8040=127.0.0.1:%1,be2.internal:8040=127.0.0.1:%2")
                                    .arg(listening.serverPort())
                                    .arg(refusedPort))
                    .ok());
    const QList<doris::BackendInfo> backends { { QStringLiteral("be1.internal"), 8040, true },
        { QStringLiteral("be2.internal"), 8040, false } };
    const auto probed = doris::BackendProbe::probe(backends, s, 2000);
    ASSERT_EQ(probed.size(), 2);
    EXPECT_EQ(probed[0].advertised, QStringLiteral("be1.internal:8040"));
    EXPECT_EQ(probed[0].address, QStringLiteral("127.0.0.1:%1").arg(listening.serverPort()));
    EXPECT_TRUE(probed[0].reachable);
    EXPECT_TRUE(probed[0].alive);
    EXPECT_GE(probed[0].connectMs, 0);
    EXPECT_FALSE(probed[1].reachable);
    EXPECT_FALSE(probed[1].alive);
    EXPECT_EQ(probed[1].error, QStringLiteral("connection refused"));
    EXPECT_EQ(doris::BackendProbe::summary(probed),
        QStringLiteral("1 of 2 BEs reachable from here. BE be2.internal:8040 (mapped to 127.0.0.1:%1) cannot be "
                       "reached: connection refused.")
            .arg(refusedPort));
    EXPECT_EQ(probed[1].toJson().value(QLatin1String("error")).toString(), QStringLiteral("connection refused"));
}

TEST(Replication, MinOfThreeAndAliveBackends)
{
    EXPECT_EQ(doris::replicationDefault(0).replicas, 1);
    EXPECT_EQ(doris::replicationDefault(1).replicas, 1);
    EXPECT_EQ(doris::replicationDefault(2).replicas, 2);
    EXPECT_EQ(doris::replicationDefault(3).replicas, 3);
    EXPECT_EQ(doris::replicationDefault(7).replicas, 3);
    EXPECT_EQ(doris::replicationDefault(1).reason,
        QStringLiteral("replication_num 1: the cluster has 1 alive BE(s), and Doris cannot place more copies than "
                       "alive BEs."));
    EXPECT_TRUE(doris::replicationDefault(5).reason.contains(QStringLiteral("has 5 alive BEs")));
}

ChunkReport committedChunk(int index, const char* backend, qint64 rows, qint64 bytes, qint64 ms, int attempts)
{
    ChunkReport c;
    c.index = index;
    c.label = QStringLiteral("dia_x_%1").arg(index);
    c.status = ChunkStatus::Committed;
    c.rows = rows;
    c.loaded = rows;
    c.bytes = bytes;
    c.wireBytes = bytes / 2;
    c.sendMs = ms;
    c.backend = QString::fromLatin1(backend);
    c.attempts = attempts;
    if (attempts > 1)
        c.retries.append(QStringLiteral("attempt 1 on BE 127.0.0.1:9: connection refused"));
    return c;
}

TEST(LoadReportCluster, RowsBytesAndThroughputPerBeAndRetriedChunks)
{
    LoadReport report;
    report.chunks = { committedChunk(0, "127.0.0.1:8041", 100, 2'000'000, 1000, 1),
        committedChunk(1, "127.0.0.1:8040", 100, 1'000'000, 500, 2),
        committedChunk(2, "127.0.0.1:8041", 50, 1'000'000, 1000, 1) };
    ChunkReport pending;
    pending.index = 3;
    pending.backend = QStringLiteral("127.0.0.1:8042");
    report.chunks.append(pending); // not committed: not counted for its BE

    const QList<BackendLoadStats> stats = report.backendStats();
    ASSERT_EQ(stats.size(), 2);
    EXPECT_EQ(stats[0].backend, QStringLiteral("127.0.0.1:8040"));
    EXPECT_EQ(stats[0].rows, 100);
    EXPECT_EQ(stats[1].backend, QStringLiteral("127.0.0.1:8041"));
    EXPECT_EQ(stats[1].chunks, 2);
    EXPECT_EQ(stats[1].rows, 150);
    EXPECT_EQ(stats[1].bytes, 3'000'000);
    EXPECT_EQ(stats[1].wireBytes, 1'500'000);
    EXPECT_DOUBLE_EQ(stats[1].bytesPerSecond(), 1.5e6);

    const QJsonObject json = report.toJson();
    const QJsonArray backends = json.value(QLatin1String("backends")).toArray();
    ASSERT_EQ(backends.size(), 2);
    EXPECT_EQ(backends[1].toObject().value(QLatin1String("mb_per_s")).toDouble(), 1.5);
    const QJsonArray retried = json.value(QLatin1String("retried_chunks")).toArray();
    ASSERT_EQ(retried.size(), 1);
    EXPECT_EQ(retried[0].toObject().value(QLatin1String("index")).toInt(), 1);
    EXPECT_EQ(retried[0].toObject().value(QLatin1String("attempts")).toInt(), 2);
    EXPECT_EQ(retried[0].toObject().value(QLatin1String("retries")).toArray()[0].toString(),
        QStringLiteral("attempt 1 on BE 127.0.0.1:9: connection refused"));
    EXPECT_EQ(json.value(QLatin1String("chunks")).toArray()[1].toObject().value(QLatin1String("backend")).toString(),
        QStringLiteral("127.0.0.1:8040"));
}

} // namespace

namespace {

QByteArray readAllFrom(QIODevice& device, bool* failed)
{
    QByteArray out;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            *failed = true;
        if (n <= 0)
            return out;
        out.append(block.constData(), n);
    }
}

std::unique_ptr<QBuffer> bufferOf(const QByteArray& data)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

} // namespace

TEST(WireProbe, MeasuresOnceAndPassesEverythingThroughWhenStayingPlain)
{
    const QByteArray input = analystCsv(100'000);
    int calls = 0;
    qsizetype sampleSize = 0;
    WireProbeDevice probe(
        bufferOf(input),
        [&](double rate, const QByteArray& sample, QString*) {
            ++calls;
            sampleSize = sample.size();
            EXPECT_GT(rate, 0);
            return false;
        },
        1024 * 1024, 2 * 1024 * 1024);
    bool failed = false;
    EXPECT_TRUE(readAllFrom(probe, &failed) == input);
    EXPECT_FALSE(failed);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(sampleSize, 3 * 1024 * 1024); // the bytes read up to the decision, at most 4 MiB
}

TEST(WireProbe, EndsTheBodyWithTheReasonWhenSwitching)
{
    const QByteArray input = analystCsv(100'000);
    WireProbeDevice probe(
        bufferOf(input),
        [](double, const QByteArray&, QString* message) {
            *message = QStringLiteral("the link is the limit: sent again compressed with gz");
            return true;
        },
        1024 * 1024, 2 * 1024 * 1024);
    bool failed = false;
    const QByteArray sent = readAllFrom(probe, &failed);
    EXPECT_TRUE(failed);
    EXPECT_EQ(sent.size(), 2 * 1024 * 1024); // the read that decided is not passed on
    EXPECT_EQ(probe.errorString(), QStringLiteral("the link is the limit: sent again compressed with gz"));
}

TEST(WireProbe, ShortBodiesNeverDecide)
{
    int calls = 0;
    WireProbeDevice probe(bufferOf(QByteArray(500'000, 'x')), [&](double, const QByteArray&, QString*) {
        ++calls;
        return true;
    });
    bool failed = false;
    EXPECT_EQ(readAllFrom(probe, &failed).size(), 500'000);
    EXPECT_FALSE(failed);
    EXPECT_EQ(calls, 0);
}

namespace {

/// A load of `rows` into the in-process stand-in through LoadEngine, `rowsPerChunk` rows a chunk. The rows are also
/// written to the plan's source file, whose identity the plan's fingerprint reads.
class FakeLoad
{
public:
    FakeLoad(test::FakeDoris& doris, QList<QByteArray> rows, int rowsPerChunk)
        : m_rows(std::move(rows))
        , m_rowsPerChunk(rowsPerChunk)
    {
        QFile source(m_dir.filePath(QStringLiteral("data.csv")));
        if (source.open(QIODevice::WriteOnly))
            source.write(m_rows.join('\n'));
        plan.sourcePath = source.fileName();
        plan.database = QStringLiteral("db");
        plan.table = QStringLiteral("t");
        plan.retryBaseDelayMs = 10;
        plan.retryMaxDelayMs = 40;
        settings.feHost = QStringLiteral("127.0.0.1");
        settings.feHttpPort = doris.fePort();
        settings.connectTimeoutMs = 5000;
        settings.requestTimeoutMs = 5000;
    }

    LoadReport run()
    {
        LoadEngine engine(plan, settings, [this](const LoadPlan&) {
            return Result<std::unique_ptr<source::ChunkSource>>(
                std::unique_ptr<source::ChunkSource>(std::make_unique<test::FakeChunkSource>(m_rows, m_rowsPerChunk)));
        });
        std::atomic<bool> cancel { false };
        return engine.run(cancel);
    }

    /// The stand-in's visible rows are the loaded ones, each exactly once.
    bool loadedExactlyOnce(const test::FakeDoris& doris) const
    {
        QList<QByteArray> visible = doris.visibleRows();
        QList<QByteArray> expected = m_rows;
        std::sort(visible.begin(), visible.end());
        std::sort(expected.begin(), expected.end());
        return visible == expected;
    }

    LoadPlan plan;
    doris::ConnectionSettings settings;

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_rows;
    int m_rowsPerChunk;
};

/// A localhost port nothing listens on any more.
int closedPort()
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        return 1;
    const int port = closed.serverPort();
    closed.close();
    return port;
}

} // namespace

// The engine with compressed bodies against the in-process stand-in (chunked transfer coding, compress_type):
// every row exactly once, as with plain bodies.
class CompressedEngineLoad : public ::testing::TestWithParam<Compression>
{
};

TEST_P(CompressedEngineLoad, EveryRowExactlyOnceAndTheReportSaysHow)
{
    test::FakeDoris doris;
    QList<QByteArray> rows;
    for (int i = 1; i <= 2000; ++i)
        rows.append(QByteArray::number(i) + ",\"Müller, Anna\",name_" + QByteArray::number(i * 7));
    FakeLoad load(doris, rows, 250);
    load.plan.parallelism = 2;
    load.plan.compression = GetParam();
    const LoadReport report = load.run();
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    ASSERT_EQ(report.chunks.size(), 8);
    for (const ChunkReport& chunk : report.chunks) {
        EXPECT_EQ(chunk.compression, compressionName(GetParam()));
        EXPECT_LT(chunk.wireBytes, chunk.bytes / 2) << chunk.index;
        EXPECT_EQ(chunk.backend, QStringLiteral("127.0.0.1:%1").arg(doris.bePort()));
    }
    EXPECT_EQ(report.compression.value(QLatin1String("codec")).toString(), compressionName(GetParam()));
    EXPECT_EQ(doris.visibleRows().size(), 2000);
    EXPECT_TRUE(load.loadedExactlyOnce(doris));
}

TEST_P(CompressedEngineLoad, ACompressedBodyCutMidwayIsCheckedAndSentAgain)
{
    test::FakeDoris doris;
    doris.addFault(test::FakeDoris::Fault::ResetMidBody, 2); // chunked: cut as soon as the body starts
    QList<QByteArray> rows;
    for (int i = 1; i <= 600; ++i)
        rows.append(QByteArray::number(i) + ",x" + QByteArray::number(i));
    FakeLoad load(doris, rows, 200);
    load.plan.compression = GetParam();
    const LoadReport report = load.run();
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    const QList<ChunkReport> retried = report.retriedChunks();
    ASSERT_EQ(retried.size(), 1);
    EXPECT_EQ(retried[0].index, 1);
    ASSERT_EQ(retried[0].retries.size(), 1);
    EXPECT_TRUE(retried[0].retries[0].startsWith(QStringLiteral("attempt 1 on BE 127.0.0.1:%1: ").arg(doris.bePort())))
        << retried[0].retries[0].toStdString();
    EXPECT_EQ(doris.visibleRows().size(), 600);
    EXPECT_TRUE(load.loadedExactlyOnce(doris));
}

INSTANTIATE_TEST_SUITE_P(Codecs, CompressedEngineLoad, ::testing::Values(Compression::Gzip, Compression::Lz4),
    [](const ::testing::TestParamInfo<Compression>& param) { return compressionName(param.param).toStdString(); });

// A BE that stops answering after loads went through (the FE still names it for a moment): the chunks sent to
// it are checked by label and sent again through the FE, promptly, and the report names them.
TEST(LostBackend, RefusedConnectionsAfterLoadsWentThroughAreRetriedThroughTheFe)
{
    test::FakeDoris doris;
    const int deadPort = closedPort();
    QList<QByteArray> rows;
    for (int i = 1; i <= 1000; ++i)
        rows.append(QByteArray::number(i) + ",row_" + QByteArray::number(i));
    FakeLoad load(doris, rows, 10);
    load.plan.parallelism = 1;
    load.plan.retryBaseDelayMs = 60'000; // a lost BE must not wait for the ordinary back-off
    load.plan.retryMaxDelayMs = 60'000;
    std::atomic<bool> redirectedToDeadBe { false };
    std::atomic<bool> finished { false };
    // once two chunks are visible, the FE keeps naming a BE that died for 300 ms, then the alive one again
    std::thread restorer([&] {
        while (!finished && doris.visibleRows().size() < 20)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        if (finished)
            return;
        doris.setAdvertisedBePort(deadPort);
        redirectedToDeadBe = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        doris.setAdvertisedBePort(0);
    });
    const LoadReport report = load.run();
    finished = true;
    restorer.join();
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    ASSERT_TRUE(redirectedToDeadBe.load());
    EXPECT_TRUE(load.loadedExactlyOnce(doris));
    const QList<ChunkReport> retried = report.retriedChunks();
    ASSERT_FALSE(retried.isEmpty());
    for (const ChunkReport& chunk : retried) {
        EXPECT_EQ(chunk.status, ChunkStatus::Committed);
        EXPECT_TRUE(chunk.retries[0].startsWith(QStringLiteral("attempt 1 on BE 127.0.0.1:%1: ").arg(deadPort)))
            << chunk.retries[0].toStdString();
        EXPECT_EQ(chunk.backend, QStringLiteral("127.0.0.1:%1").arg(doris.bePort())); // where it finally loaded
    }
    EXPECT_LT(report.seconds, 30.0); // not the 60 s back-off (a bound against hanging, not a speed target)
}

TEST(LostBackend, AnUnreachableBeOnFirstContactStillFailsWithTheOverrideDiagnosis)
{
    test::FakeDoris doris;
    const int deadPort = closedPort();
    doris.setAdvertisedBePort(deadPort);
    FakeLoad load(doris, { "1,a", "2,b" }, 10);
    const LoadReport report = load.run();
    EXPECT_EQ(report.status, LoadReport::Status::Fail);
    EXPECT_EQ(report.errorCode, QStringLiteral("be_unreachable"));
    EXPECT_EQ(report.message,
        QStringLiteral("The FE redirected to BE 127.0.0.1:%1, which cannot be reached from here; map it in the BE "
                       "address mapping.")
            .arg(deadPort));
    ASSERT_EQ(report.chunks.size(), 1);
    EXPECT_EQ(report.chunks[0].attempts, 1);
}
