// Unit tests: the fault-spec grammar and its load counting.
#include "faultinjector.h"

#include <gtest/gtest.h>

using namespace dia::sim;

TEST(FaultInjector, ParsesTheGrammar)
{
    std::string error;
    auto f = FaultInjector::parse("reset_after_bytes=1000,load=2,times=1", error);
    ASSERT_TRUE(f) << error;
    EXPECT_EQ(f->kind, FaultKind::ResetAfterBytes);
    EXPECT_EQ(f->value, 1000);
    EXPECT_EQ(f->load, 2);
    EXPECT_EQ(f->times, 1);
    f = FaultInjector::parse("http5xx=load:3", error);
    ASSERT_TRUE(f) << error;
    EXPECT_EQ(f->value, 500);
    EXPECT_EQ(f->load, 3);
    f = FaultInjector::parse("publish_timeout", error);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->value, 1000);
}

TEST(FaultInjector, RejectsBadSpecsWithReasons)
{
    std::string error;
    EXPECT_FALSE(FaultInjector::parse("explode", error));
    EXPECT_EQ(error.rfind("unknown fault 'explode'", 0), 0U) << error;
    EXPECT_FALSE(FaultInjector::parse("delay_ms", error));
    EXPECT_EQ(error, "fault 'delay_ms' needs a value, e.g. delay_ms=1000");
    EXPECT_FALSE(FaultInjector::parse("fail,when=2", error));
    EXPECT_EQ(error, "bad option 'when=2' in 'fail,when=2' (options: load=K, times=N, prob=P)");
}

TEST(FaultInjector, FiresOnlyForItsLoadAndTimes)
{
    FaultInjector inj(42);
    std::string error;
    inj.set({ *FaultInjector::parse("fail,load=2", error), *FaultInjector::parse("unreachable_be,times=1", error) });
    EXPECT_FALSE(inj.fire(FaultKind::Fail, inj.nextLoad()));
    EXPECT_TRUE(inj.fire(FaultKind::Fail, inj.nextLoad()));
    EXPECT_FALSE(inj.fire(FaultKind::Fail, inj.nextLoad()));
    EXPECT_TRUE(inj.fire(FaultKind::UnreachableBe));
    EXPECT_FALSE(inj.fire(FaultKind::UnreachableBe));
}

TEST(FaultInjector, ProbabilityIsDeterministicPerSeed)
{
    std::string error;
    auto sequence = [&](uint64_t seed) {
        FaultInjector inj(seed);
        inj.set({ *FaultInjector::parse("fail,prob=0.5", error) });
        std::string s;
        for (int i = 0; i < 32; ++i)
            s += inj.fire(FaultKind::Fail, inj.nextLoad()) ? '1' : '0';
        return s;
    };
    EXPECT_EQ(sequence(7), sequence(7));
    EXPECT_NE(sequence(7), sequence(8));
}
