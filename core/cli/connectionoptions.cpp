#include "connectionoptions.h"

#include "passwordsource.h"

#include <QCoreApplication>

namespace dia::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::cli", text);
}

QString delimiterFrom(const QString& value)
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
    if (lower.startsWith(QLatin1String("\\x")) && lower.size() % 4 == 0) {
        QString out;
        for (qsizetype i = 0; i < lower.size(); i += 4) {
            bool ok = false;
            const int code = lower.mid(i + 2, 2).toInt(&ok, 16);
            if (lower.mid(i, 2) != QLatin1String("\\x") || !ok)
                return value;
            out += QChar(code);
        }
        return out;
    }
    return value;
}

Error optionError(const QString& message)
{
    return makeError(QStringLiteral("bad_reader_option"), message);
}

QString unquote(QString part)
{
    part = part.trimmed();
    if (part.size() >= 2 && part.startsWith(QLatin1Char('`')) && part.endsWith(QLatin1Char('`')))
        part = part.mid(1, part.size() - 2).replace(QLatin1String("``"), QLatin1String("`"));
    return part;
}

} // namespace

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("fe"), tr("Doris FE HTTP address, e.g. http://10.0.0.5:8030."), tr("URL") });
    parser.addOption({ QStringLiteral("mysql"), tr("FE MySQL address HOST:PORT (default: the FE host, port 9030)."),
        tr("HOST:PORT") });
    parser.addOption({ QStringLiteral("user"), tr("Doris user (default root)."), tr("USER") });
    parser.addOption({ QStringLiteral("password-env"),
        tr("Read the password from this environment variable (default DORIS_PASSWORD, else a prompt)."), tr("VAR") });
    parser.addOption({ QStringLiteral("be"),
        tr("Send Stream Loads to this BE HTTP address instead of the one the FE names (Docker, NAT), or map each BE "
           "as advertised to an address reachable from here: 'be1:8040=127.0.0.1:18040,be2:8040=127.0.0.1:18041'."),
        tr("HOST:PORT|MAP") });
    parser.addOption({ QStringLiteral("trust-self-signed"), tr("Accept the FE's self-signed HTTPS certificate.") });
    parser.addOption({ QStringLiteral("timeout"),
        tr("Seconds without progress before a request is abandoned (default 300)."), tr("SECONDS") });
}

Result<doris::ConnectionSettings> connectionFromOptions(
    const QCommandLineParser& parser, const CliIo& io, const ConnectionProfile* defaults)
{
    doris::ConnectionSettings settings;
    if (parser.isSet(QStringLiteral("fe"))) {
        if (Status fe = settings.setFeUrl(parser.value(QStringLiteral("fe"))); !fe)
            return fe.error();
        settings.mysqlHost = settings.feHost;
    } else if (defaults && !defaults->host.isEmpty()) {
        settings.feHost = defaults->host;
        settings.feHttpPort = defaults->httpPort;
        settings.useTls = defaults->useTls;
        settings.trustSelfSigned = defaults->trustSelfSigned;
        settings.mysqlHost = defaults->host;
        settings.mysqlPort = defaults->mysqlPort;
        settings.user = defaults->user;
        if (Status be = settings.setBeOverride(defaults->beOverride); !be)
            return be.error();
    } else {
        return makeError(QStringLiteral("missing_fe"), tr("--fe is required."),
            tr("Give the FE HTTP address, e.g. --fe http://10.0.0.5:8030."));
    }
    if (parser.isSet(QStringLiteral("mysql"))) {
        if (Status mysql = settings.setMysqlAddress(parser.value(QStringLiteral("mysql"))); !mysql)
            return mysql.error();
    }
    if (parser.isSet(QStringLiteral("user")))
        settings.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("be"))) {
        if (Status be = settings.setBeOverride(parser.value(QStringLiteral("be"))); !be)
            return be.error();
    }
    if (parser.isSet(QStringLiteral("trust-self-signed")))
        settings.trustSelfSigned = true;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            return makeError(QStringLiteral("bad_timeout"), tr("--timeout needs a number of seconds above 0."));
        settings.requestTimeoutMs = int(qMin(seconds * 1000.0, 86400000.0));
        settings.connectTimeoutMs = qMin(settings.connectTimeoutMs, settings.requestTimeoutMs);
    }
    auto password = readPassword(parser.value(QStringLiteral("password-env")), io);
    if (!password)
        return password.error();
    settings.password = *password;
    return settings;
}

