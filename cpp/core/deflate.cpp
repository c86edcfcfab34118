// deflate.cpp — see deflate.hpp. The decoder is the canonical-Huffman scheme of RFC 1951
// section 3.2 (codes decoded bit by bit from per-length counts, as zlib's reference "puff"
// does): small and obviously bounded rather than table-driven and fast — .npz entries are
// read once.
#include "core/deflate.hpp"

#include <array>
#include <vector>

#include "core/errors.hpp"

namespace sl {
namespace {

const uint16_t kLenBase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                               35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
const uint8_t kLenExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                               3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
const uint16_t kDistBase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                6145, 8193, 12289, 16385, 24577};
const uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

[[noreturn]] void bad(const char* why) { raise_value_error(std::string("invalid deflate data: ") + why); }

// ---- inflate ------------------------------------------------------------------------------
struct BitReader {
  const uint8_t* p;
  size_t n, pos = 0;
  uint32_t bitbuf = 0;
  int bitcnt = 0;
  uint32_t bits(int need) {
    uint32_t v = bitbuf;
    while (bitcnt < need) {
      if (pos >= n) bad("unexpected end of data");
      v |= static_cast<uint32_t>(p[pos++]) << bitcnt;
      bitcnt += 8;
    }
    bitbuf = need >= 32 ? 0 : v >> need;
    bitcnt -= need;
    return need >= 32 ? v : v & ((1u << need) - 1);
  }
};

struct Huffman {
  std::array<uint16_t, 16> count{};
  std::vector<uint16_t> symbol;
};

// Builds the canonical code of `lengths`; false when it is over-subscribed.
bool build(Huffman& h, const uint16_t* lengths, int n) {
  h.count.fill(0);
  h.symbol.assign(static_cast<size_t>(n), 0);
  for (int s = 0; s < n; ++s) h.count[lengths[s]]++;
  if (h.count[0] == n) return true;  // no codes: only an error if a symbol is decoded
  int left = 1;
  for (int len = 1; len < 16; ++len) {
    left <<= 1;
    left -= h.count[len];
    if (left < 0) return false;
  }
  std::array<uint16_t, 16> offs{};
  for (int len = 1; len < 15; ++len) offs[len + 1] = offs[len] + h.count[len];
  for (int s = 0; s < n; ++s)
    if (lengths[s] != 0) h.symbol[offs[lengths[s]]++] = static_cast<uint16_t>(s);
  return true;
}

int decode(BitReader& br, const Huffman& h) {
  int code = 0, first = 0, index = 0;
  for (int len = 1; len < 16; ++len) {
    code |= static_cast<int>(br.bits(1));
    const int count = h.count[len];
    if (code - count < first) return h.symbol[static_cast<size_t>(index + (code - first))];
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  bad("invalid Huffman code");
}

void codes(BitReader& br, std::string& out, size_t limit, const Huffman& lit, const Huffman& dist) {
  for (;;) {
    int sym = decode(br, lit);
    if (sym < 256) {
      if (out.size() >= limit) bad("more data than declared");
      out.push_back(static_cast<char>(sym));
    } else if (sym == 256) {
      return;
    } else {
      sym -= 257;
      if (sym >= 29) bad("invalid length code");
      const size_t len = kLenBase[sym] + br.bits(kLenExtra[sym]);
      const int ds = decode(br, dist);
      if (ds >= 30) bad("invalid distance code");
      const size_t d = kDistBase[ds] + br.bits(kDistExtra[ds]);
      if (d > out.size()) bad("distance too far back");
      if (len > limit - out.size()) bad("more data than declared");
      for (size_t i = 0; i < len; ++i) out.push_back(out[out.size() - d]);
    }
  }
}

void fixed_tables(Huffman& lit, Huffman& dist) {
  uint16_t l[288];
  for (int i = 0; i < 144; ++i) l[i] = 8;
  for (int i = 144; i < 256; ++i) l[i] = 9;
  for (int i = 256; i < 280; ++i) l[i] = 7;
  for (int i = 280; i < 288; ++i) l[i] = 8;
  build(lit, l, 288);
  uint16_t d[30];
  for (int i = 0; i < 30; ++i) d[i] = 5;
  build(dist, d, 30);
}

void dynamic_tables(BitReader& br, Huffman& lit, Huffman& dist) {
  static const uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  const int nlen = static_cast<int>(br.bits(5)) + 257, ndist = static_cast<int>(br.bits(5)) + 1;
  const int ncode = static_cast<int>(br.bits(4)) + 4;
  if (nlen > 286 || ndist > 30) bad("too many length or distance codes");
  uint16_t lengths[320] = {};
  for (int i = 0; i < ncode; ++i) lengths[order[i]] = static_cast<uint16_t>(br.bits(3));
  Huffman lencode;
  if (!build(lencode, lengths, 19)) bad("invalid code lengths");
  int index = 0;
  while (index < nlen + ndist) {
    int sym = decode(br, lencode);
    if (sym < 16) {
      lengths[index++] = static_cast<uint16_t>(sym);
      continue;
    }
    uint16_t len = 0;
    int rep;
    if (sym == 16) {
      if (index == 0) bad("repeat with no first length");
      len = lengths[index - 1];
      rep = 3 + static_cast<int>(br.bits(2));
    } else if (sym == 17) {
      rep = 3 + static_cast<int>(br.bits(3));
    } else {
      rep = 11 + static_cast<int>(br.bits(7));
    }
    if (index + rep > nlen + ndist) bad("too many lengths");
    while (rep--) lengths[index++] = len;
  }
  if (lengths[256] == 0) bad("no end-of-block code");
  if (!build(lit, lengths, nlen) || !build(dist, lengths + nlen, ndist)) bad("invalid code lengths");
}

// ---- deflate ------------------------------------------------------------------------------
struct BitWriter {
  std::string out;
  uint32_t buf = 0;
  int cnt = 0;
  void put(uint32_t v, int n) {  // LSB first
    buf |= v << cnt;
    cnt += n;
    while (cnt >= 8) {
      out.push_back(static_cast<char>(buf & 0xff));
      buf >>= 8;
      cnt -= 8;
    }
  }
  void huff(uint32_t code, int len) {  // Huffman codes go MSB first
    uint32_t r = 0;
    for (int i = 0; i < len; ++i) r |= ((code >> i) & 1u) << (len - 1 - i);
    put(r, len);
  }
  void flush() {
    if (cnt > 0) out.push_back(static_cast<char>(buf & 0xff));
    buf = 0;
    cnt = 0;
  }
};

void fixed_literal(BitWriter& w, int sym) {
  if (sym < 144) w.huff(0x30 + sym, 8);
  else if (sym < 256) w.huff(0x190 + (sym - 144), 9);
  else if (sym < 280) w.huff(sym - 256, 7);
  else w.huff(0xc0 + (sym - 280), 8);
}

void fixed_match(BitWriter& w, size_t len, size_t dist) {
  int lc = 28;
  while (kLenBase[lc] > len) --lc;
  fixed_literal(w, 257 + lc);
  w.put(static_cast<uint32_t>(len - kLenBase[lc]), kLenExtra[lc]);
  int dc = 29;
  while (kDistBase[dc] > dist) --dc;
  w.huff(static_cast<uint32_t>(dc), 5);
  w.put(static_cast<uint32_t>(dist - kDistBase[dc]), kDistExtra[dc]);
}

std::string stored_blocks(const std::string& data) {
  std::string out;
  size_t pos = 0;
  do {
    const size_t len = std::min<size_t>(65535, data.size() - pos);
    const bool last = pos + len == data.size();
    out.push_back(static_cast<char>(last ? 1 : 0));  // BFINAL, BTYPE=00, byte-aligned
    out.push_back(static_cast<char>(len & 0xff));
    out.push_back(static_cast<char>(len >> 8));
    out.push_back(static_cast<char>(~len & 0xff));
    out.push_back(static_cast<char>((~len >> 8) & 0xff));
    out.append(data, pos, len);
    pos += len;
  } while (pos < data.size());
  return out;
}

}  // namespace

uint32_t crc32_update(uint32_t crc, const uint8_t* data, size_t n) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  crc = ~crc;
  for (size_t i = 0; i < n; ++i) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return ~crc;
}

