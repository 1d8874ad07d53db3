// Markdown, HTML and XML stripping, seen through the whole loader.
#include <catch2/catch.hpp>

#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"

using kamerref::Format;
using kamerref::load_document_from_bytes;

TEST_CASE("Markdown markup disappears, text and offsets stay", "[markdown]") {
  const std::string md = "**Datum**  \n29 november 2024\n\n### 1. Aanleiding\n\n"
                         "Zie [de brief](http://x.nl) en *hashtags*.<sup>1</sup> Verder\n\n---\n\n"
                         "<sup>1</sup> Kamerstukken II 2023/24, 29754, nr. 690.\n";
  auto doc = load_document_from_bytes("n.md", md);
  CHECK(doc.format == Format::markdown);
  CHECK(doc.text.find("Datum  \n29 november 2024") != std::string::npos);
  CHECK(doc.text.find("1. Aanleiding") != std::string::npos);
  CHECK(doc.text.find("Zie de brief en hashtags. Verder") != std::string::npos);
  REQUIRE(doc.markers.size() == 2);
  CHECK_FALSE(doc.markers[0].at_line_start);
  CHECK(doc.markers[1].at_line_start);
  auto pos = doc.text.find("Kamerstukken");
  auto span = doc.to_original({pos, pos + 12});
  CHECK(md.substr(span.begin, span.size()) == "Kamerstukken");
}

TEST_CASE("Markdown keeps bullets, snake_case and autolinks", "[markdown]") {
  auto doc = load_document_from_bytes("n.md", "* punt een\nfile_name <https://www.atkm.nl/meldpunt>\n> Retouradres\n");
  CHECK(doc.text == "* punt een\nfile_name https://www.atkm.nl/meldpunt\nRetouradres\n");
}

TEST_CASE("Markdown: a quote or heading mark is seen after any line of text", "[markdown]") {
  // Plain text runs on over line breaks; a line that starts with `>` or `#`
  // after at most four spaces is still a quote or a heading.
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"tekst\n# Kop\ntekst", "tekst\nKop\ntekst"},
      {"tekst\n   ## Kop\nmeer", "tekst\nKop\nmeer"},
      {"tekst\n    > citaat", "tekst\ncitaat"},
      {"tekst\n     > citaat", "tekst\n     > citaat"},  // five spaces: text
      {"tekst\n#geen kop", "tekst\n#geen kop"},
      {"a\n> b\n> > c", "a\nb\nc"},
      {"x\n*nadruk*\ny", "x\nnadruk\ny"},
      {"lang " + std::string(40, 'x') + "\n" + std::string(30, 'y') + "\n### Kop",
       "lang " + std::string(40, 'x') + "\n" + std::string(30, 'y') + "\nKop"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    auto doc = load_document_from_bytes("k.md", c.in);
    CHECK(doc.text == c.out);
    // the last word maps back to its bytes
    const std::size_t word = doc.text.find_last_of("\n >") + 1;
    auto span = doc.to_original({word, doc.text.size()});
    CHECK(c.in.substr(span.begin, span.size()) == doc.text.substr(word));
  }
}

TEST_CASE("HTML: tags, entities, sup markers, footnote lists, meta", "[html]") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Brief</title><meta name=\"DC.identifier\" content=\"kst-1\">"
      "<script>var x = '<p>';</script></head><body><p>Zie&nbsp;de motie.<sup><a href=\"#fn1\">1</a></sup> "
      "Verder</p><section class=\"footnotes\"><ol><li id=\"fn1\"><p>Kamerstuk 29 754, nr. 758.</p></li></ol>"
      "</section></body></html>";
  auto doc = load_document_from_bytes("p.html", html);
  CHECK(doc.format == Format::html);
  CHECK(doc.meta("DC.identifier") == "kst-1");
  CHECK(doc.meta("title") == "Brief");
  CHECK(doc.text.find("var x") == std::string::npos);
  CHECK(doc.text.find("Zie de motie. Verder") != std::string::npos);
  REQUIRE(doc.markers.size() == 2);
  CHECK(doc.markers[1].at_line_start);
  CHECK(doc.markers[1].number == 1);
}

