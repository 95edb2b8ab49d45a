#pragma once

#include <QObject>

namespace dia::ui {

/// Keeps connection passwords in the system keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager) under one key per connection profile. The insecure plaintext fallback is off:
/// with no keychain (e.g. headless) nothing is stored, and the UI asks for the password each time and says why.
/// All jobs are asynchronous; results arrive as signals on the GUI thread.
class PasswordVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordVault)

public:
    explicit PasswordVault(QObject* parent = nullptr);

    void readPassword(const QString& profile);
    void writePassword(const QString& profile, const QString& password);
    void deletePassword(const QString& profile);

    static QString serviceName();

Q_SIGNALS:
    void passwordRead(const QString& profile, const QString& password);
    /// The keychain has no entry, or no keychain is available (`reason` says which).
    void passwordUnavailable(const QString& profile, const QString& reason);
    void passwordWritten(const QString& profile);
    void writeFailed(const QString& profile, const QString& reason);
};

} // namespace dia::ui
