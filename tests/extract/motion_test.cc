#include "kamerref/extract/motion.h"

#include <catch2/catch.hpp>

#include "kamerref/extract/extract.h"
#include "motion_harness.h"

using namespace kamerref;
using kamerref::testing::letter_dated;
using kamerref::testing::run_modules;

namespace {

std::vector<std::string> motion_ids(const std::string& text, const std::string& date = "2026-05-22") {
  return run_modules(text, letter_dated(date), {extract_motions}).ids(RefKind::motion);
}

const Reference& only_motion(const kamerref::testing::ModuleRun& run) {
  auto found = run.of(RefKind::motion);
  REQUIRE(found.size() == 1);
  return *found.front();
}

}  // namespace

TEST_CASE("motions are named in every usual way", "[motion]") {
  struct Case {
    const char* text;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      // Kamerbrief 2 December 2025
      {"Daarom bekijk ik, conform de motie van het lid Michon-Derkzen (VVD), de mogelijkheden om te komen tot een "
       "werkbare definitie van extremistische content.",
       {"motie-michon-derkzen"}},
      // beslisnota
      {"Deze oproep is conform de motie van Michon-Derkzen (VVD), die oproept om samen met relevante partners te "
       "komen tot een werkbare definitie.",
       {"motie-michon-derkzen"}},
      // voortgangsbrief footnote 22
      {"Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\". Ingediend op 2 "
       "oktober 2025.",
       {"motie-michon-derkzen"}},
      {"In stemming komt de motie-Jansen.", {"motie-jansen"}},
      {"Zoals gevraagd in de motie-De Vries/Bakker-El Amrani stuur ik u het rapport.",
       {"motie-de-vries+bakker-el-amrani"}},
      {"De motie van de leden Van den Berg en Smit over de opvang van dieren is aangenomen.",
       {"motie-van-den-berg+smit"}},
      {"Ter uitvoering van de gewijzigde motie van het lid Van Dam c.s. informeer ik u hierover.", {"motie-van-dam"}},
      {"Zo geef ik invulling aan de motie van het lid van der Werf (D66) over de evaluatie.", {"motie-van-der-werf"}},
      {"Dit is in lijn met de door het lid Jansen ingediende motie over de opvang.", {"motie-jansen"}},
      {"Ook de motie van de leden Jansen (PVV), De Vries (VVD) en Smit (CDA) vraagt hierom.",
       {"motie-jansen+de-vries+smit"}},
      {"In de motie van mevrouw Mutluer wordt gevraagd om een onderzoek.", {"motie-mutluer"}},
      {"Een motie ingediend door het lid Öztürk vraagt om meer aandacht.", {"motie-ozturk"}},
      {"Hiermee voer ik de motie Van der Plas c.s. over de mestregels uit.", {"motie-van-der-plas"}},
      {"Zoals gevraagd in de motie van mijn collega Jansen ga ik in gesprek.", {"motie-jansen"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(motion_ids(c.text) == c.ids);
  }
}

TEST_CASE("names that are names: particles kept, first names and headers out (issue 12)", "[motion]") {
  struct Case {
    const char* text;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      // a wrapped line between particle and surname
      {"Met de motie-Van\n Dijk wordt gevraagd om een onderzoek.", {"motie-van-dijk"}},
      {"Ik voer de motie van het lid Van der Plas over mest uit.", {"motie-van-der-plas"}},
      // `van` before `der` is the name's own particle
      {"Ik voer de motie van der Plas over mest uit.", {"motie-van-der-plas"}},
      {"Ook de motie Ceder / Six Dijkstra over AI vraagt hierom.", {"motie-ceder+six-dijkstra"}},
      {"Zoals verzocht in de motie van het lid Six Dijkstra over digitale autonomie.", {"motie-six-dijkstra"}},
      // a first name before the surname is no part of the indiener
      {"De motie van het lid Jesse Klaver over klimaat is aangenomen.", {"motie-klaver"}},
      {"De motie van het lid Caroline van der Plas over mest is aangenomen.", {"motie-van-der-plas"}},
      // `motie van lid X` (no `het`)
      {"Conform de motie van lid Kisteman over woningbouw stuur ik u dit.", {"motie-kisteman"}},
      // a table row: the status cell is no part of the name
      {"| Motie Jansen | Aangenomen |", {"motie-jansen"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(motion_ids(c.text) == c.ids);
  }
}

TEST_CASE("names never cross a blank line or a table cell; headers are no indieners", "[motion]") {
  const char* texts[] = {
      "Motie\nVindplaats\nStatus\n",       // table header, one cell a line (officielebekendmakingen XML)
      "| Motie | Vindplaats | Status |",    // table header, Markdown
      "Motie Vindplaats Status",          // table header, HTML cells
      "Dit staat in de motie-Van.",       // a particle alone
      "Dit staat in de motie\n\nJansen vraagt ook iets.",
      "Dit staat in de motie van het lid\n\nJansen.",
      "Over de moties\n\nJansen c.s. later meer.",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(motion_ids(text).empty());
  }
}

TEST_CASE("more motion mentions: plural, narrative, name and number in one sentence (issue 13)", "[motion]") {
  struct Case {
    const char* text;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      // one mention per motion
      {"Hiermee geef ik uitvoering aan de moties Marijnissen c.s. en Klaver c.s. over de zorg.",
       {"motie-marijnissen", "motie-klaver"}},
      {"Dit vragen ook de moties Jansen, De Vries en Smit.", {"motie-jansen", "motie-de-vries", "motie-smit"}},
      {"Ik ga in op de moties van het lid Van Esch over mest (Kamerstuk 32 793, nr. 176) en van het lid Tjeerdsma "
       "over water (Kamerstuk 32 793, nr. 180).",
       {"kst-32793-176", "kst-32793-180"}},
      {"Ik ga in op de moties 32 793, nrs. 176 en 180.", {"kst-32793-176", "kst-32793-180"}},
      // narrative
      {"Op 12 december is door de Kamerleden Vermeij (PvdA), Van Dijk (SP) en Klaver (GL) een motie ingediend "
       "(Kamerstuk 32 500 XV, nr. 95).",
       {"kst-32500-XV-95"}},
      // a name and a number in the same sentence are one motion
      {"De motie Van Kent c.s. over de AOW-leeftijd voor zware beroepen (TK 36 582, nr. 55) is aangenomen.",
       {"kst-36582-55"}},
      {"De motie van het lid Jansen met kenmerk 32 479, nr. 3 vraagt hierom.", {"kst-32479-3"}},
      // a table row: name and number in two cells of one line
      {"| Motie Van Kent c.s. | 36 582, nr. 55 | aangenomen |", {"kst-36582-55"}},
      // a list entry the motion opens, read to the end of its line (rijksbegroting 2010, moties)
      {"Motie van Haverkamp over het benadrukken van politiespecifieke elementen in een nieuwe functiewaardering. "
       "Onderzoek naar positie/waardering v.d. politie en functiewaarderingsonderzoek is toegezegd. 27-02-2008 "
       "Spoeddebat CAO-onderhandelingen politie (29 628, nr. 77) De Tweede Kamer wordt na het zomerreces van 2009 "
       "per brief geïnformeerd.",
       {"kst-29628-77"}},
      // a table whose next cell is the vindplaats (rijksfinancien.nl, begroting IV 2024, bijlage 3)
      {"De motie van het lid Wuite c.s.; Verzoekt de regering om de herijking van het sociaal minimum van "
       "Caribisch Nederland mee te nemen.\n\nKamerstukken II 2022/23, 36200 IV, nr. 12\n\nAfgedaan. De "
       "uitvoering van de motie is overgedragen aan het ministerie van SZW.",
       {"kst-36200-IV-12"}},
      // without the article, and `Lid` capitalised (ah-tk-20232024-387)
      {"Tevens heeft Nederland conform de motie van leden Bikker en Omtzigt (Kamerstuk 36 410, nr. 31) "
       "aangegeven dat in geval van nieuw geweld gesproken moet worden over gepaste maatregelen.",
       {"kst-36410-31"}},
      {"Het kabinet zal in een separate brief op deze vraag ingaan, mede in het kader van de aangenomen motie van "
       "het Lid Ceder over op basis van feiten.",
       {"motie-ceder"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(motion_ids(c.text) == c.ids);
  }
  // near misses: a document between name and number, or the number before the name
  CHECK(motion_ids("De motie-Jansen, waarover mijn brief (Kamerstuk 29 754, nr. 5) meer zegt, is aangenomen.") ==
        std::vector<std::string>{"motie-jansen"});
  CHECK(motion_ids("In Kamerstuk 29 754, nr. 5 staat de motie-Jansen.") == std::vector<std::string>{"motie-jansen"});
  // prose: the next sentence's number is not the motion's
  CHECK(motion_ids("De motie-Jansen vraagt om een onderzoek. Het staat ook in Kamerstuk 29 754, nr. 5.") ==
        std::vector<std::string>{"motie-jansen"});
  // a plural without names or numbers is no mention
  CHECK(motion_ids("De moties zijn aangenomen.").empty());
  // a prose sentence that does not open its line is not read past its end (twin of the list entry)
  CHECK(motion_ids("Ik noem de motie van Haverkamp over de functiewaardering. Zie verder (29 628, nr. 77) hierover.") ==
        std::vector<std::string>{"motie-haverkamp"});
  // the next cell cites the letter that answered, with more words: no vindplaats
  // (rijksfinancien.nl, begroting IV 2020, bijlage 3)
  CHECK(motion_ids("De motie van het lid van Tongeren. Verzoekt de regering, om initiatieven te nemen.\n\n"
                   "Plenair debat Begroting Koninkrijksrelaties d.d. 8 november 2017 (Handelingen II, 2017/18, nr. 19, "
                   "item 11)\n\nAfgedaan. De Tweede Kamer is op 21 december 2018 per brief geïnformeerd (Kamerstukken "
                   "II 2018/19, 35000-IV, nr. 36).") == std::vector<std::string>{"motie-van-tongeren"});
  // the first half of a split compound is no name (kst-19637-2302)
  CHECK(motion_ids("Bij de stemmingen van 21 februari 2017 (Handelingen II 2016/17, nr. 55, Stemmingen moties "
                   "Vreemdelingen- en asielbeleid) heeft uw Kamer de gewijzigde motie Voordewind c.s. (Kamerstuk "
                   "19 637, nr. 2301) aangenomen.") == std::vector<std::string>{"kst-19637-2301"});
}

TEST_CASE("a motion binds to a `Noot 1:` note", "[motion]") {
  auto ids = motion_ids(
      "Ik geef uitvoering aan de motie van het lid Jansen.1\n\nNoot 1: Kamerstuk 29 754, nr. 758.\n");
  CHECK(ids == std::vector<std::string>{"kst-29754-758"});
}

TEST_CASE("near misses are no motions", "[motion]") {
  const char* texts[] = {
      "Passend bij de strekking van de motie en in lijn met de oproep wordt de sector betrokken.",
      "Deze motie is aangenomen.",
      "Ook moet rekening worden gehouden met geweld vanuit andere motieven.",
      "De Kamer heeft een motie van wantrouwen ingediend.",
      "Dit volgt uit de motie van de Kamer over dit onderwerp.",
      "Dit staat in de motie van GroenLinks-PvdA over de opvang.",
      "De motie-indieners hebben hierom gevraagd.",
      "In de motie van vorig jaar werd hierom gevraagd.",
      "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,",
      "Dit vraagt de motie van Volt over de opvang.",
      "Zoals in de motie Nederland wordt genoemd.",
      // Handelingen headings: the debate's subject after the word, no member
      "Stemmingen moties Politie\n\nAan de orde is de stemming over moties.",
      "Stemming motie Politie\n\nAan de orde is de stemming over een motie.",
      "Stemmingen\nmoties Justitie",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(motion_ids(text).empty());
  }
}

TEST_CASE("motion info: indieners, party, subject, date, relation", "[motion]") {
  SECTION("footnote title with submission date") {
    auto run = run_modules(
        "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\". Ingediend op 2 "
        "oktober 2025.",
        letter_dated("2026-05-22"), {extract_motions});
    const MotionInfo& m = *only_motion(run).motion;
    CHECK(m.indieners == std::vector<std::string>{"Michon-Derkzen"});
    CHECK(m.subject == "een werkbare definitie van \"extremistische content\"");
    CHECK(m.date == "2025-10-02");
    CHECK(m.relation == "genoemd");
    CHECK(run.text_of(only_motion(run)) == "Motie van het lid Michon-Derkzen");
  }
  SECTION("party and uitvoering") {
    auto run = run_modules("Daarom bekijk ik, conform de motie van het lid Michon-Derkzen (VVD), de mogelijkheden.",
                           letter_dated("2025-12-02"), {extract_motions});
    const MotionInfo& m = *only_motion(run).motion;
    CHECK(m.party == "VVD");
    CHECK(m.relation == "uitvoering");
    CHECK(m.bound_by.empty());
  }
  SECTION("afgedaan") {
    auto run = run_modules("Hiermee beschouw ik de motie van het lid Jansen als afgedaan.", letter_dated("2026-05-22"),
                           {extract_motions});
    CHECK(only_motion(run).motion->relation == "afgedaan");
  }
  SECTION("a sentence about something else being handled is no afgedaan") {
    auto run = run_modules("De motie-Jansen vraagt om snelheid; bezwaren worden nu binnen zes weken afgehandeld.",
                           letter_dated("2026-05-22"), {extract_motions});
    CHECK(only_motion(run).motion->relation == "genoemd");
  }
  SECTION("daarmee uitgevoerd") {
    auto run = run_modules("De motie-Jansen over de opvang is daarmee uitgevoerd.", letter_dated("2026-05-22"),
                           {extract_motions});
    CHECK(only_motion(run).motion->relation == "afgedaan");
    CHECK(only_motion(run).motion->subject == "de opvang");
  }
  SECTION("the subject ends before a main verb or `en de motie`; a word that only begins like one runs on") {
    struct Case {
      const char* text;
      const char* subject;
    };
    const Case cases[] = {
        {"De motie-Jansen over de opvang werd aangenomen.", "de opvang"},
        {"De motie-Jansen over de opvang en de\nmotie-Smit zijn uitgevoerd.", "de opvang"},
        // near misses: `kansspelen` opens like `kan`, `diensten` like `die`
        {"De motie-Jansen over de heffing kansspelen werd aangenomen.", "de heffing kansspelen"},
        {"De motie-Jansen over de opvang diensten werd aangenomen.", "de opvang diensten"},
    };
    for (const Case& c : cases) {
      auto run = run_modules(c.text, letter_dated("2026-05-22"), {extract_motions});
      auto found = run.of(RefKind::motion);
      REQUIRE(!found.empty());
      CHECK(found.front()->motion->subject == c.subject);
    }
  }
  SECTION("aangehouden, bound to the citation after it") {
    auto run = run_modules("De motie-Jansen (36410, nr. 412) is aangehouden.", letter_dated("2026-05-22"), {extract_motions});
    const Reference& r = only_motion(run);
    CHECK(r.id == "kst-36410-412");
    CHECK(r.motion->relation == "aangehouden");
    CHECK(r.motion->bound_by == "sentence");
  }
  SECTION("a citation after the subject") {
    auto run = run_modules(
        "De motie van het lid Jansen over de opvang (Kamerstuk 36 410, nr. 412) vraagt om meer plaatsen.",
        letter_dated("2026-05-22"), {extract_motions});
    CHECK(only_motion(run).id == "kst-36410-412");
  }
  SECTION("a citation further on in the sentence is not the motion's") {
    auto run = run_modules(
        "Conform de motie van het lid Jansen stuur ik uw Kamer het rapport over de opvang (Kamerstuk 36 410, nr. 413).",
        letter_dated("2026-05-22"), {extract_motions});
    CHECK(only_motion(run).id == "motie-jansen");
  }
  SECTION("t.v.v.: the motion it replaces") {
    auto run = run_modules("Dit vraagt de gewijzigde motie van het lid Van Dam c.s. (t.v.v. 35300-XVI-108).",
                           letter_dated("2026-05-22"), {extract_motions});
    const Reference& r = only_motion(run);
    CHECK(r.id == "motie-van-dam");
    CHECK(r.motion->gewijzigd);
    CHECK(r.motion->replaces == "kst-35300-XVI-108");
  }
}

TEST_CASE("a motion binds to the Kamerstuk its footnote cites", "[motion]") {
  auto run = run_modules(
      "Ter uitvoering van de motie van het lid Michon-Derkzen informeer ik u over de definitie.¹\n\n"
      "¹ Kamerstukken II 2025/26, 29754, nr. 758.\n",
      letter_dated("2026-05-22"), {extract_motions});
  const Reference& r = only_motion(run);
  CHECK(r.id == "kst-29754-758");
  CHECK(r.motion->bound_by == "footnote");
  CHECK(r.motion->relation == "uitvoering");
  REQUIRE(r.footnote);
  CHECK(*r.footnote == 1);
}

TEST_CASE("a footnote with another kind of note leaves the motion unbound", "[motion]") {
  auto run = run_modules(
      "Ter uitvoering van de motie van het lid Jansen informeer ik u.¹\n\n"
      "¹ Zie ook het rapport van de inspectie.\n",
      letter_dated("2026-05-22"), {extract_motions});
  CHECK(only_motion(run).id == "motie-jansen");
}

TEST_CASE("a footnote that rather cites the letter the sentence names binds no motion", "[motion]") {
  SECTION("the document is named after the motion") {
    auto run = run_modules(
        "Conform de motie van het lid Jansen stuur ik u het rapport van de inspectie.¹\n\n"
        "¹ Kamerstukken II 2025/26, 36410, nr. 415.\n",
        letter_dated("2026-05-22"), {extract_motions});
    CHECK(only_motion(run).id == "motie-jansen");
  }
  SECTION("the motion is the subject of the document named before it") {
    auto run = run_modules(
        "In mijn brief over de uitvoering van de motie-Jansen heb ik dit toegelicht.¹\n\n"
        "¹ Kamerstukken II 2025/26, 36410, nr. 416.\n",
        letter_dated("2026-05-22"), {extract_motions});
    CHECK(only_motion(run).id == "motie-jansen");
  }
}

TEST_CASE("a later mention of the same motion in the document takes its number", "[motion]") {
  auto run = run_modules(
      "Ter uitvoering van de motie van het lid Jansen over de opvang informeer ik u.¹ Ik verwacht dat de motie-Jansen "
      "hiermee is uitgevoerd.\n\n"
      "¹ Kamerstukken II 2025/26, 36410, nr. 412.\n",
      letter_dated("2026-05-22"), {extract_motions});
  auto found = run.of(RefKind::motion);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->id == "kst-36410-412");
  CHECK(found[1]->id == "kst-36410-412");
  CHECK(found[1]->motion->bound_by == "document");
  CHECK(found[1]->motion->relation == "afgedaan");
}

TEST_CASE("Handelingen: the motion's own text gets its number", "[motion]") {
  SECTION("door het lid ... voorgesteld") {
    auto run = run_modules(
        "Door het lid Jansen wordt de volgende motie voorgesteld:\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "verzoekt de regering de opvang uit te breiden,\n\nen gaat over tot de orde van de dag.\n\nJansen\n\n"
        "Zij krijgt nr. 412 (36410).\n",
        letter_dated("2026-05-22", "handelingen"), {extract_motions});
    const Reference& r = only_motion(run);
    CHECK(r.id == "kst-36410-412");
    CHECK(r.motion->relation == "ingediend");
    CHECK(r.motion->indieners == std::vector<std::string>{"Jansen"});
  }
  SECTION("deze motie is voorgesteld door") {
    auto run = run_modules(
        "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nen gaat over tot de orde van de dag.\n\nJansen\nDe Vries\n\n"
        "De voorzitter:\nDeze motie is voorgesteld door de leden Jansen en De Vries.\n\nZij krijgt nr. 413 (36410).\n",
        letter_dated("2026-05-22", "handelingen"), {extract_motions});
    const Reference& r = only_motion(run);
    CHECK(r.id == "kst-36410-413");
    CHECK(r.motion->indieners == std::vector<std::string>{"Jansen", "De Vries"});
  }
  SECTION("only the signature") {
    auto run = run_modules(
        "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nen gaat over tot de orde van de dag.\n\nMichon-Derkzen\n\n"
        "Zij krijgt nr. 530, was nr. 512 (29754).\n",
        letter_dated("2026-05-22", "handelingen"), {extract_motions});
    const Reference& r = only_motion(run);
    CHECK(r.id == "kst-29754-530");
    CHECK(r.motion->replaces == "kst-29754-512");
    CHECK(r.motion->indieners == std::vector<std::string>{"Michon-Derkzen"});
    CHECK(r.motion->relation == "ingediend");
  }
}

TEST_CASE("Handelingen: a list of motions to hold", "[motion]") {
  auto run = run_modules(
      "Op verzoek van een aantal leden stel ik voor de volgende door hen ingediende moties opnieuw aan te houden: "
      "29911-226; 31015-168; 21501-08-765; 35570-XIV-46.\n\nIk stel voor de volgende stukken af te voeren: 2017Z09721; "
      "21501-08-692.\n",
      letter_dated("2019-05-21", "handelingen"), {extract_motions});
  CHECK(run.ids(RefKind::motion) ==
        std::vector<std::string>{"kst-29911-226", "kst-31015-168", "kst-21501-08-765", "kst-35570-XIV-46"});
  for (const Reference* r : run.of(RefKind::motion)) CHECK(r->motion->relation == "aangehouden");
}

TEST_CASE("Handelingen: motions to vote on", "[motion]") {
  auto run = run_modules(
      "Ik stel voor, zo dadelijk ook te stemmen over:\n\n- de aangehouden motie-Lodders/Geurts (33576, nr. 105);\n\n"
      "- de aangehouden motie-Van Brenk (30950, nr. 114);\n",
      letter_dated("2017-06-20", "handelingen"), {extract_motions});
  CHECK(run.ids(RefKind::motion) == std::vector<std::string>{"kst-33576-105", "kst-30950-114"});
  CHECK(run.of(RefKind::motion).front()->motion->indieners == std::vector<std::string>{"Lodders", "Geurts"});
}

TEST_CASE("a motion named by its number only", "[motion]") {
  auto run = run_modules(
      "Op verzoek van de heer Dijkgraaf stel ik voor, zijn motie (34000-XV, nr. 41) aan te houden. Als indiener van "
      "motie 34000-A, nr. 22 wil ik die aanhouden. Zie ook het verslag (34000-A, nr. 23).",
      letter_dated("2014-11-20", "handelingen"), {extract_motions});
  CHECK(run.ids(RefKind::motion) == std::vector<std::string>{"kst-34000-XV-41", "kst-34000-A-22"});
  CHECK(run.of(RefKind::motion).front()->motion->relation == "aangehouden");
  CHECK(run.of(RefKind::motion).front()->motion->indieners.empty());
}

TEST_CASE("the motion's own document does not cite itself", "[motion]") {
  DocumentInfo info = letter_dated("2025-10-02", "motie");
  info.id = "kst-29754-758";
  info.indieners = {"I.J.M. Michon-Derkzen"};
  info.title = "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"";
  auto run = run_modules(
      "Motie van het lid Michon-Derkzen over een werkbare definitie van extremistische content\n\nDe Kamer,\n\n"
      "gehoord de beraadslaging,\n\nen gaat over tot de orde van de dag.\n\nMichon-Derkzen\n",
      info, {extract_motions});
  CHECK(run.of(RefKind::motion).empty());
}

TEST_CASE("a gewijzigde motie names the motion it replaces", "[motion]") {
  DocumentInfo info = letter_dated("2025-10-02", "gewijzigde motie");
  info.id = "kst-36410-530";
  info.dossier = "dossier-36410";
  auto run = run_modules("GEWIJZIGDE MOTIE VAN HET LID JANSEN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 512\n\nDe Kamer,\n",
                         info, {extract_motions});
  const Reference& r = only_motion(run);
  CHECK(r.id == "kst-36410-512");
  CHECK(r.attr("relation") == "vervangt");
}

TEST_CASE("the replaced motion keeps the toevoeging of the dossier (kst-36410-XVI-111)", "[motion]") {
  const std::string heading =
      "GEWIJZIGDE MOTIE VAN DE LEDEN VAN DEN HIL EN AGEMA TER VERVANGING VAN DIE GEDRUKT ONDER NR. 47\n\nDe Kamer,\n";
  // the dossier from a bare `OVERHEIDop.dossiernummer` (`36410`): the own id has the toevoeging
  DocumentInfo info = letter_dated("2024-01-30", "gewijzigde motie");
  info.id = "kst-36410-XVI-111";
  info.dossier = "dossier-36410";
  CHECK(only_motion(run_modules(heading, info, {extract_motions})).id == "kst-36410-XVI-47");
  // twin: no kst id of its own, the dossier says it
  info.id = "doc-test";
  info.dossier = "dossier-36410-XVI";
  CHECK(only_motion(run_modules(heading, info, {extract_motions})).id == "kst-36410-XVI-47");
  // a dossier with a numbered part: `kst-21501-20-2122`
  info.id = "kst-21501-20-2122";
  info.dossier = "dossier-21501";
  CHECK(only_motion(run_modules(heading, info, {extract_motions})).id == "kst-21501-20-47");
}

TEST_CASE("motion name helpers", "[motion]") {
  CHECK(split_indieners("Van den Berg en Smit") == std::vector<std::string>{"Van den Berg", "Smit"});
  CHECK(split_indieners("De Vries/Bakker-El Amrani") == std::vector<std::string>{"De Vries", "Bakker-El Amrani"});
  CHECK(split_indieners("Jansen (PVV), De Vries (VVD) en Smit c.s.") ==
        std::vector<std::string>{"Jansen", "De Vries", "Smit"});
  CHECK(surname_of("I.J.M. Michon-Derkzen") == "Michon-Derkzen");
  CHECK(surname_of("L. van der Werf") == "van der Werf");
  CHECK(motion_fallback_id({"van der Werf"}) == "motie-van-der-werf");
  CHECK(motion_fallback_id({"De Vries", "Bakker-El Amrani"}) == "motie-de-vries+bakker-el-amrani");
  CHECK(indieners_fit({"Van Dam"}, {"Van Dam", "Smit"}));
  CHECK(indieners_fit({"Michon-Derkzen"}, {"I.J.M. Michon-Derkzen"}));
  CHECK_FALSE(indieners_fit({"Smit"}, {"Van Dam", "Smit"}));
  CHECK_FALSE(indieners_fit({"Van Dam", "Jansen"}, {"Van Dam", "Smit"}));
}

TEST_CASE("motion titles in either case", "[motion]") {
  auto mixed = parse_motion_title("Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"");
  REQUIRE(mixed);
  CHECK(mixed->indieners == std::vector<std::string>{"Michon-Derkzen"});
  CHECK(mixed->subject == "een werkbare definitie van \"extremistische content\"");
  auto upper = parse_motion_title("MOTIE VAN HET LID MICHON-DERKZEN");
  REQUIRE(upper);
  CHECK(upper->indieners == std::vector<std::string>{"Michon-Derkzen"});
  auto two = parse_motion_title("GEWIJZIGDE MOTIE VAN DE LEDEN VAN DER WERF EN BAKKER-EL AMRANI TER VERVANGING VAN DIE GEDRUKT ONDER NR. 512");
  REQUIRE(two);
  CHECK(two->gewijzigd);
  CHECK(two->replaces_nr == "512");
  CHECK(two->indieners == std::vector<std::string>{"Van der Werf", "Bakker-El Amrani"});
  CHECK_FALSE(parse_motion_title("Voortgangsbrief Versterkte Aanpak Online"));
}

TEST_CASE("subject words meet across inflection", "[motion]") {
  auto a = subject_words("een werkbare definitie van \"extremistische content\"");
  auto b = subject_words("om te komen tot een werkbare definitie van extremistisch content");
  CHECK(word_overlap(a, b) == 4);
  CHECK(word_overlap(subject_words("de opvang van asielzoekers"), subject_words("de bouw van woningen")) == 0);
}

TEST_CASE("the bundled corpus binds the motion three ways", "[motion][corpus]") {
  const std::string dir = std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao/";
  SECTION("beslisnota: footnote across a blank-line split sentence") {
    Extraction x = extract_document(load_document(dir + "2025_beslisnota-non-paper-countering-together.txt"));
    std::vector<std::string> ids;
    for (const Reference& r : x.references)
      if (r.kind == RefKind::motion) ids.push_back(r.id);
    CHECK(ids == std::vector<std::string>{"kst-29754-758"});
  }
  SECTION("letter of 2 December 2025: footnote 4") {
    Extraction x = extract_document(load_document(dir + "2025-12-02_brief-rapport-schimmige-scheidslijnen.txt"));
    std::vector<std::string> ids;
    for (const Reference& r : x.references)
      if (r.kind == RefKind::motion) ids.push_back(r.id);
    CHECK(ids == std::vector<std::string>{"kst-29754-758"});
  }
  SECTION("the motion's own XML names no motion") {
    Extraction x = extract_document(load_document(dir + "2025-10-02_kst-29754-758_motie-michon-derkzen.xml"));
    for (const Reference& r : x.references) CHECK(r.kind != RefKind::motion);
  }
}
