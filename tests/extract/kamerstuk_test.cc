// Every citation form the Kamerstuk module handles, each with the real text it
// was written for, and the near misses it must leave alone.
#include <catch2/catch.hpp>

#include <boost/regex.hpp>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../support.h"
#include "kamerref/extract/kamerstuk.h"
#include "kamerref/extract/regex_util.h"

using kamerref::RefKind;
using kamerref::test::extract_text;
using kamerref::test::ids_of;
using Ids = std::vector<std::string>;

namespace {
struct Case {
  const char* text;
  Ids expected;
};
}  // namespace

TEST_CASE("Kamerstuk citations in every written form", "[kamerstuk]") {
  const Case cases[] = {
      // full citations
      {"Kamerstukken II 2023/24, 29754, nr. 690.", {"kst-29754-690"}},
      {"Kamerstuk 29 754, nr. 434.", {"kst-29754-434"}},
      {"Kamerstukken II, 2024/25, 32 824 nr. 456.", {"kst-32824-456"}},
      {"Kamerstukken 2025/2026, 29754, nr. 758.", {"kst-29754-758"}},
      {"Kamerstukken II 2023/2024, 29754 nr. 708", {"kst-29754-708"}},
      {"Kamerstukken II 2023-2024, 29754, nr. 708", {"kst-29754-708"}},
      {"Kamerstukken II 2023\xE2\x80\x93" "2024, 29754, nr. 708", {"kst-29754-708"}},
      {"Kamerstukken II vergaderjaar 2017\xE2\x80\x93" "2018, 29 754, nr. 436", {"kst-29754-436"}},
      {"Kamerstukken I 2023/24, 36 100, nr. C", {"kst-36100-C"}},
      {"Kamerstukken EK 2023/24, 36 100, nr. AB", {"kst-36100-AB"}},
      {"Kamerstukken TK 2023/24, 29 754, nr. 700", {"kst-29754-700"}},
      {"Kamerstukken Eerste Kamer 2019/20, 35 300, nr. E", {"kst-35300-E"}},
      {"Kamerstukken Tweede Kamer 2019/20, 35 300, nr. 188b", {"kst-35300-188b"}},
      {"Kamerstukken II, 2025/26, 22 112, nr. 4207.", {"kst-22112-4207"}},
      // toevoegingen
      {"Kamerstukken II 2022/23, 36 200 VI, nr. 12", {"kst-36200-VI-12"}},
      {"Kamerstuk 36200-VI, nr. 12", {"kst-36200-VI-12"}},
      {"Kamerstukken II 2023/24, 36 410-XVI, nr. 3", {"kst-36410-XVI-3"}},
      {"Kamerstuk 21 501-20, nr. 2070", {"kst-21501-20-2070"}},
      {"Kamerstukken II 2024/25, 36 600 IV, nr. 8", {"kst-36600-IV-8"}},
      // a rijkswet number is an attribute: the official id of `36 455 (R2188), nr. 11` is kst-36455-11
      {"Kamerstukken I 2022/23, 36 100 (R2190), nr. 3", {"kst-36100-3"}},
      {"Kamerstuk 36 455 (R2188), nr. 11", {"kst-36455-11"}},
      {"Kamerstukken II 2023/24, 36 200 A, nr. 5", {"kst-36200-A-5"}},
      // short forms of verslagen and Handelingen
      {"zoals eerder gemeld (28684, nr. 640).", {"kst-28684-640"}},
      {"(Kamerstuk 31 288, nr. 12) (Kamerstuk 31 288, nr. 15)", {"kst-31288-12", "kst-31288-15"}},
      {"Zie de motie nr. 123 (36200).", {"kst-36200-123"}},
      {"Zij krijgt nr. 412 (36410).", {"kst-36410-412"}},
      {"de brief van 4 april (35 165,\nnr. 4) over de evaluatie", {"kst-35165-4"}},
      {"Kamerstuk 29 754,\nnr. 434", {"kst-29754-434"}},
      {"Kamerstuk 29754, nr. 690; 32 824, nr. 456", {"kst-29754-690", "kst-32824-456"}},
      // lists and ranges; page pins are attributes
      {"Kamerstukken II 2023/24, 29754, nrs. 690 en 708", {"kst-29754-690", "kst-29754-708"}},
      {"Kamerstuk 35 165, nrs. 4-6", {"kst-35165-4", "kst-35165-5", "kst-35165-6"}},
      {"Kamerstuk 35 165, nrs. 4 t/m 6", {"kst-35165-4", "kst-35165-5", "kst-35165-6"}},
      {"Kamerstuk 34 775, nr. 7, p. 3 en 4, en nr. 9", {"kst-34775-7", "kst-34775-9"}},
      {"Kamerstukken II 2023/2024, 29754 nr. 708; Kamerstukken II 2024/2025, 29754, nr. 735; "
       "Kamerstukken II 2024/2025, 29754, nr. 751.",
       {"kst-29754-708", "kst-29754-735", "kst-29754-751"}},
      {"Kamerstuk 29 754, nr. 12, blz. 4", {"kst-29754-12"}},
      {"Kamerstuk 29 754, nrs. 3, 4 en 7", {"kst-29754-3", "kst-29754-4", "kst-29754-7"}},
      // a singular `nr.` before two numbers; the second ends the citation
      {"Kamerstukken II 2023-2024, 36410-XVI, nr. 12 en 13", {"kst-36410-XVI-12", "kst-36410-XVI-13"}},
      {"(Kamerstuk 36 410 XVI, nr. 12 en 13).", {"kst-36410-XVI-12", "kst-36410-XVI-13"}},
      // ... and where it does not, the second is no document: a count, a date
      {"Kamerstuk 36 410 XVI, nr. 12 en 13 gemeenten hebben gereageerd", {"kst-36410-XVI-12"}},
      {"Kamerstuk 36 410 XVI, nr. 12 en 13 maart 2024", {"kst-36410-XVI-12"}},
      // ids written as such
      {"(t.v.v. 35300-XVI-108)", {"kst-35300-XVI-108"}},
      {"zie kst-29754-758 voor de tekst", {"kst-29754-758"}},
      {"een motie ingediend (Kamerstuk\n21501-32-1740\n).", {"kst-21501-32-1740"}},
      {"de motie 36600-XVI-12 is aangenomen", {"kst-36600-XVI-12"}},
      // at the text's very start (the window around its hyphen begins there)
      {"21501-32-1740 is aangenomen", {"kst-21501-32-1740"}},
      {"zie Kamerstuk 29754-758.", {"kst-29754-758"}},
      // forms of older and Eerste Kamer documents (issue 12)
      {"(Kamerstukken II 2008/09, 31700.VIII, 32)", {"kst-31700-VIII-32"}},
      {"zoals gemeld (31700.VIII, 32) aan de Kamer", {"kst-31700-VIII-32"}},
      {"Kamerstuk 29754 nr 12", {"kst-29754-12"}},
      {"zie nr 123 (36200)", {"kst-36200-123"}},
      {"Kamerstukken II 2008/09, 31 459, 22.", {"kst-31459-22"}},
      {"het advies (31 459, 22) van de Raad", {"kst-31459-22"}},
      {"Kamerstukken I 2009/10, 31 145, AA", {"kst-31145-AA"}},
      {"(Kamerstukken I 2009/10, 31 560, C, pag. 19)", {"kst-31560-C"}},
      {"(31 145, AA; 31 560, C, pag. 19)", {"kst-31145-AA", "kst-31560-C"}},
      // lists of Eerste Kamer letters without `nr.`, and a letter before the next citation
      {"(Kamerstukken I 2023/24, 36 228, C en D).", {"kst-36228-C", "kst-36228-D"}},
      {"Kamerstukken I 2023/24, 36 228, C, D en E.", {"kst-36228-C", "kst-36228-D", "kst-36228-E"}},
      {"Kamerstukken I 2023/24, 36 228, C en Kamerstukken II 2023/24, 36 228, nr. 5",
       {"kst-36228-C", "kst-36228-5"}},
      {"(Kamerstukken II 2008/09, 31 459, 22 en 23)", {"kst-31459-22", "kst-31459-23"}},
      {"Kamerstukken 2 2008/09, 31 700 VIII, nr. 32", {"kst-31700-VIII-32"}},
      {"Tweede Kamer 2008-2009, 31 459, nr. 22", {"kst-31459-22"}},
      {"(Tweede Kamer, vergaderjaar 2008\xE2\x80\x93" "2009, 31 700 VIII, nr. 32).", {"kst-31700-VIII-32"}},
      {"Zitting 1958-1959-5380, Nr. 3", {"kst-5380-3"}},
      {"Kamerstuk 34 775, nr. 6, p. 15-16; nr. 7, p. 5-6", {"kst-34775-6", "kst-34775-7"}},
      {"Kamerstuk 34 775, nr. 6, p. 15-16; p. 18", {"kst-34775-6"}},
      {"de motie-Koffeman c.s. (35300-VI, letter Y)", {"kst-35300-VI-Y"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ids_of(c.text, RefKind::kamerstuk) == c.expected);
  }
}

TEST_CASE("Near misses are not Kamerstukken", "[kamerstuk]") {
  const char* misses[] = {
      "Den Haag, 2 oktober 2025",
      "Postbus 20018, 2500 EA DEN HAAG",
      "Turfmarkt 147, 2511 DP Den Haag",
      "€ 400.000 in 2015; € 6 miljoen in 2016; 6,3 miljoen in 2017",
      "Bel 070 - 370 79 11 voor informatie",
      "overeenkomstig artikel 28, lid 4, van de verordening",
      "Begroting Justitie en Veiligheid 2026, p. 37-5-7.",
      "In 2027 is de evaluatie voorzien; in 2028, nr. 5 van de agenda",
      "Stcrt. 2024, nr. 12345",
      "het Kamerstuk dat u gisteren ontving",
      "Er zijn 12 345 meldingen gedaan, nr. 3 in de rij",
      "Handelingen II 2022/23, nr. 36, item 8",
      // a number without `nr.` must end the citation, and not be a year
      "Kamerstuk 29 754, 2017.",
      "(12 345, 67 meldingen)",
      "(12 345, 67 en 89 meldingen)",
      "Kamerstuk 29 754, 12 en 2017.",
      "de uitkomst (36 200, een bedrag) volgt",
      "Zitting van 12 maart, nr. 3",
      "Tweede Kamer 2008-2009 was een druk jaar, nr. 3",
      "een brief met letter Y van 35300",
      "€ 31 145, AA",
  };
  for (const char* text : misses) {
    INFO(text);
    CHECK(ids_of(text, RefKind::kamerstuk).empty());
  }
}

TEST_CASE("Attributes: vergaderjaar, kamer, pages", "[kamerstuk]") {
  auto e = extract_text("Kamerstukken II 2023/24, 29754, nr. 690, p. 3 en 4.");
  REQUIRE(e.references.size() == 1);
  const auto& r = e.references[0];
  CHECK(r.attr("vergaderjaar") == "2023-2024");
  CHECK(r.attr("kamer") == "II");
  CHECK(r.attr("pages") == "3 en 4");
  CHECK(r.attr("dossier") == "dossier-29754");
  CHECK(r.text == "Kamerstukken II 2023/24, 29754, nr. 690, p. 3 en 4");
}

TEST_CASE("Dossiers, Handelingen, Aanhangsel and TK numbers", "[kamerstuk]") {
  CHECK(ids_of("zie Kamerstuk 29754 over terrorismebestrijding", RefKind::dossier) == Ids{"dossier-29754"});
  CHECK(ids_of("het kamerstukdossier 36 531 bevat", RefKind::dossier) == Ids{"dossier-36531"});
  CHECK(ids_of("de geannoteerde agenda (Kamerstuk 21 501-20) volgt", RefKind::dossier) == Ids{"dossier-21501-20"});
  CHECK(ids_of("Handelingen II 2022/23, nr. 36, item 8", RefKind::handelingen) == Ids{"h-tk-20222023-36-8"});
  CHECK(ids_of("Handelingen I 2023/24, nr. 12", RefKind::handelingen) == Ids{"h-ek-20232024-12"});
  CHECK(ids_of("Aanhangsel Handelingen II 2023/24, nr. 1234", RefKind::aanhangsel) ==
        Ids{"ah-tk-20232024-1234"});
  CHECK(ids_of("Aanhangsel Handelingen II 2023/24, nr. 1234", RefKind::handelingen).empty());
  CHECK(ids_of("Onderdeel van zaak 2025Z20934:", RefKind::tk_zaak) == Ids{"2025Z20934"});
  CHECK(ids_of("document 2025D49428 is", RefKind::tk_document) == Ids{"2025D49428"});
  CHECK(ids_of("code X2025Z20934 is geen zaak", RefKind::tk_zaak).empty());
}

TEST_CASE("A running header is the document's own number, not a reference", "[kamerstuk]") {
  auto e = extract_text(
      "tekst van de brief\n\nTweede Kamer, vergaderjaar 2017\xE2\x80\x93" "2018, 29 754, nr. 436 2\n\nmeer tekst\n");
  CHECK(e.document.id == "kst-29754-436");
  CHECK(e.document.vergaderjaar == "2017-2018");
  CHECK(ids_of(e, RefKind::kamerstuk).empty());
}

TEST_CASE("Pins, rijkswet numbers and dossier attributes", "[kamerstuk]") {
  auto pinned = extract_text("(Kamerstukken I 2009/10, 31 560, C, pag. 19)");
  REQUIRE(pinned.references.size() == 1);
  CHECK(pinned.references[0].attr("pages") == "19");
  CHECK(pinned.references[0].attr("kamer") == "I");
  auto rijkswet = extract_text("Kamerstuk 36 455 (R2188), nr. 11");
  REQUIRE(rijkswet.references.size() == 1);
  CHECK(rijkswet.references[0].attr("dossier") == "dossier-36455");
  CHECK(rijkswet.references[0].attr("rijkswet") == "R2188");
  auto old = extract_text("Zitting 1958-1959-5380, Nr. 3");
  REQUIRE(old.references.size() == 1);
  CHECK(old.references[0].attr("vergaderjaar") == "1958-1959");
  CHECK(ids_of("de agenda (Kamerstuk 21 501-02) volgt", RefKind::dossier) == Ids{"dossier-21501-02"});
  CHECK(ids_of("het wetsvoorstel (Kamerstuk 36 455 (R2188)) volgt", RefKind::dossier) == Ids{"dossier-36455"});
}

TEST_CASE("The document's own number is no reference to itself", "[kamerstuk]") {
  // the letterhead of an officielebekendmakingen motion: `Kamerstukken` alone over the dossier
  CHECK(ids_of("Tweede Kamer der Staten-Generaal\nKamerstukken\n21 501-20\nEuropese Raad\n", RefKind::dossier).empty());
  CHECK(ids_of("zie Kamerstukken\n21 501-20 over de Europese Raad", RefKind::dossier) == Ids{"dossier-21501-20"});
  // the running footer gives the id; the same number in the text is the document itself
  auto e = extract_text("In dit stuk (Kamerstuk 29 754, nr. 436) en Kamerstuk 29 754, nr. 434.\n\n"
                        "Tweede Kamer, vergaderjaar 2017\xE2\x80\x93" "2018, 29 754, nr. 436 2\n");
  CHECK(e.document.id == "kst-29754-436");
  CHECK(ids_of(e, RefKind::kamerstuk) == Ids{"kst-29754-434"});
}

TEST_CASE("Canonical id helpers", "[kamerstuk]") {
  using kamerref::kamerstuk_id;
  using kamerref::normalize_vergaderjaar;
  CHECK(kamerstuk_id("29 754", "", "690") == "kst-29754-690");
  CHECK(kamerstuk_id("36200", "vi", "12") == "kst-36200-VI-12");
  CHECK(kamerstuk_id("21501-02", "", "3012") == "kst-21501-02-3012");
  CHECK(kamerstuk_id("36455", "R2188", "11") == "kst-36455-11");
  CHECK(kamerref::dossier_id("21501-02", "") == "dossier-21501-02");
  CHECK(kamerref::dossier_id("21 501", "02") == "dossier-21501-02");
  CHECK(kamerref::dossier_id("36 455 (R2188)", "") == "dossier-36455");
  CHECK(kamerref::dossier_id("31700.VIII", "") == "dossier-31700-VIII");
  CHECK(kamerref::split_dossier("36 455 (R2188)", "").rijkswet == "R2188");
  CHECK(normalize_vergaderjaar("2023", "24") == "2023-2024");
  CHECK(normalize_vergaderjaar("1999", "00") == "1999-2000");
  CHECK(normalize_vergaderjaar("2023", "2024") == "2023-2024");
  CHECK(normalize_vergaderjaar("2023", "2025").empty());
  // years written by hand and through std::to_string agree
  CHECK(normalize_vergaderjaar("1899", "1900") == "1899-1900");
  CHECK(normalize_vergaderjaar("0999", "00") == "999-1000");
}

// read_kamerstuk_head is the hand reading of this pattern (kamerstuk.cc says
// why no step of it goes back). The two are compared at every `K` and `k` of
// random texts made of the pattern's own pieces and their near misses, with
// the search ending at every place after the start or at the text's end.
TEST_CASE("The Kamerstuk head reader matches what its pattern matches", "[kamerstuk]") {
  static const boost::regex head(
      R"((?<![\w-])(Kamerstuk(?:ken)?|kamerstuk(?:ken)?|KAMERSTUK(?:KEN)?|[Kk]amerstukdossier)(?:\s*,?\s*(I{1,2}|EK|TK|[12](?![\d/])|Eerste\s+Kamer|Tweede\s+Kamer)(?![\w]))?\s*,?\s*(?:(?:[Vv]ergaderjaar\s+)?((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})(?!\d)\s*,?\s*)?(\d{2} ?\d{3})(?![\d/]))");
  // a text is a head's slots in order, each filled with a piece that fits or
  // a near miss, and some texts are the pieces in any order
  const std::vector<std::vector<std::string>> slots = {
      {"", "x", "-", "_", " ", "\n", "a-", "(", "9"},
      {"Kamerstuk", "Kamerstukken", "kamerstuk", "kamerstukken", "KAMERSTUK", "KAMERSTUKKEN", "Kamerstukdossier",
       "kamerstukdossier", "KAMERSTUKken", "Kamerstukkendossier", "KAMERSTUKDOSSIER", "Kamerstukk"},
      {"", " ", "  ", "\n", "\t", ",", ", ", " , ", " ,\n ", ",,", "\f"},
      {"", "I", "II", "III", "IIa", "I_", "EK", "TK", "EKs", "1", "2", "3", "12", "1/", "2-", "1a", "Eerste Kamer",
       "Tweede\n Kamer", "Tweede Kamers", "TweedeKamer", "Eerste", "Kamer"},
      {"", " ", "  ", ",", ", ", " , ", "\n", ",,"},
      {"", "vergaderjaar ", "Vergaderjaar\n", "vergaderjaar", "VERGADERJAAR ", "vergaderjaar  "},
      {"", "2023", "1999", "2024", "20", "19", "2123", "202", "20235"},
      {"", "/", "-", " / ", " - ", "//", "\\", " "},
      {"", "24", "2024", "1999", "20", "202", "20245", "2", "2x", "24/"},
      {"", " ", ", ", " ,", ",", "  ,  ", "\n"},
      {"29754", "29 754", "2975", "297545", "29 75", "36 200", "21 501-20", "29  754", "29754/", "29754x", "2 9754",
       "29 7541", "12345", ""},
      {"", ", nr. 690", " VI", "/1", "0", "x", " ", "-20"}};
  const std::vector<std::string> pieces = {
      "Kamerstuk", "Kamerstukken", "kamerstuk", "KAMERSTUKKEN", "Kamerstukdossier", " ", "\n", ",", ", ", "I", "II",
      "EK", "TK", "1", "2", "Eerste Kamer", "Tweede Kamer", "vergaderjaar ", "2023", "1999", "24", "/", "-",
      "2023/24", "2023-2024", "29754", "29 754", "x", "_", "9"};
  std::mt19937 random(20261206);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  std::size_t compared = 0, matched = 0, with_chamber = 0, with_year = 0;
  for (int round = 0; round < 16000; ++round) {
    std::string text;
    if (round % 4 == 3) {
      const std::size_t count = 1 + pick(12);
      for (std::size_t k = 0; k < count; ++k) text += pieces[pick(pieces.size())];
    } else {
      for (const auto& slot : slots) text += slot[pick(slot.size())];
      if (pick(3) == 0) text += text;  // a second head right after the first
    }
    for (std::size_t begin = 0; begin < text.size(); ++begin) {
      if (text[begin] != 'K' && text[begin] != 'k') continue;
      for (std::size_t end = begin + 1; end <= text.size(); ++end) {
        auto flags = boost::match_default | boost::match_continuous;
        if (begin > 0) flags |= boost::match_prev_avail;
        if (end < text.size()) flags |= boost::match_not_eob;
        boost::cmatch m;
        const char* base = text.data();
        const bool by_regex = boost::regex_search(base + begin, base + end, m, head, flags, base);
        kamerref::KamerstukHead h;
        const bool by_hand = kamerref::read_kamerstuk_head(text, begin, end, h);
        INFO("text `" << text << "` from " << begin << " to " << end);
        REQUIRE(by_hand == by_regex);
        ++compared;
        if (!by_regex) continue;
        ++matched;
        with_chamber += m[2].matched ? 1 : 0;
        with_year += m[3].matched ? 1 : 0;
        auto span_of = [&](int group) {
          if (!m[group].matched) return kamerref::Span{0, 0};
          return kamerref::Span{static_cast<std::size_t>(m[group].first - base), static_cast<std::size_t>(m[group].second - base)};
        };
        auto same = [](kamerref::Span a, kamerref::Span b) { return a.size() == b.size() && (a.size() == 0 || a.begin == b.begin); };
        CHECK(h.whole.begin == static_cast<std::size_t>(m[0].first - base));
        CHECK(h.whole.end == static_cast<std::size_t>(m[0].second - base));
        CHECK(same(h.word, span_of(1)));
        CHECK(same(h.chamber, span_of(2)));
        CHECK(same(h.first_year, span_of(3)));
        CHECK(same(h.second_year, span_of(4)));
        CHECK(same(h.dossier, span_of(5)));
      }
    }
  }
  // the texts do reach every part of the pattern
  CHECK(matched > 1000);
  CHECK(with_chamber > 100);
  CHECK(with_year > 100);
  CHECK(compared > 10 * matched);
}

// extract_kamerstuk_citations tries `opened` (a short citation after `(` or
// `;`) in windows around its starts alone, no longer around every `(d`, `( d`,
// `;d`, `; d` of the text: the same matches, here on random texts (the
// pattern as kamerstuk.cc writes it; a start as dossier_digits_at reads it).
TEST_CASE("opened citations: windows around the starts find what windows around every place found", "[kamerstuk]") {
  const boost::regex opened(R"([(;][ ]?(\d{2} ?\d{3})(?![\d/]))");
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto dossier_digits_at = [&](std::string_view t, std::size_t p) {
    if (p + 5 > t.size() || !digit(t[p]) || !digit(t[p + 1])) return false;
    std::size_t q = t[p + 2] == ' ' ? p + 3 : p + 2;
    return q + 3 <= t.size() && digit(t[q]) && digit(t[q + 1]) && digit(t[q + 2]);
  };
  const std::vector<std::string> pieces = {"(", ";", " ", "  ", "2", "29", "754", "29 754", "31459", "0", "/", ",",
                                           "x", "\n", "(2024)", "; 3 ", "(31 459, 22)", "; 31 560, C"};
  std::mt19937 random(20261206);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 30);
  std::size_t matched = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = length(random); k > 0; --k) text += pieces[piece(random)];
    std::vector<std::size_t> places, starts;
    for (std::size_t p = 0; p + 1 < text.size(); ++p) {
      if (text[p] != '(' && text[p] != ';') continue;
      const bool spaced = text[p + 1] == ' ';
      if (!digit(text[p + 1]) && !(spaced && p + 2 < text.size() && digit(text[p + 2]))) continue;
      places.push_back(p);
      if (dossier_digits_at(text, spaced ? p + 2 : p + 1)) starts.push_back(p);
    }
    auto found_with = [&](const std::vector<std::size_t>& around) {
      std::vector<std::pair<std::size_t, std::size_t>> found;
      kamerref::for_each_match_at_starts(text, kamerref::windows_around(around, text.size(), 0, 12), starts, opened,
                                         [&](const boost::cmatch& m) {
                                           found.emplace_back(static_cast<std::size_t>(m[0].first - text.data()),
                                                              static_cast<std::size_t>(m[0].second - text.data()));
                                         });
      return found;
    };
    const auto by_places = found_with(places);
    INFO("text `" << text << "`");
    REQUIRE(found_with(starts) == by_places);
    matched += by_places.size();
  }
  CHECK(matched > 1000);  // the texts hold citations, not only near misses
}
