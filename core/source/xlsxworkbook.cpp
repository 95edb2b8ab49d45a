#include "xlsxworkbook.h"

#include "xlsxxmlstream.h"

#include <QCoreApplication>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

namespace dia::source {

namespace {

Error badWorkbook(const QString& message)
{
    return makeError(QStringLiteral("bad_workbook"), message,
        QCoreApplication::translate("dia::source", "Save the workbook again from Excel, or export it as CSV."));
}

QString resolveTarget(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    while (t.startsWith(QLatin1String("../")))
        t = t.mid(3);
    return t.startsWith(QLatin1String("xl/")) ? t : QStringLiteral("xl/") + t;
}

} // namespace

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheet& s : m_sheets)
        names.append(s.name);
    return names;
}

Result<XlsxSheet> XlsxWorkbook::sheet(const QString& selector) const
{
    if (m_sheets.isEmpty())
        return badWorkbook(tr("The workbook has no worksheets."));
    if (selector.isEmpty())
        return m_sheets.first();
    for (const XlsxSheet& s : m_sheets) {
        if (s.name == selector)
            return s;
    }
    for (const XlsxSheet& s : m_sheets) {
        if (s.name.compare(selector, Qt::CaseInsensitive) == 0)
            return s;
    }
    bool ok = false;
    const int index = selector.toInt(&ok);
    if (ok && index >= 0 && index < m_sheets.size())
        return m_sheets.at(index);
    return makeError(QStringLiteral("sheet_not_found"),
        tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
            .arg(selector, sheetNames().join(QStringLiteral(", "))),
        tr("Choose a sheet by name or by 0-based index."));
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString& path)
{
    std::unique_ptr<XlsxWorkbook> book(new XlsxWorkbook);
    book->m_path = path;
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            return badWorkbook(tr("%1 is not a readable XLSX (zip) file.").arg(path));
        const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
        if (entries.size() > 100000)
            return makeError(
                QStringLiteral("zip_bomb"), tr("The workbook has too many parts (%1).").arg(entries.size()));
        for (const QuaZipFileInfo64& e : entries) {
            if (e.flags & 1) {
                return makeError(QStringLiteral("encrypted_workbook"), tr("The workbook is encrypted."),
                    tr("Remove the password in Excel (File > Info > Protect Workbook) and save it again."));
            }
            book->m_entrySizes.insert(
                e.name, { static_cast<qint64>(e.compressedSize), static_cast<qint64>(e.uncompressedSize) });
        }
        zip.close();
    }
    if (!book->m_entrySizes.contains(QStringLiteral("xl/workbook.xml")))
        return badWorkbook(tr("%1 is a zip file but not an Excel workbook (no xl/workbook.xml).").arg(path));
    if (Status s = book->readWorkbook(); !s)
        return s.error();
    return book;
}

Status XlsxWorkbook::readWorkbook()
{
    struct SheetRef
    {
        QString name;
        QString rid;
    };
    QList<SheetRef> refs;
    {
        XlsxXmlStream stream;
        if (Status s = stream.open(m_path, QStringLiteral("xl/workbook.xml"), kMaxSmallPartBytes); !s)
            return s;
        for (;;) {
            auto more = stream.next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            QXmlStreamReader& xml = stream.xml();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const QString v = xml.attributes().value(QLatin1String("date1904")).toString();
                m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                SheetRef ref;
                ref.name = xml.attributes().value(QLatin1String("name")).toString();
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        ref.rid = a.value().toString();
                }
                refs.append(ref);
            }
        }
    }
    QHash<QString, QString> targets;
    QString sharedStrings;
    QString styles;
    if (m_entrySizes.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        XlsxXmlStream stream;
        if (Status s = stream.open(m_path, QStringLiteral("xl/_rels/workbook.xml.rels"), kMaxSmallPartBytes); !s)
            return s;
        for (;;) {
            auto more = stream.next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            QXmlStreamReader& xml = stream.xml();
            if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
                continue;
            const QString id = xml.attributes().value(QLatin1String("Id")).toString();
            const QString type = xml.attributes().value(QLatin1String("Type")).toString();
            const QString target = resolveTarget(xml.attributes().value(QLatin1String("Target")).toString());
            if (type.endsWith(QLatin1String("/worksheet")))
                targets.insert(id, target);
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                sharedStrings = target;
            else if (type.endsWith(QLatin1String("/styles")))
                styles = target;
        }
    }
    for (const SheetRef& ref : refs) {
        QString target = targets.value(ref.rid);
        if (target.isEmpty())
            continue; // chart sheets and dialogs have no cells
        if (!m_entrySizes.contains(target))
            continue;
        m_sheets.append({ ref.name, target });
    }
    if (m_sheets.isEmpty())
        return badWorkbook(tr("The workbook has no worksheets."));
    if (styles.isEmpty() && m_entrySizes.contains(QStringLiteral("xl/styles.xml")))
        styles = QStringLiteral("xl/styles.xml");
    if (sharedStrings.isEmpty() && m_entrySizes.contains(QStringLiteral("xl/sharedStrings.xml")))
        sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    if (!styles.isEmpty() && m_entrySizes.contains(styles)) {
        if (Status s = readStyles(styles); !s)
            return s;
    }
    if (!sharedStrings.isEmpty() && m_entrySizes.contains(sharedStrings)) {
        if (Status s = readSharedStrings(sharedStrings); !s)
            return s;
    }
    return {};
}

Status XlsxWorkbook::readStyles(const QString& entry)
{
    XlsxXmlStream stream;
    if (Status s = stream.open(m_path, entry, kMaxSmallPartBytes); !s)
        return s;
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    int xfIndex = 0;
    for (;;) {
        auto more = stream.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        QXmlStreamReader& xml = stream.xml();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                    xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                const DateKind kind = CellFormatter::dateKind(id, customFormats.value(id));
                if (kind != DateKind::None)
                    m_styleKinds.insert(xfIndex, kind);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return {};
}

Status XlsxWorkbook::readSharedStrings(const QString& entry)
{
    XlsxXmlStream stream;
    if (Status s = stream.open(m_path, entry, kMaxSharedStringsBytes); !s)
        return s;
    QString current;
    bool inSi = false;
    bool inT = false;
    int phonetic = 0;
    for (;;) {
        auto more = stream.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        QXmlStreamReader& xml = stream.xml();
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.name() == QLatin1String("t")) {
                inT = true;
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("si")) {
                m_sharedStrings.append(current);
                inSi = false;
            } else if (xml.name() == QLatin1String("t")) {
                inT = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inSi && inT && phonetic == 0)
                current += xml.text();
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace dia::source
