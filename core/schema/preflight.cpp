#include "preflight.h"

#include "schematr.h"
#include "valuelexer.h"
#include "valuesyntax.h"

namespace dia::schema {

Preflight::Preflight(const QList<PreflightColumn>& columns, const PreflightOptions& options)
    : m_columns(columns)
    , m_options(options)
{
    for (const PreflightColumn& c : m_columns) {
        if (m_options.convertValues) {
            InferredColumn ic;
            ic.type = c.type;
            ic.format = c.format;
            ic.nullable = c.nullable;
            m_converters.push_back(makeConverter(ic, m_options.conversion));
        } else {
            m_converters.push_back(nullptr);
        }
        ColumnPrediction p;
        p.name = c.name;
        p.type = c.type;
        p.nullable = c.nullable;
        m_predictions.append(p);
    }
    m_columnCount.code = QStringLiteral("column_count");
    m_columnCount.effect = PreflightEffect::Filtered;
}

void Preflight::note(ColumnPrediction& column, const QString& code, PreflightEffect effect, const QString& message,
    qint64 line, const QString& value)
{
    for (PreflightReason& r : column.reasons) {
        if (r.code == code && r.effect == effect) {
            ++r.count;
            if (r.examples.size() < m_options.maxExamples)
                r.examples.append({ line, value });
            return;
        }
    }
    PreflightReason r;
    r.code = code;
    r.effect = effect;
    r.message = message;
    r.count = 1;
    r.examples.append({ line, value });
    column.reasons.append(r);
}

void Preflight::addRow(const QStringList& fields, qint64 line)
{
    ++m_total;
    if (fields.size() != m_columns.size()) {
        ++m_filtered;
        ++m_columnCount.count;
        if (m_columnCount.message.isEmpty())
            m_columnCount.message
                = SchemaText::tr("the row does not have %n field(s), as the table has", nullptr, int(m_columns.size()));
        if (m_columnCount.examples.size() < m_options.maxExamples)
            m_columnCount.examples.append({ line, SchemaText::tr("%n field(s)", nullptr, int(fields.size())) });
        return;
    }
    bool filtered = false;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const PreflightColumn& col = m_columns[i];
        ColumnPrediction& pred = m_predictions[i];
        QString value = fields[i];
        bool isNull = false;
        bool unconvertible = false;
        if (const ValueConverter* converter = m_converters[size_t(i)].get()) {
            const QByteArray utf8 = value.toUtf8();
            std::string out;
            switch (converter->convert(std::string_view(utf8.constData(), size_t(utf8.size())), out)) {
            case ValueConverter::Outcome::Keep:
                break;
            case ValueConverter::Outcome::Null:
                isNull = true;
                break;
            case ValueConverter::Outcome::Invalid:
                unconvertible = true;
                value = QString::fromUtf8(out.data(), qsizetype(out.size()));
                break;
            case ValueConverter::Outcome::Rewritten:
                value = QString::fromUtf8(out.data(), qsizetype(out.size()));
                break;
            }
        }
        for (const QString& token : m_options.nullTokens) {
            if (isNull || value == token) {
                isNull = true;
                break;
            }
        }
        if (isNull) {
            ++pred.nullValues;
            if (!col.nullable) {
                note(pred, QStringLiteral("null_into_not_null"), PreflightEffect::Filtered,
                    SchemaText::tr("NULL in a NOT NULL column"), line, value);
                ++pred.filteredRows;
                filtered = true;
            }
            continue;
        }
        if (unconvertible) {
            ++pred.unconvertible;
            const QString what = SchemaText::tr("does not fit the column's format (%1)").arg(col.format.describe());
            if (!m_options.strictMode && col.nullable) {
                ++pred.nulledValues;
                note(pred, QStringLiteral("not_convertible"), PreflightEffect::Nulled, what, line, fields[i]);
                continue;
            }
            note(pred, QStringLiteral("not_convertible"), PreflightEffect::Filtered,
                m_options.strictMode
                    ? SchemaText::tr("%1; strict mode filters the row").arg(what)
                    : SchemaText::tr("%1; the NULL it becomes is not allowed in this NOT NULL column").arg(what),
                line, fields[i]);
            ++pred.filteredRows;
            filtered = true;
            continue;
        }
        if (col.type.kind == TypeKind::Decimal) {
            const QString stored = DorisConversion::lenientDecimal(value, col.type);
            lex::NumberLex n;
            const QByteArray utf8 = value.toUtf8();
            const bool exponentOnly = lex::lexNumber(std::string_view(utf8.constData(), size_t(utf8.size())), n)
                && n.exponent && !n.separators && !n.percent && n.currency.empty() && !n.parens && !n.trailingMinus;
            if (!stored.isEmpty() && !exponentOnly) {
                ++pred.alteredValues;
                note(pred, QStringLiteral("altered"), PreflightEffect::Altered,
                    SchemaText::tr("Doris 2.1 reads DECIMAL leniently and stores a different number without a warning "
                                   "(first: %1 → %2); give the column a number format")
                        .arg(fields[i], stored),
                    line, fields[i]);
                continue;
            }
        }
        if (!col.sourceDateFormat.isEmpty() && col.type.isTemporal()
            && (!m_options.convertValues || col.format.kind != ValueFormat::Kind::Date)) {
            const QString iso = ValueSyntax::toIso(value, col.sourceDateFormat.startsWith(u"DD"));
            if (!iso.isEmpty())
                value = iso;
        }
        const DorisConversion::Failure failure = DorisConversion::check(value, col.type);
        if (failure == DorisConversion::Failure::None)
            continue;
        const QString code = DorisConversion::code(failure);
        const QString what = DorisConversion::describe(failure, col.type);
        // Non-strict loads cut an over-long CHAR (corpus sm_char_overflow_nonstrict); an over-long VARCHAR is
        // filtered in both modes (OlapTableBlockConvertor's length check; doris-sim does the same).
        if (failure == DorisConversion::Failure::TooLong && !m_options.strictMode && col.type.kind == TypeKind::Char) {
            ++pred.truncatedValues;
            note(pred, code, PreflightEffect::Truncated, what, line, fields[i]);
            continue;
        }
        const bool becomesNull = failure != DorisConversion::Failure::TooLong
            && failure != DorisConversion::Failure::StringLimit && !m_options.strictMode;
        if (becomesNull && col.nullable) {
            ++pred.nulledValues;
            note(pred, code, PreflightEffect::Nulled, what, line, fields[i]);
            continue;
        }
        QString message = what;
        if (becomesNull)
            message = SchemaText::tr("%1; the NULL it becomes is not allowed in this NOT NULL column").arg(what);
        else if (m_options.strictMode && failure != DorisConversion::Failure::StringLimit)
            message = SchemaText::tr("%1; strict mode filters the row").arg(what);
        note(pred, code, PreflightEffect::Filtered, message, line, fields[i]);
        ++pred.filteredRows;
        filtered = true;
    }
    if (filtered)
        ++m_filtered;
}

bool Preflight::addRows(const QList<LineRow>& rows, const std::atomic<bool>* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        m_complete = false;
        return false;
    }
    for (const LineRow& r : rows)
        addRow(r.fields, r.line);
    return true;
}

PreflightReport Preflight::report() const
{
    PreflightReport r;
    r.totalRows = m_total;
    r.filteredRows = m_filtered;
    r.strictMode = m_options.strictMode;
    r.maxFilterRatio = m_options.maxFilterRatio;
    r.filterRatio = m_total > 0 ? double(m_filtered) / double(m_total) : 0.0;
    r.pass = r.filterRatio <= m_options.maxFilterRatio;
    // Doris reports NumberLoadedRows 0 when the ratio check fails the load.
    r.loadedRows = r.pass ? m_total - m_filtered : 0;
    r.complete = m_complete;
    r.columnCount = m_columnCount;
    r.columns = m_predictions;
    return r;
}

} // namespace dia::schema
