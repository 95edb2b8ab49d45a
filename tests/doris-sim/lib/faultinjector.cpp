#include "faultinjector.h"

#include <sstream>

namespace dia::sim {

namespace {

struct KindName
{
    FaultKind kind;
    const char* name;
    bool needsValue;
};

const KindName kKinds[] = {
    { FaultKind::ResetAfterBytes, "reset_after_bytes", true },
    { FaultKind::Http5xx, "http5xx", false },
    { FaultKind::Fail, "fail", false },
    { FaultKind::DelayMs, "delay_ms", true },
    { FaultKind::PublishTimeout, "publish_timeout", false },
    { FaultKind::CommitThenDrop, "commit_then_drop", false },
    { FaultKind::TooManyVersions, "too_many_versions", false },
    { FaultKind::TxnLimit, "txn_limit", false },
    { FaultKind::UnreachableBe, "unreachable_be", false },
    { FaultKind::AuthRefuse, "auth_refuse", false },
};

bool toInt(const std::string& s, int64_t& out)
{
    if (s.empty())
        return false;
    size_t pos = 0;
    try {
        out = std::stoll(s, &pos);
    } catch (...) {
        return false;
    }
    return pos == s.size();
}

} // namespace

const char* faultKindName(FaultKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return k.name;
    }
    return "?";
}

FaultInjector::FaultInjector(uint64_t seed)
    : m_rng(seed)
{ }

std::optional<Fault> FaultInjector::parse(const std::string& spec, std::string& error)
{
    std::vector<std::string> parts;
    std::stringstream stream(spec);
    std::string part;
    while (std::getline(stream, part, ','))
        parts.push_back(part);
    if (parts.empty() || parts[0].empty()) {
        error = "empty fault spec";
        return std::nullopt;
    }
    Fault f;
    f.spec = spec;
    const std::string head = parts[0];
    const size_t eq = head.find('=');
    const std::string name = head.substr(0, eq);
    const std::string value = eq == std::string::npos ? std::string() : head.substr(eq + 1);
    const KindName* kind = nullptr;
    for (const KindName& k : kKinds) {
        if (name == k.name)
            kind = &k;
    }
    if (kind == nullptr) {
        error = "unknown fault '" + name
            + "' (known: reset_after_bytes, http5xx, fail, delay_ms, publish_timeout, commit_then_drop, "
              "too_many_versions, txn_limit, unreachable_be, auth_refuse)";
        return std::nullopt;
    }
    f.kind = kind->kind;
    if (value.rfind("load:", 0) == 0) {
        if (!toInt(value.substr(5), f.load) || f.load < 1) {
            error = "bad load number in '" + spec + "'";
            return std::nullopt;
        }
    } else if (!value.empty()) {
        if (!toInt(value, f.value) || f.value < 0) {
            error = "bad value in '" + spec + "'";
            return std::nullopt;
        }
    } else if (kind->needsValue) {
        error = "fault '" + name + "' needs a value, e.g. " + name + "=1000";
        return std::nullopt;
    }
    if (f.kind == FaultKind::Http5xx && f.value == 0)
        f.value = 500;
    if (f.kind == FaultKind::PublishTimeout && f.value == 0)
        f.value = 1000;
    for (size_t i = 1; i < parts.size(); ++i) {
        const size_t e = parts[i].find('=');
        const std::string key = parts[i].substr(0, e);
        const std::string v = e == std::string::npos ? std::string() : parts[i].substr(e + 1);
        bool ok = false;
        if (key == "load")
            ok = toInt(v, f.load) && f.load >= 1;
        else if (key == "times")
            ok = toInt(v, f.times) && f.times >= 0;
        else if (key == "prob") {
            try {
                size_t pos = 0;
                f.probability = std::stod(v, &pos);
                ok = pos == v.size() && f.probability >= 0.0 && f.probability <= 1.0;
            } catch (...) {
                ok = false;
            }
        }
        if (!ok) {
            error = "bad option '" + parts[i] + "' in '" + spec + "' (options: load=K, times=N, prob=P)";
            return std::nullopt;
        }
    }
    return f;
}

void FaultInjector::set(std::vector<Fault> faults)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_faults = std::move(faults);
    m_loads = 0;
}

void FaultInjector::add(Fault fault)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_faults.push_back(std::move(fault));
}

void FaultInjector::clear()
{
    set({});
}

std::vector<Fault> FaultInjector::faults() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_faults;
}

int64_t FaultInjector::loadCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_loads;
}

int64_t FaultInjector::nextLoad()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return ++m_loads;
}

std::optional<Fault> FaultInjector::fire(FaultKind kind, int64_t load)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (Fault& f : m_faults) {
        if (f.kind != kind || f.times == 0)
            continue;
        if (f.load != 0 && f.load != load)
            continue;
        if (f.probability < 1.0) {
            std::uniform_real_distribution<double> dist(0.0, 1.0);
            if (dist(m_rng) >= f.probability)
                continue;
        }
        if (f.times > 0)
            --f.times;
        return f;
    }
    return std::nullopt;
}

} // namespace dia::sim
