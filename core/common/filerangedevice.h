#pragma once

#include <QtGlobal>

namespace dia {

/// Implemented by request-body devices that are a byte range of a file on disk, so a sender on a plain TCP
/// connection can hand the bytes to the kernel (sendfile) instead of copying them through user space.
class FileRangeDevice
{
public:
    virtual ~FileRangeDevice() = default;
    /// The open file's descriptor, or -1 when there is none to share.
    virtual int fileDescriptor() const = 0;
    /// File offset of the next byte the device would deliver.
    virtual qint64 nextFileOffset() const = 0;
    /// Bytes left in the range.
    virtual qint64 remaining() const = 0;
    /// Records that `bytes` were sent directly from the file, as if they had been read.
    virtual void skipSent(qint64 bytes) = 0;
};

} // namespace dia
