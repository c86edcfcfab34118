// json_parts.hpp — the native halves of the `json` module (json_module.cpp holds the
// Python half: JSONEncoder, JSONDecoder, JSONDecodeError, dumps/loads/dump/load).
#pragma once
#include "lang/object.hpp"

namespace sl {

// _encode(obj, indent, item_separator, key_separator, sort_keys, skipkeys, ensure_ascii,
//         check_circular, allow_nan, default) -> str            (json_encode.cpp)
ObjPtr json_encode(Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kwargs);
// _decode(s, idx, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
//         strict, whole) -> value, or (value, end) when not whole (json_decode.cpp)
ObjPtr json_decode(Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kwargs);

}  // namespace sl
