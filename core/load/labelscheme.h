#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace dia::load {

/// Doris label rules and our deterministic chunk labels.
namespace labels {

/// `^[-_A-Za-z0-9:]{1,128}$`.
bool isValid(const QString& label);
/// A label prefix must use the label alphabet and leave room for the job id and chunk index (max 64).
/// Error `bad_label_prefix`.
Status checkPrefix(const QString& prefix);
/// A job id: 16 hex digits of the plan fingerprint, the job's creation time (UTC, yyyyMMddhhmmss) and a random
/// 32-bit nonce, so the same file loaded again on purpose (even twice in the same second, from two processes)
/// gets new labels while a resumed job (journal) keeps its own.
QString jobId(const QString& fingerprint, const QDateTime& createdUtc, quint32 nonce);
/// `<prefix>_<jobId>_<index, 6 digits>`; valid by construction for a valid prefix.
QString chunkLabel(const QString& prefix, const QString& jobId, int index);

} // namespace labels

} // namespace dia::load
