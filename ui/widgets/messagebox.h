#pragma once

#include <QList>
#include <QMessageBox>
#include <QPair>

#include <optional>

namespace dia::ui {

/// The only way the GUI opens a modal question. Tests queue the answer with setNextAnswer() so they never
/// block on a dialog.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    /// A question with buttons of its own words (each a standard role); returns the role chosen.
    static QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
        const QList<QPair<QMessageBox::StandardButton, QString>>& buttons, QMessageBox::StandardButton defaultButton);
    /// The next question() or ask() returns `answer` at once without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace dia::ui
