#pragma once
// The gazetteers in data/, compiled into the library by
// cmake/EmbedData.cmake: each data/<name>.tsv becomes kamerref::data::<name>()
// (dashes become underscores). Declare a new file here when you add one.
#include <string_view>

namespace kamerref::data {

std::string_view eu_acts();          // data/eu-acts.tsv
std::string_view report_series();    // data/report-series.tsv
std::string_view laws();             // data/laws.tsv
std::string_view document_series();  // data/document-series.tsv
std::string_view topic_stopwords();  // data/topic-stopwords.tsv
std::string_view person_names();     // data/person-names.tsv
std::string_view law_name_ends();    // data/law-name-ends.tsv

}  // namespace kamerref::data
