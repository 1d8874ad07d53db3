#include "kamerref/extract/commitment.h"

#include <catch2/catch.hpp>

#include "motion_harness.h"

using namespace kamerref;
using kamerref::testing::letter_dated;
using kamerref::testing::run_modules;

namespace {

std::vector<const Reference*> commitments(const kamerref::testing::ModuleRun& run) { return run.of(RefKind::commitment); }

// The one commitment of a run (the test stops where there is not exactly one).
const CommitmentInfo& only_commitment(const kamerref::testing::ModuleRun& run) {
  const std::vector<const Reference*> found = commitments(run);
  REQUIRE(found.size() == 1);
  return *found.front()->commitment;
}

}  // namespace

TEST_CASE("promises made to the Kamer", "[commitment]") {
  struct Case {
    const char* text;
    const char* date;
    const char* due_from;
    const char* due_to;
    const char* vehicle;
    const char* topic;
  };
  const Case cases[] = {
      {"Vanzelfsprekend zal ik uw Kamer in het voorjaar van 2026 informeren over de voortgang middels de "
       "voortgangsbrief Versterkte Aanpak Online.",
       "2025-12-02", "2026-03-20", "2026-06-20", "voortgangsbrief", "de voortgang"},
      {"Over de ontwikkelingen hieromtrent zal ik uw Kamer in de volgende voortgangsbrief over de Versterkte Aanpak "
       "Online in het voorjaar van 2026 informeren.",
       "2025-12-02", "2026-03-20", "2026-06-20", "voortgangsbrief", "de ontwikkelingen hieromtrent"},
      {"Eind 2026 zal ik uw Kamer nader informeren over deze inspanningen op nationaal en Europees niveau.",
       "2026-05-22", "2026-10-01", "2026-12-31", "", "deze inspanningen op nationaal en Europees niveau"},
      {"In het voorjaar van 2018 wordt uw Kamer geïnformeerd over ontwikkelingen in de aanpak.", "2017-11-24",
       "2018-03-20", "2018-06-20", "", "ontwikkelingen in de aanpak"},
      {"In een volgende Kamerbrief in het najaar zal ik u informeren over de voortgang van deze sporen.", "2026-05-22",
       "2026-09-22", "2026-12-20", "Kamerbrief", "de voortgang van deze sporen"},
      {"Het eindrapport zal in het najaar van 2026 aan uw Kamer worden aangeboden.", "2026-05-22", "2026-09-22",
       "2026-12-20", "", "Het eindrapport"},
      {"Zoals in eerdere Kamerbrieven vermeld, verwacht ik medio dit jaar de resultaten uit het WODC-onderzoek met uw "
       "Kamer te delen middels een beleidsreactie.",
       "2026-05-22", "2026-05-01", "2026-08-31", "beleidsreactie", ""},
      {"Nog dit jaar zal ik in de voortgangsbrief Versterkte Aanpak Online nader ingaan op de ontwikkelingen in de "
       "aanpak.",
       "2025-12-02", "2025-12-02", "2025-12-31", "voortgangsbrief", "de ontwikkelingen in de aanpak"},
      {"Op korte termijn zal de staatssecretaris de beantwoording van de gestelde vragen aan u toezenden.",
       "2026-05-22", "2026-05-22", "2026-08-22", "", ""},
      {"Ik kom hier voor de zomer bij uw Kamer op terug.", "2026-05-22", "2026-05-22", "2026-06-20", "", ""},
      // a verslag's toezeggingen
      {"De minister zegt toe de Kamer voor de zomer te informeren over de evaluatie van de wet.", "2026-03-10",
       "2026-03-10", "2026-06-20", "", "de evaluatie van de wet"},
      {"- De minister informeert de Kamer in het najaar van 2026 over de uitkomsten van de verkenning.", "2026-05-22",
       "2026-09-22", "2026-12-20", "", "de uitkomsten van de verkenning"},
      // a stand-van-zaken table of moties en toezeggingen
      {"De Tweede Kamer wordt na het zomerreces van 2009 per brief geïnformeerd.", "2009-07-15", "2009-09-01",
       "2009-10-31", "brief", ""},
      {"De TK wordt hierover in het najaar van 2009 geïnformeerd.", "2009-07-15", "2009-09-22", "2009-12-20", "", ""},
      // the present tense, for a time after the letter's date
      {"Ik informeer uw Kamer in het eerste kwartaal van 2026 over de resultaten van de pilot.", "2025-10-14",
       "2026-01-01", "2026-03-31", "", "de resultaten van de pilot"},
      {"Na de zomer stuur ik u een brief over de aanpak van drugscriminaliteit.", "2025-06-02", "2025-09-01",
       "2025-10-31", "brief", "de aanpak van drugscriminaliteit"},
      {"Uw Kamer ontvangt de evaluatie uiterlijk in 2027.", "2025-10-14", "2027-01-01", "2027-12-31", "", "de evaluatie"},
      // a bound on the time, or a time denied, is no denial of the promise
      {"Ik zal uw Kamer hierover niet eerder dan in het najaar informeren.", "2025-05-12", "2025-09-22", "2025-12-20", "",
       ""},
      {"Ik zal uw Kamer daarom niet voor de zomer informeren, maar na de zomer.", "2025-05-12", "2025-09-01",
       "2025-10-31", "", ""},
      {"Ik zal uw Kamer niet alleen over de kosten maar ook over de baten voor de zomer informeren.", "2025-05-12",
       "2025-05-12", "2025-06-20", "", ""},
      // coming back, the Kamer unnamed: with a time, or in a letter still to come
      {"Ik kom hier voor de zomer op terug.", "2025-05-12", "2025-05-12", "2025-06-20", "", ""},
      {"Ik kom hierop terug in de volgende voortgangsbrief.", "2025-05-12", "", "", "voortgangsbrief", ""},
      {"In een aparte brief kom ik na de zomer op de uitkomsten terug.", "2025-05-12", "2025-09-01", "2025-10-31", "brief",
       ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto run = run_modules(c.text, letter_dated(c.date), {extract_commitments});
    const CommitmentInfo& info = only_commitment(run);
    CHECK(commitments(run).front()->id == "commitment-doc-test-1");
    CHECK(info.role == "made");
    CHECK(info.due_from == c.due_from);
    CHECK(info.due_to == c.due_to);
    CHECK(info.vehicle == c.vehicle);
    if (*c.topic) CHECK(info.topic == c.topic);
  }
}

TEST_CASE("a promise about `hierover` takes the previous sentence as topic", "[commitment]") {
  auto run = run_modules(
      "Ik ga met de reclassering in gesprek over een vergelijkbare methodiek. Ik streef ernaar om uw Kamer hierover "
      "eind dit jaar nader te informeren.",
      letter_dated("2026-05-22"), {extract_commitments});
  const CommitmentInfo& info = only_commitment(run);
  CHECK(info.topic == "Ik ga met de reclassering in gesprek over een vergelijkbare methodiek.");
  CHECK(info.due_text == "eind dit jaar");
  CHECK(info.due_from == "2026-10-01");
  CHECK(run.text_of(*commitments(run).front()) ==
        "Ik streef ernaar om uw Kamer hierover eind dit jaar nader te informeren");
}

TEST_CASE("`Ik kom hier ... op terug` takes the previous sentence as topic", "[commitment]") {
  auto run = run_modules(
      "De gemeenten onderzoeken de wachtlijsten in de jeugdzorg. Ik kom hier in de volgende voortgangsbrief op terug.",
      letter_dated("2025-05-12"), {extract_commitments});
  const CommitmentInfo& info = only_commitment(run);
  CHECK(info.topic == "De gemeenten onderzoeken de wachtlijsten in de jeugdzorg.");
  CHECK(info.vehicle == "voortgangsbrief");
}

TEST_CASE("a pointer after a `;` points to the clause before it, not to the sentence before", "[commitment]") {
  auto run = run_modules(
      "Het kabinet voert de motie-Dijk niet uit. De motie van het lid Bikker over de jeugdzorg is met deze brief nog "
      "niet afgedaan; ik kom hier na de zomer op terug.",
      letter_dated("2025-05-12"), {extract_commitments});
  const CommitmentInfo& info = only_commitment(run);
  CHECK(info.topic == "De motie van het lid Bikker over de jeugdzorg is met deze brief nog niet afgedaan");
  CHECK(info.due_text == "na de zomer");
}

TEST_CASE("a pointer never takes the letter's date line or salutation as topic, a heading it does",
          "[commitment]") {
  auto run = run_modules(
      "Den Haag, 12 mei 2025\n\nGeachte voorzitter,\n\nIk zal uw Kamer hierover voor de zomer informeren.\n\n"
      "Wachtlijsten jeugdzorg\n\nIk kom hier na de zomer op terug.\n",
      letter_dated("2025-05-12"), {extract_commitments});
  auto found = commitments(run);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->commitment->topic.find("Geachte") == std::string::npos);
  CHECK(found[0]->commitment->topic.find("Den Haag") == std::string::npos);
  CHECK(found[1]->commitment->topic == "Wachtlijsten jeugdzorg");
}

