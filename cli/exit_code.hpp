#pragma once
// The exit codes of `dipgraph`, one meaning each. Only cli/main.cpp turns
// exceptions into these; commands return them for outcomes that are not errors.

namespace dipgraph::cli {

enum class ExitCode {
  success = 0,         ///< the command did what was asked (an empty listing included)
  negative = 1,        ///< a negative answer to a yes/no question (e.g. no path between two actors)
  usage = 2,           ///< bad command line: unknown option, bad value, unknown or ambiguous actor name
  input_rejected = 3,  ///< input data rejected: an import skipped rows (or rolled back with --strict)
  store_failure = 4,   ///< the database or a file could not be opened, read or written
  internal = 5,        ///< a bug: anything not foreseen above
};

constexpr int to_int(ExitCode code) { return static_cast<int>(code); }

/// The table printed in `dipgraph --help` and docs/cli.md; keep the two in step.
inline constexpr const char* kExitCodeHelp =
    "Exit codes:\n"
    "  0  success (an empty listing is a success too)\n"
    "  1  a negative answer (e.g. no path between two actors)\n"
    "  2  usage error: bad option or value, unknown or ambiguous actor name, bad date\n"
    "  3  input rejected: an import skipped bad rows (with --strict: imported nothing, or\n"
    "     stopped a dataset there), or a file is not of the kind named (nothing written)\n"
    "  4  store or I/O failure: database missing, not a dipgraph database, unreadable file\n"
    "  5  internal error (please report it)\n";

}  // namespace dipgraph::cli
