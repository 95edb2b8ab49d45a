#pragma once

#include <QCoreApplication>

namespace dia::schema {

/// The translation context of core/schema's user-visible texts ("dia::schema"): `SchemaText::tr("...")`, which
/// lupdate reads with this context wherever it is called from (a free function or any class of the module).
class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(dia::schema)
};

} // namespace dia::schema
