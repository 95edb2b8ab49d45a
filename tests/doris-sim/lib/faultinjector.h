#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace dia::sim {

enum class FaultKind {
    ResetAfterBytes, ///< BE: reset the connection after N body bytes (txn aborted)
    Http5xx, ///< BE: answer HTTP 5xx (value = status, default 500) before reading the body
    Fail, ///< BE: Doris `Fail` after the body (txn aborted)
    DelayMs, ///< BE: wait N ms before answering
    PublishTimeout, ///< BE: `Publish Timeout`; rows become visible N ms later (default 1000)
    CommitThenDrop, ///< BE: commit, then close the connection without an answer
    TooManyVersions, ///< BE: `Fail` with [TOO_MANY_VERSION] (-235) after the body
    TxnLimit, ///< BE: `Fail` with `current running txns on db ... larger than limit` before the body
    UnreachableBe, ///< FE: the 307 Location names a closed port
    AuthRefuse, ///< FE, BE and MySQL: every credential is refused
};

struct Fault
{
    FaultKind kind = FaultKind::Fail;
    int64_t value = 0;
    int64_t load = 0; ///< only the K-th load (1-based); 0 = every load
    int64_t times = -1; ///< fire at most N times; -1 = unlimited
    double probability = 1.0; ///< fire with this probability (seeded RNG)
    std::string spec; ///< as written
};

/// Parses and evaluates fault specs (grammar in tests/doris-sim/README.md):
///   KIND[=VALUE][,load=K][,times=N][,prob=P]   or the shorthand   KIND=load:K
/// Loads are counted per BE stream-load request from start-up or from the last set().
class FaultInjector
{
public:
    explicit FaultInjector(uint64_t seed = 0);

    /// Parses one spec; error text on failure.
    static std::optional<Fault> parse(const std::string& spec, std::string& error);

    void set(std::vector<Fault> faults); ///< replaces all faults and resets the load counter
    void add(Fault fault);
    void clear();
    std::vector<Fault> faults() const;
    int64_t loadCount() const;

    /// Called once per BE stream load; returns its 1-based number.
    int64_t nextLoad();
    /// The fault of `kind` that fires for load `load` (0 = not load-bound), consuming one of its `times`.
    std::optional<Fault> fire(FaultKind kind, int64_t load = 0);

private:
    mutable std::mutex m_mutex;
    std::vector<Fault> m_faults;
    int64_t m_loads = 0;
    std::mt19937_64 m_rng;
};

const char* faultKindName(FaultKind kind);

} // namespace dia::sim
