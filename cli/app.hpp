#pragma once
// The whole command line behind `dipgraph`, callable from main() and from
// commands that run other commands (`ask`).

#include <string>
#include <vector>

namespace dipgraph::cli {

/// Parses `args` (without the program name), runs the chosen subcommand and
/// returns its exit code (cli/exit_code.hpp). Prints results on stdout and
/// every failure as one `dipgraph: error: ...` line on stderr; never throws.
int run_app(const std::vector<std::string>& args);

}  // namespace dipgraph::cli
