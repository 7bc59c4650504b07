#pragma once
// Helpers the subcommands share: opening the store, option kinds used by
// several commands, actor arguments, format checks, "did you mean".

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "core/date.hpp"
#include "core/resolver.hpp"
#include "core/store.hpp"

namespace dipgraph::cli {

/// Opens the store at globals.db. read_only is for queries: a missing file is
/// a StoreError telling to run `dipgraph init` (queries never create a
/// database). StoreErrors get the path as context.
core::Store open_store(const GlobalOptions& globals, core::OpenMode mode);

/// Adds the repeatable `--type T` option (also `--type a,b`), checked against
/// the event types ("did you mean" for near misses, case-insensitive).
CLI::Option* add_type_option(CLI::App& app, std::vector<std::string>& types);

/// Adds a DATE option checked as YYYY, YYYY-MM or YYYY-MM-DD.
CLI::Option* add_date_option(CLI::App& app, const std::string& name, std::string& value,
                             const std::string& description);

/// The date of an option added with add_date_option; nullopt when not given.
std::optional<core::Date> date_argument(const std::string& value);

/// The one actor `name` denotes, in structured context (names, aliases and
/// codes). Rethrows the resolver's NotFoundError / AmbiguousNameError with
/// `what` (the option name; empty: none) as context.
core::ActorMatch resolve_actor_argument(const core::Resolver& resolver, std::string_view name,
                                        std::string_view what);

/// The same over the store's names; reads every alias only when `name` is not
/// one actor's (to list the candidates or suggest near misses).
core::ActorMatch resolve_actor_argument(const core::Store& store, std::string_view name,
                                        std::string_view what);

/// Throws UsageError unless globals.format is one of `allowed`.
void require_format(const GlobalOptions& globals, std::initializer_list<OutputFormat> allowed,
                    std::string_view command);

/// The candidates within a small edit distance of `word`, closest first (at most 3).
std::vector<std::string> near_misses(std::string_view word,
                                     const std::vector<std::string>& candidates);

/// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
std::string quoted_alternatives(const std::vector<std::string>& words);

}  // namespace dipgraph::cli
