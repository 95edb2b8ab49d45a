#include "retrypolicy.h"

namespace dia::load::retry {

namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

RetryDecision fail(const char* code)
{
    return { ChunkAction::Fail, QString::fromLatin1(code) };
}

} // namespace

RetryDecision decide(const doris::StreamLoadResult& result, bool twoPhaseCommit)
{
    using S = doris::StreamLoadResult::LoadStatus;
    switch (result.status) {
    case S::Success:
        return { twoPhaseCommit ? ChunkAction::Precommitted : ChunkAction::Committed, {} };
    case S::PublishTimeout:
        return { ChunkAction::Committed, {} };
    case S::LabelAlreadyExists: {
        const QString existing = result.existingJobStatus.toUpper();
        if (existing == QLatin1String("FINISHED"))
            return { ChunkAction::Committed, {} };
        if (existing == QLatin1String("PRECOMMITTED"))
            return twoPhaseCommit ? RetryDecision { ChunkAction::Precommitted, {} } : fail("label_precommitted");
        return { ChunkAction::WaitForLabel, {} }; // RUNNING or not said
    }
    case S::Unknown:
        return { ChunkAction::CheckLabel, {} };
    case S::Fail:
        break;
    }

    const QString& message = result.message;
    // Permanent first: retrying cannot help and a data-quality failure must never be hidden by a retry.
    if (containsAny(message, { "DATA_QUALITY_ERROR", "too many filtered rows", "Encountered unqualified data" }))
        return fail("data_quality");
    if (containsAny(
            message, { "TOO_MANY_VERSION", "-235", "version count", "larger than limit", "current running txns" }))
        return { ChunkAction::Retry, {} };
    if (containsAny(message,
            { "Access denied", "Unauthorized", "no valid Basic authorization", "NOT_AUTHORIZED",
                "Need auth information" }))
        return fail("auth_failed");
    if (containsAny(
            message, { "unknown table", "Unknown table", "unknown databases", "Unknown database", "does not exist" }))
        return fail("unknown_table");
    if (containsAny(message,
            { "Label format error", "Invalid", "unknown data format", "Column separator",
                "There is no 100-continue header", "No database selected", "No table selected", "body exceed max size",
                "exceeds the limit", "enclose must be", "Hex str" }))
        return fail("bad_request");
    if (containsAny(message, { "two phase commit", "2PC" }))
        return fail("two_phase_commit_unsupported");
    // Transient: the transaction was aborted, so the same label can be reused after a pause.
    if (containsAny(message,
            { "No backend", "no backend available", "timeout", "timed out", "time out", "TIMEOUT", "MEM_LIMIT_EXCEEDED",
                "receive body don't equal", "Service unavailable", "SERVICE_UNAVAILABLE", "rpc", "cancelled",
                "canceled", "NETWORK_ERROR" }))
        return { ChunkAction::Retry, {} };
    return fail("load_failed");
}

RetryDecision decide(const Error& transportError)
{
    const QString& code = transportError.code;
    if (code == QLatin1String("cancelled"))
        return { ChunkAction::Cancelled, code };
    if (code == QLatin1String("auth_failed") || code == QLatin1String("body_unreadable")
        || code == QLatin1String("be_unreachable") || code == QLatin1String("redirect_missing"))
        return { ChunkAction::Fail, code };
    if (code == QLatin1String("fe_unreachable") || code == QLatin1String("fe_http_error"))
        return { ChunkAction::Retry, {} }; // nothing reached a BE
    // timeout, network_error, http_error (5xx), bad_response: the body may have been committed.
    return { ChunkAction::CheckLabel, {} };
}

ChunkAction afterLabelState(doris::LabelState state)
{
    switch (state) {
    case doris::LabelState::Visible:
    case doris::LabelState::Committed:
        return ChunkAction::Committed;
    case doris::LabelState::Precommitted:
        return ChunkAction::Precommitted;
    case doris::LabelState::Prepare:
        return ChunkAction::WaitForLabel;
    case doris::LabelState::Aborted:
    case doris::LabelState::Unknown:
        break;
    }
    return ChunkAction::Retry;
}

int backoffMs(int attempt, int baseMs, int maxMs)
{
    if (attempt < 1)
        attempt = 1;
    qint64 delay = baseMs;
    for (int i = 1; i < attempt && delay < maxMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, maxMs));
}

} // namespace dia::load::retry
