#include "importers/article/document.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text_normalize.hpp"

using dipgraph::core::Date;
using dipgraph::importers::article::Document;
using dipgraph::importers::article::read_document;

namespace {

std::string layout(const std::string& name) {
  std::ifstream in(std::string(DIPGRAPH_TEST_DATA) + "/articles/layouts/" + name,
                   std::ios::binary);
  REQUIRE_MESSAGE(in, "missing fixture " << name);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Document read_layout(const std::string& name) { return read_document(layout(name), name); }

std::string published(const Document& document) {
  return document.published ? document.published->to_string() : "none";
}

std::vector<std::string> texts(const Document& document) {
  std::vector<std::string> out;
  for (const auto& paragraph : document.body) out.push_back(paragraph.text);
  return out;
}

bool body_contains(const Document& document, std::string_view needle) {
  for (const auto& paragraph : document.body) {
    if (paragraph.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_SUITE("document") {
  TEST_CASE("the dev layout gives headline, date from line 2 and the body after the URL") {
    const auto document = read_layout("dev_layout.txt");
    CHECK(document.id == "dev_layout.txt");
    CHECK(document.headline == "Ministers of Chile and Peru sign a water accord");
    CHECK(published(document) == "2022-05-12");
    CHECK(document.published_from == "header line 2");
    REQUIRE(document.body.size() == 2);
    CHECK(document.body[0].line == 5);
    CHECK(document.body[1].text == "The text was negotiated for two years, officials said.");
    CHECK(document.body[1].line == 7);
  }

  TEST_CASE("a byline with a date dates the page; credits, print-news, dateline and comments go") {
    const auto document = read_layout("byline.txt");
    CHECK(document.headline == "Minister's trip stirs debate in the region");
    CHECK(published(document) == "2024-03-14");
    CHECK(texts(document) ==
          Strings{"Visit seen as a sign of closer ties with the Gulf",
                  "The prime minister greets the visiting minister at the airport in the capital.",
                  "The foreign minister of Qatar arrived in Kabul on Tuesday for a two-day visit.",
                  "Officials said the talks covered trade and border security.",
                  "Relations between the two sides have improved since 2021."});
  }

  TEST_CASE("a city and date line dates the page") {
    const auto document = read_layout("city_date.txt");
    CHECK(published(document) == "2023-12-07");
    CHECK_FALSE(body_contains(document, "Istanbul, 7 December"));
    CHECK(document.body.size() == 2);
  }

  TEST_CASE("'Published June 30,2021' dates the page; navigation and share bars go") {
    const auto document = read_layout("published.txt");
    CHECK(document.headline == "Oman and Iran hold talks on shipping lanes");
    CHECK(published(document) == "2021-06-30");
    CHECK(texts(document) ==
          Strings{"Oman's foreign minister held talks with his Iranian counterpart in Muscat on Tuesday.",
                  "The two sides discussed maritime security, a statement said."});
  }

  TEST_CASE("a two-digit year, a second part over 12 and a numeric date between bars") {
    const auto short_year =
        read_document("Port talks end\nAna Ruiz | Published: 02.15.22, 17:46\n\nChile's envoy left Lima.\n", "y");
    CHECK(published(short_year) == "2022-02-15");
    const auto barred = read_document("Port talks end\nBy Ana Ruiz | 15.02.2022\n\nChile's envoy left Lima.\n", "b");
    CHECK(published(barred) == "2022-02-15");
    const auto section = read_document("Port talks end\nWorld | 02/15/2022 | 17:46\n\nChile's envoy left Lima.\n", "s");
    CHECK(published(section) == "2022-02-15");
  }

  TEST_CASE("an ambiguous numeric date is ordered by its weekday, its clock or the prose") {
    auto date_of = [](const std::string& line, const std::string& body = "Chile's envoy left Lima.") {
      return published(read_document("Port talks end\n" + line + "\n\n" + body + "\n", "x"));
    };
    // 2023-06-07 was a Wednesday, 2023-07-06 a Thursday.
    CHECK(date_of("Wed, 06/07/2023 - 16:15") == "2023-06-07");
    CHECK(date_of("Thu, 06/07/2023 - 16:15") == "2023-07-06");
    // A 24-hour clock is the day-first world's; "am"/"pm" the month-first one's.
    CHECK(date_of("Published: 07/05/2025 - 08:40 (EAT)") == "2025-05-07");
    CHECK(date_of("07/06/2023 16:15 GMT+3") == "2023-06-07");
    CHECK(date_of("Posted 07/06/2023 4:15 PM") == "2023-07-06");
    CHECK(date_of("16:15 07.06.2023") == "2023-06-07");
    // No hint on the line: the prose's own habit decides ("3 May" against "May 3").
    CHECK(date_of("Date: 04-11-2021", "Chile's envoy left Lima on 3 May.") == "2021-11-04");
    CHECK(date_of("Date: 04-11-2021", "Chile's envoy left Lima on May 3.") == "2021-04-11");
    // No hint anywhere: day first, as most of the world writes.
    CHECK(date_of("Date: 04-11-2021") == "2021-11-04");
    CHECK(date_of("Printed edition: 04/11/2021") == "2021-11-04");
    // A weekday between the label and the date.
    CHECK(date_of("Posted: Sun, 04/11/2021 - 11:20") == "2021-04-11");
    CHECK(date_of("Posted: Thu, 04/11/2021 - 11:20") == "2021-11-04");
    // Unambiguous dates ignore every hint.
    CHECK(date_of("Published: 10/24/2023 - 08:40", "He left on 3 May.") == "2023-10-24");
  }

  TEST_CASE("a headline that dates itself dates a page that has no other date") {
    const auto dated = read_document("Briefing of 5 September 2023\n\nChile's envoy left Lima.\n", "h");
    CHECK(published(dated) == "2023-09-05");
    CHECK(dated.published_from == "headline line 1");
    // A date line wins over the headline's.
    const auto both = read_document("Briefing of 5 September 2023\n2023-09-06\n\nChile's envoy left Lima.\n", "b");
    CHECK(published(both) == "2023-09-06");
  }

  TEST_CASE("compact and mixed-case datelines") {
    const auto compact = read_document("Port talks end\n7-Jun-2023\n\nChile's envoy left Lima.\n", "c");
    CHECK(published(compact) == "2023-06-07");
    const auto agency = read_document(
        "Port talks end\nLima, June 7 (Andes Wire): Chile's envoy left Lima.\n\nCopyright 2023 Andes Wire\n", "a");
    CHECK(published(agency) == "2023-06-07");
    CHECK(texts(agency).front() == "Chile's envoy left Lima.");
    const auto dashed = read_document(
        "Port talks end\nQuito, June 7, ANDES -- Chile's envoy left Lima in 2023.\n", "d");
    CHECK(published(dashed) == "2023-06-07");
    CHECK(texts(dashed).front() == "Chile's envoy left Lima in 2023.");
    // A sentence opening with a weekday and a date is no dateline.
    const auto sentence = read_document(
        "Port talks end\n2023-06-09\n\nMonday, June 5 was the day Chile's envoy left Lima.\n", "s");
    CHECK(texts(sentence).front() == "Monday, June 5 was the day Chile's envoy left Lima.");
  }

  TEST_CASE("'Publish Date : 10/4/2023 7:51:04 PM' is read month first") {
    const auto document = read_layout("publish_date_us.txt");
    CHECK(published(document) == "2023-10-04");
    CHECK(document.body.size() == 2);
  }

  TEST_CASE("a dotted date is read day first; a label after a byline bar dates the page") {
    const auto dotted = read_document("Port talks end\n12.10.2023 16:45\n\nChile's envoy left Lima on Tuesday.\n", "d");
    CHECK(published(dotted) == "2023-10-12");
    const auto barred =
        read_document("Port talks end\nBy Ana Ruiz | Published at 10/4/2023 7:51 PM\n\nChile's envoy left Lima on Tuesday.\n", "b");
    CHECK(published(barred) == "2023-10-04");
    const auto on = read_document("Port talks end\nLast updated on 11/28/2023\n\nChile's envoy left Lima.\n", "o");
    CHECK(published(on) == "2023-11-28");
    const auto note = read_document(
        "Port talks end\n\nChile's envoy left Lima on Tuesday.\n\nThis story was first published on May 3, 2024.\n", "n");
    CHECK(published(note) == "2024-05-03");
    const auto tail = read_document(
        "Port talks end\nMar 11, 2023 / 10:15 AM / Updated 2 hours ago\n\nChile's envoy left Lima.\n", "t");
    CHECK(published(tail) == "2023-03-11");
  }

  TEST_CASE("an agency dateline dates the page and is cut from its paragraph") {
    const auto document = read_layout("agency.txt");
    CHECK(published(document) == "2022-03-20");
    REQUIRE_FALSE(document.body.empty());
    CHECK(document.body[0].text ==
          "The Algerian foreign minister received his Tunisian counterpart on Sunday.");
  }

  TEST_CASE("'Written: 2022-12-02 09:43:30' dates the page") {
    const auto document = read_layout("written.txt");
    CHECK(published(document) == "2022-12-02");
    CHECK(document.body.size() == 1);
  }

  TEST_CASE("a place and date opening the first paragraph is a dateline") {
    const auto document = read_layout("dateline_paragraph.txt");
    CHECK(published(document) == "2025-03-06");
    CHECK(document.published_from == "dateline line 3");
    REQUIRE_FALSE(document.body.empty());
    CHECK(document.body[0].text.rfind("Venezuela's government rejected", 0) == 0);
  }

  TEST_CASE("a line holding only a date dates the page, a year in the body does not") {
    const auto document = read_layout("date_only.txt");
    CHECK(published(document) == "2024-11-08");
    CHECK(document.body.size() == 2);
  }

  TEST_CASE("an 'Updated' line dates the page and a byline without a date goes") {
    const auto document = read_layout("updated.txt");
    CHECK(published(document) == "2024-11-28");
    CHECK(texts(document) ==
          Strings{"Officials from Nigeria and Ghana met in Accra on Monday to discuss regional trade."});
  }

  TEST_CASE("a date on the last line dates the page when the header has none") {
    const auto document = read_layout("last_line.txt");
    CHECK(published(document) == "2024-04-12");
    CHECK(document.published_from == "last line 9");
    CHECK_FALSE(body_contains(document, "Buenos Aires, 12 April"));
  }

  TEST_CASE("a date in the URL is the fallback, not a year in the body") {
    const auto document = read_layout("url_date.txt");
    CHECK(published(document) == "2023-10-17");
    CHECK(document.published_from == "url line 2");
    CHECK_FALSE(body_contains(document, "https://"));
  }

  TEST_CASE("a related block at the end is cut, a read-more line inside is dropped") {
    const auto document = read_layout("related.txt");
    CHECK(texts(document) ==
          Strings{"Polish and Ukrainian ministers agreed on Tuesday to reopen a grain transit corridor.",
                  "Trade between the neighbours fell sharply this year.",
                  "The corridor will open next month.", "Officials expect more talks."});
  }

  TEST_CASE("a teaser line with its headline is dropped wherever it stands; a label alone cuts") {
    const auto teaser = read_document(
        "Talks\n2024-01-02\n\nThe ministers met.\n\nREAD ALSO: Markets rally after the vote\n\n"
        "They agreed on a plan.\n\nRelated: Envoys leave the capital\n\nThey left on Friday.\n",
        "t");
    CHECK(texts(teaser) == Strings{"The ministers met.", "They agreed on a plan.", "They left on Friday."});
    const auto block = read_document(
        "Talks\n2024-01-02\n\nThe ministers met.\n\nThey agreed.\n\nRelated stories\n\nEnvoys leave the capital\n",
        "b");
    CHECK(texts(block) == Strings{"The ministers met.", "They agreed."});
  }

  TEST_CASE("the date option wins over the page") {
    const auto document = read_document(layout("byline.txt"), "x", Date::parse("2020-01-02"));
    CHECK(published(document) == "2020-01-02");
    CHECK(document.published_from == "option");
  }

  TEST_CASE("a body without any date leaves the page undated") {
    const auto document =
        read_document("Envoys meet\n\nThe envoys met in 1994 and again in 2001.\n", "x");
    CHECK_FALSE(document.published);
    CHECK(document.headline == "Envoys meet");
    CHECK(document.body.size() == 1);
  }

  TEST_CASE("a short sentence with a date in the header is not a byline") {
    const auto document =
        read_document("Summit ends\nThe summit opened on March 5, 2024.\nLeaders left.\n", "x");
    // Only the last resort dates the page: the latest day its text names.
    CHECK(document.published_from.rfind("latest date in the text", 0) == 0);
    CHECK(document.body.size() == 2);
  }

  TEST_CASE("a page without a date of its own takes the latest day its text names") {
    const auto document = read_document(
        "Envoys meet\n\nThe envoys met on 4 May 2021 after talks on 2 March 2021.\n"
        "A treaty of 12 June 1999 was cited.\n",
        "x");
    REQUIRE(document.published);
    CHECK(document.published->to_string() == "2021-05-04");
  }

  TEST_CASE("a dateline without a year takes the year of the copyright line") {
    const auto document = read_document(
        "Ministers meet\nA caption under the photo.\n\n"
        "NAIROBI, Feb 3 (Agency) - The ministers met on Monday, recalling their 2019 deal.\n\n"
        "(c) 2020 Agency News. All rights reserved.\n",
        "x");
    REQUIRE(document.published);
    CHECK(document.published->to_string() == "2020-02-03");
    const auto body = texts(document);
    CHECK(std::find(body.begin(), body.end(), "The ministers met on Monday, recalling their 2019 deal.") !=
          body.end());
  }

  TEST_CASE("a dateline without a year and no copyright line takes the latest year named") {
    const auto document = read_document(
        "Ministers meet\n\nLIMA, Oct 9 (Agency) - The ministers met again after their 2017 and 2018 talks.\n",
        "x");
    REQUIRE(document.published);
    CHECK(document.published->to_string() == "2018-10-09");
  }

  TEST_CASE("a date after a copyright mark on the last line dates the page") {
    const auto document = read_document(
        "Ministers meet\nEurope desk\n\nThe ministers met on Monday.\n\n(c) Agency 2023 | 8 May 2023\n",
        "x");
    REQUIRE(document.published);
    CHECK(document.published->to_string() == "2023-05-08");
  }

  TEST_CASE("a caption keeps its facts and loses its photo credit") {
    const auto document = read_document(
        "Leaders meet\n2024-01-02\n\nThe president walks with the king after his arrival. "
        "Photo: AFP\n\nTalks followed.\n",
        "x");
    CHECK(texts(document) ==
          Strings{"The president walks with the king after his arrival.", "Talks followed."});
  }

  TEST_CASE("dateline prefixes are stripped and the paragraph kept") {
    const auto document = read_document(
        "Talks in Delhi\n2024-01-02\n\nNEW DELHI: India and Nepal held talks.\n"
        "TOKYO (AP) \xE2\x80\x94 Japan reacted.\n",
        "x");
    CHECK(texts(document) == Strings{"India and Nepal held talks.", "Japan reacted."});
  }

  TEST_CASE("hard-wrapped lines are joined into one paragraph") {
    const auto document = read_document(
        "Talks\n2024-01-02\n\nThe ministers of both countries met in\nthe capital on Monday.\n"
        "A second paragraph.\n",
        "x");
    CHECK(texts(document) ==
          Strings{"The ministers of both countries met in\nthe capital on Monday.",
                  "A second paragraph."});
  }

  TEST_CASE("comments near the top are not a cut") {
    const auto document = read_document(
        "Talks\n2024-01-02\nComments\nThe ministers met.\nThey agreed.\nThey left.\n", "x");
    CHECK(document.body.size() == 3);
  }

  TEST_CASE("share bars, separators and comment headers with counts are cut or dropped") {
    const auto document = read_document(
        "Talks\n2024-01-02\n\nOne.\n\nTwo.\n\nThree.\n---\nShare | Print | Email\n"
        "Comments (2)\nNice piece.\n",
        "x");
    CHECK(texts(document) == Strings{"One.", "Two.", "Three."});
  }

  TEST_CASE("caption labels go, captions with facts stay, bare credits go") {
    const auto document = read_document(
        "Talks\n2024-01-02\n\nPhoto caption: The two leaders shake hands in the capital. "
        "(File photo)\nImage: Reuters\nThe leaders met.\n",
        "x");
    CHECK(texts(document) ==
          Strings{"The two leaders shake hands in the capital.", "The leaders met."});
  }

  TEST_CASE("a short byline next to the date line is not body text") {
    const auto document = read_document(
        "Talks end\n\nA standfirst that sums up the story in a sentence.\n\nStaff and agencies\n"
        "Updated 26 Feb 2024, 18:40 GMT\n\nBy our correspondent\n\nANKARA - The leaders met.\n",
        "x");
    CHECK(published(document) == "2024-02-26");
    CHECK(texts(document) ==
          Strings{"A standfirst that sums up the story in a sentence.", "The leaders met."});
  }

  TEST_CASE("Windows line ends are read like Unix ones") {
    const auto document = read_document("Talks held\r\n2024-01-02\r\n\r\nThey met.\r\n", "x");
    CHECK(document.headline == "Talks held");
    CHECK(published(document) == "2024-01-02");
    CHECK(texts(document) == Strings{"They met."});
  }

  TEST_CASE("empty text gives an empty document") {
    const auto document = read_document("", "empty");
    CHECK(document.id == "empty");
    CHECK(document.headline.empty());
    CHECK(document.body.empty());
    CHECK_FALSE(document.published);
  }

  TEST_CASE("invalid UTF-8 is replaced and the result is valid UTF-8") {
    const auto document = read_document("Talks \xff\xfe held\n\nThey met in \xc3(Rome).\n", "x");
    CHECK(dipgraph::core::is_valid_utf8(document.headline));
    CHECK(document.headline == "Talks \xEF\xBF\xBD\xEF\xBF\xBD held");
    REQUIRE(document.body.size() == 1);
    CHECK(dipgraph::core::is_valid_utf8(document.body[0].text));
  }

  TEST_CASE("binary garbage never throws") {
    std::string binary;
    for (int i = 0; i < 200'000; ++i) binary.push_back(static_cast<char>((i * 193 + 11) & 0xFF));
    CHECK_NOTHROW(read_document(binary, "x"));
    CHECK_NOTHROW(read_document(std::string(1000, '\0'), "x"));
    CHECK_NOTHROW(read_document(std::string(1000, '\n'), "x"));
  }

  // Its time is measured by bench/run-extract, not here (no timed unit tests).
  TEST_CASE("a 50 MB single line is read whole, and dated by the start of its text") {
    std::string text = "Headline here\n";
    text.reserve(50'000'100);
    while (text.size() < 50'000'000) text += "On March 5, 2024 Mr. Li met the U.S. envoy. Photo: ";
    const auto document = read_document(text, "big");
    CHECK(document.headline == "Headline here");
    CHECK(document.body.size() == 1);
    REQUIRE(document.published);
    CHECK(document.published->to_string() == "2024-03-05");
  }
}