TEST_CASE("a topic without content words is named by the sentence before, never by its time", "[commitment]") {
  auto run = run_modules(
      "Ik zal uw Kamer voor het einde van het jaar informeren over de uitkomsten van het onderzoek. Ik informeer uw "
      "Kamer in het eerste kwartaal van 2026 over de voortgang.",
      letter_dated("2025-10-14"), {extract_commitments});
  auto found = commitments(run);
  REQUIRE(found.size() == 2);
  CHECK(found[1]->commitment->topic == "de voortgang rond de uitkomsten van het onderzoek");
}

TEST_CASE("a table of toezeggingen: a row's status cell says whether its promise is kept", "[commitment]") {
  const std::string table =
      "| Toezegging | Termijn | Status |\n|---|---|---|\n"
      "| De minister informeert de Kamer voor de zomer van 2025 over de wachtlijsten | Zomer 2025 | Met deze brief "
      "afgedaan |\n"
      "| De minister stuurt de Kamer de evaluatie | Najaar 2025 | Lopend |\n"
      "| Motie van het lid Tielen over wachtlijsten | Kamerstuk 31 765, nr. 894 | Afgedaan |\n";
  auto run = run_modules(table, letter_dated("2025-05-12"), {extract_commitments});
  auto found = commitments(run);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->commitment->role == "fulfilled");
  CHECK(found[0]->commitment->topic == "de wachtlijsten");
  CHECK(found[1]->commitment->role == "made");
  // the time from the row's Termijn cell
  CHECK(found[1]->commitment->due_text == "Najaar 2025");
}

