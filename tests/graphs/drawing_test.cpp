#include "graphs/drawing.hpp"

#include <doctest/doctest.h>
#include <gvc.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include "core/error.hpp"

using namespace dipgraph::graphs;
using dipgraph::UsageError;
using dipgraph::core::ActorKind;

namespace {

EdgeProps props(std::map<std::string, long long> by_type, std::string first = "2022-03-04",
                std::string last = "2025-01-20") {
  EdgeProps edge;
  for (const auto& [type, count] : by_type) edge.events += count;
  edge.by_type = std::move(by_type);
  edge.first_day = std::move(first);
  edge.last_day = std::move(last);
  return edge;
}

// Names that break naive quoting: DOT quotes and escapes, XML markup, a
// newline, and scripts beyond Latin.
const std::string kQuoted = "The \"Quoted\" Alliance";
const std::string kBackslash = "Back\\slash\\";  // ends in a backslash, before DOT's closing quote
const std::string kMarkup = "A<B & C>";
const std::string kNewline = "First line\nsecond line";
const std::string kCyrillic = "Владимир Путин";
const std::string kChinese = "李强";
const std::string kArabic = "محمد بن سلمان";

Drawing tricky_drawing() {
  Drawing drawing;
  drawing.title = "Around <Q> & \"friends\"";
  drawing.omitted = "not drawn: 1 of 8 actors, the weakest";
  drawing.nodes = {
      {"QQQ", kQuoted, ActorKind::org, 1.0, true},
      {"BSL", kBackslash, ActorKind::state, 0.5, false},
      {"MKP", kMarkup, ActorKind::state, 0.2, false},
      {"NLN", kNewline, ActorKind::state, 0.0, false},
      {"vladimir-putin", kCyrillic, ActorKind::person, 0.7, false},
      {"li-qiang", kChinese, ActorKind::person, 0.3, false},
      {"mohammed-bin-salman", kArabic, ActorKind::person, 0.3, false},
  };
  const auto edge = [](const char* a, const char* b, EdgeProps p, double strength) {
    return DrawEdge{a, b, std::move(p), strength};
  };
  drawing.edges = {
      edge("BSL", "QQQ", props({{"visit", 3}, {"meeting", 9}}), 3.7),
      edge("MKP", "QQQ", props({{"conflict", 2}}, "2024-02-24", "2024-02-24"), 1.6),
      edge("NLN", "QQQ", props({{"aid", 1}}), 1.0),
      edge("QQQ", "vladimir-putin", props({{"sanction", 4}, {"visit", 1}}), 2.6),
      edge("QQQ", "li-qiang", props({{"agreement", 2}}), 1.6),
      edge("QQQ", "mohammed-bin-salman", props({{"meeting", 1}}), 1.0),
  };
  return drawing;
}

std::string dot_text(const Drawing& drawing) {
  std::ostringstream out;
  write_dot(drawing, out);
  return out.str();
}

struct GraphClose {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};

/// Parses DOT text back with cgraph, as `dot` would read the file.
std::unique_ptr<Agraph_t, GraphClose> parse_dot(const std::string& text) {
  std::unique_ptr<Agraph_t, GraphClose> graph(agmemread(text.c_str()));
  REQUIRE(graph != nullptr);
  return graph;
}

std::string attribute(Agraph_t* graph, const char* node, const char* name) {
  Agnode_t* n = agnode(graph, const_cast<char*>(node), 0);
  REQUIRE(n != nullptr);
  const char* value = agget(n, const_cast<char*>(name));
  REQUIRE(value != nullptr);
  return value;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// A fresh file name in the temporary directory, removed on destruction.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& name)
      : path(std::filesystem::temp_directory_path() /
             ("dipgraph-drawing-test-" + std::to_string(::getpid()) + "-" + name)) {
    std::filesystem::remove(path);
  }
  ~TempFile() { std::filesystem::remove(path); }
  std::string read() const {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
};

}  // namespace

TEST_SUITE("drawing") {
  TEST_CASE("the file extension names the format, in any case") {
    CHECK(image_format_for("out.svg") == ImageFormat::svg);
    CHECK(image_format_for("/tmp/a.b/OUT.PNG") == ImageFormat::png);
    CHECK(image_format_for("x.pdf") == ImageFormat::pdf);
    CHECK(image_format_for("x.dot") == ImageFormat::dot);
    CHECK(image_format_for("x.gv") == ImageFormat::dot);
    CHECK_THROWS_AS(image_format_for("x.jpg"), UsageError);
    CHECK_THROWS_AS(image_format_for("noextension"), UsageError);
    CHECK_THROWS_AS(image_format_for("dir.svg/file"), UsageError);
  }

  TEST_CASE("an edge takes the colour of its most frequent group of types") {
    CHECK(edge_colour(props({{"visit", 3}, {"meeting", 2}, {"agreement", 4}})) ==
          type_colour("visit"));
    CHECK(edge_colour(props({{"agreement", 3}, {"aid", 2}, {"visit", 4}})) ==
          type_colour("aid"));
    CHECK(edge_colour(props({{"conflict", 1}})) == "#d62728");
    SUBCASE("a tie goes to the more conflictual group") {
      CHECK(edge_colour(props({{"sanction", 2}, {"visit", 2}})) == type_colour("threat"));
      CHECK(edge_colour(props({{"conflict", 1}, {"reject", 1}})) == type_colour("conflict"));
    }
    CHECK(type_colour("visit") != type_colour("agreement"));
    CHECK(type_colour("sanction") != type_colour("conflict"));
    CHECK(type_colour("unheard-of") == "#7f7f7f");
    CHECK(edge_colour(EdgeProps{}) == "#7f7f7f");
  }

  TEST_CASE("an edge label gives the events and the months of the first and last") {
    CHECK(edge_label(props({{"visit", 12}})) == "12 events\\n2022-03..2025-01");
    CHECK(edge_label(props({{"visit", 1}}, "2024-02-24", "2024-02-24")) == "1 event\\n2024-02");
    CHECK(edge_label(props({{"visit", 2}}, "2024-02-01", "2024-02-29")) == "2 events\\n2024-02");
  }

  TEST_CASE("DOT keeps every name intact once read back, whatever its characters") {
    const std::string text = dot_text(tricky_drawing());
    // cgraph quotes what needs quoting; the label values carry Graphviz's own escapes.
    CHECK(contains(text, R"(label="The \"Quoted\" Alliance")"));
    CHECK(contains(text, R"(label="Back\\slash\\")"));
    CHECK(contains(text, kCyrillic));
    CHECK(contains(text, kChinese));
    CHECK(contains(text, kArabic));
    CHECK_FALSE(contains(text, "First line\n"));

    const auto graph = parse_dot(text);
    CHECK(attribute(graph.get(), "QQQ", "label") == kQuoted);
    // In labels a backslash starts an escape (\n, \N ...), so a literal one is doubled.
    CHECK(attribute(graph.get(), "BSL", "label") == "Back\\\\slash\\\\");
    // Graphviz decodes entities in labels, so '&' is written as one.
    CHECK(attribute(graph.get(), "MKP", "label") == "A<B &amp; C>");
    CHECK(attribute(graph.get(), "NLN", "label") == "First line second line");
    CHECK(attribute(graph.get(), "vladimir-putin", "label") == kCyrillic);
    CHECK(attribute(graph.get(), "li-qiang", "label") == kChinese);
    CHECK(attribute(graph.get(), "mohammed-bin-salman", "label") == kArabic);
    CHECK(agnnodes(graph.get()) == 7);
    CHECK(agnedges(graph.get()) == 6);
  }

  TEST_CASE("DOT draws kinds as shapes, the asked-about actors bold, and edges by type and strength") {
    const auto graph = parse_dot(dot_text(tricky_drawing()));
    CHECK(attribute(graph.get(), "QQQ", "shape") == "hexagon");
    CHECK(attribute(graph.get(), "BSL", "shape") == "ellipse");
    CHECK(attribute(graph.get(), "li-qiang", "shape") == "note");
    CHECK(attribute(graph.get(), "QQQ", "penwidth") == "3");
    CHECK(attribute(graph.get(), "BSL", "penwidth").empty());
    // Bigger nodes get bigger text.
    CHECK(std::stod(attribute(graph.get(), "QQQ", "fontsize")) >
          std::stod(attribute(graph.get(), "NLN", "fontsize")));

    Agnode_t* q = agnode(graph.get(), const_cast<char*>("QQQ"), 0);
    Agnode_t* b = agnode(graph.get(), const_cast<char*>("BSL"), 0);
    Agnode_t* m = agnode(graph.get(), const_cast<char*>("MKP"), 0);
    Agedge_t* strong = agedge(graph.get(), q, b, nullptr, 0);
    Agedge_t* conflict = agedge(graph.get(), q, m, nullptr, 0);
    REQUIRE(strong != nullptr);
    REQUIRE(conflict != nullptr);
    CHECK(std::string(agget(strong, const_cast<char*>("color"))) == type_colour("meeting"));
    CHECK(std::string(agget(conflict, const_cast<char*>("color"))) == type_colour("conflict"));
    CHECK(std::stod(agget(strong, const_cast<char*>("penwidth"))) >
          std::stod(agget(conflict, const_cast<char*>("penwidth"))));
    CHECK(std::string(agget(strong, const_cast<char*>("label"))) ==
          "12 events\\n2022-03..2025-01");
  }

  TEST_CASE("the title, what was left out and the legend go in one HTML-like graph label") {
    const std::string text = dot_text(tricky_drawing());
    CHECK(contains(text, "Around &lt;Q&gt; &amp; &quot;friends&quot;"));
    CHECK(contains(text, "not drawn: 1 of 8 actors, the weakest"));
    CHECK(contains(text, "visit, meeting"));
    const auto graph = parse_dot(text);
    CHECK(aghtmlstr(agget(graph.get(), const_cast<char*>("label"))));

    Drawing plain = tricky_drawing();
    plain.legend = false;
    const std::string without = dot_text(plain);
    CHECK_FALSE(contains(without, "visit, meeting"));
    CHECK(contains(without, "Around &lt;Q&gt;"));
  }

  TEST_CASE("SVG shows every name as XML-escaped text") {
    const Drawing drawing = tricky_drawing();
    const TempFile file("names.svg");
    render_to_file(drawing, file.path.string());
    const std::string svg = file.read();
    REQUIRE(contains(svg, "<svg"));
    CHECK(contains(svg, ">The &quot;Quoted&quot; Alliance</text>"));
    CHECK(contains(svg, ">Back\\slash\\</text>"));
    CHECK(contains(svg, ">A&lt;B &amp; C&gt;</text>"));
    CHECK(contains(svg, ">First line second line</text>"));
    CHECK(contains(svg, ">" + kCyrillic + "</text>"));
    CHECK(contains(svg, ">" + kChinese + "</text>"));
    CHECK(contains(svg, ">" + kArabic + "</text>"));
    CHECK(contains(svg, "Around &lt;Q&gt; &amp; &quot;friends&quot;"));
    CHECK(contains(svg, "12 events"));
    CHECK(contains(svg, "2022&#45;03..2025&#45;01"));  // Graphviz writes '-' as &#45; in SVG
    CHECK(contains(svg, "not drawn: 1 of 8 actors, the weakest"));
    CHECK(contains(svg, "stroke=\"#d62728\""));  // the conflict edge
    CHECK(svg == render(drawing, ImageFormat::svg));  // the layout is deterministic
  }

  TEST_CASE("PNG, PDF and DOT files come out in their formats") {
    const Drawing drawing = tricky_drawing();
    SUBCASE("png") {
      const TempFile file("out.png");
      render_to_file(drawing, file.path.string());
      CHECK(file.read().rfind("\x89PNG\r\n", 0) == 0);
    }
    SUBCASE("pdf") {
      const TempFile file("out.PDF");
      render_to_file(drawing, file.path.string());
      CHECK(file.read().rfind("%PDF-", 0) == 0);
    }
    SUBCASE("dot") {
      const TempFile file("out.dot");
      render_to_file(drawing, file.path.string());
      CHECK(file.read() == dot_text(drawing));
    }
  }

  TEST_CASE("an unwritable file is an ImageWriteError, a bad extension a UsageError") {
    const Drawing drawing = tricky_drawing();
    CHECK_THROWS_AS(render_to_file(drawing, "/nonexistent-dir/out.svg"), ImageWriteError);
    const TempFile file("out.jpeg");
    CHECK_THROWS_AS(render_to_file(drawing, file.path.string()), UsageError);
    CHECK_FALSE(std::filesystem::exists(file.path));
  }

  TEST_CASE("a drawing without nodes still renders its title") {
    Drawing drawing;
    drawing.title = "Nothing here";
    CHECK(contains(render(drawing, ImageFormat::svg), "Nothing here"));
  }
}
