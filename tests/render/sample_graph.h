#pragma once
// A small corpus with every kind of vertex and every relation the pictures
// draw, and a document with a hostile title, as extractions through
// build_graph (the same road real documents take).
#include <string>
#include <utility>

#include "kamerref/graph/graph.h"

namespace kamerref::test {

// Quotes, backslashes (with the escapes Graphviz reads: \N \G \n \l),
// markup, an ampersand, a newline, a trailing backslash.
inline const std::string kHostile =
    "Nota \"aanhalingstekens\" \\N back\\slash \\G \\l <script>alert('x')</script> & co\nregel twee \\";

inline Reference sample_ref(RefKind kind, std::string id, std::string text, std::string sentence, int line) {
  Reference r;
  r.kind = kind;
  r.id = std::move(id);
  r.text = std::move(text);
  r.sentence = std::move(sentence);
  r.line = line;
  return r;
}

inline Reference motion_mention(std::string id, std::string relation, std::string sentence, int line) {
  Reference r = sample_ref(RefKind::motion, std::move(id), "de motie van het lid Michon-Derkzen", std::move(sentence), line);
  r.motion = MotionInfo{};
  r.motion->indieners = {"Michon-Derkzen"};
  r.motion->relation = std::move(relation);
  return r;
}

inline Reference commitment_ref(std::string id, std::string role, std::string from, std::string to, std::string topic,
                                std::string sentence, int line) {
  Reference r = sample_ref(RefKind::commitment, std::move(id), "toezegging", std::move(sentence), line);
  r.commitment = CommitmentInfo{};
  r.commitment->role = std::move(role);
  r.commitment->due_from = std::move(from);
  r.commitment->due_to = std::move(to);
  r.commitment->due_text = "voor de zomer";
  r.commitment->topic = std::move(topic);
  return r;
}

inline Extraction sample_document(std::string file, std::string id, std::string date, std::string type, std::string title) {
  Extraction e;
  e.file = std::move(file);
  e.document.id = std::move(id);
  e.document.date = std::move(date);
  e.document.type = std::move(type);
  e.document.title = std::move(title);
  return e;
}

inline std::vector<Extraction> sample_extractions() {
  Extraction contour = sample_document("corpus/contourenbrief.txt", "kst-29754-690", "2023-12-01", "kamerbrief",
                                       "Contourenbrief Versterkte Aanpak Online");
  contour.document.dossier = "dossier-29754";
  contour.references = {
      sample_ref(RefKind::eu, "celex-32022R2065", "Verordening (EU) 2022/2065", "De DSA geldt sinds 2024.", 10),
      sample_ref(RefKind::report, "report-dtn-46", "Dreigingsbeeld Terrorisme Nederland 46", "Zie het DTN.", 12),
      sample_ref(RefKind::law, "wet-tijdelijke-wet-bestuurlijke-maatregelen-terrorismebestrijding",
                 "Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding", "De wet loopt af.", 14),
      sample_ref(RefKind::debate, "debate-commissiedebat-terrorisme-en-extremisme-2023-06-07",
                 "Commissiedebat Terrorisme en Extremisme", "Tijdens het commissiedebat ...", 16),
      sample_ref(RefKind::kamerstuk, "kst-29754-434", "Kamerstuk 29 754, nr. 434", "Kamerstuk 29 754, nr. 434.", 40),
      sample_ref(RefKind::kamerstuk, "kst-32824-456", "Kamerstukken II 2024/25, 32 824, nr. 456", "Zie 32824.", 41),
      commitment_ref("commitment-kst-29754-690-1", "made", "2024-01-01", "2024-06-30",
                     "een werkbare definitie van extremistische content",
                     "Ik informeer uw Kamer voor de zomer over een werkbare definitie van extremistische content.", 20),
  };
  Extraction motie = sample_document("corpus/motie.xml", "kst-29754-758", "2025-10-02", "motie",
                                     "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"");
  motie.document.indieners = {"I.J.M. Michon-Derkzen"};
  motie.document.dossier = "dossier-29754";
  motie.document.verzoeken = {
      "verzoekt de regering te komen tot een werkbare definitie van extremistische content",
      "verzoekt de regering de Kamer hierover te informeren bij de volgende voortgangsbrief"};
  Extraction reply = sample_document("corpus/schimmige-scheidslijnen.txt", "kst-29754-771", "2025-12-02", "kamerbrief",
                                     "Rapport 'Schimmige scheidslijnen'");
  reply.document.dossier = "dossier-29754";
  reply.references = {
      motion_mention("kst-29754-758", "uitvoering", "Conform de motie van het lid Michon-Derkzen bekijk ik ...", 30),
      motion_mention("motie-van-der-werf", "aangehouden", "De motie van het lid Van der Werf is aangehouden.", 31),
      sample_ref(RefKind::kamerstuk, "kst-29754-690", "Kamerstuk 29754, nr. 690", "In de contourenbrief ...", 32),
      commitment_ref("commitment-kst-29754-771-1", "made", "2026-03-20", "2026-06-20", "de voortgang van de gesprekken",
                     "Ik zal uw Kamer in het voorjaar van 2026 informeren over de gesprekken.", 33),
  };
  Extraction progress = sample_document("corpus/voortgangsbrief.md", "doc-voortgangsbrief", "2026-05-22", "kamerbrief",
                                        "Voortgangsbrief Versterkte Aanpak Online");
  progress.references = {
      motion_mention("kst-29754-758", "afgedaan", "Hiermee beschouw ik de motie Michon-Derkzen als afgedaan.", 50),
      sample_ref(RefKind::kamerstuk, "kst-29754-771", "Kamerstukken II 2025/26, 29754, nr. 771", "Zie nr. 771.", 51),
      commitment_ref("commitment-kst-29754-690-1", "fulfilled", "", "", "een werkbare definitie van extremistische content",
                     "Hiermee geef ik gehoor aan de toezegging over een werkbare definitie van extremistische content.", 52),
  };
  Extraction hostile = sample_document("corpus/nota <&> \"x\".txt", "doc-hostile-nota", "", "nota", kHostile);
  hostile.references = {
      motion_mention("kst-29754-758", "genoemd", "Zie ook de motie " + kHostile, 5),
  };
  return {contour, motie, reply, progress, hostile};
}

inline ReferenceGraph sample_graph() { return build_graph(sample_extractions()); }

}  // namespace kamerref::test
