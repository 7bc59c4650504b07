#include "cli/output_json.hpp"

namespace dipgraph::cli {
namespace {

std::string dump_scalar(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// nlohmann's compact dump has no spaces ({"id":17}); the jsonl contract reads
// like Python's json.dumps ({"id": 17}), so containers are walked here and
// only scalars are left to nlohmann (escaping, shortest round-trip numbers).
void append_line(std::string& out, const Json& value) {
  if (value.is_object()) {
    out += '{';
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it != value.begin()) out += ", ";
      out += dump_scalar(Json(it.key()));
      out += ": ";
      append_line(out, it.value());
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it != value.begin()) out += ", ";
      append_line(out, *it);
    }
    out += ']';
  } else {
    out += dump_scalar(value);
  }
}

}  // namespace

std::string json_line(const Json& value) {
  std::string out;
  append_line(out, value);
  return out;
}

void write_jsonl(std::ostream& out, const Json& value) { out << json_line(value) << '\n'; }

void write_json(std::ostream& out, const Json& value) {
  out << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace dipgraph::cli
