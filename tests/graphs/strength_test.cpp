#include "graphs/strength.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

using namespace dipgraph::graphs;

TEST_SUITE("strength") {
  TEST_CASE("a tie's strength is log2 of one plus its events") {
    CHECK(tie_strength(0LL) == 0);
    CHECK(tie_strength(-3LL) == 0);
    CHECK(tie_strength(1LL) == doctest::Approx(1));
    CHECK(tie_strength(3LL) == doctest::Approx(2));
    CHECK(tie_strength(100LL) == doctest::Approx(std::log2(101.0)));
    EdgeProps edge;
    edge.events = 7;
    CHECK(tie_strength(edge) == doctest::Approx(3));
  }

  TEST_CASE("more events always make a stronger tie and a cheaper one to cross") {
    for (long long events = 1; events < 2000; ++events) {
      CHECK(tie_strength(events + 1) > tie_strength(events));
      CHECK(tie_cost(tie_strength(events + 1)) < tie_cost(tie_strength(events)));
      CHECK(tie_cost(tie_strength(events)) > 0);
    }
  }

  TEST_CASE("a tie without events cannot be crossed") {
    CHECK(std::isinf(tie_cost(0.0)));
    CHECK(std::isinf(tie_cost(EdgeProps{})));
    EdgeProps edge;
    edge.events = 3;
    CHECK(tie_cost(edge) == doctest::Approx(0.5));
  }

  TEST_CASE("a path is as strong as its hops in series") {
    CHECK(path_strength({}) == 0);
    CHECK(path_strength({2.0}) == doctest::Approx(2.0));
    CHECK(path_strength({2.0, 2.0}) == doctest::Approx(1.0));
    CHECK(path_strength({1.0, 3.0}) == doctest::Approx(0.75));
    CHECK(path_strength({2.0, 0.0}) == 0);
    CHECK(path_strength({2.0, -1.0}) == 0);
  }

  TEST_CASE("a path never exceeds its weakest hop and each extra hop weakens it") {
    const std::vector<double> hops{5.0, 1.5, 3.0};
    CHECK(path_strength(hops) < 1.5);
    CHECK(path_strength({5.0, 1.5, 3.0, 10.0}) < path_strength(hops));
    // A busy direct tie outranks a thin detour, and a busy detour a thin direct tie.
    CHECK(path_strength({tie_strength(10LL)}) > path_strength({tie_strength(1LL), tie_strength(1LL)}));
    CHECK(path_strength({tie_strength(100LL), tie_strength(100LL)}) > path_strength({tie_strength(1LL)}));
  }

  TEST_CASE("maximising path strength is minimising the summed tie costs") {
    const std::vector<double> a{1.0, 4.0, 4.0};
    const std::vector<double> b{2.0, 2.0};
    const auto cost = [](const std::vector<double>& hops) {
      double sum = 0;
      for (const double s : hops) sum += tie_cost(s);
      return sum;
    };
    CHECK(cost(a) > cost(b));
    CHECK(path_strength(a) < path_strength(b));
    CHECK(path_strength(a) == doctest::Approx(1.0 / cost(a)));
  }
}
