#include "graphs/window_rows.hpp"

#include <algorithm>
#include <string>

#include "core/date.hpp"

namespace dipgraph::graphs {
namespace {

/// How a window splits over the rollup, which is keyed by the month of
/// day_from. Months wholly inside the window come from the rollup; the rest of
/// the window's events are read as rows, from bounded parts of the indexes:
/// the days of a month the window cuts, and the spans that start in a month
/// before `since` and reach into the window.
struct RollupWindow {
  std::optional<std::string> first_month;  ///< "YYYY-MM": rollup months from it; nullopt: all
  std::optional<std::string> last_month;   ///< up to it (inclusive); nullopt: all
  std::vector<std::pair<std::string, std::string>> partial;  ///< day_from ranges read as rows
  std::optional<std::string> spans_before;  ///< spans starting before this day reaching since

  bool empty_months() const { return first_month && last_month && *first_month > *last_month; }
};

std::string shift_month(const std::string& month, int by) {
  int year = std::stoi(month.substr(0, 4));
  int number = std::stoi(month.substr(5, 2)) + by;
  if (number > 12) number -= 12, ++year;
  if (number < 1) number += 12, --year;
  return std::to_string(year) + (number < 10 ? "-0" : "-") + std::to_string(number);
}

RollupWindow rollup_window(const GraphViewOptions& options) {
  RollupWindow window;
  std::optional<std::string> since_month;
  if (options.since) {
    const std::string since = options.since->first_day();
    since_month = since.substr(0, 7);
    const bool whole = since.substr(8) == "01";
    window.first_month = whole ? *since_month : shift_month(*since_month, 1);
    if (!whole) window.partial.emplace_back(*since_month + "-01", *since_month + "-31");
    window.spans_before = *since_month + "-01";
  }
  if (options.until) {
    const std::string until = options.until->last_day();
    const std::string month = until.substr(0, 7);
    const int days = core::days_in_month(std::stoi(month.substr(0, 4)), std::stoi(month.substr(5, 2)));
    const bool whole = std::stoi(until.substr(8)) == days;
    window.last_month = whole ? month : shift_month(month, -1);
    const bool cut_already = !window.partial.empty() && since_month == month;
    if (!whole && !cut_already) window.partial.emplace_back(month + "-01", month + "-31");
  }
  return window;
}

/// "a IN (?3, ?4)" over the scope's focus ids.
std::string in_list(sql::Query& query, const std::string& column, const std::vector<long long>& ids) {
  if (ids.empty()) return "0";
  std::string list;
  for (const long long id : ids) list += (list.empty() ? "" : ", ") + query.param(id);
  return column + " IN (" + list + ")";
}

std::string type_filter(sql::Query& query, const GraphViewOptions& options) {
  if (options.types.empty()) return "";
  std::string list;
  for (const auto& type : options.types) list += (list.empty() ? "" : ", ") + query.param(type);
  return " AND type IN (" + list + ")";
}

/// Event-row branches (one SELECT each) for the scope, every one restricted by `condition`.
std::vector<std::string> event_branches(sql::Query& query, const GraphViewOptions& options,
                                        const PairScope& scope, const std::string& condition,
                                        const std::string& index = "") {
  const bool state = options.level == Level::state;
  const std::string a = state ? "source_node_id" : "source_id";
  const std::string b = state ? "target_node_id" : "target_id";
  const std::string columns = "SELECT min(" + a + ", " + b + ") AS lo, max(" + a + ", " + b +
                              ") AS hi, type, substr(day_from, 1, 7) AS month, 1 AS events, "
                              "day_from AS first_day, day_to AS last_day, weight AS net_weight, "
                              "weight > 0 AS cooperative, weight < 0 AS conflictual FROM event ";
  if (scope.pair) {
    // One branch per direction: each is an equality on both leading columns of
    // one index (event_by_nodes, or event_by_source at actor level), and unlike
    // `OR` they need no row set to drop duplicates.
    const std::string first = query.param(scope.pair->first);
    const std::string second = query.param(scope.pair->second);
    return {columns + "WHERE " + a + " = " + first + " AND " + b + " = " + second + condition,
            columns + "WHERE " + a + " = " + second + " AND " + b + " = " + first + condition};
  }
  std::string sides = index + "WHERE " + a + " <> " + b;
  if (!scope.focus.empty()) {
    // `a IN (...) OR b IN (...)`: SQLite serves each side with its own index.
    sides += " AND (" + in_list(query, a, scope.focus) + " OR " + in_list(query, b, scope.focus) + ")";
  }
  return {columns + sides + condition};
}

std::string window_filter(sql::Query& query, const GraphViewOptions& options) {
  std::string filter;
  if (options.since) filter += " AND day_to >= " + query.param(options.since->first_day());
  if (options.until) filter += " AND day_from <= " + query.param(options.until->last_day());
  return filter;
}

std::string union_all(const std::vector<std::string>& branches) {
  std::string sql;
  for (const auto& branch : branches) sql += (sql.empty() ? "" : " UNION ALL ") + branch;
  return sql;
}

}  // namespace

sql::Query window_rows(const GraphViewOptions& options, const PairScope& scope, bool by_month) {
  sql::Query query;
  if (!options.use_rollup || options.level != Level::state) {
    const std::string condition = type_filter(query, options) + window_filter(query, options);
    query.sql = union_all(event_branches(query, options, scope, condition));
    return query;
  }

  const RollupWindow split = rollup_window(options);
  std::vector<std::string> branches;
  if (!split.empty_months()) {
    const bool every_month = !options.since && !options.until && !by_month;
    std::string rollup = "SELECT lo_node_id AS lo, hi_node_id AS hi, type, " +
                         std::string(every_month ? "NULL AS month" : "month") +
                         ", events, first_day, last_day, net_weight, cooperative, conflictual FROM " +
                         (every_month ? "pair_total" : "pair_month") + " WHERE ";
    if (scope.pair) {
      rollup += "lo_node_id = " + query.param(std::min(scope.pair->first, scope.pair->second)) +
                " AND hi_node_id = " + query.param(std::max(scope.pair->first, scope.pair->second));
    } else if (!scope.focus.empty()) {
      rollup += "(" + in_list(query, "lo_node_id", scope.focus) + " OR " +
                in_list(query, "hi_node_id", scope.focus) + ")";
    } else {
      rollup += "1";
    }
    rollup += type_filter(query, options);
    if (split.first_month) rollup += " AND month >= " + query.param(*split.first_month);
    if (split.last_month) rollup += " AND month <= " + query.param(*split.last_month);
    branches.push_back(rollup);
  }
  if (!split.partial.empty() || split.spans_before) {
    const std::string filters = type_filter(query, options) + window_filter(query, options);
    for (const auto& [first, last] : split.partial) {
      const std::string days =
          " AND day_from >= " + query.param(first) + " AND day_from <= " + query.param(last);
      for (auto& branch : event_branches(query, options, scope, filters + days)) {
        branches.push_back(std::move(branch));
      }
    }
    if (split.spans_before) {
      // The partial index event_spans_by_nodes holds exactly these (its WHERE,
      // verbatim): a few percent of the events. Beyond one pair, SQLite would
      // rather range over event_by_day, every event before `since`.
      const std::string spans = " AND day_from < " + query.param(*split.spans_before) +
                                " AND substr(day_from, 1, 7) <> substr(day_to, 1, 7)";
      const std::string index = scope.pair ? "" : "INDEXED BY event_spans_by_nodes ";
      for (auto& branch : event_branches(query, options, scope, filters + spans, index)) {
        branches.push_back(std::move(branch));
      }
    }
  }
  // Never empty: without `since` there is a rollup branch, with it a spans branch.
  query.sql = union_all(branches);
  return query;
}

}  // namespace dipgraph::graphs
