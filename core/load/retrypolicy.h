#pragma once

#include "common/result.h"
#include "doris/labelstate.h"
#include "doris/streamloadresult.h"

#include <QString>

namespace dia::load {

/// What to do with a chunk after one attempt.
enum class ChunkAction {
    Committed, ///< done: rows visible (Success, Publish Timeout, Label Already Exists + FINISHED)
    Precommitted, ///< 2PC: prepared (Success with two_phase_commit, or Label Already Exists + PRECOMMITTED)
    Retry, ///< transient and nothing was written: resend (same label) after back-off
    CheckLabel, ///< outcome unknown: look the label up before resending
    WaitForLabel, ///< another request with this label is running: poll the label state
    Fail, ///< permanent: do not retry
    Cancelled,
};

struct RetryDecision
{
    ChunkAction action = ChunkAction::Fail;
    QString
        errorCode; ///< for Fail: stable code (data_quality, auth_failed, unknown_table, bad_request, load_failed, ...)
};

/// The retry decision table (doris-facts.md §2.1, §5.1).
namespace retry {

/// After Doris answered.
RetryDecision decide(const doris::StreamLoadResult& result, bool twoPhaseCommit);
/// After the request itself failed (codes of StreamLoadClient).
RetryDecision decide(const Error& transportError);
/// After a label look-up, before (re)sending: Committed, Precommitted, WaitForLabel (PREPARE) or Retry (send).
ChunkAction afterLabelState(doris::LabelState state);
/// Exponential back-off: base * 2^(attempt-1), capped at maxMs; attempt is 1-based.
int backoffMs(int attempt, int baseMs, int maxMs);

} // namespace retry

} // namespace dia::load
