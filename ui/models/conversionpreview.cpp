#include "conversionpreview.h"

#include <QSet>

#include <string>

namespace dia::ui {

ConversionSample sampleConversions(const QList<source::Row>& rows, int index, const schema::InferredColumn& column,
    const schema::ConversionOptions& options, bool emptyToNull, int maxValues)
{
    ConversionSample sample;
    const auto converter = schema::makeConverter(column, options);
    QSet<QString> seen;
    unsigned kindsShown = 0; // bit per ConvertedValue::Kind
    std::string out;
    for (const source::Row& row : rows) {
        if (index < 0 || index >= row.fields.size())
            continue;
        const QString& raw = row.fields.at(index);
        ++sample.checked;
        ConvertedValue value;
        value.raw = raw;
        value.line = row.line;
        if (raw.isEmpty() && emptyToNull) {
            value.kind = ConvertedValue::Kind::Null;
        } else if (converter) {
            out.clear();
            const QByteArray utf8 = raw.toUtf8();
            switch (converter->convert(std::string_view(utf8.constData(), size_t(utf8.size())), out)) {
            case schema::ValueConverter::Outcome::Keep:
                value.loaded = raw;
                break;
            case schema::ValueConverter::Outcome::Rewritten:
                value.loaded = QString::fromUtf8(out.data(), qsizetype(out.size()));
                value.kind = value.loaded == raw ? ConvertedValue::Kind::Same : ConvertedValue::Kind::Converted;
                break;
            case schema::ValueConverter::Outcome::Null:
                value.kind = ConvertedValue::Kind::Null;
                break;
            case schema::ValueConverter::Outcome::Invalid:
                value.kind = ConvertedValue::Kind::Invalid;
                break;
            }
        } else {
            value.loaded = raw;
        }
        sample.converted += value.kind == ConvertedValue::Kind::Converted ? 1 : 0;
        sample.nulls += value.kind == ConvertedValue::Kind::Null ? 1 : 0;
        sample.invalid += value.kind == ConvertedValue::Kind::Invalid ? 1 : 0;
        if (seen.contains(raw))
            continue;
        // full: a kind not shown yet (a value that does not convert, a NULL) still gets a place
        if (sample.values.size() >= maxValues) {
            if ((kindsShown & (1u << unsigned(value.kind))) != 0 || sample.values.size() >= maxValues + 3)
                continue;
        }
        seen.insert(raw);
        kindsShown |= 1u << unsigned(value.kind);
        sample.values.append(value);
    }
    return sample;
}

} // namespace dia::ui
