#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace dia::doris {

/// One Stream Load response, typed. Parses both the BE load JSON (`{"TxnId":..,"Status":..}`) and the FE's
/// REST failure shapes (`{"status":"FAILED","msg":..}`, `{"msg":"Unauthorized","code":401,"data":..}`).
/// Unknown keys are ignored; missing keys keep their defaults (-1 for times/ids, 0 for counters).
struct StreamLoadResult
{
    enum class LoadStatus {
        Success,
        PublishTimeout,
        LabelAlreadyExists,
        Fail,
        Unknown, ///< a status string we do not know
    };

    LoadStatus status = LoadStatus::Unknown;
    QString statusText; ///< as sent ("Success", "Publish Timeout", "FAILED", ...)
    bool fromFe = false; ///< the FE answered in its REST shape (the load never reached a BE)
    qint64 txnId = -1;
    QString label;
    QString comment;
    bool twoPhaseCommit = false;
    bool groupCommit = false;
    QString existingJobStatus; ///< RUNNING / PRECOMMITTED / FINISHED with LabelAlreadyExists
    QString message;
    qint64 numberTotalRows = 0;
    qint64 numberLoadedRows = 0;
    qint64 numberFilteredRows = 0;
    qint64 numberUnselectedRows = 0;
    qint64 loadBytes = 0;
    qint64 loadTimeMs = -1;
    qint64 beginTxnTimeMs = -1;
    qint64 streamLoadPutTimeMs = -1;
    qint64 readDataTimeMs = -1;
    qint64 writeDataTimeMs = -1;
    qint64 receiveDataTimeMs = -1;
    qint64 commitAndPublishTimeMs = -1;
    QString errorUrl;
    QString firstErrorMsg;

    /// The rows are (or will be) visible: Success or Publish Timeout.
    bool committed() const { return status == LoadStatus::Success || status == LoadStatus::PublishTimeout; }

    /// Parses a response body; an error (`bad_response`) only when it is not a JSON object at all.
    static Result<StreamLoadResult> parse(const QByteArray& body);
    static QString statusName(LoadStatus status);
};

} // namespace dia::doris
