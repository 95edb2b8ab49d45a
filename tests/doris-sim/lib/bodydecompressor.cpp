#include "bodydecompressor.h"

#include <bzlib.h>
#include <lz4frame.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>

namespace dia::sim {

namespace {

constexpr size_t kOutStep = size_t(256) << 10;
// Doris' line reader when the body ends inside a compressed stream (new_plain_text_line_reader.cpp)
constexpr const char* kTruncated = "Compressed file has been truncated, which is not allowed";

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

/// gz and deflate through zlib; Doris' messages: "Failed to inflate. return code: N".
class ZlibDecompressor : public BodyDecompressor
{
public:
    explicit ZlibDecompressor(bool gzip)
        : m_windowBits(gzip ? 15 + 32 : 15) // Doris: gz auto-detects gzip or zlib headers, deflate is a zlib stream
    {
        inflateInit2(&m_z, m_windowBits);
    }
    ~ZlibDecompressor() override { inflateEnd(&m_z); }

    bool feed(const char* in, size_t n, std::string& out) override
    {
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
        m_z.avail_in = uInt(n);
        bool full = false; // the last call filled its output: zlib may hold more
        while (m_z.avail_in > 0 || full) {
            if (m_ended && m_z.avail_in > 0) { // another gzip member follows (pigz, cat a.gz b.gz)
                if (inflateReset(&m_z) != Z_OK)
                    return fail("Failed to inflateReset. return code: -2");
                m_ended = false;
            }
            const size_t old = out.size();
            out.resize(old + kOutStep);
            m_z.next_out = reinterpret_cast<Bytef*>(&out[old]);
            m_z.avail_out = uInt(kOutStep);
            const int ret = inflate(&m_z, Z_NO_FLUSH);
            full = m_z.avail_out == 0;
            out.resize(old + (kOutStep - m_z.avail_out));
            if (ret == Z_STREAM_END) {
                m_ended = true;
                full = false;
            } else if (ret != Z_OK && !(ret == Z_BUF_ERROR && m_z.avail_in == 0))
                return fail("Failed to inflate. return code: " + std::to_string(ret));
        }
        m_started = m_started || n > 0;
        return true;
    }
    bool finish() override
    {
        if (m_started && !m_ended)
            return fail(kTruncated);
        return true;
    }

private:
    bool fail(const std::string& message)
    {
        m_error = message;
        return false;
    }
    z_stream m_z {};
    int m_windowBits;
    bool m_ended = false;
    bool m_started = false;
};

class Bz2Decompressor : public BodyDecompressor
{
public:
    Bz2Decompressor() { BZ2_bzDecompressInit(&m_bz, 0, 0); }
    ~Bz2Decompressor() override { BZ2_bzDecompressEnd(&m_bz); }

    bool feed(const char* in, size_t n, std::string& out) override
    {
        m_bz.next_in = const_cast<char*>(in);
        m_bz.avail_in = unsigned(n);
        m_pendingIn = n;
        bool full = false;
        while (m_bz.avail_in > 0 || full) {
            if (m_ended) { // concatenated streams (pbzip2)
                BZ2_bzDecompressEnd(&m_bz);
                m_bz = {};
                BZ2_bzDecompressInit(&m_bz, 0, 0);
                m_bz.next_in = const_cast<char*>(in + (n - m_pendingIn));
                m_bz.avail_in = unsigned(m_pendingIn);
                m_ended = false;
            }
            const size_t old = out.size();
            out.resize(old + kOutStep);
            m_bz.next_out = &out[old];
            m_bz.avail_out = unsigned(kOutStep);
            const int ret = BZ2_bzDecompress(&m_bz);
            full = m_bz.avail_out == 0;
            out.resize(old + (kOutStep - m_bz.avail_out));
            m_pendingIn = m_bz.avail_in;
            if (ret == BZ_STREAM_END) {
                m_ended = true;
                full = false;
            } else if (ret != BZ_OK) {
                m_error = "Failed to bz2 decompress. status code: " + std::to_string(ret);
                return false;
            }
        }
        m_started = m_started || n > 0;
        return true;
    }
    bool finish() override
    {
        if (m_started && !m_ended) {
            m_error = kTruncated;
            return false;
        }
        return true;
    }

private:
    bz_stream m_bz {};
    size_t m_pendingIn = 0;
    bool m_ended = false;
    bool m_started = false;
};

class Lz4FrameDecompressor : public BodyDecompressor
{
public:
    Lz4FrameDecompressor() { LZ4F_createDecompressionContext(&m_ctx, LZ4F_VERSION); }
    ~Lz4FrameDecompressor() override { LZ4F_freeDecompressionContext(m_ctx); }

    bool feed(const char* in, size_t n, std::string& out) override
    {
        size_t pos = 0;
        bool full = false;
        while (pos < n || full) {
            const size_t old = out.size();
            out.resize(old + kOutStep);
            size_t outSize = kOutStep;
            size_t inSize = n - pos;
            const size_t ret = LZ4F_decompress(m_ctx, &out[old], &outSize, in + pos, &inSize, nullptr);
            out.resize(old + outSize);
            if (LZ4F_isError(ret)) {
                m_error = std::string("Decompression error: ") + LZ4F_getErrorName(ret);
                return false;
            }
            pos += inSize;
            m_needMore = ret != 0; // 0: a frame is complete (another may follow)
            full = outSize == kOutStep;
            if (inSize == 0 && outSize == 0)
                break;
        }
        m_started = m_started || n > 0;
        return true;
    }
    bool finish() override
    {
        if (m_started && m_needMore) {
            m_error = kTruncated;
            return false;
        }
        return true;
    }

private:
    LZ4F_dctx* m_ctx = nullptr;
    bool m_needMore = false;
    bool m_started = false;
};

} // namespace

BodyDecompressor::Check BodyDecompressor::check(const std::string& compressType)
{
    const std::string t = lower(compressType);
    if (t.empty())
        return Check::Plain;
    if (t == "gz" || t == "deflate" || t == "bz2" || t == "lz4")
        return Check::Supported;
    if (t == "lzo" || t == "lzop" || t == "lz4_block" || t == "snappy_block")
        return Check::NotImplemented;
    return Check::Unknown;
}

std::unique_ptr<BodyDecompressor> BodyDecompressor::create(const std::string& compressType)
{
    const std::string t = lower(compressType);
    if (t == "gz")
        return std::make_unique<ZlibDecompressor>(true);
    if (t == "deflate")
        return std::make_unique<ZlibDecompressor>(false);
    if (t == "bz2")
        return std::make_unique<Bz2Decompressor>();
    if (t == "lz4")
        return std::make_unique<Lz4FrameDecompressor>();
    return nullptr;
}

} // namespace dia::sim
