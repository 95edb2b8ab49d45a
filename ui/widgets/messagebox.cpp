#include "messagebox.h"

#include <QPushButton>

namespace dia::ui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::ask(QWidget* parent, const QString& title, const QString& text,
    const QList<QPair<QMessageBox::StandardButton, QString>>& buttons, QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("questionBox"));
    for (const auto& [role, label] : buttons)
        box.addButton(role)->setText(label);
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(defaultButton);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

} // namespace dia::ui
