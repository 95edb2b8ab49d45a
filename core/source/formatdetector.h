#pragma once

#include "common/result.h"
#include "readeroptions.h"

#include <QCoreApplication>

namespace dia::source {

/// Decides the file format from its first bytes (zip, OLE2 compound file, text) and its extension, and
/// refuses what cannot be read: missing files, directories, encrypted Office files.
class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::FormatDetector) // lupdate files member functions' texts under the class
public:
    static Result<FileFormat> detect(const QString& path);
};

} // namespace dia::source
