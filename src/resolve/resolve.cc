#include "kamerref/resolve/resolve.h"

namespace kamerref {

std::vector<ResolutionNote> resolve_corpus(std::vector<Extraction>& extractions) {
  std::vector<ResolutionNote> notes;
  (void)extractions;
  return notes;
}

}  // namespace kamerref
