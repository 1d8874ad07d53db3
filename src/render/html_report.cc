#include "kamerref/render/html_report.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "kamerref/render/diagram.h"
#include "kamerref/render/graphviz.h"
#include "kamerref/version.h"

namespace kamerref {
namespace {

constexpr std::string_view kStyle = R"CSS(
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
nav a { margin-right: 1em; }
.picture { overflow: auto; border: 1px solid #ddd; max-height: 80vh; }
.picture svg { display: block; }
.meta { color: #555; font-size: 0.9em; }
input.filter { width: 24em; padding: 0.3em; margin: 0.4em 0; }
table.audit { border-collapse: collapse; width: 100%; font-size: 0.85em; }
table.audit th, table.audit td { border: 1px solid #ddd; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
table.audit th { background: #f2f2f2; cursor: pointer; user-select: none; white-space: nowrap; }
table.audit th[aria-sort="ascending"]::after { content: " \25B2"; }
table.audit th[aria-sort="descending"]::after { content: " \25BC"; }
table.audit tr[hidden] { display: none; }
.status { font-weight: bold; white-space: nowrap; }
.status-afgedaan, .status-fulfilled { color: #2e7d32; }
.status-in-uitvoering { color: #ef6c00; }
.status-overdue, .status-niet-uitgevoerd { color: #c62828; }
.status-open, .status-genoemd, .status-onbekend { color: #616161; }
.evidence { margin: 0 0 0.4em 0; }
.evidence q { display: block; color: #444; font-style: italic; margin-left: 0.8em; }
.votebar { display: flex; width: 12em; height: 0.7em; margin-top: 0.2em; background: #eee; }
.votebar span { display: block; height: 100%; border-right: 1px solid #fff; box-sizing: border-box; }
.count { color: #555; font-size: 0.85em; margin-left: 0.5em; }
pre#selftest-result { display: none; }
)CSS";

// Plain JS, no library: sorting, filtering and the #selftest hook.
constexpr std::string_view kScript = R"JS(
(function () {
  'use strict';
  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) return '';
    var v = cell.getAttribute('data-sort');
    return v !== null ? v : cell.textContent.trim().toLowerCase();
  }
  function sortBy(table, column, direction) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var r = key(a, column).localeCompare(key(b, column), undefined, {numeric: true});
      if (r === 0) r = a.getAttribute('data-id').localeCompare(b.getAttribute('data-id'));
      return direction === 'ascending' ? r : -r;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      if (i === column) th.setAttribute('aria-sort', direction); else th.removeAttribute('aria-sort');
    });
  }
  function filter(table, words) {
    var needles = words.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var text = row.textContent.toLowerCase();
      var hit = needles.every(function (n) { return text.indexOf(n) >= 0; });
      row.hidden = !hit;
      if (hit) shown++;
    });
    var count = document.getElementById(table.id + '-count');
    if (count) count.textContent = shown + ' of ' + table.tBodies[0].rows.length + ' shown';
  }
  var tables = document.querySelectorAll('table.audit');
  Array.prototype.forEach.call(tables, function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.addEventListener('click', function () {
        var next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        sortBy(table, i, next);
      });
    });
    var box = document.querySelector('input.filter[data-table="' + table.id + '"]');
    if (box) box.addEventListener('input', function () { filter(table, box.value); });
  });

  // report.html#selftest[&filter=WORDS]: exercise the page as a person would
  // and write what happened where a headless browser's DOM dump shows it.
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf('selftest') !== 0) return;
  var match = /(?:^|&)filter=([^&]*)/.exec(hash);
  var column = /(?:^|&)column=(\d+)/.exec(hash);
  var result = {};
  function ids(table) {
    return Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hidden; })
        .map(function (r) { return r.getAttribute('data-id'); });
  }
  Array.prototype.forEach.call(tables, function (table) {
    var th = table.tHead.rows[0].cells[column ? Number(column[1]) : 0];
    var seen = {rows: table.tBodies[0].rows.length};
    th.click();
    seen.ascending = ids(table);
    th.click();
    seen.descending = ids(table);
    seen.sort = th.getAttribute('aria-sort');
    if (match) {
      var box = document.querySelector('input.filter[data-table="' + table.id + '"]');
      box.value = match[1];
      box.dispatchEvent(new Event('input'));
      seen.filtered = ids(table);
    }
    result[table.id] = seen;
  });
  var out = document.getElementById('selftest-result');
  out.textContent = JSON.stringify(result);
  out.setAttribute('data-done', 'yes');
})();
)JS";

