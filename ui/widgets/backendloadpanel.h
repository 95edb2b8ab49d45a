#pragma once

#include "load/loadreport.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace dia::ui {

class BackendStatsModel;

/// Where a load's rows went on a cluster: rows and throughput per BE, how the bodies travelled (compression),
/// and the chunks that were sent again through the FE to another BE, each named with why. Shown live on the
/// load page and with the final report on the results page.
class BackendLoadPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendLoadPanel)

public:
    explicit BackendLoadPanel(QWidget* parent = nullptr);

    /// The chunks so far (live) or of the finished load; `compression` is LoadReport::compression when known.
    void showChunks(const QList<load::ChunkReport>& chunks, const QJsonObject& compression = {});
    void clear();
    /// Compact (the load page, beside the chart and the chunk table): the retried chunks in one line, their
    /// reasons in its tooltip. Otherwise (the results page) each with its label and reasons.
    void setCompact(bool compact);
    BackendStatsModel* model() const { return m_model; }
    /// The text naming the retried chunks (plain text), "" when none was.
    QString retriedText() const;
    QString summaryText() const;
    /// Each retried chunk on a line: "Chunk 3 (label, 2 attempt(s)): attempt 1 on BE ...: why".
    QString retriedDetails() const { return m_retriedDetails; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    BackendStatsModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QLabel* m_retried;
    QList<load::ChunkReport> m_chunks;
    QJsonObject m_compression;
    QString m_retriedDetails;
    bool m_compact = false;
};

} // namespace dia::ui
