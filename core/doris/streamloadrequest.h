#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace dia::doris {

/// One Stream Load to send. The body is re-opened from its start for every attempt (never reused).
struct StreamLoadRequest
{
    QString database;
    QString table;
    QString label; ///< must match ^[-_A-Za-z0-9:]{1,128}$
    bool twoPhaseCommit = false;
    /// Other Stream Load headers (format, column_separator, columns, max_filter_ratio, ...), sent as given.
    /// Never Authorization, Expect, label or two_phase_commit: the client adds those.
    QList<QPair<QByteArray, QByteArray>> headers;
    /// A fresh device positioned at the first body byte; called once per attempt.
    std::function<std::unique_ptr<QIODevice>()> openBody;
    qint64 bodySize = 0; ///< negative: not known in advance (a compressed body), sent with chunked transfer coding
};

} // namespace dia::doris
