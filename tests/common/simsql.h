#pragma once

// Reading doris-sim back the way a user checks a load: over MySQL with Qt's QMYSQL driver, a real client.

#include "simprocess.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>

namespace dia::test {

/// Runs `statements` in order in one session on `sim`; the rows the last one returns, each as its fields' texts
/// (NULL as "NULL"). Nothing when the connection or any statement fails.
inline std::optional<QList<QStringList>> simQuery(const SimProcess& sim, const QStringList& statements)
{
    static std::atomic<int> connections { 0 };
    const QString name = QStringLiteral("sim_query_%1").arg(connections++);
    std::optional<QList<QStringList>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(sim.host());
        db.setPort(sim.mysqlPort());
        db.setUserName(sim.user());
        db.setPassword(sim.password());
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            bool ok = true;
            for (const QString& statement : statements)
                ok = ok && q.exec(statement);
            if (ok) {
                rows.emplace();
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                    rows->append(fields);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace dia::test
