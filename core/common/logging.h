#pragma once

#include <QLoggingCategory>

// One developer-log category per module. What the user must see goes through core events instead.
Q_DECLARE_LOGGING_CATEGORY(lcSource)
Q_DECLARE_LOGGING_CATEGORY(lcSchema)
Q_DECLARE_LOGGING_CATEGORY(lcDoris)
Q_DECLARE_LOGGING_CATEGORY(lcLoad)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace dia {
/// Installs the project's message pattern (time, category, text). Called by each main().
void installMessagePattern();
} // namespace dia
