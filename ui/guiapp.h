#pragma once

class QApplication;

namespace dia::ui {

/// Parses the GUI's command line (--self-test, connection defaults, a file to open), installs the
/// translator for the system locale and runs the main window. Returns the exit code.
int runGuiApp(QApplication& app);

} // namespace dia::ui
