#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DdlPage;
}

namespace dia::ui {

class ImportSession;
class MessageBanner;

/// Page 4: the generated CREATE TABLE with highlighting, model/buckets/replicas controls, hand editing, copy,
/// and "Create table" over MySQL with Doris's answer shown inline.
class DdlPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DdlPage)

public:
    DdlPage(ImportSession* session, QWidget* parent = nullptr);
    ~DdlPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString ddlText() const;
    bool isTableCreated() const { return m_created; }
    void startCreateTable();

Q_SIGNALS:
    void tableCreated(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillModelCombo();
    void regenerate();
    void onOptionChanged();
    void onDdlEdited();
    void onCopyClicked();

    std::unique_ptr<Ui::DdlPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    bool m_created = false;
    bool m_creating = false;
    bool m_editedByHand = false;
    bool m_settingText = false;
};

} // namespace dia::ui