TEST_CASE("a table of toezeggingen in PDF text: columns apart by runs of spaces", "[commitment]") {
  // as poppler's physical layout prints a table (src/load/pdf.cc); the
  // first promise's cell goes on in its column on the next line
  const std::string table =
      "Toezegging                                                  Termijn        Stand van zaken\n"
      "De minister informeert de Kamer voor de zomer van 2025      Zomer 2025     Afgedaan\n"
      "over de wachtlijsten in de jeugdzorg\n"
      "De minister stuurt de Kamer de evaluatie van de wet         Najaar 2025    Lopend\n";
  auto run = run_modules(table, letter_dated("2025-09-12"), {extract_commitments});
  auto found = commitments(run);
  REQUIRE(found.size() == 2);
  // kept, as its status cell says (before, the sentence ran over the whole
  // table and the promise was open, and overdue on the letter's date)
  CHECK(found[0]->commitment->role == "fulfilled");
  CHECK(found[0]->commitment->topic == "de wachtlijsten in de jeugdzorg");
  CHECK(run.text_of(*found[0]) == "informeert de Kamer");
  CHECK(found[1]->commitment->role == "made");
  CHECK(found[1]->commitment->due_text == "Najaar 2025");
  // the topic is the promise's own column, not the next row's
  CHECK(found[1]->commitment->topic.find("Lopend") == std::string::npos);
}

TEST_CASE("a promise in PDF prose with the margin beside it stays a sentence", "[commitment]") {
  // the first page of a letter: its right-hand column holds the date
  const std::string text =
      "Ik zal uw Kamer voor de zomer van 2026 informeren over                Datum 12 mei 2025\n"
      "de uitkomsten van het onderzoek naar de wachtlijsten.\n";
  auto run = run_modules(text, letter_dated("2025-05-12"), {extract_commitments});
  const CommitmentInfo& info = only_commitment(run);
  CHECK(info.role == "made");
  CHECK(info.due_text == "voor de zomer van 2026");
}

TEST_CASE("a vehicle without a time gives no window", "[commitment]") {
  auto run = run_modules("Hierover zal ik uw Kamer in de volgende voortgangsbrief informeren.", letter_dated("2026-05-22"),
                         {extract_commitments});
  const CommitmentInfo& info = only_commitment(run);
  CHECK(info.vehicle == "voortgangsbrief");
  CHECK(info.due_text.empty());
  CHECK(info.due_from.empty());
}

