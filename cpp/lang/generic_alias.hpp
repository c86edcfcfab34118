// generic_alias.hpp — the objects behind `int | None` (types.UnionType) and `list[int]`
// (types.GenericAlias), as CPython 3.11 builds them for annotations and isinstance().
// Deliberately not done: type variables and substitution (__parameters__ is always ()),
// Callable's nested argument lists, subclassing an alias (__mro_entries__).
#pragma once
#include "lang/object.hpp"

namespace sl {

TypeObject* union_type_type();      // <class 'types.UnionType'>
TypeObject* generic_alias_type();   // <class 'types.GenericAlias'>

// a | b for types, None, unions and generic aliases (NotImplemented for anything else);
// flattened and deduplicated, a single remaining member is returned itself (int | int).
ObjPtr union_or(const ObjPtr& a, const ObjPtr& b);
// The members of a union (None as NoneType), or null when `o` is not a union.
const std::vector<ObjPtr>* union_members(const ObjPtr& o);
// origin[key]: key a tuple gives several arguments, anything else one.
ObjPtr make_generic_alias(const ObjPtr& origin, const ObjPtr& key);
inline bool is_generic_alias(const ObjPtr& o) { return o->type() == generic_alias_type(); }

}  // namespace sl
