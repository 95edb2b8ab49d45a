#pragma once

// CONTRACT between the load (core/load, which decides) and the chunk sources (core/source, which apply): what
// happens to each field on its way into a chunk body. The source applies the rules without knowing what they
// mean; core/load builds them from the table's columns and core/schema's value converters.

#include <QList>

#include <memory>
#include <string>
#include <string_view>

namespace dia::source {

/// Rewrites one field value (UTF-8, CSV quoting already removed). Immutable and thread-safe: the chunks of one
/// load are written by several worker threads at once.
class ValueTransform
{
public:
    enum class Outcome : quint8 {
        Keep, ///< send the value as it is
        Replace, ///< send `out` instead (appended by apply; the caller cleared it)
        Null, ///< send NULL
    };
    virtual ~ValueTransform() = default;
    virtual Outcome apply(std::string_view value, std::string& out) const = 0;
};

struct FieldRule
{
    bool emptyToNull = false; ///< an empty field (or a quoted empty one) is sent as NULL, not ''
    std::shared_ptr<const ValueTransform> transform; ///< nullptr: values other than empty are sent as they are
    QString spec; ///< a stable text naming what `transform` does (part of a load's identity); empty without one
};

/// One rule per file column, in file order; columns past the end are sent as they are.
struct FieldRules
{
    QList<FieldRule> columns;

    bool anyTransform() const
    {
        for (const FieldRule& rule : columns) {
            if (rule.transform)
                return true;
        }
        return false;
    }
    bool anyEmptyToNull() const
    {
        for (const FieldRule& rule : columns) {
            if (rule.emptyToNull)
                return true;
        }
        return false;
    }
    const FieldRule* at(int column) const { return column < columns.size() ? &columns.at(column) : nullptr; }
};

} // namespace dia::source