TEST_CASE("XML: body text per block, notes at the end, metadata", "[xml]") {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><officiele-publicatie><metadata>"
      "<meta name=\"DC.identifier\" content=\"kst-29754-758\"/></metadata><kamerstuk><stuk>"
      "<al>Eerste &amp; alinea<noot id=\"n1\"><noot.nr>1</noot.nr><noot.al>Kamerstuk 29 754, nr. 690.</noot.al></noot> verder.</al>"
      "<al>Tweede alinea</al></stuk></kamerstuk></officiele-publicatie>";
  auto doc = load_document_from_bytes("m.xml", xml);
  CHECK(doc.format == Format::xml);
  CHECK(doc.meta("DC.identifier") == "kst-29754-758");
  CHECK(doc.text.find("Eerste & alinea verder.\nTweede alinea") != std::string::npos);
  REQUIRE(doc.markers.size() == 2);
  CHECK(doc.markers[1].at_line_start);
  auto pos = doc.text.find("Kamerstuk 29 754");
  REQUIRE(pos != std::string::npos);
  auto span = doc.to_original({pos, pos + 16});
  CHECK(xml.substr(span.begin, span.size()) == "Kamerstuk 29 754");
  // the entity maps back to its five bytes
  auto amp = doc.text.find('&');
  auto amp_span = doc.to_original({amp, amp + 1});
  CHECK(xml.substr(amp_span.begin, amp_span.size()) == "&amp;");
}

// A CDATA section is text as written, `&` and `<` included. A file saved
// with Windows line ends holds CR LF inside it, which the XML parser reads as
// one line break: the section's text is all of it, from its first byte (the
// walker once took nine bytes too many at the start and repeated its end),
// and maps back to the bytes it came from.
TEST_CASE("XML: a CDATA section with Windows line ends is read whole", "[xml]") {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<officiele-publicatie><kamerstuk><stuk>\r\n"
      "<al><![CDATA[Kamerstuk 29 754,\r\nnr. 690 & <meer>]]> en verder.</al>\r\n"
      "<al>Tweede alinea</al></stuk></kamerstuk></officiele-publicatie>\r\n";
  auto doc = load_document_from_bytes("c.xml", xml);
  CHECK(doc.text.find("Kamerstuk 29 754,\nnr. 690 & <meer> en verder.\nTweede alinea") == 0);
  CHECK(doc.text.find("]]>") == std::string::npos);
  auto pos = doc.text.find("nr. 690 & <meer>");
  REQUIRE(pos != std::string::npos);
  auto span = doc.to_original({pos, pos + 16});
  CHECK(xml.substr(span.begin, span.size()) == "nr. 690 & <meer>");
}

TEST_CASE("XML that declares entities is refused, broken XML is an error", "[xml]") {
  CHECK_THROWS_AS(load_document_from_bytes("b.xml", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\">]><l>&a;</l>"),
                  kamerref::LoadError);
  CHECK_THROWS_AS(load_document_from_bytes("b.xml", "<?xml version=\"1.0\"?><a><b></a>"), kamerref::LoadError);
}

TEST_CASE("Format detection looks at content first", "[load]") {
  CHECK(kamerref::detect_format("x.txt", "<?xml version=\"1.0\"?><a/>") == Format::xml);
  CHECK(kamerref::detect_format("x.txt", "%PDF-1.7") == Format::pdf);
  CHECK(kamerref::detect_format("x.htm", "tekst") == Format::html);
  CHECK(kamerref::detect_format("x.md", "tekst") == Format::markdown);
  CHECK(kamerref::detect_format("x", "  <!doctype html>") == Format::html);
}

