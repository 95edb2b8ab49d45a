#include "sqlhighlighter.h"

namespace dia::ui {

namespace {
QTextCharFormat makeFormat(const QColor& color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}
} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    const QString keywords = QStringLiteral(
        "CREATE|TABLE|IF|NOT|EXISTS|NULL|DEFAULT|COMMENT|ENGINE|DUPLICATE|UNIQUE|AGGREGATE|KEY|DISTRIBUTED|BY|HASH|"
        "RANDOM|BUCKETS|AUTO|PROPERTIES|PARTITION|RANGE|LIST|VALUES|LESS|THAN|AUTO_INCREMENT|CURRENT_TIMESTAMP");
    const QString types
        = QStringLiteral("BOOLEAN|TINYINT|SMALLINT|INT|INTEGER|BIGINT|LARGEINT|FLOAT|DOUBLE|DECIMAL|"
                         "DECIMALV3|DATE|DATEV2|DATETIME|DATETIMEV2|CHAR|VARCHAR|STRING|TEXT|JSON|JSONB");
    m_rules.append(
        { QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords), QRegularExpression::CaseInsensitiveOption),
            makeFormat(QColor(0x6a, 0x1b, 0x9a), true) });
    m_rules.append(
        { QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(types), QRegularExpression::CaseInsensitiveOption),
            makeFormat(QColor(0x00, 0x69, 0x5c), true) });
    m_rules.append({ QRegularExpression(QStringLiteral("\\b\\d+\\b")), makeFormat(QColor(0xbf, 0x36, 0x0c)) });
    m_rules.append({ QRegularExpression(QStringLiteral("`(?:[^`]|``)*`")), makeFormat(QColor(0x15, 0x65, 0xc0)) });
    m_rules.append({ QRegularExpression(QStringLiteral(R"('(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*")")),
        makeFormat(QColor(0x2e, 0x7d, 0x32)) });
    m_rules.append({ QRegularExpression(QStringLiteral("--[^\\n]*")), makeFormat(Qt::gray, false, true) });
}

void SqlHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}

} // namespace dia::ui
