#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace dia::load {

/// How chunk bodies travel on the wire (CSV only; Doris decompresses them itself, `compress_type`).
enum class Compression {
    None, ///< plain bytes (sendfile for byte-range chunks)
    Gzip, ///< gzip through zlib, `compress_type: gz`
    Lz4, ///< LZ4 frame through liblz4, `compress_type: lz4`
    Auto, ///< the first chunk plain; later chunks compressed only when the link is measured to be the limit
};

/// "none", "gz", "lz4", "auto".
QString compressionName(Compression compression);
/// Parses --compress (also "gzip", "lz4frame", "off"); error `bad_compression`.
Result<Compression> compressionFromName(const QString& name);
/// The `compress_type` header value: "gz" / "lz4"; empty for None and Auto.
QByteArray compressTypeHeader(Compression compression);

/// A read-only sequential device that compresses another device as it is read, in blocks, so memory stays
/// bounded (about 1 MiB) whatever the body size. The result is one complete gzip member or LZ4 frame; its size
/// is not known in advance (send it with chunked transfer coding). Counts the bytes in and out and the time
/// spent compressing, for the automatic choice.
class CompressingDevice final : public QIODevice
{
public:
    /// `codec` is Gzip or Lz4; `source` must be open for reading.
    CompressingDevice(std::unique_ptr<QIODevice> source, Compression codec);
    ~CompressingDevice() override;
    Q_DISABLE_COPY_MOVE(CompressingDevice)

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    qint64 bytesIn() const { return m_in; }
    qint64 bytesOut() const { return m_out; }
    qint64 compressNs() const { return m_ns; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    struct Codec;
    /// Refills m_pending from the source; false on a read or codec error (errorString set).
    bool refill();

    std::unique_ptr<QIODevice> m_source;
    std::unique_ptr<Codec> m_codec;
    QByteArray m_input;
    QByteArray m_pending; ///< compressed, not yet read
    qsizetype m_pendingPos = 0;
    bool m_finished = false; ///< the trailer is in m_pending
    qint64 m_in = 0;
    qint64 m_out = 0;
    qint64 m_ns = 0;
};

/// Passes an uncompressed body through while measuring the wire rate, for `auto` on the first chunk: the
/// session reads the body as the socket accepts it, so once the first `settleBytes` have filled the socket
/// buffers, the time the next `measureBytes` take is the link's rate. Then `decide(rate, sample)` is called once
/// (sample: the first bytes of the body, up to 4 MiB); when it returns true the device ends the body with a read
/// error (errorString: `switchMessage`), so the attempt is abandoned and sent again compressed.
class WireProbeDevice final : public QIODevice
{
public:
    using Decide = std::function<bool(double bytesPerSecond, const QByteArray& sample, QString* switchMessage)>;
    WireProbeDevice(std::unique_ptr<QIODevice> source, Decide decide, qint64 settleBytes = 2 * 1024 * 1024,
        qint64 measureBytes = 8 * 1024 * 1024);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_source;
    Decide m_decide;
    qint64 m_settle;
    qint64 m_measure;
    qint64 m_total = 0;
    qint64 m_settledAtNs = -1;
    bool m_decided = false;
    QByteArray m_sample;
};

/// Decompresses a whole gzip member or LZ4 frame (tests and the self-check); error `decompress_failed`.
Result<QByteArray> decompressBody(const QByteArray& compressed, Compression codec);

/// One codec's measured speed on a sample of the data.
struct CodecSample
{
    Compression codec = Compression::None;
    double inputBytesPerSecond = 0; ///< compression speed, one thread
    double ratio = 1.0; ///< compressed size / input size
};

/// Compresses `sample` with `codec` and measures it.
CodecSample measureCodec(const QByteArray& sample, Compression codec);

/// What `auto` decided, and why (for the log and `load --json`).
struct CompressionDecision
{
    Compression codec = Compression::None;
    double wireBytesPerSecond = 0; ///< measured on the first chunk, uncompressed
    double roundTripMs = 0; ///< the FE's redirect answer, the fastest seen
    QString reason;
    QJsonObject toJson() const;
};

/// The choice for the chunks after the first: with S the body size, W the measured wire rate and, per codec,
/// C its compression speed (shared by `parallelism` streams over `cores` cores) and r its ratio, sending takes
/// S/W plain and max(S/C, S·r/W) compressed (compression overlaps sending). A codec is used only when it is
/// predicted at least 25 % faster and the link is a network (the FE's redirect takes >= 5 ms): on loopback or a LAN the
/// server, not the wire, limits, and compression would only add CPU on both sides.
CompressionDecision chooseCompression(
    double wireBytesPerSecond, double roundTripMs, const QList<CodecSample>& codecs, int parallelism, int cores);

} // namespace dia::load
