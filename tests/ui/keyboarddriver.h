#pragma once

// Driving the wizard the way a keyboard user does, for the GUI tests: mnemonics (Alt+letter) on the window and real
// key events into whatever has the focus, never setText().

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace dia::test {

/// Alt+letter on `window`, as a user reaches a field or a button by its label's mnemonic.
inline void pressAlt(QWidget* window, Qt::Key key)
{
    QTest::keyClick(window, key, Qt::AltModifier);
}

/// Types into whatever has the keyboard focus, one key event at a time (a focus change mid-word would send the rest
/// elsewhere, as it would for a user).
inline void typeIntoFocus(const QString& text)
{
    for (const QChar c : text) {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClicks(focus, QString(c));
    }
}

/// Ctrl+A, Backspace: empties the focused field.
inline void clearFocused()
{
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
}

/// Alt+letter to a field, then its whole text replaced by `text`.
inline void retype(QWidget* window, Qt::Key mnemonic, const QString& text)
{
    pressAlt(window, mnemonic);
    ASSERT_NO_FATAL_FAILURE(clearFocused());
    ASSERT_NO_FATAL_FAILURE(typeIntoFocus(text));
}

/// The connect page filled by keyboard: FE host (Alt+H), HTTP port (Alt+P), MySQL port (Alt+M), user (Alt+U),
/// password (Alt+W). Testing the connection (Alt+T) is the caller's.
inline void fillConnectPage(
    QWidget* window, const QString& host, int httpPort, int mysqlPort, const QString& user, const QString& password)
{
    ASSERT_NO_FATAL_FAILURE(retype(window, Qt::Key_H, host));
    ASSERT_NO_FATAL_FAILURE(retype(window, Qt::Key_P, QString::number(httpPort)));
    ASSERT_NO_FATAL_FAILURE(retype(window, Qt::Key_M, QString::number(mysqlPort)));
    ASSERT_NO_FATAL_FAILURE(retype(window, Qt::Key_U, user));
    ASSERT_NO_FATAL_FAILURE(retype(window, Qt::Key_W, password));
}

} // namespace dia::test