std::string inflate_raw(const uint8_t* data, size_t n, size_t expected_size) {
  BitReader br{data, n};
  std::string out;
  out.reserve(std::min<size_t>(expected_size, size_t(1) << 20));  // grows as data arrives
  bool last = false;
  while (!last) {
    last = br.bits(1) != 0;
    const uint32_t type = br.bits(2);
    if (type == 0) {
      br.bitbuf = 0;  // stored: skip to the byte boundary
      br.bitcnt = 0;
      if (br.n - br.pos < 4) bad("unexpected end of data");
      const size_t len = br.p[br.pos] | (br.p[br.pos + 1] << 8);
      const size_t nlen = br.p[br.pos + 2] | (br.p[br.pos + 3] << 8);
      br.pos += 4;
      if (len != (~nlen & 0xffff)) bad("stored block length mismatch");
      if (br.n - br.pos < len) bad("unexpected end of data");
      if (len > expected_size - out.size()) bad("more data than declared");
      out.append(reinterpret_cast<const char*>(br.p + br.pos), len);
      br.pos += len;
    } else if (type == 1) {
      static Huffman lit, dist;
      static const bool ready = (fixed_tables(lit, dist), true);
      (void)ready;
      codes(br, out, expected_size, lit, dist);
    } else if (type == 2) {
      Huffman lit, dist;
      dynamic_tables(br, lit, dist);
      codes(br, out, expected_size, lit, dist);
    } else {
      bad("invalid block type");
    }
  }
  if (out.size() != expected_size) bad("less data than declared");
  return out;
}

