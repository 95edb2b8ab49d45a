#pragma once

#include <QtGlobal>

namespace dia::source {

/// Turns RFC 4180 doubled quotes inside quoted fields into backslash escapes in place: `"Olga ""Max"""` becomes
/// `"Olga \"Max\""`, which Doris 2.1 reads (enclose ", escape \) as `Olga "Max"`; Doris 2.1 does not
/// understand `""` (doris-facts §12.3). The length never changes, so the body size is known before sending.
///
/// Only for records whose shape is otherwise Doris-identical and whose every quote is an enclosing one (no
/// backslash, no text after a closing quote, no quote inside an unquoted field): the chunk source checks that.
/// Then quotes alternate open/close, so a block's inside-quotes mask is the prefix XOR of its quote mask, and the
/// first quote of each pair is a closing quote directly followed by another quote: 64 bytes per step, no branch
/// per byte. Streaming: feed consecutive blocks of one byte range in order.
class DoubledQuoteFixer
{
public:
    /// Fixes `data[0..size)`, the next bytes of the range. `next` is the byte after them (-1 at the end).
    void fix(char* data, qint64 size, int next);

private:
    bool m_inside = false; ///< the range is inside a quoted field where the next block starts
};

} // namespace dia::source