TEST_CASE("promises cited", "[commitment]") {
  SECTION("footnote: made to a member during a debate; topic from the marked sentence") {
    auto run = run_modules(
        "Momenteel wordt de Uitvoeringswet geëvalueerd conform de wettelijke verplichting.²¹\n\n"
        "²¹ Toezegging gedaan aan het lid van der Werf (D66) tijdens het plenair debat inzake de Uitvoeringswet "
        "verordening terroristische online-inhoud op 21 december 2022.\n",
        letter_dated("2026-05-22"), {extract_commitments});
    const CommitmentInfo& info = only_commitment(run);
    CHECK(info.role == "cited");
    CHECK(info.made_to == "van der Werf (D66)");
    CHECK(info.made_at ==
          "het plenair debat inzake de Uitvoeringswet verordening terroristische online-inhoud op 21 december 2022");
    CHECK(info.topic == "Momenteel wordt de Uitvoeringswet geëvalueerd conform de wettelijke verplichting.");
    CHECK(info.due_from.empty());
  }
  SECTION("zoals is toegezegd tijdens ...") {
    auto run = run_modules(
        "De staatssecretaris zal, zoals is toegezegd tijdens het Wetgevingsoverleg Digitale Zaken van 2 maart jl., uw "
        "Kamer informeren over de stand van zaken van de Europese aanpak.",
        letter_dated("2026-05-22"), {extract_commitments});
    const CommitmentInfo& info = only_commitment(run);
    CHECK(info.role == "cited");
    CHECK(info.made_at == "het Wetgevingsoverleg Digitale Zaken van 2 maart jl.");
    CHECK(info.topic == "de stand van zaken van de Europese aanpak");
  }
  SECTION("tijdens ... with the main clause after it, no comma between") {
    auto run = run_modules(
        "Tijdens het commissiedebat Jeugdzorg van 12 maart 2025 heb ik toegezegd uw Kamer te informeren over de "
        "wachtlijsten.",
        letter_dated("2025-05-12"), {extract_commitments});
    const CommitmentInfo& info = only_commitment(run);
    CHECK(info.role == "cited");
    // (was the occasion and the clause after it: `... 2025 heb ik toegezegd uw Kamer te informeren over ...`)
    CHECK(info.made_at == "het commissiedebat Jeugdzorg van 12 maart 2025");
  }
  SECTION("hebben in diverse Kamerdebatten toegezegd") {
    auto run = run_modules(
        "- U en uw voorganger hebben in diverse Kamerdebatten toegezegd medio 2023 met een Versterkte Aanpak Online te "
        "komen.",
        letter_dated("2024-11-29", "nota"), {extract_commitments});
    const CommitmentInfo& info = only_commitment(run);
    CHECK(info.role == "cited");
    CHECK(info.made_at == "diverse Kamerdebatten");
    CHECK(info.due_from == "2023-05-01");
    CHECK(info.topic == "met een Versterkte Aanpak Online te komen");
  }
}

TEST_CASE("promises fulfilled", "[commitment]") {
  const char* texts[] = {
      "Hiermee geef ik gehoor aan de toezegging uw Kamer dit voorjaar hierover te informeren.",
      "Zoals toegezegd informeer ik uw Kamer hierbij over de stand van zaken.",
      "Met deze brief doe ik de toezegging aan het lid Jansen gestand.",
      "Met deze brief informeer ik uw Kamer over de uitvoering van de volgende moties en toezeggingen.",
      "Met deze brief ontvangt u een overzicht van ontwikkelingen rondom PFAS, en komen wij tegemoet aan enkele "
      "toezeggingen en moties.",
      "In deze brief kom ik terug op de toezegging om uw Kamer voor de zomer te informeren over de wachtlijsten.",
      "Graag kom ik terug op mijn toezegging aan het lid Jansen over de wachtlijsten.",
  };
  for (const char* text : texts) {
    INFO(text);
    auto run = run_modules(text, letter_dated("2026-05-22"), {extract_commitments});
    const CommitmentInfo& info = only_commitment(run);
    CHECK(info.role == "fulfilled");
  }
  auto run = run_modules("Hiermee geef ik gehoor aan de toezegging uw Kamer dit voorjaar hierover te informeren.",
                         letter_dated("2026-05-22"), {extract_commitments});
  CHECK(commitments(run).front()->commitment->due_from == "2026-03-20");
}

