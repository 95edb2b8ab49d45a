#pragma once

#include "result.h"

#include <QJsonObject>

namespace dia {

/// `{"error":{"code":...,"message":...,"hint":...}}`, the --json shape of every CLI failure.
QJsonObject errorToJson(const Error& error);

/// Compact one-line JSON, UTF-8, newline-terminated.
QByteArray toJsonLine(const QJsonObject& object);

} // namespace dia
