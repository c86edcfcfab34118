// numpy_printing.hpp — what other numpy files need of the printing functions.
#pragma once
#include "lang/object.hpp"

namespace sl {

// repr(arr) honouring np.set_printoptions(override_repr=...); ndarray's repr slot.
ObjPtr numpy_array_repr(const ObjPtr& arr);
void register_numpy_printing();

}  // namespace sl
