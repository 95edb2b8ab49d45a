#include "inspectcommand.h"

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

/// --delimiter accepts "\t", "tab", "\x01" and friends besides literal characters.
QString parseDelimiter(const QString& value)
{
    const QString lower = value.toLower();
    if (lower == QLatin1String("\\t") || lower == QLatin1String("tab"))
        return QStringLiteral("\t");
    if (lower == QLatin1String("comma"))
        return QStringLiteral(",");
    if (lower == QLatin1String("semicolon"))
        return QStringLiteral(";");
    if (lower == QLatin1String("pipe"))
        return QStringLiteral("|");
    if (lower.startsWith(QLatin1String("\\x")) && lower.size() >= 4) {
        QString out;
        for (qsizetype i = 0; i + 3 < lower.size() + 1; i += 4) {
            if (lower.mid(i, 2) != QLatin1String("\\x"))
                return value;
            bool ok = false;
            const int code = lower.mid(i + 2, 2).toInt(&ok, 16);
            if (!ok)
                return value;
            out += QChar(code);
        }
        return out;
    }
    return value;
}

} // namespace

QString InspectCommand::summary() const
{
    return tr("Detect a file's format, encoding and dialect, scan it and describe its columns.");
}

void InspectCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, TSV, TXT, XLSX or XLS file."));
    parser.addOption({ QStringLiteral("sheet"), tr("Workbook sheet, by name or 0-based index."), tr("NAME|INDEX") });
    parser.addOption(
        { QStringLiteral("encoding"), tr("Text encoding (UTF-8, GB18030, Big5, Shift_JIS, ...)."), tr("NAME") });
    parser.addOption(
        { QStringLiteral("delimiter"), tr("Field delimiter (may be several characters; \\t, \\x01)."), tr("C") });
    parser.addOption({ QStringLiteral("quote"), tr("Quote character, or 'none'."), tr("C") });
    parser.addOption({ QStringLiteral("header"), tr("The first (non-skipped) line is a header.") });
    parser.addOption({ QStringLiteral("no-header"), tr("There is no header line.") });
    parser.addOption({ QStringLiteral("skip-lines"), tr("Lines above the header to skip."), tr("N") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output on stdout.") });
}

int InspectCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(io, tr("expected exactly one FILE."));
    const bool json = parser.isSet(QStringLiteral("json"));
    source::ReaderOptions options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = parseDelimiter(parser.value(QStringLiteral("delimiter")));
        if (options.delimiter.isEmpty())
            return usageError(io, tr("--delimiter must not be empty."));
    }
    if (parser.isSet(QStringLiteral("quote"))) {
        const QString q = parser.value(QStringLiteral("quote"));
        if (q.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || q.isEmpty())
            options.quote = QChar();
        else if (q.size() == 1 && q.at(0).unicode() < 0x80)
            options.quote = q.at(0);
        else
            return usageError(io, tr("--quote must be one ASCII character or 'none'."));
    }
    if (parser.isSet(QStringLiteral("header")) && parser.isSet(QStringLiteral("no-header")))
        return usageError(io, tr("--header and --no-header exclude each other."));
    if (parser.isSet(QStringLiteral("header")))
        options.header = true;
    if (parser.isSet(QStringLiteral("no-header")))
        options.header = false;
    if (parser.isSet(QStringLiteral("skip-lines"))) {
        bool ok = false;
        options.skipLines = parser.value(QStringLiteral("skip-lines")).toInt(&ok);
        if (!ok || options.skipLines < 0)
            return usageError(io, tr("--skip-lines needs a number of lines (0 or more)."));
    }

    auto scanned = source::SourceScanner::scan(args.first(), options);
    if (!scanned) {
        const Error& error = scanned.error();
        io.printErr(QStringLiteral("doris-import inspect: %1\n").arg(error.text()));
        if (json)
            io.writeOut(toJsonLine(errorToJson(error)));
        return kExitUsage;
    }
    const source::ScanResult& result = *scanned;
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
        for (const QString& name : info.columnNames) {
            columns.append(QJsonObject { { QStringLiteral("name"), name },
                { QStringLiteral("type"), QStringLiteral("STRING") }, { QStringLiteral("nullable"), true } });
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
    text += tr("File:        %1\n").arg(args.first());
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
    for (int i = 0; i < info.columnNames.size(); ++i)
        text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(info.columnNames.at(i));
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
