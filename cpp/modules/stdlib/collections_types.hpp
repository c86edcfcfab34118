// collections_types.hpp — the native types of the `collections` module, shared by its
// files (collections_*.cpp) and by `copy` (which copies them element-wise).
//
// Counter, defaultdict and OrderedDict are DictObjects whose type derives directly from
// dict (so is_dict() and every dict method apply); namedtuple classes are TupleObjects whose
// type derives directly from tuple; deque is its own type.
#pragma once
#include <vector>

#include "lang/object.hpp"

namespace sl {

TypeObject* collections_deque_type();
TypeObject* collections_counter_type();
TypeObject* collections_defaultdict_type();
TypeObject* collections_ordereddict_type();

// deque contents (a snapshot) and a new deque of the same type and maxlen
std::vector<ObjPtr> deque_items(const ObjPtr& deque);
ObjPtr deque_like(const ObjPtr& deque, const std::vector<ObjPtr>& items);

// An empty dict of the same collections type as `d` (Counter, OrderedDict, or defaultdict
// with the same default_factory); a plain dict for a plain dict.
Ref<DictObject> empty_dict_like(const ObjPtr& d);

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
ObjPtr make_namedtuple_class(PosArgs args, KwArgs kwargs);
bool is_namedtuple_class(const TypeObject* t);

}  // namespace sl
