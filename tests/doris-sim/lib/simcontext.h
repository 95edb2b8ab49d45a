#pragma once

#include "backendset.h"
#include "faultinjector.h"
#include "simstore.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace dia::sim {

struct SimConfig
{
    std::string dataDir;
    std::string host = "127.0.0.1";
    int feHttpPort = 8030;
    int beHttpPort = 8040;
    int mysqlPort = 9030;
    std::string user = "root";
    std::string password; ///< from --password-env; empty = no password
    bool discardSink = false;
    uint64_t seed = 0;
    int backends = 1; ///< --backends N: BE HTTP endpoints over the same store
    std::string beAdvertiseHost; ///< --be-advertise-host: BE host named in SHOW BACKENDS and 307s (empty = host)
    std::string timeZone = "Asia/Shanghai"; ///< --time-zone: the cluster's time_zone variable
};

/// Shared state of one sim process: configuration, real ports, store, faults.
struct SimContext
{
    SimConfig config;
    std::unique_ptr<SimStore> store;
    std::unique_ptr<FaultInjector> faults;
    std::unique_ptr<BackendSet> backends;
    int feHttpPort = 0;
    int beHttpPort = 0; ///< the first BE's port
    int mysqlPort = 0;
    int64_t startMs = 0;
    std::atomic<int64_t> nextConnectionId { 1 };
    std::atomic<int64_t> nextErrorLog { 1 };
    /// SET GLOBAL values (new sessions start from them).
    std::mutex globalsMutex;
    std::string globalTimeZone; ///< empty = config.timeZone
    bool globalUnicodeNames = false;

    /// The BE host as the FE names it (SHOW BACKENDS, 307 Location, ErrorURL).
    const std::string& beHost() const { return config.beAdvertiseHost.empty() ? config.host : config.beAdvertiseHost; }
    /// Checks user/password (and the auth_refuse fault).
    bool authenticate(const std::string& user, const std::string& password);
};

/// Escapes a string for a JSON string literal (without the quotes).
std::string jsonEscape(const std::string& s);
/// Basic auth header → user/password; false when missing or malformed.
bool parseBasicAuth(const std::string& header, std::string& user, std::string& password);

} // namespace dia::sim