std::string deflate_raw(const std::string& data) {
  constexpr size_t kWindow = 32768, kMaxLen = 258, kMinLen = 3, kHashSize = 1 << 15;
  constexpr int kMaxChain = 64;
  const size_t n = data.size();
  const auto* s = reinterpret_cast<const uint8_t*>(data.data());
  // prev: the previous position with the same hash, kept for the window only (zlib's scheme):
  // a chain is followed while it stays within the window and strictly goes back
  std::vector<int64_t> head(kHashSize, -1), prev(kWindow, -1);
  auto hash = [&](size_t i) { return ((s[i] << 10) ^ (s[i + 1] << 5) ^ s[i + 2]) & (kHashSize - 1); };
  auto insert = [&](size_t i) {
    if (i + kMinLen > n) return;
    const size_t h = hash(i);
    prev[i & (kWindow - 1)] = head[h];
    head[h] = static_cast<int64_t>(i);
  };
  BitWriter w;
  w.put(1, 1);  // BFINAL
  w.put(1, 2);  // BTYPE=01, fixed Huffman
  size_t i = 0;
  while (i < n) {
    size_t best = 0, best_dist = 0;
    if (i + kMinLen <= n) {
      int64_t cand = head[hash(i)];
      int64_t last = static_cast<int64_t>(i);
      for (int chain = 0; cand >= 0 && cand < last && chain < kMaxChain; ++chain) {
        const size_t c = static_cast<size_t>(cand);
        if (i - c >= kWindow) break;
        last = cand;
        cand = prev[c & (kWindow - 1)];
        const size_t lim = std::min(kMaxLen, n - i);
        size_t len = 0;
        while (len < lim && s[c + len] == s[i + len]) ++len;
        if (len > best) {
          best = len;
          best_dist = i - c;
          if (len == lim) break;
        }
      }
    }
    if (best >= kMinLen) {
      fixed_match(w, best, best_dist);
      for (size_t k = 0; k < best; ++k) insert(i + k);
      i += best;
    } else {
      fixed_literal(w, s[i]);
      insert(i);
      ++i;
    }
  }
  fixed_literal(w, 256);
  w.flush();
  if (w.out.size() > n + 5 * (n / 65535 + 1)) return stored_blocks(data);
  return w.out;
}

}  // namespace sl
