#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

namespace dia::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(true);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto onAction = m_onAction;
        clearMessage();
        if (onAction)
            onAction();
    });
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clearMessage);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString colors = QStringLiteral("background:#e3f2fd; border:1px solid #90caf9;");
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Positive:
        colors = QStringLiteral("background:#e8f5e9; border:1px solid #a5d6a7;");
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Warning:
        colors = QStringLiteral("background:#fff8e1; border:1px solid #ffcc80;");
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        colors = QStringLiteral("background:#ffebee; border:1px solid #ef9a9a;");
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { %1 border-radius:4px; }").arg(colors));
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(20, 20));
    m_text->setText(text);
    show();
}

QString MessageBanner::withoutCliFlags(QString text)
{
    // Hints from core/ serve the CLI too: "(--user)", "(--mysql, usually 9030)", "(--be ADVERTISED=HOST:PORT)" mean
    // nothing in the window, where the fields have names.
    static const QRegularExpression flag(QStringLiteral("--[a-z][a-z-]*(?: [A-Z][A-Z:=]*)?(?:, )?"));
    static const QRegularExpression emptyParens(QStringLiteral("\\s*\\(\\s*\\)"));
    text.replace(flag, QString());
    text.replace(emptyParens, QString());
    return text;
}

void MessageBanner::showError(const QString& message, const QString& hint)
{
    QString html = QStringLiteral("<b>%1</b>").arg(withoutCliFlags(message).toHtmlEscaped());
    if (!hint.isEmpty())
        html += QStringLiteral("<br>%1").arg(withoutCliFlags(hint).toHtmlEscaped());
    showMessage(Kind::Error, html);
}

void MessageBanner::setAction(const QString& text, const std::function<void()>& onClicked)
{
    m_action->setText(text);
    m_onAction = onClicked;
    m_action->show();
}

void MessageBanner::clearMessage()
{
    m_action->hide();
    m_onAction = nullptr;
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace dia::ui
