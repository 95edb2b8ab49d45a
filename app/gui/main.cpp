// doris-import-assistant: the GUI. Wiring only; pages and logic live in ui/ and core/.
#include "common/logging.h"
#include "guiapp.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("doris-import-assistant"));
    QApplication::setApplicationDisplayName(QStringLiteral("Doris Import Assistant"));
    QApplication::setOrganizationName(QStringLiteral("DorisImportAssistant"));
    QApplication::setApplicationVersion(QStringLiteral(DIA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dorisimport.Assistant"));
    dia::installMessagePattern();
    return dia::ui::runGuiApp(app);
}
