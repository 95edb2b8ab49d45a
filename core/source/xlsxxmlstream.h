#pragma once

#include "xlsxentryreader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace dia::source {

/// A zip entry parsed incrementally by QXmlStreamReader (fed with addData, never the whole part in
/// memory). A DTD is refused before any entity could be expanded.
class XlsxXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::XlsxXmlStream) // lupdate files member functions' texts under the class
public:
    Status open(const QString& zipPath, const QString& entry, qint64 maxBytes);
    /// Advances to the next token; false at the end of the document.
    Result<bool> next();
    QXmlStreamReader& xml() { return m_xml; }
    double progress() const;

private:
    XlsxEntryReader m_entry;
    QXmlStreamReader m_xml;
    QString m_name;
    bool m_inputDone = false;
};

} // namespace dia::source
