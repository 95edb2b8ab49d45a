#include "logging.h"

Q_LOGGING_CATEGORY(lcSource, "dia.core.source", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchema, "dia.core.schema", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDoris, "dia.core.doris", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLoad, "dia.core.load", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "dia.core.cli", QtInfoMsg)

namespace dia {

void installMessagePattern()
{
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"));
}

} // namespace dia
