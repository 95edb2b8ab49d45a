#pragma once

#include "xlsxentryreader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <cstring>

namespace dia::source {

/// Byte-level pull tokenizer for worksheet XML (the one big part of a workbook), much faster than
/// QXmlStreamReader because it never builds QStrings: names, attribute values and text are UTF-8 byte views
/// into its buffer, valid until the next call to next(). It checks what the sheet walk relies on: tags
/// nest and match, attributes are quoted, entity references are the five predefined ones or character
/// references; a DTD is refused (`xml_dtd_refused`) before anything could expand, anything else malformed is
/// `bad_workbook`. Sheet parts must be UTF-8 (all writers use it; a UTF-16 part is refused). Memory is one
/// inflated block plus the largest token (capped).
class XlsxSheetScanner
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::XlsxSheetScanner) // lupdate files member functions' texts under the class
public:
    /// Inline byte comparison (QByteArrayView's operator== is an out-of-line call, hot in the sheet walk).
    template <qsizetype N> static bool is(QByteArrayView v, const char (&literal)[N])
    {
        return v.size() == N - 1 && std::memcmp(v.data(), literal, N - 1) == 0;
    }
    static bool equal(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
    }

    enum class Token { StartElement, EndElement, Text, EndDocument };

    Status open(const QString& zipPath, const QString& entry, qint64 maxBytes);
    /// Advances to the next token (comments, processing instructions and whitespace between tags are
    /// skipped; text is reported only inside elements).
    Result<Token> next();
    /// Local name (prefix removed) of the current start or end element.
    QByteArrayView name() const { return m_name; }
    /// Value of the attribute with the qualified name `name` of the current start element, entities
    /// decoded; empty when absent.
    QByteArrayView attribute(QByteArrayView name);
    /// Decoded text of the current Text token (character data or CDATA).
    QByteArrayView text() const { return m_text; }
    double progress() const;

    static constexpr qint64 kMaxTokenBytes = 64LL * 1024 * 1024;

private:
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView rawValue;
    };
    Result<bool> more();
    Error malformed(const QString& what) const;
    Result<Token> parseTag();
    /// Decodes entity references of `raw` into `out`; false on an unknown or malformed reference.
    static bool decode(QByteArrayView raw, QByteArray& out);

    XlsxEntryReader m_entry;
    QString m_entryName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_inputDone = false;
    bool m_started = false;
    bool m_pendingEnd = false;
    bool m_rootClosed = false;
    QList<QByteArray> m_stack; ///< open element names; slots beyond m_depth keep their storage
    qsizetype m_depth = 0;
    QByteArrayView m_name;
    QByteArrayView m_text;
    QByteArray m_textStorage;
    QByteArray m_attrStorage;
    QList<Attribute> m_attributes;
};

} // namespace dia::source
