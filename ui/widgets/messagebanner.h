#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace dia::ui {

/// An inline banner at the top of a page for recoverable errors, warnings and information, instead of
/// modal dialog chains. Hidden until a message is shown; the user can close it.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind {
        Information,
        Positive,
        Warning,
        Error,
    };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    /// Error text from a core dia::Error: message in bold, hint below.
    /// `text` without the CLI flags core/ hints cite ("(--user)" and the like).
    static QString withoutCliFlags(QString text);
    void showError(const QString& message, const QString& hint);
    void clearMessage();
    /// Adds a button to the shown message (e.g. "Resume"); cleared with the message.
    void setAction(const QString& text, const std::function<void()>& onClicked);
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    QPushButton* m_action = nullptr;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Information;
};

} // namespace dia::ui
