#pragma once

#include "simcontext.h"
#include "sqlexecutor.h"

#include <string>

namespace dia::sim {

/// One MySQL-protocol connection to the FE (port like 9030): v10 handshake with mysql_native_password
/// (AuthSwitchRequest for caching_sha2_password clients, no SSL advertised), then COM_QUERY (text result
/// sets), COM_INIT_DB, COM_PING, COM_QUIT; other commands get an ERR packet.
class MysqlSession
{
public:
    MysqlSession(SimContext& context, int fd);
    ~MysqlSession();
    MysqlSession(const MysqlSession&) = delete;
    MysqlSession& operator=(const MysqlSession&) = delete;

    void run();

private:
    bool readPacket(std::string& payload);
    bool writePacket(const std::string& payload);
    bool sendOk(int64_t affected = 0);
    bool sendError(int code, const std::string& sqlState, const std::string& message);
    bool sendEof();
    bool sendResult(const SqlResult& result);
    bool handshake();

    SimContext& m_context;
    int m_fd;
    uint8_t m_seq = 0;
    uint32_t m_connectionId = 0;
    SqlExecutor m_executor;
    std::string m_inBuf;
};

} // namespace dia::sim
