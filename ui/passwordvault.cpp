#include "passwordvault.h"

#include <qt6keychain/keychain.h>

namespace dia::ui {

PasswordVault::PasswordVault(QObject* parent)
    : QObject(parent)
{ }

QString PasswordVault::serviceName()
{
    return QStringLiteral("io.github.dorisimport.Assistant");
}

void PasswordVault::readPassword(const QString& profile)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT passwordRead(profile, job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT passwordUnavailable(profile, tr("No password is saved for this connection."));
        else
            Q_EMIT passwordUnavailable(profile,
                tr("No system keychain is available (%1), so the password is not remembered; enter it each time.")
                    .arg(job->errorString()));
    });
    job->start();
}

void PasswordVault::writePassword(const QString& profile, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT passwordWritten(profile);
        else
            Q_EMIT writeFailed(profile,
                tr("The password could not be saved in the system keychain (%1); it will be asked for next time.")
                    .arg(job->errorString()));
    });
    job->start();
}

void PasswordVault::deletePassword(const QString& profile)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    job->start();
}

} // namespace dia::ui
