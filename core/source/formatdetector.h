#pragma once

#include "common/result.h"
#include "readeroptions.h"

namespace dia::source {

/// Decides the file format from its first bytes (zip, OLE2 compound file, text) and its extension, and
/// refuses what cannot be read: missing files, directories, encrypted Office files.
class FormatDetector
{
public:
    static Result<FileFormat> detect(const QString& path);
};

} // namespace dia::source
