#include "bodycompression.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <lz4frame.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>

namespace dia::load {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::load", text);
}

constexpr qint64 kInputBlock = 256 * 1024;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString megabytes(double bytesPerSecond)
{
    return QString::number(bytesPerSecond / 1e6, 'f', 1) + QStringLiteral(" MB/s");
}

} // namespace

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return QStringLiteral("none");
    case Compression::Gzip:
        return QStringLiteral("gz");
    case Compression::Lz4:
        return QStringLiteral("lz4");
    case Compression::Auto:
        return QStringLiteral("auto");
    }
    return QStringLiteral("none");
}

Result<Compression> compressionFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("none") || lower == QLatin1String("off"))
        return Compression::None;
    if (lower == QLatin1String("gz") || lower == QLatin1String("gzip"))
        return Compression::Gzip;
    if (lower == QLatin1String("lz4") || lower == QLatin1String("lz4frame"))
        return Compression::Lz4;
    if (lower == QLatin1String("auto"))
        return Compression::Auto;
    return makeError(QStringLiteral("bad_compression"), tr("'%1' is not a compression.").arg(name),
        tr("Use --compress auto, gz, lz4 or none."));
}

QByteArray compressTypeHeader(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return QByteArrayLiteral("gz");
    case Compression::Lz4:
        return QByteArrayLiteral("lz4");
    case Compression::None:
    case Compression::Auto:
        break;
    }
    return {};
}

/// The streaming codec state: zlib's deflate (gzip wrapper) or an LZ4 frame context.
struct CompressingDevice::Codec
{
    Compression kind = Compression::Gzip;
    z_stream zs {};
    LZ4F_cctx* lz4 = nullptr;
    LZ4F_preferences_t prefs {};
    bool started = false;
    QString error;

    explicit Codec(Compression k)
        : kind(k)
    {
        if (kind == Compression::Gzip) {
            // level 1: on a slow link the speed matters more than the last few per cent of size
            if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
                error = QStringLiteral("zlib could not be initialised");
        } else {
            if (LZ4F_isError(LZ4F_createCompressionContext(&lz4, LZ4F_VERSION)))
                error = QStringLiteral("liblz4 could not be initialised");
        }
    }
    ~Codec()
    {
        if (kind == Compression::Gzip)
            deflateEnd(&zs);
        else if (lz4)
            LZ4F_freeCompressionContext(lz4);
    }

    /// Appends the compressed form of `input` (and the trailer when `last`) to `out`.
    bool compress(const char* input, qsizetype size, bool last, QByteArray& out)
    {
        if (!error.isEmpty())
            return false;
        return kind == Compression::Gzip ? deflateBlock(input, size, last, out) : lz4Block(input, size, last, out);
    }

    bool deflateBlock(const char* input, qsizetype size, bool last, QByteArray& out)
    {
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input));
        zs.avail_in = static_cast<uInt>(size);
        const int flush = last ? Z_FINISH : Z_NO_FLUSH;
        for (;;) {
            const qsizetype before = out.size();
            const qsizetype room = qMax<qsizetype>(64 * 1024, size / 2 + 1024);
            out.resize(before + room);
            zs.next_out = reinterpret_cast<Bytef*>(out.data() + before);
            zs.avail_out = static_cast<uInt>(room);
            const int rc = deflate(&zs, flush);
            out.resize(before + room - zs.avail_out);
            if (rc == Z_STREAM_END)
                return true;
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                error = QStringLiteral("zlib failed (%1)").arg(rc);
                return false;
            }
            if (!last && zs.avail_in == 0)
                return true;
        }
    }

    bool lz4Block(const char* input, qsizetype size, bool last, QByteArray& out)
    {
        if (!started) {
            const qsizetype before = out.size();
            out.resize(before + LZ4F_HEADER_SIZE_MAX);
            const size_t n = LZ4F_compressBegin(lz4, out.data() + before, LZ4F_HEADER_SIZE_MAX, &prefs);
            if (LZ4F_isError(n))
                return lz4Failed(n);
            out.resize(before + qsizetype(n));
            started = true;
        }
        if (size > 0) {
            const qsizetype before = out.size();
            const size_t bound = LZ4F_compressBound(size_t(size), &prefs);
            out.resize(before + qsizetype(bound));
            const size_t n = LZ4F_compressUpdate(lz4, out.data() + before, bound, input, size_t(size), nullptr);
            if (LZ4F_isError(n))
                return lz4Failed(n);
            out.resize(before + qsizetype(n));
        }
        if (last) {
            const qsizetype before = out.size();
            const size_t bound = LZ4F_compressBound(0, &prefs);
            out.resize(before + qsizetype(bound));
            const size_t n = LZ4F_compressEnd(lz4, out.data() + before, bound, nullptr);
            if (LZ4F_isError(n))
                return lz4Failed(n);
            out.resize(before + qsizetype(n));
        }
        return true;
    }

    bool lz4Failed(size_t code)
    {
        error = QStringLiteral("liblz4 failed: %1").arg(QString::fromLatin1(LZ4F_getErrorName(code)));
        return false;
    }
};

