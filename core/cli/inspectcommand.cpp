#include "inspectcommand.h"

#include "connectionoptions.h"
#include "schema/filescan.h"
#include "schema/identifiercleaner.h"
#include "schema/schemajson.h"
#include "valueformatoptions.h"

#include "common/jsonio.h"
#include "source/sourcescanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dia::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::cli::InspectCommand", text);
}

QString formatName(source::FileFormat format)
{
    switch (format) {
    case source::FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case source::FileFormat::Xls:
        return QStringLiteral("xls");
    case source::FileFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

/// "\t" for a tab, "\x01" for other control characters, the text otherwise.
QString visible(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString InspectCommand::summary() const
{
    return tr("Detect a file's format, encoding and dialect, scan it and describe its columns.");
}

void InspectCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, TSV, TXT, XLSX or XLS file."));
    addReaderOptions(parser);
    parser.addOption({ QStringLiteral("no-types"),
        tr("Only count rows and find problems (faster): do not infer the columns' Doris types.") });
    addValueFormatOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output on stdout.") });
}

int InspectCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const Result<FileArgument> input = fileArgumentFromParser(parser);
    if (!input)
        return usageError(io, input.error().message);
    const bool json = parser.isSet(QStringLiteral("json"));
    const source::ReaderOptions& options = input->reader;
    const bool withTypes = !parser.isSet(QStringLiteral("no-types"));
    const Result<ValueFormatSettings> formats = valueFormatSettingsFromParser(parser);
    if (!formats)
        return usageError(io, formats.error().message);

    // With types, one pass decodes every field for the inference; without, the fast record scan counts.
    QList<schema::InferredColumn> inferred;
    source::ScanResult result;
    if (withTypes) {
        const Result<schema::FileInference> inference
            = schema::FileScan::infer(input->path, options, formats->inference);
        if (!inference)
            return fail(io, json, inference.error(), kExitUsage);
        if (const Status s = checkFormatColumns(formats->inference.formats, inference->columns); !s)
            return usageError(io, s.error().message + QLatin1Char(' ') + s.error().hint);
        inferred = inference->columns;
        result.info = inference->info;
        result.rows = inference->rows;
        result.warnings = inference->warnings;
        result.warningCount = inference->warnings.size();
    } else {
        auto scanned = source::SourceScanner::scan(input->path, options);
        if (!scanned)
            return fail(io, json, scanned.error(), kExitUsage);
        result = *scanned;
    }
    const source::SourceInfo& info = result.info;
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("format"), formatName(info.format));
        o.insert(QStringLiteral("encoding"), info.encoding);
        o.insert(QStringLiteral("encoding_confidence"), info.encodingConfidence);
        o.insert(QStringLiteral("bom"), info.bom);
        o.insert(QStringLiteral("delimiter"), info.delimiter);
        o.insert(QStringLiteral("quote"), info.quote.isNull() ? QString() : QString(info.quote));
        o.insert(QStringLiteral("escape"),
            info.escape == source::EscapeStyle::Backslash ? QStringLiteral("backslash") : QStringLiteral("doubled"));
        o.insert(QStringLiteral("line_ending"), info.lineEnding);
        o.insert(QStringLiteral("header"), info.header);
        o.insert(QStringLiteral("skip_lines"), info.skipLines);
        o.insert(QStringLiteral("rows"), result.rows);
        o.insert(QStringLiteral("bytes"), info.fileSize);
        o.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(info.sheets));
        o.insert(QStringLiteral("sheet"), info.sheet.isEmpty() ? QJsonValue() : QJsonValue(info.sheet));
        QJsonArray columns;
        if (withTypes) {
            columns = schema::SchemaJson::columns(inferred);
        } else {
            for (const schema::CleanedName& name : schema::IdentifierCleaner::cleanColumnNames(info.columnNames)) {
                columns.append(QJsonObject { { QStringLiteral("name"), name.name },
                    { QStringLiteral("original_name"), name.original },
                    { QStringLiteral("type"), QStringLiteral("STRING") }, { QStringLiteral("nullable"), true } });
            }
        }
        o.insert(QStringLiteral("columns"), columns);
        QJsonArray warnings;
        for (const source::SourceWarning& w : result.warnings) {
            warnings.append(QJsonObject { { QStringLiteral("code"), w.code }, { QStringLiteral("line"), w.line },
                { QStringLiteral("message"), w.message } });
        }
        o.insert(QStringLiteral("warnings"), warnings);
        o.insert(QStringLiteral("warning_count"), result.warningCount);
        io.writeOut(toJsonLine(o));
        return kExitOk;
    }
    QString text;
    text += tr("File:        %1\n").arg(input->path);
    text += tr("Format:      %1\n").arg(formatName(info.format).toUpper());
    if (info.format == source::FileFormat::Csv) {
        text += tr("Encoding:    %1%2 (confidence %3)\n")
                    .arg(info.encoding, info.bom ? tr(" with BOM") : QString())
                    .arg(info.encodingConfidence, 0, 'f', 2);
        text += tr("Delimiter:   \"%1\"\n").arg(visible(info.delimiter));
        text
            += tr("Quote:       %1\n").arg(info.quote.isNull() ? tr("none") : QStringLiteral("\"%1\"").arg(info.quote));
        text += tr("Line ending: %1\n").arg(visible(info.lineEnding));
    } else {
        text += tr("Sheets:      %1\n").arg(info.sheets.join(QStringLiteral(", ")));
        text += tr("Sheet:       %1\n").arg(info.sheet);
    }
    text += tr("Header:      %1\n").arg(info.header ? tr("yes") : tr("no"));
    text += tr("Skip lines:  %1\n").arg(info.skipLines);
    text += tr("Rows:        %1\n").arg(result.rows);
    text += tr("Bytes:       %1\n").arg(info.fileSize);
    text += tr("Columns (%1):\n").arg(info.columnNames.size());
    for (int i = 0; i < info.columnNames.size(); ++i) {
        text += QStringLiteral("  %1. %2").arg(i + 1).arg(info.columnNames.at(i));
        if (i < inferred.size()) {
            const schema::InferredColumn& c = inferred.at(i);
            text += QStringLiteral(" -> `%1` %2%3  (%4)")
                        .arg(c.name, c.type.toSql(), c.nullable ? QString() : QStringLiteral(" NOT NULL"), c.reason);
        }
        text += QLatin1Char('\n');
    }
    if (result.warningCount > 0) {
        text += tr("Warnings (%1):\n").arg(result.warningCount);
        for (int i = 0; i < result.warnings.size() && i < 20; ++i)
            text += QStringLiteral("  [%1] %2\n").arg(result.warnings.at(i).code, result.warnings.at(i).message);
        if (result.warningCount > 20)
            text += tr("  ... and %1 more (use --json to see up to 1000)\n").arg(result.warningCount - 20);
    }
    io.print(text);
    return kExitOk;
}

} // namespace dia::cli
