#pragma once

#include <memory>
#include <string>

namespace dia::sim {

/// Streaming decompression of a Stream Load body, as the BE does for `compress_type` (doris-facts.md 12.2):
/// gz (gzip, concatenated members too), deflate (zlib stream), bz2, lz4 (LZ4 frame, concatenated frames too).
class BodyDecompressor
{
public:
    virtual ~BodyDecompressor() = default;
    /// Appends the bytes decompressed from `in` to `out`. False with `error()` on corrupt input.
    virtual bool feed(const char* in, size_t n, std::string& out) = 0;
    /// The body ended: false (with `error()`) when the compressed stream is incomplete.
    virtual bool finish() = 0;
    const std::string& error() const { return m_error; }

    enum class Check {
        Plain, ///< no compress_type
        Supported, ///< create() returns a decompressor
        NotImplemented, ///< valid in Doris 2.1 (lzo, lzop, lz4_block, snappy_block) but not decoded by doris-sim
        Unknown, ///< refused by Doris 2.1 ("unknown data format")
    };
    /// Classifies a `compress_type` header value (case-insensitive).
    static Check check(const std::string& compressType);
    /// A decompressor for a Supported type.
    static std::unique_ptr<BodyDecompressor> create(const std::string& compressType);

protected:
    std::string m_error;
};

} // namespace dia::sim
