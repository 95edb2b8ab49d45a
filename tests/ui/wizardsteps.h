#pragma once

// Steps of the wizard as a keyboard user takes them, shared by the GUI walk tests, and a row count read back over
// MySQL. Each step waits for what the page does in the background and fails the test when it does not come.

#include "importwizard.h"
#include "keyboarddriver.h"
#include "pages/ddlpage.h"
#include "pages/mappingpage.h"
#include "simprocess.h"
#include "simsql.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace dia::test {

constexpr int kStepWaitMs = 60000;

/// A wizard button by its mnemonic (Alt+N, Alt+B), then waits for the page `expected`.
inline void goToPage(QWidget* window, ui::ImportWizard* wizard, Qt::Key mnemonic, int expected)
{
    pressAlt(window, mnemonic);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentId() == expected; }, 10000))
        << "still on page " << wizard->currentId() << ", expected " << expected;
}

/// On the mapping page: types the table name (Alt+T) and waits for the check against the database; whether the
/// table exists.
inline bool typeTableName(QWidget* window, ui::ImportWizard* wizard, const QString& table)
{
    QSignalSpy checked(wizard->mappingPage(), &ui::MappingPage::tableNameChecked);
    retype(window, Qt::Key_T, table);
    EXPECT_TRUE(checked.wait(kStepWaitMs));
    return !checked.isEmpty() && checked.last().first().toBool();
}

/// From the mapping page with a fresh name: Next, Create table (Alt+T on the DDL page), Next to the load page.
inline void createTableByKeyboard(QWidget* window, ui::ImportWizard* wizard)
{
    ASSERT_NO_FATAL_FAILURE(goToPage(window, wizard, Qt::Key_N, ui::ImportWizard::DdlPageId));
    QSignalSpy created(wizard->ddlPage(), &ui::DdlPage::tableCreated);
    pressAlt(window, Qt::Key_T);
    ASSERT_TRUE(created.wait(kStepWaitMs));
    ASSERT_TRUE(created.first().first().toBool());
    ASSERT_NO_FATAL_FAILURE(goToPage(window, wizard, Qt::Key_N, ui::ImportWizard::LoadPageId));
}

/// Rows in `import`.`table` of the sandbox, read with Qt's QMYSQL driver; -1 when it cannot be read.
inline qint64 countRows(const SimProcess& sim, const QString& table)
{
    const auto rows = simQuery(sim, { QStringLiteral("SELECT COUNT(*) FROM `import`.`%1`").arg(table) });
    return rows && rows->size() == 1 ? rows->first().first().toLongLong() : -1;
}

} // namespace dia::test