bool readerOptionsGiven(const QCommandLineParser& parser)
{
    for (const char* name : { "sheet", "encoding", "delimiter", "quote", "header", "no-header", "skip-lines" }) {
        if (parser.isSet(QLatin1String(name)))
            return true;
    }
    return false;
}

void addReaderOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("sheet"), tr("Workbook sheet, by name or 0-based index."), tr("NAME|INDEX") });
    parser.addOption(
        { QStringLiteral("encoding"), tr("Text encoding (UTF-8, GB18030, Big5, Shift_JIS, ...)."), tr("NAME") });
    parser.addOption(
        { QStringLiteral("delimiter"), tr("Field delimiter (may be several characters; \\t, \\x01)."), tr("C") });
    parser.addOption({ QStringLiteral("quote"), tr("Quote character, or 'none'."), tr("C") });
    parser.addOption({ QStringLiteral("header"), tr("The first (non-skipped) line is a header.") });
    parser.addOption({ QStringLiteral("no-header"), tr("There is no header line.") });
    parser.addOption({ QStringLiteral("skip-lines"), tr("Lines above the header to skip."), tr("N") });
}

Result<FileArgument> fileArgumentFromParser(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return makeError(QStringLiteral("bad_usage"), tr("expected exactly one FILE."));
    const Result<source::ReaderOptions> reader = readerOptionsFromParser(parser);
    if (!reader)
        return reader.error();
    return FileArgument { args.first(), *reader };
}

Result<source::ReaderOptions> readerOptionsFromParser(const QCommandLineParser& parser)
{
    source::ReaderOptions options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = delimiterFrom(parser.value(QStringLiteral("delimiter")));
        if (options.delimiter.isEmpty())
            return optionError(tr("--delimiter must not be empty."));
    }
    if (parser.isSet(QStringLiteral("quote"))) {
        const QString q = parser.value(QStringLiteral("quote"));
        if (q.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || q.isEmpty())
            options.quote = QChar();
        else if (q.size() == 1 && q.at(0).unicode() < 0x80)
            options.quote = q.at(0);
        else
            return optionError(tr("--quote must be one ASCII character or 'none'."));
    }
    if (parser.isSet(QStringLiteral("header")) && parser.isSet(QStringLiteral("no-header")))
        return optionError(tr("--header and --no-header exclude each other."));
    if (parser.isSet(QStringLiteral("header")))
        options.header = true;
    if (parser.isSet(QStringLiteral("no-header")))
        options.header = false;
    if (parser.isSet(QStringLiteral("skip-lines"))) {
        bool ok = false;
        options.skipLines = parser.value(QStringLiteral("skip-lines")).toInt(&ok);
        if (!ok || options.skipLines < 0)
            return optionError(tr("--skip-lines needs a number of lines (0 or more)."));
    }
    return options;
}

Result<QPair<QString, QString>> parseTableName(const QString& text)
{
    // Split on the first '.' outside backquotes.
    bool quoted = false;
    qsizetype dot = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('`'))
            quoted = !quoted;
        else if (text.at(i) == QLatin1Char('.') && !quoted) {
            dot = i;
            break;
        }
    }
    const QString db = dot < 0 ? QString() : unquote(text.left(dot));
    const QString table = dot < 0 ? QString() : unquote(text.mid(dot + 1));
    if (db.isEmpty() || table.isEmpty())
        return makeError(QStringLiteral("bad_table"), tr("'%1' is not DATABASE.TABLE.").arg(text),
            tr("Name the target as --table DATABASE.TABLE."));
    return qMakePair(db, table);
}

} // namespace dia::cli