std::string esc(std::string_view s) { return html_escape(s); }

// Percent-encodes what may not stand in a URL path as it is.
std::string url_path(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '/' || c == '.' ||
                 c == '-' || c == '_' || c == '~';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

class Writer {
 public:
  explicit Writer(const ReportInput& in) : in_(in) {}

  // `corpus/vao/x.md:120` linking to the file, relative to the report.
  std::string file_link(const std::string& file, int line) const {
    if (file.empty()) return {};
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target = fs::absolute(file, ec);
    fs::path base = fs::absolute(in_.folder.empty() ? fs::path(".") : in_.folder, ec);
    fs::path relative = fs::relative(target, base, ec);
    std::string href = ec || relative.empty() ? target.string() : relative.generic_string();
    std::string text = file + (line > 0 ? ":" + std::to_string(line) : "");
    return "<a class=\"file\" href=\"" + esc(url_path(href)) + "\">" + esc(text) + "</a>";
  }

  // The evidence of the first edge of `kind` (any kind when none fits) from `from` to `to`.
  const Evidence* find_evidence(const std::string& from, const std::string& to, std::initializer_list<EdgeKind> kinds) const {
    const Graph& g = in_.graph->g;
    std::optional<Vertex> a = in_.graph->find(from);
    std::optional<Vertex> b = in_.graph->find(to);
    if (!a || !b) return nullptr;
    const Evidence* any = nullptr;
    for (EdgeKind wanted : kinds) {
      for (auto [it, end] = boost::out_edges(*a, g); it != end; ++it) {
        if (boost::target(*it, g) != *b) continue;
        if (g[*it].kind == wanted) return &g[*it].evidence;
        if (!any) any = &g[*it].evidence;
      }
    }
    return any;
  }

  std::string evidence_block(const std::string& head, const std::string& file, int line, const std::string& quote) const {
    std::string out = "<div class=\"evidence\">" + head;
    if (std::string link = file_link(file, line); !link.empty()) out += " " + link;
    if (!quote.empty()) out += "<q>" + esc(quote) + "</q>";
    return out + "</div>";
  }

  std::string document_name(const std::string& id) const {
    if (std::optional<Vertex> v = in_.graph->find(id)) return short_label(in_.graph->g[*v]);
    return id;
  }

  std::string link_or_text(const std::string& id, const std::string& text) const {
    std::string url = link_for(id);
    if (url.empty()) return esc(text);
    return "<a href=\"" + esc(url) + "\">" + esc(text) + "</a>";
  }

  std::string motion_table() const {
    std::string rows;
    for (const MotionFinding& m : in_.motions) {
      std::string evidence;
      for (const MotionMention& mention : m.mentions) {
        const Evidence* ev = find_evidence(mention.document, m.id, {EdgeKind::answers_motion, EdgeKind::cites});
        std::string head = "<b>" + esc(mention.relation) + "</b> in " + esc(document_name(mention.document)) +
                           (mention.date.empty() ? "" : " (" + esc(mention.date) + ")");
        evidence += evidence_block(head, mention.file, ev ? ev->line : 0, mention.quote);
      }
      std::string date = m.mentions.empty() ? std::string() : m.mentions.front().date;
      rows += "<tr data-id=\"" + esc(m.id) + "\">";
      rows += "<td data-sort=\"" + esc(m.id) + "\">" + link_or_text(m.id, m.id) + "</td>";
      rows += "<td>" + esc(join_names(m.indieners)) + kamer_indieners(m.kamer.indieners) + "</td>";
      rows += "<td>" + esc(m.subject) + "</td>";
      rows += "<td class=\"status status-" + esc(m.status) + "\">" + esc(m.status) + "</td>";
      rows += "<td data-sort=\"" + esc(m.kamer.decision) + "\">" + kamer_cell(m.kamer) + "</td>";
      rows += "<td data-sort=\"" + std::to_string(m.mentions.size()) + "\">" + std::to_string(m.mentions.size()) + "</td>";
      rows += "<td>" + evidence + "</td>";
      rows += "</tr>\n";
    }
    return table("motion-table", "motions",
                 {"Motion", "Indieners", "Subject", "Status", "Kamer", "Mentions", "Evidence (file:line, quote)"}, rows,
                 in_.motions.size());
  }

  std::string commitment_table() const {
    std::string rows;
    for (const CommitmentFinding& c : in_.commitments) {
      const Evidence* made = find_evidence(c.document, c.id, {EdgeKind::promises});
      std::string evidence = evidence_block("<b>made</b> in " + esc(document_name(c.document)) +
                                                (c.date.empty() ? "" : " (" + esc(c.date) + ")"),
                                            c.file, made ? made->line : 0, c.quote);
      for (const Fulfilment& f : c.fulfilled_by) {
        const Evidence* kept = find_evidence(f.document, c.id, {EdgeKind::fulfils});
        evidence += evidence_block("<b>fulfilled</b> (" + esc(f.how) + ") in " + esc(document_name(f.document)) +
                                       (f.date.empty() ? "" : " (" + esc(f.date) + ")"),
                                   f.file, kept ? kept->line : 0, f.quote);
      }
      std::string due = c.due_to.empty() ? std::string("-") : c.due_from + " .. " + c.due_to;
      rows += "<tr data-id=\"" + esc(c.id) + "\">";
      rows += "<td data-sort=\"" + esc(c.id) + "\">" + esc(c.id) + "</td>";
      rows += "<td data-sort=\"" + esc(c.date) + "\">" + esc(c.date) + "</td>";
      rows += "<td>" + esc(c.topic) + "</td>";
      rows += "<td data-sort=\"" + esc(c.due_to) + "\">" + esc(due) +
              (c.due_text.empty() ? "" : "<br><span class=\"meta\">" + esc(c.due_text) + "</span>") + "</td>";
      rows += "<td class=\"status status-" + esc(c.status) + "\">" + esc(c.status) + "</td>";
      rows += "<td>" + evidence + "</td>";
      rows += "</tr>\n";
    }
    return table("commitment-table", "commitments", {"Commitment", "Made", "Topic", "Due", "Status", "Evidence (file:line, quote)"},
                 rows, in_.commitments.size());
  }

 private:
  // The Kamer's decision (SPEC section 3 `kamer`): "aangenomen 2025-10-02,
  // 147-3; cabinet: Oordeel Kamer", with the note where the data say one.
  static std::string kamer_cell(const KamerDecision& k) {
    std::string out = esc(k.decision.empty() ? std::string("-") : k.decision);
    if (!k.replaced_by.empty()) out += " by " + esc(k.replaced_by);
    if (!k.date.empty()) out += " " + esc(k.date);
    if (k.votes) {
      out += "<br>" + std::to_string(k.votes->voor) + " voor, " + std::to_string(k.votes->tegen) + " tegen";
      out += vote_bar(*k.votes);
    }
    if (!k.kabinetsappreciatie.empty()) out += "<br><span class=\"meta\">cabinet: " + esc(k.kabinetsappreciatie) + "</span>";
    if (!k.note.empty()) out += "<br><span class=\"meta\">" + esc(k.note) + "</span>";
    if (k.conflict && !k.conflict->decision.empty())
      out += "<br><span class=\"meta\">a text says " + esc(k.conflict->decision) + "</span>";
    return out;
  }

  // The Kamer's names where they say more than the text's surname:
  // "<br><span class="meta">Joost Eerdmans (JA21)</span>".
  static std::string kamer_indieners(const std::vector<TkIndiener>& indieners) {
    std::string names;
    bool more = false;
    for (const TkIndiener& i : indieners) {
      names += (names.empty() ? "" : ", ") + display_name(i);
      more = more || !i.full_name.empty() || !i.fractie.empty();
    }
    return more ? "<br><span class=\"meta\">" + esc(names) + "</span>" : std::string();
  }

  // The votes as one bar: a segment per fractie, green voor, red tegen, grey
  // niet deelgenomen, as wide as its seats; the fractie and seats in each
  // segment's title. Out of 150 seats, so a bar of incomplete votes is short.
  static std::string vote_bar(const KamerVotes& v) {
    int total = std::max(150, v.voor + v.tegen + v.niet_deelgenomen);
    std::string out = "<span class=\"votebar\" title=\"" + std::to_string(v.voor) + " voor, " +
                      std::to_string(v.tegen) + " tegen\">";
    for (const FractieVote& f : v.by_fractie) {
      const char* colour = f.vote == "Voor" ? "#2e7d32" : f.vote == "Tegen" ? "#c62828" : "#9e9e9e";
      char width[16];
      std::snprintf(width, sizeof width, "%.2f", 100.0 * f.seats / total);
      out += "<span style=\"width:" + std::string(width) + "%;background:" + colour + "\" title=\"" +
             esc(f.fractie + " " + f.vote + " " + std::to_string(f.seats) + (f.vergissing ? " (vergissing)" : "")) +
             "\"></span>";
    }
    return out + "</span>";
  }

  static std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
  }

  static std::string table(const std::string& id, const std::string& what, const std::vector<std::string>& headers,
                           const std::string& rows, std::size_t count) {
    std::string out = "<p><input type=\"search\" class=\"filter\" data-table=\"" + id + "\" placeholder=\"Filter " + what +
                      "...\" aria-label=\"Filter " + what + "\"><span class=\"count\" id=\"" + id + "-count\">" +
                      std::to_string(count) + " " + what + "</span></p>\n";
    out += "<table class=\"audit\" id=\"" + id + "\"><thead><tr>";
    for (const std::string& h : headers) out += "<th title=\"Click to sort\">" + esc(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n" + rows + "</tbody></table>\n";
    return out;
  }

  const ReportInput& in_;
};

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : gv::valid_utf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string inline_svg(std::string_view svg_document) {
  std::size_t start = svg_document.find("<svg");
  if (start == std::string_view::npos) return {};
  std::string svg(svg_document.substr(start));
  while (!svg.empty() && (svg.back() == '\n' || svg.back() == ' ')) svg.pop_back();
  return svg;
}

std::string html_report(const ReportInput& in) {
  Writer w(in);
  std::size_t documents = 0;
  for (Vertex v = 0; v < boost::num_vertices(in.graph->g); ++v) documents += in.graph->g[v].in_corpus ? 1 : 0;
  std::map<std::string, std::size_t> motion_status, commitment_status;
  for (const MotionFinding& m : in.motions) ++motion_status[m.status];
  for (const CommitmentFinding& c : in.commitments) ++commitment_status[c.status];
  auto summary = [](const std::map<std::string, std::size_t>& counts) {
    std::string out;
    for (const auto& [status, n] : counts) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + status;
    return out.empty() ? std::string("none") : out;
  };

  std::string html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<meta name=\"generator\" content=\"kamerref " + esc(version) + "\">\n";
  html += "<title>kamerref report</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  html += "<h1>kamerref report</h1>\n";
  html += "<p class=\"meta\">" + std::to_string(documents) + " documents, " + std::to_string(in.graph->vertex_count()) +
          " vertices, " + std::to_string(in.graph->edge_count()) + " edges. Commitments judged as of " + esc(in.as_of) +
          ".</p>\n";
  html += "<nav><a href=\"#overview\">Overview</a><a href=\"#motions\">Motions</a><a href=\"#commitments\">Commitments</a></nav>\n";
  html += "<section id=\"overview\"><h2>Overview</h2>\n<p class=\"meta\">Hover a node or line for its title and evidence; "
          "Kamerstukken and EU acts link to their official publication.</p>\n<div class=\"picture\">\n" +
          inline_svg(in.overview_svg) + "\n</div></section>\n";
  html += "<section id=\"motions\"><h2>Motion audit</h2>\n<p class=\"meta\">" + std::to_string(in.motions.size()) +
          " motions: " + esc(summary(motion_status)) + ".</p>\n" + w.motion_table() + "</section>\n";
  html += "<section id=\"commitments\"><h2>Commitment audit</h2>\n<p class=\"meta\">" +
          std::to_string(in.commitments.size()) + " commitments as of " + esc(in.as_of) + ": " +
          esc(summary(commitment_status)) + ".</p>\n" + w.commitment_table() + "</section>\n";
  html += "<pre id=\"selftest-result\"></pre>\n";
  html += "<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace kamerref