CompressingDevice::CompressingDevice(std::unique_ptr<QIODevice> source, Compression codec)
    : m_source(std::move(source))
    , m_codec(std::make_unique<Codec>(codec == Compression::Lz4 ? Compression::Lz4 : Compression::Gzip))
    , m_input(kInputBlock, Qt::Uninitialized)
{
    if (m_source && m_source->isOpen() && m_codec->error.isEmpty())
        QIODevice::open(QIODevice::ReadOnly);
    else
        setErrorString(m_codec->error.isEmpty() ? QStringLiteral("the body could not be opened") : m_codec->error);
}

CompressingDevice::~CompressingDevice() = default;

qint64 CompressingDevice::bytesAvailable() const
{
    return (m_pending.size() - m_pendingPos) + QIODevice::bytesAvailable();
}

bool CompressingDevice::refill()
{
    m_pending.clear();
    m_pendingPos = 0;
    while (m_pending.isEmpty() && !m_finished) {
        const qint64 n = m_source->read(m_input.data(), kInputBlock);
        if (n < 0) {
            setErrorString(m_source->errorString());
            return false;
        }
        const bool last = n == 0 || m_source->atEnd();
        const qint64 start = nowNs();
        const bool ok = m_codec->compress(m_input.constData(), n, last, m_pending);
        m_ns += nowNs() - start;
        if (!ok) {
            setErrorString(m_codec->error);
            return false;
        }
        m_in += n;
        m_out += m_pending.size();
        m_finished = last;
    }
    return true;
}

qint64 CompressingDevice::readData(char* data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_pendingPos >= m_pending.size()) {
            if (m_finished) {
                m_pending.clear();
                m_pendingPos = 0;
                break;
            }
            if (!refill())
                return copied > 0 ? copied : -1;
            continue;
        }
        const qint64 take = qMin<qint64>(maxSize - copied, m_pending.size() - m_pendingPos);
        std::copy_n(m_pending.constData() + m_pendingPos, take, data + copied);
        m_pendingPos += take;
        copied += take;
    }
    return copied;
}

WireProbeDevice::WireProbeDevice(
    std::unique_ptr<QIODevice> source, Decide decide, qint64 settleBytes, qint64 measureBytes)
    : m_source(std::move(source))
    , m_decide(std::move(decide))
    , m_settle(settleBytes)
    , m_measure(measureBytes)
{
    if (m_source && m_source->isOpen())
        QIODevice::open(QIODevice::ReadOnly);
    else
        setErrorString(QStringLiteral("the body could not be opened"));
}

qint64 WireProbeDevice::readData(char* data, qint64 maxSize)
{
    const qint64 n = m_source->read(data, maxSize);
    if (n <= 0) {
        if (n < 0)
            setErrorString(m_source->errorString());
        return n;
    }
    constexpr qsizetype kSample = 4 * 1024 * 1024;
    if (m_sample.size() < kSample)
        m_sample.append(data, qMin<qsizetype>(qsizetype(n), kSample - m_sample.size()));
    m_total += n;
    if (m_decided)
        return n;
    if (m_settledAtNs < 0 && m_total >= m_settle) {
        m_settledAtNs = nowNs();
        m_settle = m_total;
    } else if (m_settledAtNs >= 0 && m_total - m_settle >= m_measure) {
        m_decided = true;
        const double seconds = double(nowNs() - m_settledAtNs) / 1e9;
        QString message;
        if (seconds > 0 && m_decide(double(m_total - m_settle) / seconds, m_sample, &message)) {
            setErrorString(message);
            return -1;
        }
        m_sample = QByteArray();
    }
    return n;
}

Result<QByteArray> decompressBody(const QByteArray& compressed, Compression codec)
{
    QByteArray out;
    if (codec == Compression::Gzip) {
        z_stream zs {};
        if (inflateInit2(&zs, 15 + 16) != Z_OK)
            return makeError(QStringLiteral("decompress_failed"), QStringLiteral("zlib could not be initialised"));
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
        zs.avail_in = static_cast<uInt>(compressed.size());
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            const qsizetype before = out.size();
            out.resize(before + 256 * 1024);
            zs.next_out = reinterpret_cast<Bytef*>(out.data() + before);
            zs.avail_out = 256 * 1024;
            rc = inflate(&zs, Z_NO_FLUSH);
            out.resize(out.size() - zs.avail_out);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                inflateEnd(&zs);
                return makeError(QStringLiteral("decompress_failed"), QStringLiteral("not a complete gzip member"));
            }
        }
        inflateEnd(&zs);
        return out;
    }
    LZ4F_dctx* ctx = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&ctx, LZ4F_VERSION)))
        return makeError(QStringLiteral("decompress_failed"), QStringLiteral("liblz4 could not be initialised"));
    const char* in = compressed.constData();
    size_t left = size_t(compressed.size());
    size_t hint = 1;
    while (left > 0 && hint != 0) {
        const qsizetype before = out.size();
        out.resize(before + 256 * 1024);
        size_t outSize = 256 * 1024;
        size_t inSize = left;
        hint = LZ4F_decompress(ctx, out.data() + before, &outSize, in, &inSize, nullptr);
        out.resize(before + qsizetype(outSize));
        if (LZ4F_isError(hint)) {
            LZ4F_freeDecompressionContext(ctx);
            return makeError(QStringLiteral("decompress_failed"),
                QStringLiteral("not an LZ4 frame: %1").arg(QString::fromLatin1(LZ4F_getErrorName(hint))));
        }
        in += inSize;
        left -= inSize;
    }
    LZ4F_freeDecompressionContext(ctx);
    if (hint != 0)
        return makeError(QStringLiteral("decompress_failed"), QStringLiteral("the LZ4 frame is truncated"));
    return out;
}

