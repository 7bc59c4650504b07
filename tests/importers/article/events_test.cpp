#include "importers/article/events.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/store.hpp"

using dipgraph::core::Date;
using dipgraph::core::Store;
using dipgraph::importers::article::find_events;
using dipgraph::importers::article::Gazetteer;
using dipgraph::importers::article::MentionFinder;
using dipgraph::importers::article::tokenize;

namespace {

/// "type SRC>TGT" for every event of each sentence, read in order as one article.
std::vector<std::string> events_of(const std::vector<std::string>& sentences) {
  const Store store = Store::open_in_memory();
  const Gazetteer gazetteer(store.aliases());
  MentionFinder finder(gazetteer, store, Date::parse("2024-05-10"));
  std::vector<std::string> out;
  for (const auto& sentence : sentences) {
    const auto tokens = tokenize(sentence);
    const auto mentions = finder.find(sentence, tokens);
    for (const auto& event : find_events(sentence, tokens, mentions, finder)) {
      out.push_back(event.type + " " + event.source.key() + ">" + event.target.key());
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("article events") {
  TEST_CASE("a visit goes from the visitor to the host, in active, nominal and hosting forms") {
    CHECK(events_of({"Chile's president visited Peru on Monday."}) == std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"The visit of the Peruvian foreign minister to Santiago was short."}) ==
          std::vector<std::string>{"visit PER>CHL"});
    const auto hosted = events_of({"Lima hosted the Chilean president."});
    CHECK(std::find(hosted.begin(), hosted.end(), "visit CHL>PER") != hosted.end());
  }

  TEST_CASE("passive voice swaps the sides") {
    CHECK(events_of({"Peru was sanctioned by Chile."}) == std::vector<std::string>{"sanction CHL>PER"});
  }

  TEST_CASE("coordinated subjects of a symmetric event are its two parties") {
    CHECK(events_of({"Peru and Chile signed a fisheries agreement."}) == std::vector<std::string>{"agreement PER>CHL"});
    CHECK(events_of({"Talks between Peru and Chile ended."}) == std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("relative clauses keep their antecedent as subject") {
    CHECK(events_of({"Bolivia hosts troops from Peru, which backed Chile in the dispute."}) ==
          std::vector<std::string>{"support PER>CHL"});
  }

  TEST_CASE("planned, hedged, negated and prevented events are left out") {
    CHECK(events_of({"Chile will visit Peru next month."}).empty());
    CHECK(events_of({"It is believed that Chile warned Peru."}).empty());
    CHECK(events_of({"Chile did not sanction Peru."}).empty());
    CHECK(events_of({"Chile plans to sign a deal with Peru."}).empty());
    CHECK(events_of({"Chile barred a Lima-based firm from supplying Bolivia."}) ==
          std::vector<std::string>{"sanction CHL>PER"});
  }

  TEST_CASE("threats are reported even though they speak of the future") {
    CHECK(events_of({"Chile said it will take all necessary measures against Peru."}) ==
          std::vector<std::string>{"threat CHL>PER"});
  }

  TEST_CASE("a possessive names who acts and the modifier names the donor") {
    CHECK(events_of({"Peru rejected Chile's accusations."}) == std::vector<std::string>{"reject PER>CHL", "reject CHL>PER"});
    CHECK(events_of({"Peru still relies on the IMF bailout."}) == std::vector<std::string>{"aid IMF>PER"});
  }

  TEST_CASE("a possessive pronoun after the verb is the subject's own, not the target") {
    CHECK(events_of({"Peru recalled its envoy and suspended its aid to Chile."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("a comma before 'and' after a single name starts a new clause") {
    CHECK(events_of({"Peru cut ties with Bolivia, and Chile banned imports from the country."}) ==
          std::vector<std::string>{"sanction PER>BOL", "sanction CHL>BOL"});
  }

  TEST_CASE("a definite event noun without its own parties refers back and adds nothing") {
    CHECK(events_of({"Opening the meeting, the Peruvian president thanked Chile."}).empty());
    CHECK(events_of({"Under the deal, Peru will buy gas from Bolivia."}).empty());
    CHECK(events_of({"Peru said the talks with Chile went well."}) == std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("'between X and' a non-actor leaves the meeting without a second party") {
    CHECK(events_of({"Talks between Lima and the rebels, mediated by Chile, stalled."}).empty());
  }

  TEST_CASE("a city before an agreement names where it was signed, not a party") {
    CHECK(events_of({"Peru said the Santiago agreement still binds Bolivia."}) ==
          std::vector<std::string>{"agreement PER>BOL"});
  }

  TEST_CASE("'agreed to' an act is a promise: no agreement and no act") {
    CHECK(events_of({"Peru agreed to supply Bolivia with wheat."}).empty());
    const auto denied = events_of({"Chile denied backing the rebels in Peru."});
    CHECK(std::find(denied.begin(), denied.end(), "support CHL>PER") == denied.end());
    CHECK(events_of({"Peru and Bolivia agreed to restore relations."}) == std::vector<std::string>{"agreement PER>BOL"});
  }

  TEST_CASE("handshakes are meetings and approved loans are aid") {
    CHECK(events_of({"The Peruvian president shook hands with his Chilean counterpart."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"The IMF approved a large loan for Peru in May."}) == std::vector<std::string>{"aid IMF>PER"});
    CHECK(events_of({"Peru called the Chilean tariffs unjustified."}) == std::vector<std::string>{"reject PER>CHL"});
  }

  TEST_CASE("parties meeting in some state's city each visit that state, unless it is their own") {
    const auto third = events_of({"Peru and Chile held talks in Quito on Monday."});
    CHECK(std::find(third.begin(), third.end(), "visit PER>ECU") != third.end());
    CHECK(std::find(third.begin(), third.end(), "visit CHL>ECU") != third.end());
    const auto host = events_of({"The Peruvian president met Chile's foreign minister in Lima."});
    CHECK(std::find(host.begin(), host.end(), "visit CHL>PER") != host.end());
    CHECK(std::find(host.begin(), host.end(), "visit PER>PER") == host.end());
  }

  TEST_CASE("the place a meeting was held in is no party to it") {
    const auto found = events_of({"Chile's president shook hands with a rival at a forum in Ecuador."});
    CHECK(std::find(found.begin(), found.end(), "meeting CHL>ECU") == found.end());
  }

  TEST_CASE("a participle after a comma takes the sentence's subject") {
    const auto found = events_of({"Peru's president toured Bolivia and Chile, meeting the Chilean president in Santiago."});
    CHECK(std::find(found.begin(), found.end(), "visit PER>CHL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "visit BOL>CHL") == found.end());
  }

  TEST_CASE("a phrase of two types reports both: being received is a visit and a meeting") {
    const auto found = events_of({"Bolivia's president was received in Lima by the Peruvian president."});
    CHECK(std::find(found.begin(), found.end(), "visit BOL>PER") != found.end());
    CHECK(std::find(found.begin(), found.end(), "meeting BOL>PER") != found.end());
  }

  TEST_CASE("welcoming a thing is no visit or meeting; a host's visitor is its direct object") {
    CHECK(events_of({"Peru welcomed the result of the vote."}).empty());
    const auto found = events_of({"Peru and Chile made peace after Bolivia hosted their envoys for talks in the Bolivian capital."});
    CHECK(std::find(found.begin(), found.end(), "visit BOL>PER") == found.end());
    CHECK(std::find(found.begin(), found.end(), "visit BOL>CHL") == found.end());
  }

  TEST_CASE("a verb after 'and' shares the subject of the verb before it") {
    const auto found = events_of({"Honduras cut ties with Taipei and established ties with Beijing."});
    CHECK(std::find(found.begin(), found.end(), "agreement HND>CHN") != found.end());
    CHECK(std::find(found.begin(), found.end(), "agreement TWN>CHN") == found.end());
  }

  TEST_CASE("a possessive inside the phrase is whose bid it is") {
    CHECK(events_of({"Peru approved Chile's bid to join the alliance."}) ==
          std::vector<std::string>{"support PER>CHL"});
  }

  TEST_CASE("'not to X but to Y' goes to Y") {
    CHECK(events_of({"Chile's foreign minister said her first trip abroad was not to Lima but to Quito."}) ==
          std::vector<std::string>{"visit CHL>ECU"});
  }

  TEST_CASE("an invasion needs its victim named") {
    // Voting to condemn is a rejection (as the gold codes UN votes); the invasion names no victim.
    CHECK(events_of({"Peru voted to condemn the Chilean invasion."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru condemned the Chilean invasion of Bolivia."}) ==
          std::vector<std::string>{"reject PER>CHL", "conflict CHL>BOL"});
  }

  TEST_CASE("an invasion that dates a clause is not its subject's: the state in focus invaded") {
    const auto found =
        events_of({"Chile and Peru are old partners.",
                   "The Peruvian president flew to Chile on his first trip since the invasion of Bolivia."});
    CHECK(std::find(found.begin(), found.end(), "conflict CHL>BOL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "conflict PER>BOL") == found.end());
  }

  TEST_CASE("a name after a preposition is no subject when a subject stands further left") {
    const auto landed = events_of({"The Chilean president landed in Peru for a state visit."});
    CHECK(std::find(landed.begin(), landed.end(), "visit PER>CHL") == landed.end());
    const auto warned = events_of({"A Chilean delegation flew to Lima and warned Bolivia."});
    CHECK(std::find(warned.begin(), warned.end(), "threat CHL>BOL") != warned.end());
  }

  TEST_CASE("an indefinite event noun followed by a modal is hypothetical") {
    CHECK(events_of({"Peru said a meeting with Chile would be a provocation."}).empty());
    CHECK(events_of({"A trilateral summit of Peru, Chile and Bolivia is expected next year."}).empty());
  }

  TEST_CASE("armed clashes are a conflict, not arms supplies") {
    CHECK(events_of({"Armed clashes between Peru and Chile broke out in 2022."}) ==
          std::vector<std::string>{"conflict PER>CHL"});
  }

  TEST_CASE("a subordinate clause's verb does not take the main clause's subject") {
    const auto found = events_of({"Peru cut ties with Chile after protesters stormed its embassy."});
    CHECK(std::find(found.begin(), found.end(), "conflict PER>CHL") == found.end());
  }

  TEST_CASE("where the agent of a threat came from is not its target") {
    CHECK(events_of({"Quito denounced the threats made by the Chilean minister from Lima against Bolivia."}) ==
          std::vector<std::string>{"reject ECU>CHL", "threat CHL>BOL"});
  }

  TEST_CASE("'was breaking off relations' is progressive, not passive") {
    CHECK(events_of({"Peru said it was breaking off diplomatic relations with Chile."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("a verb inside a relative clause finds its object before the clause ends") {
    const auto found = events_of({"Peru, which backs the rebel movement, has cut ties with Chile."});
    CHECK(std::find(found.begin(), found.end(), "support PER>CHL") == found.end());
    CHECK(std::find(found.begin(), found.end(), "sanction PER>CHL") != found.end());
  }

  TEST_CASE("speaking with someone is a meeting") {
    CHECK(events_of({"The Chilean president said he had spoken with Peru's president."}) ==
          std::vector<std::string>{"meeting CHL>PER"});
  }

  TEST_CASE("a possessive followed by a name is no coordinated group") {
    CHECK(events_of({"Peru's president hosted his Bolivian counterpart in Lima."}) ==
          std::vector<std::string>{"visit BOL>PER"});
    CHECK(events_of({"Peru voiced support for Bolivia's Mercosur membership bid."}) ==
          std::vector<std::string>{"support PER>BOL"});
  }

  TEST_CASE("announced sanctions, aid pledged in amounts and exchanges of fire") {
    CHECK(events_of({"Chile announced new sanctions against Peru."}) == std::vector<std::string>{"sanction CHL>PER"});
    CHECK(events_of({"Chile pledged $5 million in humanitarian aid to Peru."}) ==
          std::vector<std::string>{"aid CHL>PER"});
    CHECK(events_of({"Chile and Peru exchanged fire across the border."}) ==
          std::vector<std::string>{"conflict CHL>PER"});
  }

  TEST_CASE("protests lodged and expulsions ordered") {
    CHECK(events_of({"Peru lodged a formal protest with Chile."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru ordered the expulsion of Chilean diplomats."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("'the next day' tells the story on; only 'next week' and the like are plans") {
    CHECK(events_of({"The next day the Chilean president was received by the Peruvian president."}) ==
          std::vector<std::string>{"visit CHL>PER", "meeting CHL>PER"});
    CHECK(events_of({"Chile's president will be received by Peru's president next week."}).empty());
  }

  TEST_CASE("strikes carried out in a state are a conflict with it") {
    CHECK(events_of({"Chile's air force carried out air strikes in northern Peru."}) ==
          std::vector<std::string>{"conflict CHL>PER"});
  }

  TEST_CASE("welcoming someone's proposal is no visit, but support") {
    CHECK(events_of({"Peru welcomed Chile's proposal on fishing rights."}) == std::vector<std::string>{"support PER>CHL"});
    const auto guest = events_of({"Peru welcomed the Chilean president in Lima."});
    CHECK(std::find(guest.begin(), guest.end(), "visit CHL>PER") != guest.end());
  }

  TEST_CASE("a dialogue held is a meeting") {
    CHECK(events_of({"Lima and Santiago held their first security dialogue on Tuesday."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("a host guessed from the sentence stays in the trigger's clause") {
    const auto found = events_of({"Peru's trip came when its ties with Chile had soured, Bolivia said."});
    CHECK(std::find(found.begin(), found.end(), "visit PER>CHL") == found.end());
  }

  TEST_CASE("equipment flown and troops trained are aid; not ruling out force is a threat") {
    CHECK(events_of({"Chile flew military equipment to Lima in March."}) == std::vector<std::string>{"aid CHL>PER"});
    CHECK(events_of({"Chile trains Peruvian troops at its bases."}) == std::vector<std::string>{"aid CHL>PER"});
    CHECK(events_of({"Chile did not rule out force against Peru."}) == std::vector<std::string>{"threat CHL>PER"});
  }

  TEST_CASE("a venue after a contrasting 'but' still places the meeting") {
    const auto found =
        events_of({"Chile's president met Peru's president, but on neutral ground, at a summit in Quito on Monday."});
    CHECK(std::find(found.begin(), found.end(), "visit CHL>ECU") != found.end());
    CHECK(std::find(found.begin(), found.end(), "visit PER>ECU") != found.end());
  }

  TEST_CASE("common ways of telling a diplomatic downgrade are sanctions") {
    CHECK(events_of({"Lima reacted by recalling its ambassador from Santiago."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Quito withdrew all its diplomats from Lima in 2019."}) ==
          std::vector<std::string>{"sanction ECU>PER"});
    CHECK(events_of({"Bolivia severed trade and travel links with Chile."}) ==
          std::vector<std::string>{"sanction BOL>CHL"});
  }

  TEST_CASE("complaints lodged and envoys called in are rejections") {
    CHECK(events_of({"Peru lodged a formal complaint against Chile at the tribunal."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Santiago called in Peru's ambassador on Friday."}) ==
          std::vector<std::string>{"reject CHL>PER"});
  }

  TEST_CASE("strikes inside a country and a war fought are conflict") {
    CHECK(events_of({"Peru carried out drone strikes inside Ecuador overnight."}) ==
          std::vector<std::string>{"conflict PER>ECU"});
    CHECK(events_of({"Bolivia and Paraguay fought a bloody war in the 1930s."}) ==
          std::vector<std::string>{"conflict BOL>PRY"});
  }

  TEST_CASE("forces trained and equipped are aid; support given is support") {
    CHECK(events_of({"Chile has trained and equipped Peruvian police units."}) ==
          std::vector<std::string>{"aid CHL>PER"});
    CHECK(events_of({"Bolivia gave its full support to Peru in the dispute."}) ==
          std::vector<std::string>{"support BOL>PER"});
  }

  TEST_CASE("a description between commas before the verb leaves the name before it the subject") {
    CHECK(events_of({"Lima, long one of Quito's closest partners, recalled its ambassador from Chile."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("several signatories with a partner each sign with that partner, not with each other") {
    CHECK(events_of({"Peru, Chile and Bolivia signed a fisheries accord with Ecuador."}) ==
          std::vector<std::string>{"agreement PER>ECU", "agreement CHL>ECU", "agreement BOL>ECU"});
  }

  TEST_CASE("diplomats thrown out, moves called regrettable, cases brought and missiles that hit") {
    CHECK(events_of({"Chile threw out a Peruvian diplomat on Monday."}) == std::vector<std::string>{"sanction CHL>PER"});
    CHECK(events_of({"Lima called the Chilean decision regrettable."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Bolivia brought a case against Chile at the court."}) ==
          std::vector<std::string>{"reject BOL>CHL"});
    CHECK(events_of({"Peruvian missiles and drones hit a camp in Ecuador."}) ==
          std::vector<std::string>{"conflict PER>ECU"});
  }

  TEST_CASE("touching down, stopping in and travelling by some means are visits") {
    CHECK(events_of({"The Chilean president touched down in Lima on Monday."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"Peru's foreign minister travelled by road to Bolivia."}) ==
          std::vector<std::string>{"visit PER>BOL"});
    CHECK(events_of({"Chile, which maintains broad sanctions on Peru, voted no."}) ==
          std::vector<std::string>{"sanction CHL>PER"});
  }

  TEST_CASE("a trip someone is due to make or has called off did not happen") {
    CHECK(events_of({"The Chilean president was due to fly to Lima on Friday."}).empty());
    CHECK(events_of({"Peru's minister called off his visit to Bolivia."}).empty());
  }

  TEST_CASE("an order, decree or law signed is no agreement") {
    CHECK(events_of({"Chile's president signed an executive order halting aid to Peru."}) ==
          std::vector<std::string>{"sanction CHL>PER"});
    CHECK(events_of({"The decree Lima signed with Bolivia in mind is short."}).empty());
  }

  TEST_CASE("the organisation holding a summit is its forum, not a party to a meeting") {
    const auto found = events_of({"Peru's president attended a summit of the Organization of American States in Lima."});
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& e) { return e.rfind("meeting", 0) == 0; }));
  }

  TEST_CASE("a sanction a state says it would take is a threat; one it would not take is nothing") {
    CHECK(events_of({"Lima would impose tariffs on Chilean copper, the minister said."}) ==
          std::vector<std::string>{"threat PER>CHL"});
    CHECK(events_of({"Peru could extend its ban to Bolivian rice."}) == std::vector<std::string>{"threat PER>BOL"});
    CHECK(events_of({"Lima would not impose tariffs on Chilean copper."}).empty());
  }

  TEST_CASE("a sanction a state announced it would take is the act; with 'if' it stays a threat") {
    CHECK(events_of({"Peru said on Saturday it would expel 23 Chilean diplomats."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru said it would expel Chilean diplomats if Santiago went ahead."}) ==
          std::vector<std::string>{"threat PER>CHL"});
    CHECK(events_of({"Peru said it would not expel Chilean diplomats."}).empty());
    CHECK(events_of({"Peru and Chile announced that they will recognise a Bolivian state."}) ==
          std::vector<std::string>{"support PER>BOL", "support CHL>BOL"});
    CHECK(events_of({"Peru will recognise Bolivia if it holds elections."}).empty());
  }

  TEST_CASE("a strike answering another in the same sentence is a second attack") {
    CHECK(events_of({"Peru shelled Ecuador on Friday, three days after Ecuadorian drones hit a town in Peru."}) ==
          std::vector<std::string>{"conflict PER>ECU", "conflict ECU>PER"});
    CHECK(events_of({"Peru and Ecuador signed an accord."}) == std::vector<std::string>{"agreement PER>ECU"});
  }

  TEST_CASE("duties at a rate on a state's goods or on imports from it are a sanction of it") {
    CHECK(events_of({"Lima imposed duties of 80 per cent on Chilean barley."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru announced tariffs of 15% on Bolivian coal."}) == std::vector<std::string>{"sanction PER>BOL"});
    CHECK(events_of({"Peru imposed a 25% tariff on imports from Chile and Bolivia."}) ==
          std::vector<std::string>{"sanction PER>CHL", "sanction PER>BOL"});
    CHECK(events_of({"Lima restricted imports of Chilean wine."}) == std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("'X and his counterpart Y' pairs X with Y, not with the pronoun; 'its war with Y' stays Y's") {
    CHECK(events_of({"Talks between President of Chile Ana Ruiz and her Peruvian counterpart Luis Soto were held."}) ==
          std::vector<std::string>{"meeting CHL>PER"});
    CHECK(events_of({"Peru and Chile signed a deal during talks between President of Chile Ana Ruiz and her "
                     "Peruvian counterpart Luis Soto."}) == std::vector<std::string>{"agreement CHL>PER", "meeting CHL>PER"});
  }

  TEST_CASE("embargoes on a neighbour, boycotts of goods, closed offices, arming and stationed troops") {
    CHECK(events_of({"Chile is a quiet place.", "Peru imposed a trade embargo on its neighbour."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru answered with a boycott of Chilean goods."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Lima closed the Chilean trade office."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru, which has armed Bolivia with drones, said little."}) ==
          std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"Chilean armed forces guard the border with Peru."}).empty());
    CHECK(events_of({"Peruvian troops have been stationed at a base in Bolivia."}) ==
          std::vector<std::string>{"support PER>BOL"});
  }

  TEST_CASE("a meeting asked for or requested has not happened") {
    CHECK(events_of({"Peru asked the UN Security Council to convene an urgent meeting."}).empty());
    CHECK(events_of({"Chile requested talks with Peru."}).empty());
    CHECK(events_of({"Peru's president addressed the summit, asking for Chile's backing."}).empty());
  }

  TEST_CASE("calling or describing another's act in words of censure is a rejection; denying censure is none") {
    CHECK(events_of({"Lima described the Chilean move as a grave mistake."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said the remarks by the Chilean president were irresponsible."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said the Chilean decision was not a violation."}).empty());
    CHECK(events_of({"Peru said the weather was regrettable."}).empty());
  }

  TEST_CASE("a colon ends the search for a party; a list's commas do not end an expected meeting's clause") {
    CHECK(events_of({"A recap of the summit in Lima: Chile froze its trade with Bolivia."}) ==
          std::vector<std::string>{"sanction CHL>BOL"});
    CHECK(events_of({"A trilateral meeting of the leaders of Chile, Peru and Bolivia is expected soon."}).empty());
    CHECK(events_of({"In a meeting with Chile's minister Ana Ruiz, Peru's president said ties should grow."}) ==
          std::vector<std::string>{"meeting CHL>PER"});
  }

  TEST_CASE("'the leaders' after a sentence naming three states are all three; after two, the pair") {
    const auto three = events_of({"Peru hosted the presidents of Chile and Bolivia on Friday.",
                                  "The leaders issued a joint statement."});
    CHECK(std::count_if(three.begin(), three.end(), [](const std::string& e) { return e.rfind("agreement", 0) == 0; }) ==
          3);
    const auto two = events_of({"Peru hosted the president of Chile on Friday.", "The leaders issued a joint statement."});
    CHECK(std::count_if(two.begin(), two.end(), [](const std::string& e) { return e.rfind("agreement", 0) == 0; }) == 1);
  }

  TEST_CASE("the month May is no modal 'may'") {
    CHECK(events_of({"The Peruvian president made a trip to Chile in May."}) == std::vector<std::string>{"visit PER>CHL"});
    CHECK(events_of({"The Peruvian president may make a trip to Chile."}).empty());
  }

  TEST_CASE("guests of a host visit the host's state") {
    CHECK(events_of({"The Chilean and Bolivian presidents were guests of the Peruvian president in Lima in April."}) ==
          std::vector<std::string>{"visit CHL>PER", "visit BOL>PER"});
  }

  TEST_CASE("recalling one's own ambassadors to a state sanctions that state") {
    CHECK(events_of({"Peru recalled the Peruvian ambassadors to Chile and Bolivia."}) ==
          std::vector<std::string>{"sanction PER>CHL", "sanction PER>BOL"});
    CHECK(events_of({"Peru ordered the return of the Peruvian ambassador to Chile."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru withdrew its ambassador to Chile."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru expelled the Chilean ambassador."}) == std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("speaking or saying something in a foreign city is being there; at home it is no visit") {
    CHECK(events_of({"The Peruvian president, speaking in Santiago on Monday, praised the port deal."}) ==
          std::vector<std::string>{"visit PER>CHL"});
    CHECK(events_of({"The Peruvian president, speaking in Lima, praised the port deal."}).empty());
    CHECK(events_of({"The Peruvian president said in a statement that the deal was good."}).empty());
  }

  TEST_CASE("a religious leader, rebels or activists named by a demonym are no act of their state") {
    CHECK(events_of({"The Peruvian president received a Chilean religious leader close to the opposition."}).empty());
    CHECK(events_of({"The Peruvian president received Chilean activists."}).empty());
  }

  TEST_CASE("joining another state's president at an event is a meeting") {
    CHECK(events_of({"The Peruvian president joined President Ana Ruiz of Chile at a parade."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("calls by telephone or video are meetings; a council is no person's name") {
    CHECK(events_of({"Peru's president spoke by telephone from his office with Chile's Sovereign Council chairman."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"Peru and Chile held a video call on Tuesday."}) == std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("crossing into a state is a visit; a joint news conference is a meeting") {
    CHECK(events_of({"The Peruvian president crossed into Chile by road."}) == std::vector<std::string>{"visit PER>CHL"});
    CHECK(events_of({"Peru's president spoke at a joint news conference with Chile's president."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("'travelled there' goes to the place last named; 'there were' is no place") {
    CHECK(events_of({"Peru's president visited Santiago in March, and Bolivia's president travelled there in May."}) ==
          std::vector<std::string>{"visit PER>CHL", "visit BOL>CHL"});
    CHECK(events_of({"Peru is a neighbour of Chile.", "There were talks in Lima."}).empty());
  }

  TEST_CASE("entry bans, ambassadors summoned home or recalled from a city, blame declared") {
    CHECK(events_of({"Peru and Chile said they were banning entry to a group of Bolivian officials."}) ==
          std::vector<std::string>{"sanction PER>BOL", "sanction CHL>BOL"});
    CHECK(events_of({"Peru summoned its ambassador home from Santiago."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru recalled the ambassador of Peru in Santiago."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru declared that Chile was responsible for the attack."}) ==
          std::vector<std::string>{"reject PER>CHL"});
  }

  TEST_CASE("relations re-established or resumed are an agreement; an offensive halted is none; one 'in' a place is") {
    CHECK(events_of({"Peru and Chile resumed diplomatic ties on Monday."}) == std::vector<std::string>{"agreement PER>CHL"});
    CHECK(events_of({"Peru and Chile re-established full diplomatic relations in 2023."}) ==
          std::vector<std::string>{"agreement PER>CHL"});
    CHECK(events_of({"Peru agreed to halt its offensive in northern Chile."}).empty());
    CHECK(events_of({"Peru's military offensive in Bolivia went on."}) == std::vector<std::string>{"conflict PER>BOL"});
  }

  TEST_CASE("a state called another's backer supports it") {
    CHECK(events_of({"Peru has been one of Chile's staunchest backers."}) == std::vector<std::string>{"support PER>CHL"});
    CHECK(events_of({"Peru and Bolivia, once rivals, are among Santiago's strongest supporters."}) ==
          std::vector<std::string>{"support PER>CHL", "support BOL>CHL"});
    CHECK(events_of({"Chile's backers met in Lima."}).empty());
  }

  TEST_CASE("a forum named after 'on the sidelines of' is never the other party guessed for a meeting") {
    const auto found = events_of({"Peru's president and the crown prince met on the sidelines of the UN General Assembly."});
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& e) { return e.find(">UN") != std::string::npos; }));
  }

  TEST_CASE("agreeing to review or discuss something concludes no agreement") {
    CHECK(events_of({"Peru has agreed to review the duties on Chilean wine."}).empty());
    CHECK(events_of({"Peru agreed to restore ties with Chile."}) == std::vector<std::string>{"agreement PER>CHL"});
  }

  TEST_CASE("'a sign of' goodwill is no signing") {
    CHECK(events_of({"Peru saw it as a sign of goodwill toward Chile."}).empty());
  }

  TEST_CASE("a word class in a trigger phrase matches any word of that class") {
    CHECK(events_of({"Peru sent air defence systems to Chile on Monday."}) == std::vector<std::string>{"aid PER>CHL"});
    CHECK(events_of({"Peru announced a new military aid package for Bolivia."}) ==
          std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"Peru carried out airstrikes inside Bolivia."}) == std::vector<std::string>{"conflict PER>BOL"});
    // A word outside the class: no aid.
    CHECK(events_of({"Peru sent a letter to Chile on Monday."}).empty());
  }

  TEST_CASE("stopping or ceasing an act is not the act") {
    CHECK(events_of({"Peru stopped sending military aid to Bolivia last year."}).empty());
  }

  TEST_CASE("protests lodged or filed, regret expressed and recognition refused are rejections") {
    CHECK(events_of({"Peru filed a diplomatic protest against Chile."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Lima lodged stern representations with Santiago."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru expressed deep regret over Chile's decision."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru does not recognise Bolivia's claim."}) == std::vector<std::string>{"reject PER>BOL"});
  }

  TEST_CASE("armed forces that clash are in conflict; leaders who clash are not") {
    CHECK(events_of({"Peruvian and Chilean forces clashed on the border."}) ==
          std::vector<std::string>{"conflict PER>CHL"});
    CHECK(events_of({"Peru and Chile clashed over fishing rights."}).empty());
  }

  TEST_CASE("an event noun in an opening phrase is the act of the main clause's subject") {
    CHECK(events_of({"During a visit to Lima on Monday, Chilean President Gabriel Boric said the port would grow."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    // The phrase names its own actor: the trip is not the main clause's.
    const auto own = events_of({"After Chile's president posted photos from a trip to Chilean islands, Peru's ministers said little."});
    CHECK(std::find(own.begin(), own.end(), "visit PER>CHL") == own.end());
  }

  TEST_CASE("talking to reporters is no meeting with the state in the sentence") {
    const auto found = events_of({"In Lima, Chile's president spoke to reporters on Monday."});
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& e) { return e.rfind("meeting", 0) == 0; }));
    CHECK(events_of({"Chile's president spoke to Peru's president on Monday."}) == std::vector<std::string>{"meeting CHL>PER"});
  }

  TEST_CASE("a return from a capital ends a visit; weight thrown behind a state is support") {
    CHECK(events_of({"Chile's president returned from Lima on Monday."}) == std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"Peru threw its weight behind Bolivia."}) == std::vector<std::string>{"support PER>BOL"});
  }

  TEST_CASE("a passive act names its agent after 'by' or 'by the' and its target after 'on'") {
    CHECK(events_of({"Sanctions were imposed on Bolivia by the United States."}) ==
          std::vector<std::string>{"sanction USA>BOL"});
    CHECK(events_of({"Peru was hit with new sanctions by the European Union."}) ==
          std::vector<std::string>{"sanction EU>PER"});
  }

  TEST_CASE("strikes that killed, attacks that hit and vows to respond") {
    CHECK(events_of({"Peruvian airstrikes killed 30 people in Bolivia."}) == std::vector<std::string>{"conflict PER>BOL"});
    CHECK(events_of({"Peru vowed to respond to Chilean military drills."}) == std::vector<std::string>{"threat PER>CHL"});
  }

  TEST_CASE("an invasion named without its victim is of the state the story names most, not of one in the sentence") {
    const auto found = events_of({"Bolivia asked its neighbours for help.", "Bolivia's army regrouped in the east.",
                                  "Chile condemned the Peruvian invasion."});
    CHECK(std::find(found.begin(), found.end(), "conflict PER>BOL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "conflict PER>CHL") == found.end());
  }

  TEST_CASE("a flight from one capital to another visits the second") {
    CHECK(events_of({"Chile's foreign minister flew directly from Lima to La Paz on Monday."}) ==
          std::vector<std::string>{"visit CHL>BOL"});
  }

  TEST_CASE("what a state denied doing, in a 'that' clause, is no act") {
    const auto found = events_of({"Peru denied that it had supplied weapons to Bolivia."});
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& e) { return e.rfind("aid", 0) == 0; }));
    CHECK(events_of({"Peru supplied weapons to Bolivia."}) == std::vector<std::string>{"aid PER>BOL"});
  }

  TEST_CASE("abbreviations news uses for states are mentions of them") {
    CHECK(events_of({"PNG signed a defence pact with Australia."}) == std::vector<std::string>{"agreement PNG>AUS"});
    CHECK(events_of({"The ROC signed a trade pact with Paraguay."}) == std::vector<std::string>{"agreement TWN>PRY"});
  }

  TEST_CASE("what a state said of another's interference, provocations or responsibility rejects it") {
    CHECK(events_of({"Peru said Chile's statement was an attempt to interfere in its internal affairs."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said Chile bore responsibility for the attack."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru urged Chile to stop its provocations."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Lima expressed strong dissatisfaction with Santiago's decision."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said Chile's decision was sound."}).empty());
  }

  TEST_CASE("a leader who hosts another meets them; a state hosting talks does not") {
    CHECK(events_of({"Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago."}) ==
          std::vector<std::string>{"visit PER>CHL", "meeting PER>CHL"});
    CHECK(events_of({"Chile hosted delegations from Peru and Bolivia."}) ==
          std::vector<std::string>{"visit PER>CHL", "visit BOL>CHL"});
  }

  TEST_CASE("views exchanged, forums co-chaired and welcome ceremonies are meetings") {
    CHECK(events_of({"Peru's president exchanged views with the Chilean president."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"Peru's president held a welcome ceremony for the Chilean president."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("ties ended, crossings shut and states put on lists are sanctions, not agreements") {
    CHECK(events_of({"Peru revoked its military agreement with Chile."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru shut its border crossings with Bolivia."}) == std::vector<std::string>{"sanction PER>BOL"});
    CHECK(events_of({"Peru placed Chile back on its list of hostile states."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("a decision welcomed is supported; a pledge is aid only when it pledges something given") {
    CHECK(events_of({"Peru welcomed Chile's decision."}) == std::vector<std::string>{"support PER>CHL"});
    CHECK(events_of({"Peru pledged its support to Chile."}) == std::vector<std::string>{"support PER>CHL"});
    CHECK(events_of({"Peru pledged 40 million dollars to Bolivia."}) == std::vector<std::string>{"aid PER>BOL"});
    const auto promise = events_of({"Peru pledged to stand by Bolivia."});
    CHECK(std::none_of(promise.begin(), promise.end(), [](const std::string& e) { return e.rfind("aid", 0) == 0; }));
    CHECK(events_of({"Peru sold fighter jets to Bolivia."}) == std::vector<std::string>{"aid PER>BOL"});
  }

  TEST_CASE("vows of revenge, warnings issued and promises to crush or respond are threats") {
    CHECK(events_of({"Peru vowed revenge against Chile."}) == std::vector<std::string>{"threat PER>CHL"});
    CHECK(events_of({"Peru issued a stern warning to Bolivia."}) == std::vector<std::string>{"threat PER>BOL"});
    CHECK(events_of({"Peru said it would respond forcefully to any Chilean aggression."}) ==
          std::vector<std::string>{"threat PER>CHL"});
  }

  TEST_CASE("agreeing that something is true is no agreement") {
    CHECK(events_of({"Peru's president agreed in an interview that Chile had a point."}).empty());
    CHECK(events_of({"Peru and Chile agreed to restore ties."}) == std::vector<std::string>{"agreement PER>CHL"});
    CHECK(events_of({"Peru and Chile agreed that the border must stay open."}) ==
          std::vector<std::string>{"agreement PER>CHL"});
  }

  TEST_CASE("a visit or talks that ended took place; aid that ended did not") {
    CHECK(events_of({"Peru's president ended a visit to Chile on Monday."}) == std::vector<std::string>{"visit PER>CHL"});
    CHECK(events_of({"Peru ended its military aid to Bolivia."}).empty());
  }

  TEST_CASE("a compound adjective like 'Peruvian-backed' reports no act") {
    CHECK(events_of({"Peruvian-backed rebels seized a town in Bolivia."}).empty());
    CHECK(events_of({"Chilean and Peruvian troops fought a deadly clash on the border."}) ==
          std::vector<std::string>{"conflict CHL>PER"});
  }

  TEST_CASE("calls on a state to call off or halt an act reject it; soldiers trained are aid") {
    CHECK(events_of({"Peru called on Bolivia to call off the missile launch."}) ==
          std::vector<std::string>{"reject PER>BOL"});
    CHECK(events_of({"Peru urged Chile to halt the drilling."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru has trained thousands of Bolivian soldiers."}) == std::vector<std::string>{"aid PER>BOL"});
  }

  TEST_CASE("states that founded or set up something together agree; a body founded by one does not") {
    CHECK(events_of({"Peru, Chile and Bolivia founded the council in 1995."}) ==
          std::vector<std::string>{"agreement PER>CHL", "agreement PER>BOL", "agreement CHL>BOL"});
    CHECK(events_of({"Peru and Chile set up a joint commission in 2018."}) ==
          std::vector<std::string>{"agreement PER>CHL"});
    const auto founded_by = events_of({"Chile's minister praised the bank founded by Peru in 2015."});
    CHECK(std::none_of(founded_by.begin(), founded_by.end(), [](const std::string& e) { return e.rfind("agreement", 0) == 0; }));
  }

  TEST_CASE("talks at a seat of government are held in its state") {
    const auto found = events_of({"Peru's president held talks with Chile's president at the Moneda on Monday."});
    CHECK(std::find(found.begin(), found.end(), "meeting PER>CHL") != found.end());
    const auto kremlin = events_of({"Peru's president met Russia's president at the Kremlin on Monday."});
    CHECK(std::find(kremlin.begin(), kremlin.end(), "visit PER>RUS") != kremlin.end());
  }

  TEST_CASE("blocs agree with each other; the Commission acts for the EU; negotiations concluded are an agreement") {
    CHECK(events_of({"The EU and Mercosur signed a trade agreement."}) == std::vector<std::string>{"agreement EU>MERCOSUR"});
    CHECK(events_of({"The European Commission and Albania signed an accord."}) ==
          std::vector<std::string>{"agreement EU>ALB"});
    CHECK(events_of({"Peru and Chile concluded negotiations on a fisheries pact."}) ==
          std::vector<std::string>{"agreement PER>CHL"});
    CHECK(events_of({"A ceasefire between Peru and Bolivia took effect."}) == std::vector<std::string>{"agreement PER>BOL"});
  }

  TEST_CASE("questioned results, demanded apologies and complaints about a state are rejections") {
    CHECK(events_of({"Peru questioned the legitimacy of Bolivia's election."}) == std::vector<std::string>{"reject PER>BOL"});
    CHECK(events_of({"Peru demanded a public apology from Chile."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru complained to the UN about Chile's naval drills."}) == std::vector<std::string>{"reject PER>CHL"});
  }

  TEST_CASE("agreeing to keep talking or to prepare something concludes nothing yet") {
    CHECK(events_of({"Peru and Chile agreed to keep the negotiations going."}).empty());
    CHECK(events_of({"Peru and Chile agreed to prepare a package of measures."}).empty());
  }

  TEST_CASE("a discussed topic named by a demonym is no party; talks one 'is to' hold are planned") {
    const auto topic = events_of({"Peru's president discussed the Bolivian gas pipeline on Monday."});
    CHECK(std::find(topic.begin(), topic.end(), "meeting PER>BOL") == topic.end());
    CHECK(events_of({"Peru's president is to hold talks with Chile's president next week."}).empty());
  }

  TEST_CASE("past a comma, 'his' points back at the sentence's subject, not its object") {
    const auto found = events_of({"Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in "
                                  "Lima on Wednesday, the second day of his state visit."});
    CHECK(std::find(found.begin(), found.end(), "visit CHL>PER") != found.end());
    CHECK(std::find(found.begin(), found.end(), "visit PER>CHL") == found.end());
  }

  TEST_CASE("a place after 'from' is where a traveller came from, not a fellow traveller") {
    const auto found = events_of({"From Lima Chile's president flew to La Paz on Tuesday."});
    CHECK(std::find(found.begin(), found.end(), "visit CHL>BOL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "visit PER>BOL") == found.end());
  }

  TEST_CASE("a quotation of censure opening the sentence rejects whom it names, for the speaker after it") {
    CHECK(events_of({"\"Chile's claims are baseless,\" Peru's foreign ministry said."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"\"This is unacceptable,\" the Peruvian foreign ministry said of Chile's actions."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"\"Chile's offer is not a provocation,\" Peru's foreign ministry said."}).empty());
  }

  TEST_CASE("after ', and' a clause's 'he' is the sentence's subject, and its place is no venue of the talks before") {
    const auto found = events_of({"Chilean Foreign Minister Alberto van Klaveren visited Lima, where he held talks with "
                                  "Peruvian President Dina Boluarte, and on Monday he was received in La Paz by "
                                  "Bolivian President Luis Arce."});
    CHECK(std::find(found.begin(), found.end(), "visit CHL>BOL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "visit PER>BOL") == found.end());
  }

  TEST_CASE("relations normalised are an agreement") {
    CHECK(events_of({"Peru and Chile normalised relations in 1995."}) == std::vector<std::string>{"agreement PER>CHL"});
  }

  TEST_CASE("lunches and dinners together are meetings") {
    CHECK(events_of({"Peru's president had lunch with Chile's president."}) == std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"Peru's president hosted a dinner for Bolivia's president."}) ==
          std::vector<std::string>{"meeting PER>BOL"});
  }

  TEST_CASE("countermeasures and diplomats ordered out are sanctions") {
    CHECK(events_of({"Peru announced countermeasures against nine Chilean firms."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Peru asked Chile to withdraw dozens of diplomats."}) == std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("aid received or arms bought from a state come from it") {
    CHECK(events_of({"Peru received 60 million dollars in aid from Chile."}) == std::vector<std::string>{"aid CHL>PER"});
    CHECK(events_of({"Peru secured a large loan from the IMF."}) == std::vector<std::string>{"aid IMF>PER"});
    CHECK(events_of({"Peru buys most of its weapons from Russia."}) == std::vector<std::string>{"aid RUS>PER"});
    CHECK(events_of({"Peru received a letter from Chile."}).empty());
  }

  TEST_CASE("the mediator of 'EU-mediated talks' is no party; counterparts confer") {
    const auto talks = events_of({"Peru and Chile resumed EU-mediated talks on Monday."});
    CHECK(talks == std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"Peru conferred with Chile's president on Monday."}) == std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("an outbreak of fighting in a sentence naming no actor is between the two states in focus") {
    const auto fighting = events_of({"Peru and Chile exchanged notes on Sunday.", "The fighting broke out on Monday."});
    CHECK((std::find(fighting.begin(), fighting.end(), "conflict PER>CHL") != fighting.end() ||
           std::find(fighting.begin(), fighting.end(), "conflict CHL>PER") != fighting.end()));
    // States named later in the sentence, mediators here, are not the two sides.
    const auto mediated = events_of({"Peru and Chile exchanged notes on Sunday.",
                                     "The fighting broke out on Monday and a truce arranged by Brazil and Argentina failed."});
    CHECK((std::find(mediated.begin(), mediated.end(), "conflict PER>CHL") != mediated.end() ||
           std::find(mediated.begin(), mediated.end(), "conflict CHL>PER") != mediated.end()));
    const auto dispute = events_of({"Peru and Chile exchanged notes on Sunday.", "A dispute broke out on Monday."});
    CHECK(std::none_of(dispute.begin(), dispute.end(), [](const std::string& e) { return e.rfind("conflict", 0) == 0; }));
  }

  TEST_CASE("a state's military operation in another is conflict") {
    CHECK(events_of({"Peru's military operation in Bolivia went on."}) == std::vector<std::string>{"conflict PER>BOL"});
  }

  TEST_CASE("a courtesy call on a leader is a meeting") {
    CHECK(events_of({"Peru's foreign minister paid a courtesy call on Chile's president."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("names on the two sides of an opening clause's comma are no list") {
    const auto found = events_of({"Two years after Russia invaded Ukraine, Peru and Chile remain among Kyiv's backers."});
    CHECK(std::find(found.begin(), found.end(), "conflict RUS>UKR") != found.end());
    CHECK(std::find(found.begin(), found.end(), "conflict RUS>PER") == found.end());
    CHECK(std::find(found.begin(), found.end(), "support PER>UKR") != found.end());
    CHECK(std::find(found.begin(), found.end(), "support RUS>UKR") == found.end());
  }

  TEST_CASE("aid a state blocked is no aid") {
    const auto found = events_of({"Peru blocked EU aid packages for Bolivia."});
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& e) { return e.rfind("aid", 0) == 0; }));
  }

  TEST_CASE("a possessive names no actor that would rule a state out as an invasion's victim") {
    const auto found = events_of({"Bolivia asked its neighbours for help.", "Bolivia's army regrouped in the east.",
                                  "Chile has been one of Bolivia's staunchest backers since Peru's full-scale invasion."});
    CHECK(std::find(found.begin(), found.end(), "conflict PER>BOL") != found.end());
  }

  TEST_CASE("guests of a host visit the host's state") {
    CHECK(events_of({"In May the Chilean president was Lula's guest in Brasilia."}) ==
          std::vector<std::string>{"visit CHL>BRA"});
  }

  TEST_CASE("doctors, advisers, food and fuel sent, and money deposited, are aid") {
    CHECK(events_of({"Peru sent a team of military doctors to Bolivia."}) == std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"Chile dispatched police advisers to Bolivia."}) == std::vector<std::string>{"aid CHL>BOL"});
    CHECK(events_of({"Peru has shipped fuel to Bolivia since May."}) == std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"Chile deposited 2 billion dollars in Bolivia's central bank."}) ==
          std::vector<std::string>{"aid CHL>BOL"});
    // Troops deployed are no aid: they may be an occupation as well as help.
    CHECK(events_of({"Chile deployed troops to Bolivia."}).empty());
  }

  TEST_CASE("calling for respect for a state's sovereignty or territorial integrity backs it") {
    CHECK(events_of({"Peru called for respect for the territorial integrity of Bolivia."}) ==
          std::vector<std::string>{"support PER>BOL"});
    CHECK(events_of({"Chile urged respect for the sovereignty and territorial integrity of Bolivia."}) ==
          std::vector<std::string>{"support CHL>BOL"});
  }

  TEST_CASE("amounts in a gap do not count as words; bailouts, arms sales and loans of an amount are aid") {
    CHECK(events_of({"Peru pledged $4.5 billion in additional aid to Bolivia."}) ==
          std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"The IMF approved a $3 billion bailout for Bolivia."}) == std::vector<std::string>{"aid IMF>BOL"});
    CHECK(events_of({"Chile extended a loan of 1.5 billion dollars to Bolivia."}) ==
          std::vector<std::string>{"aid CHL>BOL"});
    CHECK(events_of({"Peru approved an arms sale to Bolivia."}) == std::vector<std::string>{"aid PER>BOL"});
    // Money paid into anything but a central bank (compensation, a fund) is no aid.
    CHECK(events_of({"Bolivia deposited $300 million in compensation for Chilean victims."}).empty());
  }

  TEST_CASE("leading a delegation to a state visits it; voting with a state backs it; a tranche paid is aid") {
    CHECK(events_of({"Chile's foreign minister led a trade delegation to Lima on Monday."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"Bolivia voted with Peru against the resolution."}) == std::vector<std::string>{"support BOL>PER"});
    CHECK(events_of({"The EU paid Bolivia the first tranche of the loan in March."}) ==
          std::vector<std::string>{"aid EU>BOL"});
  }

  TEST_CASE("talks in another state's city with no known other side are still a visit there") {
    CHECK(events_of({"The Chilean president held talks in Lima on Monday."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"Chile's president and Zorblat met in Lima on Monday."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    // A host's verb, and a name that only modifies a noun, are no venue.
    const auto received = events_of({"Chile has received billions in U.S. security assistance."});
    CHECK(std::none_of(received.begin(), received.end(), [](const std::string& e) { return e.rfind("visit", 0) == 0; }));
  }

  TEST_CASE("a loan rolled over and money pumped into a state are aid") {
    CHECK(events_of({"Peru rolled over a $2 billion loan to Bolivia in March."}) ==
          std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"Chile pumped $5 billion into Bolivia's economy."}) == std::vector<std::string>{"aid CHL>BOL"});
  }

  TEST_CASE("the host or mediator of talks is no party to them, unless they are its own") {
    const auto hosted = events_of({"Peru and Chile settled the dispute in talks that Bolivia hosted.",
                                   "Peru and Chile made peace after Bolivia brokered the negotiations."});
    CHECK(std::none_of(hosted.begin(), hosted.end(),
                       [](const std::string& e) { return e.rfind("meeting", 0) == 0 && e.find("BOL") != std::string::npos; }));
    const auto final_round = events_of({"Peru and Chile signed the deal in Quito, which hosted the final round of talks."});
    CHECK(std::none_of(final_round.begin(), final_round.end(),
                       [](const std::string& e) { return e.rfind("meeting", 0) == 0 && e.find("ECU") != std::string::npos; }));
    const auto own = events_of({"Peru hosted talks with Chile on Monday."});
    CHECK(std::any_of(own.begin(), own.end(), [](const std::string& e) { return e == "meeting PER>CHL" || e == "meeting CHL>PER"; }));
  }

  TEST_CASE("talks one side insists on or presses for have not happened") {
    CHECK(events_of({"Peru insists on bilateral talks with Chile."}).empty());
    CHECK(events_of({"Chile pressed for talks with Peru."}).empty());
    CHECK(events_of({"The Chilean president was due to leave for Peru later on Monday."}).empty());
  }

  TEST_CASE("a relative clause without 'that' after a plan is told as done") {
    CHECK(events_of({"Peru and Chile will revive an accord they signed in 2001."}) ==
          std::vector<std::string>{"agreement PER>CHL"});
    // "what he called", "and they signed": no relative clause; the plan still blocks.
    CHECK(events_of({"Peru will sign what it called an accord with Chile."}).empty());
  }

  TEST_CASE("hitting out at a state, or taking aim at it, rejects it") {
    CHECK(events_of({"Peru hit out at Chile over the fishing quotas."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Chile took aim at Bolivia's new tariffs."}) == std::vector<std::string>{"reject CHL>BOL"});
  }

  TEST_CASE("ordering a state's forces or diplomats out sanctions it") {
    CHECK(events_of({"Bolivia ordered Chilean special forces out in January."}) ==
          std::vector<std::string>{"sanction BOL>CHL"});
  }

  TEST_CASE("both sides of talks go on together to a joint act after 'and', not to a one-sided one") {
    const auto joint = events_of({"Peru's president visited Chile on Monday.",
                                  "The two presidents discussed Bolivia and agreed to press La Paz."});
    CHECK(std::find(joint.begin(), joint.end(), "agreement PER>CHL") != joint.end());
    CHECK(std::none_of(joint.begin(), joint.end(), [](const std::string& e) {
      return e.rfind("agreement", 0) == 0 && e.find("BOL") != std::string::npos;
    }));
    const auto alone = events_of({"Peru signed a pact with Chile and sent arms to Chile."});
    CHECK(std::find(alone.begin(), alone.end(), "aid PER>CHL") != alone.end());
  }

  TEST_CASE("states that clashed with another over a decision rejected it; troops that clashed fought") {
    CHECK(events_of({"Peru has clashed with Chile's government over the new quotas."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    const auto fought = events_of({"Peruvian and Chilean troops clashed on the border on Monday."});
    CHECK(std::find(fought.begin(), fought.end(), "conflict PER>CHL") != fought.end());
  }

  TEST_CASE("calling a state's leader a murderer or a dictator rejects the state") {
    const auto found = events_of({"Chile's President Ana Soto met Peru's President Luis Paz.",
                                  "Soto has called Paz a dictator."});
    CHECK(std::find(found.begin(), found.end(), "reject CHL>PER") != found.end());
  }

  TEST_CASE("vowing to crush, destroy or punish a state threatens it") {
    CHECK(events_of({"Peru vowed to crush any Chilean incursion."}) == std::vector<std::string>{"threat PER>CHL"});
    CHECK(events_of({"Chile vowed to punish Bolivia for the attack."}) == std::vector<std::string>{"threat CHL>BOL"});
  }

  TEST_CASE("the first leader to visit a state visited it; a brief conversation is a meeting") {
    CHECK(events_of({"Peru's president became the first Peruvian leader to visit Chile in ten years."}) ==
          std::vector<std::string>{"visit PER>CHL"});
    CHECK(events_of({"Peru's president plans to visit Chile."}).empty());
    CHECK(events_of({"Peru's president and Chile's president had a brief conversation on Monday."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("arms sent to a state named right after the verb, deposits and credit lines extended, money allocated") {
    CHECK(events_of({"Peru sent Bolivia a new radar system on Monday."}) ==
          std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"Chile extended a $3 billion deposit to Bolivia's central bank."}) ==
          std::vector<std::string>{"aid CHL>BOL"});
    CHECK(events_of({"Peru extended a $4 billion credit line to Bolivia in 2022."}) ==
          std::vector<std::string>{"aid PER>BOL"});
    CHECK(events_of({"The EU allocated 500 million euros to Bolivia for its police."}) ==
          std::vector<std::string>{"aid EU>BOL"});
    // A message or an envoy sent is no aid.
    CHECK(events_of({"Peru sent Bolivia a message on Monday."}).empty());
  }

  TEST_CASE("downgrading or scaling back ties with a state sanctions it") {
    CHECK(events_of({"Peru downgraded ties with Chile in November."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Chile scaled back its diplomatic ties with Bolivia."}) ==
          std::vector<std::string>{"sanction CHL>BOL"});
  }

  TEST_CASE("concluding talks on a pact is an agreement") {
    const auto found = events_of({"Peru and Chile concluded talks on a new trade pact on Friday."});
    CHECK(std::find(found.begin(), found.end(), "agreement PER>CHL") != found.end());
  }

  TEST_CASE("a leader speaking or announcing in another state's city is there") {
    CHECK(events_of({"Speaking in Lima on Monday, the Chilean president praised the talks."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"The Chilean president announced in Lima that aid would follow."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    // In one's own capital it is no visit.
    CHECK(events_of({"The Chilean president announced in Santiago that aid would follow."}).empty());
  }

  TEST_CASE("giving a state's forces or envoy a deadline to leave sanctions it") {
    CHECK(events_of({"Bolivia gave Chilean special forces one month to leave."}) ==
          std::vector<std::string>{"sanction BOL>CHL"});
    CHECK(events_of({"Peru gave the Chilean ambassador 72 hours to leave."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("leaders who talked by telephone, spoke on the phone or dialled each other met") {
    CHECK(events_of({"Peru's president and Chile's president talked by telephone on Friday."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"The Peruvian and Chilean foreign ministers spoke on the phone on Monday."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"Peru's president dialled Chile's president on Wednesday."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("visa stops, embassy closures, staff cuts and orders to pull diplomats sanction a state") {
    CHECK(events_of({"Peru suspended the issuance of visas to Bolivia on Monday."}) ==
          std::vector<std::string>{"sanction PER>BOL"});
    CHECK(events_of({"Chile decided to suspend the work of its embassy in La Paz."}) ==
          std::vector<std::string>{"sanction CHL>BOL"});
    CHECK(events_of({"Peru decided to shrink the Bolivian embassy."}) == std::vector<std::string>{"sanction PER>BOL"});
    CHECK(events_of({"Bolivia ordered Chile and Peru to withdraw their diplomats."}) ==
          std::vector<std::string>{"sanction BOL>CHL", "sanction BOL>PER"});
    CHECK(events_of({"Peru tightened controls on exports of copper to Chile."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("demands to lift or withdraw a measure and serious concerns reject it") {
    CHECK(events_of({"Lima urged Santiago to withdraw the measure."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru had serious concerns about the vote in Bolivia."}) ==
          std::vector<std::string>{"reject PER>BOL"});
  }

  TEST_CASE("a promise to answer a move in kind threatens its author") {
    CHECK(events_of({"Bolivia said it would not leave the Chilean move without an answer."}) ==
          std::vector<std::string>{"threat BOL>CHL"});
    CHECK(events_of({"Peru reserved the right to respond to the Chilean provocation."}) ==
          std::vector<std::string>{"threat PER>CHL"});
  }

  TEST_CASE("troops pouring into a state, soldiers fighting and land retaken are conflict") {
    CHECK(events_of({"Peruvian troops poured into Bolivia."}) == std::vector<std::string>{"conflict PER>BOL"});
    CHECK(events_of({"Chile retook the valley from Peruvian forces."}) == std::vector<std::string>{"conflict CHL>PER"});
  }

  TEST_CASE("talks by phone in the perfect, sitting down with and hours spent together are meetings") {
    CHECK(events_of({"Peru's foreign minister has spoken by phone with his Chilean counterpart."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"The Peruvian president spent three hours with the Chilean president."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
  }

  TEST_CASE("a capital named by its state's demonym is a place, not a party") {
    const auto found = events_of({"Peru and Chile held talks in the Bolivian capital."});
    CHECK(std::find(found.begin(), found.end(), "meeting PER>CHL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "visit PER>BOL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "meeting PER>BOL") == found.end());
  }

  TEST_CASE("a list of names in a trigger's gap counts as one word") {
    CHECK(events_of({"Bolivia told Chile, Peru, Costa Rica and Uruguay to withdraw their diplomats."}) ==
          std::vector<std::string>{"sanction BOL>CHL", "sanction BOL>PER", "sanction BOL>CRI", "sanction BOL>URY"});
  }

  TEST_CASE("'the four', 'the five countries' name the last list of that many states") {
    CHECK(events_of({"Chile, Peru, Panama and Uruguay criticised the vote.", "Bolivia accused the four of meddling."}) ==
          std::vector<std::string>{"reject BOL>CHL", "reject BOL>PER", "reject BOL>PAN", "reject BOL>URY"});
    // A number that no list had names no four states.
    CHECK(events_of({"Chile and Peru criticised the vote.", "Bolivia accused the four of meddling."}).size() < 4);
  }

  TEST_CASE("a city that seats an organisation is that organisation as an actor, its state as a place") {
    CHECK(events_of({"Chile struck a trade deal with Brussels."}) == std::vector<std::string>{"agreement CHL>EU"});
    CHECK(events_of({"The Chilean president held talks in Brussels."}) == std::vector<std::string>{"visit CHL>BEL"});
  }

  TEST_CASE("shutting the border or stopping visas with no object named sanctions the other state in focus") {
    CHECK(events_of({"Peru accused Bolivia of smuggling.", "On Monday Peru shut the border."}) ==
          std::vector<std::string>{"reject PER>BOL", "sanction PER>BOL"});
    // Other sanctions guess no target.
    CHECK(events_of({"Peru accused Bolivia of smuggling.", "On Monday Peru suspended the three."}) ==
          std::vector<std::string>{"reject PER>BOL"});
  }

  TEST_CASE("a verb joined to a host's welcome goes on with the host, not the guest") {
    const auto found = events_of({"Peru's president welcomed Chile's president to Lima and lavished praise on Bolivia."});
    CHECK(std::find(found.begin(), found.end(), "support PER>BOL") != found.end());
    CHECK(std::find(found.begin(), found.end(), "support CHL>BOL") == found.end());
  }

  TEST_CASE("telling a leader by telephone is a call; drills near a border threaten; calling a vote a fraud rejects") {
    CHECK(events_of({"The Peruvian president told Chile's president by telephone that talks would go on."}) ==
          std::vector<std::string>{"meeting PER>CHL"});
    CHECK(events_of({"Peru staged military drills close to the Bolivian border."}) ==
          std::vector<std::string>{"threat PER>BOL"});
    CHECK(events_of({"Chile called the result of the Bolivian vote a fraud."}) ==
          std::vector<std::string>{"reject CHL>BOL"});
  }

  TEST_CASE("attending an inauguration in a city visits its state; deploying police to a state aids it") {
    CHECK(events_of({"The Chilean president attended the inauguration in Lima on Sunday."}) ==
          std::vector<std::string>{"visit CHL>PER"});
    CHECK(events_of({"Chile deployed 200 police officers to Bolivia on Monday."}) ==
          std::vector<std::string>{"aid CHL>BOL"});
  }

  TEST_CASE("a promise of further measures threatens; insults and demands for an apology reject") {
    CHECK(events_of({"Peru said it would take further measures against Chile if necessary."}) ==
          std::vector<std::string>{"threat PER>CHL"});
    CHECK(events_of({"Peru said the Chilean president had insulted its people."}) ==
          std::vector<std::string>{"reject CHL>PER"});
  }

  TEST_CASE("an organisation listed with a state before 'held talks' is a party, not the forum") {
    CHECK(events_of({"Chile and the European Union held talks on Monday."}) ==
          std::vector<std::string>{"meeting CHL>EU"});
  }

  TEST_CASE("condemning an attack whose author goes unnamed rejects nobody") {
    CHECK(events_of({"Peru accused Bolivia of smuggling.", "Chile condemned the attack on Monday."}) ==
          std::vector<std::string>{"reject PER>BOL"});
    CHECK(events_of({"Chile condemned the Peruvian attack on Monday."}) == std::vector<std::string>{"reject CHL>PER"});
  }

  TEST_CASE("common wire phrasings of rejection, sanction, visit and support are read") {
    CHECK(events_of({"Chile took issue with the Peruvian remarks."}) == std::vector<std::string>{"reject CHL>PER"});
    CHECK(events_of({"Peru imposed a ban on Chilean fish."}) == std::vector<std::string>{"sanction PER>CHL"});
    CHECK(events_of({"Bolivia cut off gas supplies to Chile."}) == std::vector<std::string>{"sanction BOL>CHL"});
    CHECK(events_of({"The Peruvian president made a stop in Santiago."}) == std::vector<std::string>{"visit PER>CHL"});
    CHECK(events_of({"Peru threw its support behind Bolivia."}) == std::vector<std::string>{"support PER>BOL"});
  }

  TEST_CASE("a judgement on a plan is made; one that itself says 'no' is a censure; a supposed one is not") {
    CHECK(events_of({"Peru said the Chilean plan was unacceptable."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said the Chilean claims had no basis."}) == std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said it would not accept the Chilean demands."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru said a Chilean blockade would be a violation of its sovereignty."}).empty());
  }

  TEST_CASE("a censured actor is sought in the judged clause only, not past a semicolon") {
    CHECK(events_of({"Peru called the raid heinous; Chile said it was in contact with Lima."}).empty());
    CHECK(events_of({"Peru called the Chilean raid barbaric."}) == std::vector<std::string>{"reject PER>CHL"});
  }

  TEST_CASE("states listed together forming an alliance agree; one state with rebels does not") {
    CHECK(events_of({"Peru, Chile and Bolivia formed an alliance in May."}) ==
          std::vector<std::string>{"agreement PER>CHL", "agreement PER>BOL", "agreement CHL>BOL"});
    CHECK(events_of({"Peru formed an alliance with the rebels."}).empty());
  }

  TEST_CASE("commentators warn for no state; a warning against a thing guesses no target") {
    CHECK(events_of({"Peru and Chile quarrelled.", "Business leaders on both sides have warned of losses."}).empty());
    CHECK(events_of({"Economists had warned Chile about the tariffs."}).empty());
    CHECK(events_of({"Peru and Chile quarrelled.", "Bolivia has warned against any change of borders."}).empty());
    CHECK(events_of({"Bolivia warned Chile against any change of borders."}) ==
          std::vector<std::string>{"threat BOL>CHL"});
  }

  TEST_CASE("joining or quitting an organisation is an agreement or a sanction; a summit is not joined") {
    CHECK(events_of({"Peru formally joined the OECD on Tuesday."}) == std::vector<std::string>{"agreement PER>OECD"});
    CHECK(events_of({"Chile joined Peru in protesting."}).empty());
    CHECK(events_of({"Chile's president joined the summit of the OECD in May."}).empty());
    CHECK(events_of({"Bolivia was quitting the OECD, its president said."}) ==
          std::vector<std::string>{"sanction BOL>OECD"});
    CHECK(events_of({"Peru had broken off relations with Chile in 2019."}) ==
          std::vector<std::string>{"sanction PER>CHL"});
  }

  TEST_CASE("people held in a state are detained there, not hosted") {
    CHECK(events_of({"Two Chilean citizens who had been held in Peru landed in Bolivia."}).empty());
    CHECK(events_of({"The hostages held in Peru were freed, Chile said."}).empty());
    CHECK(events_of({"Talks between Chile and Bolivia were held in Peru."}) ==
          std::vector<std::string>{"meeting CHL>BOL", "visit CHL>PER", "visit BOL>PER"});
  }

  TEST_CASE("standing with a state, shaking hands, countermeasures and votes in favour") {
    CHECK(events_of({"Chile said on Sunday that it would stand with Peru."}) == std::vector<std::string>{"support CHL>PER"});
    CHECK(events_of({"The leaders of Chile and Peru shook hands in Lima."}) ==
          std::vector<std::string>{"meeting CHL>PER", "visit CHL>PER"});
    CHECK(events_of({"Chile shook hands with Peru at the summit."}) == std::vector<std::string>{"meeting CHL>PER"});
    CHECK(events_of({"Chile said it would take countermeasures against Peru."}) ==
          std::vector<std::string>{"threat CHL>PER"});
    CHECK(events_of({"Bolivia's lawmakers voted in favour of Peru's bid."}) ==
          std::vector<std::string>{"support BOL>PER"});
  }

  TEST_CASE("', as' opens a clause of its own: a warning's object is not sought past it") {
    CHECK(events_of({"Chile said it would not allow anyone to threaten it, as it hosted the president of Peru."}) ==
          std::vector<std::string>{"visit PER>CHL"});
  }

  TEST_CASE("a complaint lodged with a body is against the other state, not the body") {
    CHECK(events_of({"Peru lodged a complaint with the UN Security Council over Chile's raid."}) ==
          std::vector<std::string>{"reject PER>CHL"});
    CHECK(events_of({"Peru, Chile and Bolivia are neighbours.",
                     "Ecuador answered by filing complaints against all three at the WTO."}) ==
          std::vector<std::string>{"reject ECU>PER", "reject ECU>CHL", "reject ECU>BOL"});
  }

  TEST_CASE("declaring a deal void rejects it; a participle in a trigger's gap opens its own clause") {
    CHECK(events_of({"Peru signed a deal with Chile.", "Bolivia declared the Chilean deal null and void."}) ==
          std::vector<std::string>{"agreement PER>CHL", "reject BOL>CHL"});
    CHECK(events_of({"Peru signed a deal with Chile.", "Bolivia signed a law declaring the Chilean deal null and void."}) ==
          std::vector<std::string>{"agreement PER>CHL", "reject BOL>CHL"});
    CHECK(events_of({"Peru signed a fishing deal with Chile."}) == std::vector<std::string>{"agreement PER>CHL"});
  }

  TEST_CASE("the partner of a quarrel named after a trigger is not the trigger's") {
    CHECK(events_of({"Peru signs 20 agreements in Quito as its row with Chile deepens."}).empty());
    CHECK(events_of({"Peru held talks in Quito at the height of its dispute with Chile."}) ==
          std::vector<std::string>{"visit PER>ECU"});
  }

  TEST_CASE("calling on a state to change course rejects its course, whoever calls") {
    CHECK(events_of({"Britain and Peru held a summit.", "The leaders called on Russia to accept a ceasefire."}) ==
          std::vector<std::string>{"meeting GBR>PER", "reject GBR>RUS", "reject PER>RUS"});
    CHECK(events_of({"Chile urged Bolivia to release the sailors."}) == std::vector<std::string>{"reject CHL>BOL"});
    CHECK(events_of({"Chile urged Bolivia to consider a ceasefire."}).empty());
  }

  TEST_CASE("leaders at a meeting in a city, a hotel or a resort of a state visit it") {
    CHECK(events_of({"The deal came at a meeting in a Lima hotel between Gabriel Boric and Luis Arce."}) ==
          std::vector<std::string>{"meeting CHL>BOL", "visit CHL>PER", "visit BOL>PER"});
    CHECK(events_of({"Gabriel Boric and Luis Arce spoke at the forum in that Peruvian resort."}) ==
          std::vector<std::string>{"visit CHL>PER", "visit BOL>PER"});
    // A meeting with private people is no diplomacy.
    CHECK(events_of({"Gabriel Boric held a meeting in Lima with farmers."}).empty());
  }

  TEST_CASE("bringing down or downing an aircraft is an attack") {
    CHECK(events_of({"A Peruvian missile brought down a Chilean drone."}) == std::vector<std::string>{"conflict PER>CHL"});
    CHECK(events_of({"The Peruvian army downed a Chilean jet."}) == std::vector<std::string>{"conflict PER>CHL"});
  }
}
