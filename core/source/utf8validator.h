#pragma once

#include <QtGlobal>

namespace dia::source {

/// Whole-block UTF-8 validation with AVX2 (the "lookup" algorithm of Keiser and Lemire, "Validating UTF-8
/// In Less Than One Instruction Per Byte", 2021), selected at run time. It only answers yes or no for the
/// bytes it covers; EncodingDetector::firstInvalidUtf8 finds the position of an error with the scalar check.
class Utf8Validator
{
public:
    /// Checks `data[0..size)` in whole 32-byte blocks and returns how many leading bytes are known valid:
    /// every byte before the returned offset belongs to a complete, valid sequence, and the offset is the
    /// start of a sequence (at most 3 bytes before the end of the last whole block). Returns -1 when the
    /// covered blocks contain an error. Returns 0 when the CPU lacks AVX2 or the data is shorter than a block.
    static qint64 validPrefix(const char* data, qint64 size);
};

} // namespace dia::source
