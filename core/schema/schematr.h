#pragma once

#include <QCoreApplication>

namespace dia::schema {

/// User-visible text of the schema module (translation context "dia::schema").
inline QString schemaTr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dia::schema", text, disambiguation, n);
}

} // namespace dia::schema
