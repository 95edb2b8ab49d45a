#pragma once

#include "chunksource.h"
#include "csvdialect.h"
#include "fieldrules.h"

#include <QCoreApplication>

namespace dia::source {

/// A byte range of a UTF-8 CSV whose only difference from what Doris reads is RFC 4180 doubled quotes: sent
/// from the file with each `""` inside a quoted field turned into `\"` as it streams (DoubledQuoteFixer). Same
/// size as the range.
class QuoteFixedRangeBody final : public ChunkBody
{
public:
    QuoteFixedRangeBody(QString path, qint64 begin, qint64 end, qint64 firstLine);
    std::unique_ptr<QIODevice> open() const override;
    Result<QList<QPair<qint64, QByteArray>>> records() const override;

private:
    QString m_path;
    qint64 m_begin = 0;
    qint64 m_end = 0;
    qint64 m_firstLine = 1;
};

/// A byte range of a UTF-8 CSV rewritten into the canonical body form as it streams (CsvRecordRewriter), on
/// the thread that sends it: no spool file, memory of a few blocks. Its size is known only once sent
/// (ChunkInfo::bodySize -1: chunked transfer coding).
class RewrittenRangeBody final : public ChunkBody
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::RewrittenRangeBody) // lupdate files member functions' texts under the class
public:
    /// `encoding`: the range's encoding when not UTF-8 (transcoded first; an invalid sequence fails the body).
    RewrittenRangeBody(QString path, qint64 begin, qint64 end, qint64 firstLine, CsvDialect dialect, BodyFormat body,
        FieldRules rules, QString encoding = {});
    std::unique_ptr<QIODevice> open() const override;
    Result<QList<QPair<qint64, QByteArray>>> records() const override;

private:
    QString m_path;
    qint64 m_begin = 0;
    qint64 m_end = 0;
    qint64 m_firstLine = 1;
    CsvDialect m_dialect;
    BodyFormat m_body;
    FieldRules m_rules;
    QString m_encoding;
};

} // namespace dia::source
