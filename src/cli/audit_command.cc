// `kamerref audit motions [--json] [--adopted-only] PATH...`
// `kamerref audit commitments [--json] [--as-of YYYY-MM-DD] [--fail-on-overdue] PATH...`
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/analyse/register.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/audit_json.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {

std::function<int()> setup_audit(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    bool json = false;
    std::string as_of;
    bool fail_on_overdue = false;
    CorpusOptions corpus;
    bool adopted_only = false;
  };
  auto opt = std::make_shared<Options>();
  app.require_subcommand(1, 1);

  CLI::App* motions = app.add_subcommand("motions", "Every motion the documents know, who submitted it, where it stands");
  motions->add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  motions->add_flag("--json", opt->json, "Print SPEC section 3 JSON");
  add_corpus_options(*motions, opt->corpus);
  motions->add_flag("--adopted-only", opt->adopted_only,
                    "Only motions the Kamer adopted (kamer.decision aangenomen: imported TK data or a text)");

  CLI::App* commitments =
      app.add_subcommand("commitments", "Every promise made to the Kamer: due when, kept by which later document");
  commitments->add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  commitments->add_flag("--json", opt->json, "Print SPEC section 3 JSON");
  commitments->add_option("--as-of", opt->as_of, "Judge deadlines on this date (default: today in the Netherlands)")
      ->check(iso_date_validator());
  commitments->add_flag("--fail-on-overdue", opt->fail_on_overdue, "Exit 1 when a commitment is overdue");
  add_corpus_options(*commitments, opt->corpus);

  return [opt, motions] {
    int code = kSuccess;
    CorpusGraph corpus = read_corpus(opt->paths, opt->corpus, code);
    const ReferenceGraph& graph = corpus.graph;
    if (motions->parsed()) {
      std::vector<MotionFinding> findings = audit_motions(graph);
      if (opt->adopted_only)
        std::erase_if(findings, [](const MotionFinding& f) { return f.kamer.decision != "aangenomen"; });
      if (opt->json)
        write_motion_audit_json(std::cout, findings);
      else
        write_motion_audit(std::cout, findings);
      std::cout.flush();
      return code;
    }
    CommitmentAuditOptions options;
    options.as_of = opt->as_of.empty() ? today_iso() : opt->as_of;
    std::vector<CommitmentFinding> findings = audit_commitments(graph, corpus.corpus.texts, options);
    attach_register(graph, findings);  // imported Toezeggingen, beside the texts' commitments
    if (opt->json)
      write_commitment_audit_json(std::cout, findings);
    else
      write_commitment_audit(std::cout, findings, options.as_of);
    std::cout.flush();
    if (code == kSuccess && opt->fail_on_overdue) {
      for (const CommitmentFinding& f : findings)
        if (f.status == "overdue") return static_cast<int>(kFindings);
    }
    return code;
  };
}

}  // namespace kamerref::cli
