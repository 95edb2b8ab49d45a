#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DdlPage;
}

namespace dia::ui {

class ImportSession;
class MessageBanner;

/// Page 4: the generated CREATE TABLE with highlighting, model/buckets/replicas controls (replicas proposed from the
/// alive BEs, with the reason), hand editing, copy, and "Create table" over MySQL with Doris's answer shown inline.
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
    /// The proposal's reason next to Replicas, or the warning when they exceed the alive BEs.
    void updateReplicationNote();
    /// Asks before sending a statement with more replicas than alive BEs (Doris would refuse it).
    bool confirmReplicas(const QString& sql);
    /// The replication_num in a CREATE TABLE's PROPERTIES, 0 when absent.
    static int replicasIn(const QString& sql);

    std::unique_ptr<Ui::DdlPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    bool m_created = false;
    bool m_creating = false;
    bool m_editedByHand = false;
    bool m_settingText = false;
};

} // namespace dia::ui