TEST_CASE("no promise: present, past, other addressees, questions, requests", "[commitment]") {
  struct Case {
    const char* text;
    const char* type;
  };
  const Case cases[] = {
      {"In deze brief informeer ik u over de voortgang van de VAO.", "kamerbrief"},
      {"Hierover heb ik u nader geïnformeerd in de recente Kamerbrieven.", "kamerbrief"},
      {"Ik zal het rapport en de aanbevelingen actief betrekken in mijn structurele dialoog met de platformen.",
       "kamerbrief"},
      {"In deze dialoog zal ik aandacht vragen voor de wijze waarop de aanbevelingen opgevolgd moeten worden.",
       "kamerbrief"},
      {"De Tweede Kamer wordt geïnformeerd over de internationale inspanning van Nederland.", "nota"},
      {"Met verzending van bijgaande Kamerbrief wordt het non paper aangeboden aan de Tweede Kamer.", "nota"},
      {"U deelt het non-paper door middel van bijgaande Kamerbrief met de Tweede Kamer.", "nota"},
      {"Bent u bereid de Kamer hierover voor de zomer te informeren?", "antwoord op kamervragen"},
      {"verzoekt de regering de Kamer hierover te informeren bij de volgende voortgangsbrief,", "motie"},
      // a Handelingen quoting a motion's request
      {"verzoekt het demissionaire kabinet de Kamer te informeren over wat het zal doen met de wachtlijsten,",
       "handelingen"},
      {"Nederland zal op korte termijn de Europese Commissie oproepen om een gedragscode op te stellen.", "kamerbrief"},
      {"Daarnaast stimuleert SZW effectieve interventies, waarover uw Kamer op 2 maart jl. reeds is geïnformeerd.",
       "kamerbrief"},
      {"Deze toezegging is vertaald naar twee producten.", "nota"},
      {"De Europese Commissie zal de lidstaten informeren over de richtsnoeren.", "kamerbrief"},
      {"Het kabinet informeert de Kamer jaarlijks over de voortgang.", "kamerbrief"},
      {"De minister zegt dat de aanpak toe is aan een evaluatie.", "verslag"},
      // the present tense with no time to come: what the letter itself does, or a time gone by
      {"Hierbij informeer ik uw Kamer over de maatregelen die in 2027 ingaan.", "kamerbrief"},
      {"Ik informeer uw Kamer over de resultaten van het eerste kwartaal van 2026.", "kamerbrief"},
      {"Ik stuur u de rapportage over 2025.", "kamerbrief"},
      // coming back to a subject now, later in the same letter, or in the debate itself
      {"Graag kom ik terug op de vragen van het lid Van Dijk over de wachtlijsten van 2024.", "kamerbrief"},
      {"Ik kom hier later in deze brief op terug.", "kamerbrief"},
      {"Ik kom daar in de tweede termijn op terug.", "handelingen"},
      {"Ik kom hier voor de zomer op terug.", "nota"},
      {"Graag kom ik terug op de vragen van uw Kamer over de wachtlijsten.", "kamerbrief"},
      // a promise denied
      {"Ik zal uw Kamer hierover niet apart informeren.", "kamerbrief"},
      {"Ik stuur u geen nieuwe brief voor de zomer.", "kamerbrief"},
      {"Uw Kamer ontvangt geen aparte brief over de evaluatie in 2027.", "kamerbrief"},
      {"Met deze brief kom ik terug op het verzoek van de Kamer van 3 april.", "kamerbrief"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto run = run_modules(c.text, letter_dated("2026-05-22", c.type), {extract_commitments});
    CHECK(commitments(run).empty());
  }
}

TEST_CASE("commitments are numbered in text order", "[commitment]") {
  DocumentInfo info = letter_dated("2026-05-22");
  info.id = "kst-29754-771";
  auto run = run_modules(
      "Ik zal uw Kamer voor de zomer informeren over de pilot. Dit is een gewone zin. Eind 2026 zal ik uw Kamer nader "
      "informeren over de definitie.",
      info, {extract_commitments});
  auto found = commitments(run);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->id == "commitment-kst-29754-771-1");
  CHECK(found[1]->id == "commitment-kst-29754-771-2");
  CHECK(found[0]->match.begin < found[1]->match.begin);
}
