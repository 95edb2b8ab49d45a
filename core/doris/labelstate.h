#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace dia::doris {

/// A transaction label's state as `GET /api/{db}/get_load_state?label=` reports it.
enum class LabelState {
    Unknown, ///< never seen, or forgotten after the retention window
    Prepare,
    Precommitted,
    Committed,
    Visible,
    Aborted,
};

/// Parses `{"msg":"success","code":0,"data":"VISIBLE","count":0}`; errors `bad_response` / `label_state_failed`.
Result<LabelState> parseLabelState(const QByteArray& body);
QString labelStateName(LabelState state);
/// The rows of a label in this state are (or will be) visible.
inline bool labelCommitted(LabelState state)
{
    return state == LabelState::Committed || state == LabelState::Visible;
}

} // namespace dia::doris
