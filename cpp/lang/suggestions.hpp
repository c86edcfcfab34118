// suggestions.hpp — CPython 3.11's "Did you mean: 'x'?" hints for NameError and
// AttributeError (Python/suggestions.c): the closest candidate by a Levenshtein distance
// where case-only changes cost 1 and other edits 2, accepted when at most about a third of
// the characters change. The hint is shown on the traceback's last line only.
#pragma once
#include <string>
#include <vector>

#include "lang/object.hpp"

namespace sl {

class Frame;
class Interpreter;

// best candidate, or "" when none is close enough
std::string best_suggestion(const std::string& name, const std::vector<std::string>& candidates);
// NameError: locals of the frame, then globals, then builtins
std::string suggest_name(const std::string& name, Frame* f, Interpreter& in);
// AttributeError: sorted dir(obj)
std::string suggest_attribute(const ObjPtr& obj, const std::string& name);
// dir(obj) as sorted names
std::vector<std::string> dir_names(const ObjPtr& obj);

}  // namespace sl