CodecSample measureCodec(const QByteArray& sample, Compression codec)
{
    CodecSample result;
    result.codec = codec;
    if (sample.isEmpty())
        return result;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(sample);
    buffer->open(QIODevice::ReadOnly);
    CompressingDevice device(std::move(buffer), codec);
    QByteArray sink(1024 * 1024, Qt::Uninitialized);
    while (device.read(sink.data(), sink.size()) > 0) { }
    result.ratio = double(device.bytesOut()) / double(device.bytesIn() > 0 ? device.bytesIn() : 1);
    result.inputBytesPerSecond = double(device.bytesIn()) * 1e9 / double(qMax<qint64>(1, device.compressNs()));
    return result;
}

QJsonObject CompressionDecision::toJson() const
{
    return QJsonObject {
        { QStringLiteral("codec"), compressionName(codec) },
        { QStringLiteral("wire_mb_per_s"), qRound64(wireBytesPerSecond / 1e4) / 100.0 },
        { QStringLiteral("round_trip_ms"), qRound64(roundTripMs * 10) / 10.0 },
        { QStringLiteral("reason"), reason },
    };
}

constexpr double kNetworkRoundTripMs = 5.0;

CompressionDecision chooseCompression(
    double wireBytesPerSecond, double roundTripMs, const QList<CodecSample>& codecs, int parallelism, int cores)
{
    CompressionDecision decision;
    decision.wireBytesPerSecond = wireBytesPerSecond;
    decision.roundTripMs = roundTripMs;
    if (wireBytesPerSecond <= 0) {
        decision.reason = tr("No wire rate could be measured on the first chunk: sending uncompressed.");
        return decision;
    }
    if (roundTripMs < kNetworkRoundTripMs) {
        decision.reason = tr("The first chunk went at %1 and the FE answers within %2 ms (this host or a LAN): the "
                             "server, not the link, is the limit, so compression would only add work. Sending "
                             "uncompressed.")
                              .arg(megabytes(wireBytesPerSecond))
                              .arg(roundTripMs, 0, 'f', 1);
        return decision;
    }
    // Streams beyond the cores share them for compressing.
    const double share = double(qMax(1, cores)) / double(qMax(qMax(1, cores), parallelism));
    const double plain = 1.0 / wireBytesPerSecond; // seconds per input byte
    double best = plain;
    const CodecSample* bestCodec = nullptr;
    for (const CodecSample& codec : codecs) {
        if (codec.inputBytesPerSecond <= 0)
            continue;
        const double cpu = 1.0 / (codec.inputBytesPerSecond * share);
        const double wire = codec.ratio / wireBytesPerSecond;
        const double predicted = qMax(cpu, wire);
        if (predicted < best) {
            best = predicted;
            bestCodec = &codec;
        }
    }
    if (!bestCodec || best > 0.75 * plain) {
        decision.reason = tr("The first chunk went at %1 over a %2 ms round trip; compressing would not make it at "
                             "least 25 % faster here (the CPU would be the limit). Sending uncompressed.")
                              .arg(megabytes(wireBytesPerSecond))
                              .arg(roundTripMs, 0, 'f', 1);
        return decision;
    }
    decision.codec = bestCodec->codec;
    decision.reason = tr("The first chunk went at %1 over a %2 ms round trip: the link is the limit. %3 shrinks the "
                         "data to %4 % at %5 per stream, so the next chunks should take about %6 % of the time. "
                         "Compressing with %3.")
                          .arg(megabytes(wireBytesPerSecond))
                          .arg(roundTripMs, 0, 'f', 1)
                          .arg(compressionName(bestCodec->codec))
                          .arg(qRound(bestCodec->ratio * 100))
                          .arg(megabytes(bestCodec->inputBytesPerSecond * share))
                          .arg(qRound(best / plain * 100));
    return decision;
}

} // namespace dia::load
