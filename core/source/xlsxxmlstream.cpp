#include "xlsxxmlstream.h"

#include <QCoreApplication>

namespace dia::source {

namespace { } // namespace

Status XlsxXmlStream::open(const QString& zipPath, const QString& entry, qint64 maxBytes)
{
    m_name = entry;
    m_xml.clear();
    m_inputDone = false;
    return m_entry.open(zipPath, entry, maxBytes);
}

Result<bool> XlsxXmlStream::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return makeError(QStringLiteral("xml_dtd_refused"),
                tr("The workbook part %1 declares a DTD or entities; refusing it (possible entity-expansion "
                   "attack).")
                    .arg(m_name),
                tr("Workbooks saved by Excel or LibreOffice never contain one; save the file again."));
        }
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_inputDone) {
                auto block = m_entry.read();
                if (!block)
                    return block.error();
                if (block->isEmpty())
                    m_inputDone = true;
                else
                    m_xml.addData(*block);
                if (m_inputDone) {
                    // let the reader report the real end
                    continue;
                }
                continue;
            }
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_inputDone) {
                return makeError(QStringLiteral("bad_workbook"), tr("The workbook part %1 is truncated.").arg(m_name),
                    tr("Save the workbook again from Excel, or export it as CSV."));
            }
            return makeError(QStringLiteral("bad_workbook"),
                tr("The workbook part %1 is not valid XML: %2 (line %3).")
                    .arg(m_name, m_xml.errorString())
                    .arg(m_xml.lineNumber()),
                tr("Save the workbook again from Excel, or export it as CSV."));
        }
        if (token == QXmlStreamReader::EndDocument)
            return false;
        return true;
    }
}

double XlsxXmlStream::progress() const
{
    const qint64 total = m_entry.uncompressedSize();
    return total > 0 ? qBound(0.0, double(m_entry.bytesRead()) / double(total), 1.0) : 0.0;
}

} // namespace dia::source
