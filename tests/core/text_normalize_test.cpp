#include "core/text_normalize.hpp"

#include <doctest/doctest.h>

#include <string>

using dipgraph::core::edit_distance;
using dipgraph::core::is_valid_utf8;
using dipgraph::core::normalize_name;

TEST_SUITE("text_normalize") {
  TEST_CASE("normalize_name folds the names news writes to one lookup key") {
    CHECK(normalize_name("Türkiye") == "turkiye");
    CHECK(normalize_name("U.S.") == "us");
    CHECK(normalize_name("Côte d'Ivoire") == "cote divoire");
    CHECK(normalize_name("Guinea-Bissau") == "guinea bissau");
    CHECK(normalize_name("  São   Tomé ") == "sao tome");
    CHECK(normalize_name("Łukaszenka") == "lukaszenka");
    CHECK(normalize_name("Malé") == "male");
    CHECK(normalize_name("Erdoğan") == "erdogan");
  }

  TEST_CASE("normalize_name lower-cases ASCII and keeps digits") {
    CHECK(normalize_name("UNITED Kingdom") == "united kingdom");
    CHECK(normalize_name("G20") == "g20");
    CHECK(normalize_name("abc") == "abc");
  }

  TEST_CASE("normalize_name folds Latin letters with diacritics, lower and upper case") {
    SUBCASE("Latin-1 Supplement") {
      CHECK(normalize_name("àáâãäå") == "aaaaaa");
      CHECK(normalize_name("ÀÁÂÃÄÅ") == "aaaaaa");
      CHECK(normalize_name("çÇ ñÑ ýÿÝ") == "cc nn yyy");
      CHECK(normalize_name("èéêëÈÉÊË") == "eeeeeeee");
      CHECK(normalize_name("ìíîïÌÍÎÏ") == "iiiiiiii");
      CHECK(normalize_name("òóôõöøÒÓÔÕÖØ") == "oooooooooooo");
      CHECK(normalize_name("ùúûüÙÚÛÜ") == "uuuuuuuu");
    }
    SUBCASE("letters that fold to two ASCII letters") {
      CHECK(normalize_name("Æ æ") == "ae ae");
      CHECK(normalize_name("Œ œ") == "oe oe");
      CHECK(normalize_name("Straße") == "strasse");
      CHECK(normalize_name("ẞ") == "ss");
      CHECK(normalize_name("Þingvellir þ") == "thingvellir th");
    }
    SUBCASE("letters without a Unicode decomposition") {
      CHECK(normalize_name("Ðð") == "dd");
      CHECK(normalize_name("Đđ") == "dd");
      CHECK(normalize_name("Łł") == "ll");
      CHECK(normalize_name("Øø") == "oo");
      CHECK(normalize_name("ıİ") == "ii");
      CHECK(normalize_name("Ħħ") == "hh");
    }
    SUBCASE("Latin Extended-A") {
      CHECK(normalize_name("ŞşĞğ") == "ssgg");
      CHECK(normalize_name("ŽžČčŘřŠš") == "zzccrrss");
      CHECK(normalize_name("ŐőŰű") == "oouu");
      CHECK(normalize_name("ĀāĒēĪīŌōŪū") == "aaeeiioouu");
      CHECK(normalize_name("Ąą Ęę Ńń Śś Źź Żż") == "aa ee nn ss zz zz");
      CHECK(normalize_name("Ţţ Ňň Ďď Ťť Ůů") == "tt nn dd tt uu");
    }
    SUBCASE("Extended-B and Extended Additional: Romanian and Vietnamese") {
      CHECK(normalize_name("București") == "bucuresti");   // ș with comma below
      CHECK(normalize_name("Timişoara") == "timisoara");   // ş with cedilla
      CHECK(normalize_name("Constanța Ț") == "constanta t");
      CHECK(normalize_name("Ơơ Ưư ạ ế") == "oo uu a e");
      CHECK(normalize_name("Nguyễn Xuân Phúc") == "nguyen xuan phuc");
      CHECK(normalize_name("Hồ Chí Minh") == "ho chi minh");
      CHECK(normalize_name("Đà Nẵng") == "da nang");
    }
  }

  TEST_CASE("decomposed (NFD) input folds the same as composed (NFC) input") {
    CHECK(normalize_name("Tu\xCC\x88rkiye") == "turkiye");           // u + combining diaeresis
    CHECK(normalize_name("Sa\xCC\x83o Tome\xCC\x81") == "sao tome");  // a + tilde, e + acute
    CHECK(normalize_name("Erdog\xCC\x86") == normalize_name("Erdoğ"));
    CHECK(normalize_name("Nguye\xCC\x82\xCC\x83n") == "nguyen");  // two stacked marks
    CHECK(normalize_name("\xCC\x81") == "");                       // a lone mark leaves nothing
  }

  TEST_CASE("normalize_name drops dots and every kind of apostrophe") {
    CHECK(normalize_name("St. Kitts") == "st kitts");
    CHECK(normalize_name("Côte d’Ivoire") == "cote divoire");  // U+2019
    CHECK(normalize_name("Oʼzbekiston") == "ozbekiston");      // U+02BC
    CHECK(normalize_name("O`Neill") == "oneill");
    CHECK(normalize_name("N.A.T.O.") == "nato");
  }

  TEST_CASE("normalize_name turns separators into one space") {
    SUBCASE("hyphens and dashes") {
      CHECK(normalize_name("Guinea‐Bissau") == "guinea bissau");  // U+2010
      CHECK(normalize_name("Guinea‑Bissau") == "guinea bissau");  // U+2011
      CHECK(normalize_name("Guinea–Bissau") == "guinea bissau");  // U+2013
      CHECK(normalize_name("Guinea—Bissau") == "guinea bissau");  // U+2014
      CHECK(normalize_name("Guinea - Bissau") == "guinea bissau");
      CHECK(normalize_name("--Guinea--") == "guinea");
    }
    SUBCASE("commas, underscores and parentheses") {
      CHECK(normalize_name("Korea, Republic of") == "korea republic of");
      CHECK(normalize_name("united_states") == "united states");
      CHECK(normalize_name("Congo (Kinshasa)") == "congo kinshasa");
    }
    SUBCASE("white space of any kind") {
      CHECK(normalize_name("Sri\xC2\xA0Lanka") == "sri lanka");  // no-break space
      CHECK(normalize_name("\tNew\n\r Zealand \v\f") == "new zealand");
      CHECK(normalize_name("East\xE2\x80\x83Timor") == "east timor");  // em space
    }
  }

  TEST_CASE("normalize_name keeps non-Latin letters and lower-cases Cyrillic") {
    CHECK(normalize_name("Москва") == "москва");
    CHECK(normalize_name("БЕЛАРУСЬ") == "беларусь");
    CHECK(normalize_name("Ёлка") == "ёлка");
    CHECK(normalize_name("مصر") == "مصر");
    CHECK(normalize_name("中国") == "中国");
    CHECK(normalize_name("5 × 3") == "5 × 3");  // a sign, not a letter with a diacritic
  }

  TEST_CASE("normalize_name drops bytes that are not valid UTF-8") {
    CHECK(normalize_name("Bel\xFF" "arus") == "belarus");
    CHECK(normalize_name("Ru\xC3") == "ru");                // truncated sequence at the end
    CHECK(normalize_name("a\xC0\xAE" "b") == "ab");         // overlong '.', not a dot
    CHECK(normalize_name("x\xED\xA0\x80y") == "xy");        // surrogate
    CHECK(normalize_name("\x80\x80 Chad \xBF") == "chad");  // stray continuation bytes
    CHECK(normalize_name("Ch\xC3" "ad") == "chad");         // lead byte without continuation
  }

  TEST_CASE("normalize_name gives an empty key for empty or blank names") {
    CHECK(normalize_name("") == "");
    CHECK(normalize_name("   ") == "");
    CHECK(normalize_name(" . - ' , ") == "");
  }

  TEST_CASE("normalize_name is idempotent") {
    for (const char* name : {"Türkiye", "  São   Tomé ", "Côte d’Ivoire", "Guinea—Bissau", "Москва",
                             "Nguyễn Xuân Phúc", "Straße", "Korea, Republic of"}) {
      CAPTURE(name);
      const std::string once = normalize_name(name);
      CHECK(normalize_name(once) == once);
    }
  }

  TEST_CASE("is_valid_utf8 accepts well-formed text") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ASCII"));
    CHECK(is_valid_utf8("Türkiye Москва 中国"));
    CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));              // U+1F600, four bytes
    CHECK(is_valid_utf8(std::string_view("a\0b", 3)));     // NUL is a valid code point
    CHECK(is_valid_utf8("\xED\x9F\xBF"));                  // U+D7FF, just below the surrogates
    CHECK(is_valid_utf8("\xEE\x80\x80"));                  // U+E000, just above them
    CHECK(is_valid_utf8("\xEF\xBF\xBF"));                  // U+FFFF
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));              // U+10FFFF, the last code point
  }

  TEST_CASE("is_valid_utf8 rejects overlongs, surrogates, out-of-range and truncated sequences") {
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/', two bytes
    CHECK_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong, two bytes
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, three bytes
    CHECK_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong, four bytes
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
    CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // truncated euro sign
    CHECK_FALSE(is_valid_utf8("T\xC3"));             // truncated at the end
    CHECK_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
    CHECK_FALSE(is_valid_utf8("\xC3\x28"));          // lead byte followed by ASCII
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("\xFE"));
  }

  TEST_CASE("edit_distance is the Levenshtein distance over bytes") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("same", "same") == 0);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("sitting", "kitten") == 3);
    CHECK(edit_distance("flaw", "lawn") == 2);
    CHECK(edit_distance("pakistn", "pakistan") == 1);
    CHECK(edit_distance("belarussia", "belarus") == 3);
    CHECK(edit_distance("ab", "ba") == 2);                          // no transpositions
    CHECK(edit_distance("\xC3\xA9", "e") == 2);                     // "é" is two bytes
    CHECK(edit_distance(std::string(300, 'a'), std::string(200, 'b')) == 300);
    CHECK(edit_distance(std::string(300, 'a'), std::string(200, 'a')) == 100);
  }
}
