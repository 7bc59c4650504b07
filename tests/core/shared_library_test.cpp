#include "core/shared_library.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "core/error.hpp"

using dipgraph::Error;
using dipgraph::core::SharedLibrary;

TEST_SUITE("shared_library") {
  TEST_CASE("a function of a loaded library is called through its typed address") {
    const SharedLibrary libc("libc.so.6", "libc6");
    auto* length = libc.symbol<decltype(std::strlen)>("strlen");
    CHECK(length("four") == 4);
  }

  TEST_CASE("a variable of a loaded library is reached through its typed address") {
    const SharedLibrary libc("libc.so.6", "libc6");
    // glibc sets it at start-up to the program's file name.
    CHECK(std::string(*libc.symbol<char*>("program_invocation_short_name")) == "dipgraph_tests");
  }

  TEST_CASE("a missing library names itself and the package to install") {
    CHECK_THROWS_WITH_AS(SharedLibrary("libdipgraph-missing.so.9", "libdipgraph-missing9"),
                         doctest::Contains("cannot load libdipgraph-missing.so.9"), Error);
    CHECK_THROWS_WITH_AS(SharedLibrary("libdipgraph-missing.so.9", "libdipgraph-missing9"),
                         doctest::Contains("install Debian's libdipgraph-missing9"), Error);
  }

  TEST_CASE("a function the library lacks is an error, not a null pointer") {
    const SharedLibrary libc("libc.so.6", "libc6");
    CHECK_THROWS_WITH_AS(libc.symbol<int()>("dipgraph_no_such_function"),
                         doctest::Contains("libc.so.6 lacks dipgraph_no_such_function"), Error);
  }
}
