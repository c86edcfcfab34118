// sha512.hpp — SHA-512 (FIPS 180-4), used where CPython hashes bytes deterministically:
// random.seed(str | bytes) seeds from int.from_bytes(data + sha512(data).digest()).
#pragma once
#include <string>

namespace sl {

// The 64-byte binary digest of `data`.
std::string sha512_digest(const std::string& data);

}  // namespace sl