TEST_CASE("A page saved from officielebekendmakingen.nl", "[html]") {
  // The shape of a Kamerstuk page: header metadata, body paragraphs with
  // note anchors, the notes in a list at the end.
  const std::string html =
      "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
      "<meta name=\"DC.identifier\" content=\"kst-29754-771\"><meta name=\"DCTERMS.issued\" content=\"2025-12-02\">"
      "<title>Kamerstuk 29754, nr. 771 | Overheid.nl &gt; Offici&euml;le bekendmakingen</title></head>\n<body>"
      "<div class=\"stuk\"><p class=\"stuknr\">Nr. 771</p><p>Daarom bekijk ik, conform de motie van het lid "
      "Michon-Derkzen (VVD), de mogelijkheden.<sup><a class=\"nootnum\" href=\"#ID-1-4\">4</a></sup> "
      "Dit&nbsp;kan helpen.</p></div><div class=\"voetnoten\"><ol>"
      "<li id=\"fn4\"><p>Kamerstukken 2025/2026, 29754, nr. 758.</p></li></ol></div></body></html>";
  auto doc = load_document_from_bytes("kst-29754-771.html", html);
  CHECK(doc.meta("title") == "Kamerstuk 29754, nr. 771 | Overheid.nl > Offici\xC3\xABle bekendmakingen");
  CHECK(doc.text.find("de mogelijkheden. Dit kan helpen.") != std::string::npos);
  auto e = kamerref::extract_document(doc);
  CHECK(e.document.id == "kst-29754-771");
  CHECK(e.document.date == "2025-12-02");
  bool found = false;
  for (const auto& r : e.references) {
    if (r.id != "kst-29754-758" || r.kind != kamerref::RefKind::kamerstuk) continue;
    found = true;
    CHECK(r.footnote == 4);
    CHECK(html.substr(r.source.begin, r.source.size()) == r.text);
  }
  CHECK(found);
}

TEST_CASE("XML: the stuk's own number, title, date and year are the first in document order", "[xml]") {
  // A stuk nested in another, a datumtekst without a datum before one with,
  // a tekstregel of another kind or outside the kamerstukkop.
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><officiele-publicatie>"
      "<tekstregel inhoud=\"vergaderjaar\">buiten de kop</tekstregel>"
      "<kamerstukkop><tekstregel inhoud=\"kamer\">Tweede Kamer</tekstregel>"
      "<tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2024-2025</tekstregel></kamerstukkop>"
      "<x><stuknr><ondernummer>99</ondernummer></stuknr></x>"
      "<stuk><datumtekst>Voorgesteld zonder datum</datumtekst>"
      "<x><titel>niet van de stuk</titel></x>"
      "<stuk><titel>MOTIE VAN HET LID X</titel><stuknr>Nr. <ondernummer>52</ondernummer></stuknr>"
      "<datumtekst>Voorgesteld <b><datum isodatum=\"2024-10-15\">15 oktober 2024</datum></b></datumtekst></stuk>"
      "<titel>later</titel></stuk>"
      "<dagtekening>Den Haag, <datum isodatum=\"2022-02-21\">21 februari 2022</datum></dagtekening>"
      "</officiele-publicatie>";
  auto doc = load_document_from_bytes("s.xml", xml);
  CHECK(doc.official.ondernummer == "52");
  CHECK(doc.official.stuk_titel == "MOTIE VAN HET LID X");
  CHECK(doc.official.datumtekst == "Voorgesteld 15 oktober 2024");
  CHECK(doc.official.isodatum == "2024-10-15");
  CHECK(doc.official.vergaderjaar == "Vergaderjaar 2024-2025");
  // without a dated datumtekst in a stuk, a dagtekening with a date
  auto letter = load_document_from_bytes(
      "b.xml",
      "<?xml version=\"1.0\"?><brief><stuk><datumtekst>geen</datumtekst></stuk>"
      "<dagtekening>Den Haag, <datum>zonder</datum></dagtekening>"
      "<dagtekening>Den Haag, <datum isodatum=\"2022-02-21\">21 februari 2022</datum></dagtekening></brief>");
  CHECK(letter.official.datumtekst == "Den Haag, 21 februari 2022");
  CHECK(letter.official.isodatum == "2022-02-21");
  CHECK(letter.official.ondernummer.empty());
}
