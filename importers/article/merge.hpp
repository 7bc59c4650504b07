#pragma once
// Stage 6 of the article pipeline: one fact per type, actor pair and date
// within an article, keeping every evidence sentence.

#include <vector>

#include "importers/article/events.hpp"

namespace dipgraph::importers::article {

/// Merges the facts of one article:
/// - the same type, actors (people projected onto their state; either order
///   for symmetric types) and date become one fact with every evidence;
/// - a fact without a date of its own joins the dated fact of the same type
///   and actors ("the visit" mentioned again); a day inside a visit's span joins it;
/// - meetings, agreements and visits of the same actors a day apart are one;
/// - roles: one per person and state, the earliest stated start kept.
/// A person replaces the state it represents as actor, being more precise.
/// The order is that of first evidence.
std::vector<Fact> merge_facts(std::vector<Fact> facts);

}  // namespace dipgraph::importers::article
