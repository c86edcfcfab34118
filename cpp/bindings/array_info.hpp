// array_info.hpp — what the memory visualizers need to know about one ndarray, as a plain JS
// object (ArrayInfo in web/lib/types.ts):
//   {dtype, dtypeStr, dtypeText, kind, byteorder, alignedStruct, fields,
//    shape, strides, offset, itemsize, nbytes, size, ndim,
//    flags: {c_contiguous, f_contiguous, owndata, writeable, aligned},
//    bufferId, bufferSize, extent: [lo, hi),
//    base: null | {bufferId, dtype, dtypeText, itemsize, fields, shape, strides, offset, name}}
// dtype is NumPy's dtype.name ('int32', 'str96'), dtypeStr its .str ('>i4'), dtypeText
// str(dtype) as NumPy prints it ('>i4', "[('a', 'u1'), ('b', '<i4')]"); fields lists the
// record's leaf fields (nested records flattened to "outer.inner", offsets from the record
// start) so that the view can hatch the padding between them.
// All lengths are bytes, offsets count from the start of the buffer. `base.name` is the
// global bound to the base array, or null when no global holds it.
//
// Element offsets are on demand and bounded (a 10^7-element array must not produce 10^7
// numbers because the page asked for a summary). This file reads arrays, never mutates them.
#pragma once
#include <emscripten/val.h>

#include <functional>
#include <string>

#include "core/ndarray.hpp"

namespace sl {
class Session;
}

namespace sl::js {

emscripten::val array_info_to_js(const Session& session, const NDArray& a);
// The same, naming the base with `base_name` (the step recorder names it among the
// variables of a step point, without a scan of the session's globals).
emscripten::val array_info_to_js(const NDArray& a, const std::function<emscripten::val(const NDArray*)>& base_name);

// Byte offsets (from buffer start) of the first `max_count` elements in C order, as a
// Float64Array (exact below 2^53).
emscripten::val element_offsets_to_js(const NDArray& a, int64_t max_count);

}  // namespace sl::js
