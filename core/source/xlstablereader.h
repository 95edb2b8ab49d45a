#pragma once

#include "tablereader.h"

namespace dia::source {

/// Reader of one worksheet of a legacy .xls (BIFF) workbook through FreeXL (dates come out as ISO text).
class XlsTableReader final : public TableReader
{
public:
    static Result<std::unique_ptr<XlsTableReader>> open(const QString& path, const ReaderOptions& options);
    ~XlsTableReader() override;

    const SourceInfo& info() const override { return m_info; }
    Result<bool> next(Row& row) override;
    QList<SourceWarning> warnings() const override { return m_warnings; }
    double progress() const override;

private:
    XlsTableReader() = default;
    QStringList readRow(unsigned int row) const;

    const void* m_handle = nullptr;
    SourceInfo m_info;
    QList<SourceWarning> m_warnings;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_nextRow = 0;
    int m_columnCount = 0;
    bool m_date1904 = false;
};

} // namespace dia::source
