#include "graphs/components.hpp"

#include <boost/graph/connected_components.hpp>

#include <algorithm>

namespace dipgraph::graphs {

std::vector<Component> connected_components(const Graph& graph) {
  const std::size_t n = boost::num_vertices(graph);
  std::vector<std::size_t> label(n);
  const std::size_t count = boost::connected_components(
      graph,
      boost::make_iterator_property_map(label.begin(), boost::get(boost::vertex_index, graph)));
  std::vector<Component> components(count);
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    components[label[v]].members.push_back(v);
  }
  const auto by_code = [&](Vertex a, Vertex b) { return graph[a].code < graph[b].code; };
  for (Component& component : components) {
    std::sort(component.members.begin(), component.members.end(), by_code);
  }
  std::sort(components.begin(), components.end(), [&](const Component& a, const Component& b) {
    if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
    return graph[a.members.front()].code < graph[b.members.front()].code;
  });
  return components;
}

}  // namespace dipgraph::graphs
