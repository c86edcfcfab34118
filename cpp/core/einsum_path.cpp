#include "core/einsum_path.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/errors.hpp"

namespace sl {
namespace {

const std::string kSymbols = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
using CharSet = std::set<char>;
using Dims = std::map<char, int64_t>;

CharSet set_of(const std::string& s) { return CharSet(s.begin(), s.end()); }

int64_t size_by_dict(const CharSet& idx, const Dims& d) {
  int64_t r = 1;
  for (char c : idx) r *= d.at(c);
  return r;
}
int64_t size_by_dict(const std::string& idx, const Dims& d) {
  int64_t r = 1;
  for (char c : idx) r *= d.at(c);
  return r;
}

int64_t flop_count(const CharSet& idx, bool inner, size_t num_terms, const Dims& d) {
  int64_t factor = std::max<int64_t>(1, static_cast<int64_t>(num_terms) - 1);
  if (inner) ++factor;
  return size_by_dict(idx, d) * factor;
}

struct Contraction {
  CharSet new_result;
  std::vector<CharSet> remaining;
  CharSet idx_removed, idx_contract;
};

Contraction find_contraction(const std::vector<int64_t>& positions, const std::vector<CharSet>& input_sets, const CharSet& output) {
  Contraction c;
  CharSet remain = output;
  for (size_t i = 0; i < input_sets.size(); ++i) {
    if (std::find(positions.begin(), positions.end(), static_cast<int64_t>(i)) != positions.end()) {
      c.idx_contract.insert(input_sets[i].begin(), input_sets[i].end());
    } else {
      c.remaining.push_back(input_sets[i]);
      remain.insert(input_sets[i].begin(), input_sets[i].end());
    }
  }
  for (char x : remain)
    if (c.idx_contract.count(x)) c.new_result.insert(x);
  for (char x : c.idx_contract)
    if (!c.new_result.count(x)) c.idx_removed.insert(x);
  c.remaining.push_back(c.new_result);
  return c;
}

std::vector<std::vector<int64_t>> pairs(int64_t n) {
  std::vector<std::vector<int64_t>> v;
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = i + 1; j < n; ++j) v.push_back({i, j});
  return v;
}

std::vector<int64_t> range_tuple(int64_t n) {
  std::vector<int64_t> v;
  for (int64_t i = 0; i < n; ++i) v.push_back(i);
  return v;
}

std::vector<std::vector<int64_t>> optimal_path(const std::vector<CharSet>& input_sets, const CharSet& output, const Dims& d,
                                               int64_t memory_limit) {
  struct R {
    int64_t cost;
    std::vector<std::vector<int64_t>> positions;
    std::vector<CharSet> remaining;
  };
  std::vector<R> full{{0, {}, input_sets}};
  const int64_t n = static_cast<int64_t>(input_sets.size());
  auto best_of = [](const std::vector<R>& v) {
    size_t b = 0;
    for (size_t i = 1; i < v.size(); ++i)
      if (v[i].cost < v[b].cost) b = i;
    return v[b].positions;
  };
  for (int64_t it = 0; it < n - 1; ++it) {
    std::vector<R> iter;
    for (const R& cur : full)
      for (const auto& con : pairs(n - it)) {
        Contraction c = find_contraction(con, cur.remaining, output);
        if (size_by_dict(c.new_result, d) > memory_limit) continue;
        R r{cur.cost + flop_count(c.idx_contract, !c.idx_removed.empty(), con.size(), d), cur.positions, c.remaining};
        r.positions.push_back(con);
        iter.push_back(std::move(r));
      }
    if (!iter.empty()) {
      full = std::move(iter);
    } else {
      auto path = best_of(full);
      path.push_back(range_tuple(n - it));
      return path;
    }
  }
  if (full.empty()) return {range_tuple(n)};
  return best_of(full);
}

struct Possible {
  std::pair<int64_t, int64_t> sort;  // (-removed_size, cost)
  std::vector<int64_t> positions;
  std::vector<CharSet> new_input_sets;
};

std::optional<Possible> parse_possible(const std::vector<int64_t>& positions, const std::vector<CharSet>& input_sets,
                                       const CharSet& output, const Dims& d, int64_t memory_limit, int64_t path_cost,
                                       int64_t naive_cost) {
  Contraction c = find_contraction(positions, input_sets, output);
  const int64_t new_size = size_by_dict(c.new_result, d);
  if (new_size > memory_limit) return std::nullopt;
  int64_t old = 0;
  for (int64_t p : positions) old += size_by_dict(input_sets[static_cast<size_t>(p)], d);
  const int64_t cost = flop_count(c.idx_contract, !c.idx_removed.empty(), positions.size(), d);
  if (path_cost + cost > naive_cost) return std::nullopt;
  return Possible{{-(old - new_size), cost}, positions, c.remaining};
}

std::vector<std::vector<int64_t>> greedy_path(std::vector<CharSet> input_sets, const CharSet& output, const Dims& d,
                                              int64_t memory_limit) {
  const int64_t n = static_cast<int64_t>(input_sets.size());
  if (n == 1) return {{0}};
  if (n == 2) return {{0, 1}};
  Contraction all = find_contraction(range_tuple(n), input_sets, output);
  const int64_t naive_cost = flop_count(all.idx_contract, !all.idx_removed.empty(), static_cast<size_t>(n), d);
  std::vector<std::vector<int64_t>> comb = pairs(n);
  std::vector<Possible> known;
  int64_t path_cost = 0;
  std::vector<std::vector<int64_t>> path;
  for (int64_t it = 0; it < n - 1; ++it) {
    for (const auto& pos : comb) {
      const CharSet& x = input_sets[static_cast<size_t>(pos[0])];
      const CharSet& y = input_sets[static_cast<size_t>(pos[1])];
      bool disjoint = true;
      for (char c : x) disjoint = disjoint && !y.count(c);
      if (disjoint) continue;
      if (auto r = parse_possible(pos, input_sets, output, d, memory_limit, path_cost, naive_cost)) known.push_back(*r);
    }
    if (known.empty()) {
      for (const auto& pos : pairs(static_cast<int64_t>(input_sets.size())))
        if (auto r = parse_possible(pos, input_sets, output, d, memory_limit, path_cost, naive_cost)) known.push_back(*r);
      if (known.empty()) {
        path.push_back(range_tuple(static_cast<int64_t>(input_sets.size())));
        break;
      }
    }
    size_t b = 0;
    for (size_t i = 1; i < known.size(); ++i)
      if (known[i].sort < known[b].sort) b = i;
    const Possible best = known[b];
    // _update_other_results
    const int64_t bx = best.positions[0], by = best.positions[1];
    std::vector<Possible> mod;
    for (Possible& r : known) {
      const int64_t x = r.positions[0], y = r.positions[1];
      if (x == bx || x == by || y == bx || y == by) continue;
      r.new_input_sets.erase(r.new_input_sets.begin() + (by - (by > x) - (by > y)));
      r.new_input_sets.erase(r.new_input_sets.begin() + (bx - (bx > x) - (bx > y)));
      r.new_input_sets.insert(r.new_input_sets.end() - 1, best.new_input_sets.back());
      r.positions = {x - (x > bx) - (x > by), y - (y > bx) - (y > by)};
      mod.push_back(r);
    }
    known = std::move(mod);
    input_sets = best.new_input_sets;
    const int64_t new_pos = static_cast<int64_t>(input_sets.size()) - 1;
    comb.clear();
    for (int64_t i = 0; i < new_pos; ++i) comb.push_back({i, new_pos});
    path.push_back(best.positions);
    path_cost += best.sort.second;
  }
  return path;
}

// _can_dot
bool can_dot(const std::vector<std::string>& inputs, const CharSet& result, const CharSet& idx_removed) {
  if (idx_removed.empty() || inputs.size() != 2) return false;
  const std::string& l = inputs[0];
  const std::string& r = inputs[1];
  for (char c : set_of(l + r)) {
    const auto nl = std::count(l.begin(), l.end(), c), nr = std::count(r.begin(), r.end(), c);
    if (nl > 1 || nr > 1 || nl + nr > 2) return false;
    if (nl + nr - 1 == static_cast<int64_t>(result.count(c))) return false;
  }
  const CharSet sl = set_of(l), sr = set_of(r);
  CharSet keep_l, keep_r;
  for (char c : sl)
    if (!idx_removed.count(c)) keep_l.insert(c);
  for (char c : sr)
    if (!idx_removed.count(c)) keep_r.insert(c);
  const size_t rs = idx_removed.size();
  if (l == r) return true;
  if (sl == sr) return false;
  auto head = [&](const std::string& s) { return s.substr(0, std::min(rs, s.size())); };
  auto tail = [&](const std::string& s) { return s.size() >= rs ? s.substr(s.size() - rs) : s; };
  if (tail(l) == head(r) || head(l) == tail(r) || tail(l) == tail(r) || head(l) == head(r)) return true;
  if (keep_l.empty() || keep_r.empty()) return false;
  return true;
}

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string pad_left(const std::string& s, size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

size_t count_of(const std::string& s, const std::string& sub) {
  size_t n = 0;
  for (size_t p = s.find(sub); p != std::string::npos; p = s.find(sub, p + sub.size())) ++n;
  return n;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

// _parse_einsum_input for the string form.
void parse_input(std::string subscripts, const std::vector<Shape>& shapes, std::string* in_sub, std::string* out_sub) {
  subscripts = replace_all(subscripts, " ", "");
  for (char s : subscripts) {
    if (s == '.' || s == ',' || s == '-' || s == '>') continue;
    if (kSymbols.find(s) == std::string::npos) raise_value_error(std::string("Character ") + s + " is not a valid symbol.");
  }
  if (subscripts.find('-') != std::string::npos || subscripts.find('>') != std::string::npos) {
    const bool invalid = count_of(subscripts, "-") > 1 || count_of(subscripts, ">") > 1;
    if (invalid || count_of(subscripts, "->") != 1) raise_value_error("Subscripts can only contain one '->'.");
  }
  if (subscripts.find('.') != std::string::npos) {
    std::string used = replace_all(replace_all(replace_all(subscripts, ".", ""), ",", ""), "->", "");
    std::string unused;
    for (char c : kSymbols)
      if (used.find(c) == std::string::npos) unused += c;
    size_t longest = 0;
    std::vector<std::string> parts;
    std::string output_part;
    const bool out_given = subscripts.find("->") != std::string::npos;
    if (out_given) {
      const size_t p = subscripts.find("->");
      parts = split(subscripts.substr(0, p), ',');
      output_part = subscripts.substr(p + 2);
    } else {
      parts = split(subscripts, ',');
    }
    for (size_t num = 0; num < parts.size(); ++num) {
      std::string& sub = parts[num];
      if (sub.find('.') == std::string::npos) continue;
      if (count_of(sub, ".") != 3 || count_of(sub, "...") != 1) raise_value_error("Invalid Ellipses.");
      int64_t count = 0;
      if (num < shapes.size() && !shapes[num].empty())
        count = std::max<int64_t>(static_cast<int64_t>(shapes[num].size()), 1) - static_cast<int64_t>(sub.size() - 3);
      if (count > static_cast<int64_t>(longest)) longest = static_cast<size_t>(count);
      if (count < 0) raise_value_error("Ellipses lengths do not match.");
      sub = replace_all(sub, "...", count == 0 ? "" : unused.substr(unused.size() - static_cast<size_t>(count)));
    }
    std::string joined;
    for (size_t i = 0; i < parts.size(); ++i) joined += (i ? "," : "") + parts[i];
    const std::string out_ellipse = longest == 0 ? "" : unused.substr(unused.size() - longest);
    if (out_given) {
      subscripts = joined + "->" + replace_all(output_part, "...", out_ellipse);
    } else {
      const std::string tmp = replace_all(joined, ",", "");
      std::string normal;
      for (char s : set_of(tmp))
        if (std::count(tmp.begin(), tmp.end(), s) == 1 && out_ellipse.find(s) == std::string::npos) normal += s;
      subscripts = joined + "->" + out_ellipse + normal;
    }
  }
  std::string input, output;
  if (subscripts.find("->") != std::string::npos) {
    const size_t p = subscripts.find("->");
    input = subscripts.substr(0, p);
    output = subscripts.substr(p + 2);
  } else {
    input = subscripts;
    const std::string tmp = replace_all(subscripts, ",", "");
    for (char s : set_of(tmp)) {
      if (kSymbols.find(s) == std::string::npos) raise_value_error(std::string("Character ") + s + " is not a valid symbol.");
      if (std::count(tmp.begin(), tmp.end(), s) == 1) output += s;
    }
  }
  for (char c : output) {
    if (std::count(output.begin(), output.end(), c) != 1)
      raise_value_error(std::string("Output character ") + c + " appeared more than once in the output.");
    if (input.find(c) == std::string::npos) raise_value_error(std::string("Output character ") + c + " did not appear in the input");
  }
  if (split(input, ',').size() != shapes.size())
    raise_value_error("Number of einsum subscripts must be equal to the number of operands.");
  *in_sub = input;
  *out_sub = output;
}

}  // namespace

EinsumPlan einsum_plan(const std::string& subscripts, const std::vector<Shape>& shapes, const EinsumPathSpec& spec) {
  if (shapes.empty()) raise_value_error("No input operands");
  EinsumPlan plan;
  parse_input(subscripts, shapes, &plan.input_subscripts, &plan.output_subscript);
  std::vector<std::string> input_list = split(plan.input_subscripts, ',');
  std::vector<CharSet> input_sets;
  for (const std::string& s : input_list) input_sets.push_back(set_of(s));
  const CharSet output_set = set_of(plan.output_subscript);
  const CharSet indices = set_of(replace_all(plan.input_subscripts, ",", ""));
  Dims dims;
  std::vector<CharSet> bcast(input_list.size());
  for (size_t t = 0; t < input_list.size(); ++t) {
    const Shape& sh = shapes[t];
    const std::string& term = input_list[t];
    if (sh.size() != term.size())
      raise_value_error(std::string("Einstein sum subscript ") + plan.input_subscripts[t] +
                        " does not contain the correct number of indices for operand " + std::to_string(t) + ".");
    for (size_t c = 0; c < term.size(); ++c) {
      const int64_t dim = sh[c];
      const char ch = term[c];
      if (dim == 1) bcast[t].insert(ch);
      auto it = dims.find(ch);
      if (it == dims.end()) dims[ch] = dim;
      else if (it->second == 1) it->second = dim;
      else if (dim != 1 && dim != it->second)
        raise_value_error(std::string("Size of label '") + ch + "' for operand " + std::to_string(t) + " (" +
                          std::to_string(it->second) + ") does not match previous terms (" + std::to_string(dim) + ").");
    }
  }
  int64_t max_size = size_by_dict(plan.output_subscript, dims);
  for (const std::string& t : input_list) max_size = std::max(max_size, size_by_dict(t, dims));
  const int64_t memory_arg = spec.memory_limit ? *spec.memory_limit : max_size;
  size_t total = 0;
  for (const CharSet& s : input_sets) total += s.size();
  const bool inner_product = total > indices.size();
  const int64_t naive_cost = flop_count(indices, inner_product, input_list.size(), dims);
  if (spec.kind == EinsumPathSpec::Explicit) plan.path = spec.explicit_path;
  else if (spec.kind == EinsumPathSpec::None || input_list.size() <= 2 || indices == output_set)
    plan.path = {range_tuple(static_cast<int64_t>(input_list.size()))};
  else if (spec.kind == EinsumPathSpec::Greedy) plan.path = greedy_path(input_sets, output_set, dims, memory_arg);
  else if (spec.kind == EinsumPathSpec::Optimal) plan.path = optimal_path(input_sets, output_set, dims, memory_arg);
  else raise(ErrorType::KeyError, "Path name %s not found\x1f" + spec.name);

  std::vector<int64_t> costs, scales, sizes;
  for (size_t cnum = 0; cnum < plan.path.size(); ++cnum) {
    std::vector<int64_t> inds = plan.path[cnum];
    std::sort(inds.rbegin(), inds.rend());
    for (int64_t x : inds)
      if (x < 0 || x >= static_cast<int64_t>(input_list.size())) raise_index_error("pop index out of range");
    Contraction c = find_contraction(inds, input_sets, output_set);
    input_sets = c.remaining;
    costs.push_back(flop_count(c.idx_contract, !c.idx_removed.empty(), inds.size(), dims));
    scales.push_back(static_cast<int64_t>(c.idx_contract.size()));
    sizes.push_back(size_by_dict(c.new_result, dims));
    CharSet bc;
    std::vector<std::string> tmp;
    for (int64_t x : inds) {
      tmp.push_back(input_list[static_cast<size_t>(x)]);
      input_list.erase(input_list.begin() + x);
      bc.insert(bcast[static_cast<size_t>(x)].begin(), bcast[static_cast<size_t>(x)].end());
      bcast.erase(bcast.begin() + x);
    }
    CharSet new_bc;
    bool touches = false;
    for (char ch : bc) {
      if (!c.idx_removed.count(ch)) new_bc.insert(ch);
      else touches = true;
    }
    EinsumContraction con;
    con.inds = inds;
    con.blas = !touches && can_dot(tmp, c.new_result, c.idx_removed);
    std::string idx_result;
    if (cnum + 1 == plan.path.size()) {
      idx_result = plan.output_subscript;
    } else {
      std::vector<std::pair<int64_t, char>> sr;
      for (char ch : c.new_result) sr.push_back({dims.at(ch), ch});
      std::sort(sr.begin(), sr.end());
      for (const auto& x : sr) idx_result += x.second;
    }
    input_list.push_back(idx_result);
    bcast.push_back(new_bc);
    for (size_t i = 0; i < tmp.size(); ++i) con.einsum_str += (i ? "," : "") + tmp[i];
    con.einsum_str += "->" + idx_result;
    for (char ch : c.idx_removed) con.idx_removed += ch;
    con.remaining = input_list;
    plan.contractions.push_back(con);
  }
  if (input_list.size() != 1)
    raise(ErrorType::RuntimeError, "Invalid einsum_path is specified: " + std::to_string(input_list.size() - 1) +
                                       " more operands has to be contracted.");
  const int64_t opt_cost = [&] {
    int64_t s = 0;
    for (int64_t c : costs) s += c;
    return s + 1;
  }();
  std::string r = "  Complete contraction:  " + plan.input_subscripts + "->" + plan.output_subscript + "\n";
  r += "         Naive scaling:  " + std::to_string(indices.size()) + "\n";
  r += "     Optimized scaling:  " + std::to_string(*std::max_element(scales.begin(), scales.end())) + "\n";
  r += "      Naive FLOP count:  " + fmt("%.3e", static_cast<double>(naive_cost)) + "\n";
  r += "  Optimized FLOP count:  " + fmt("%.3e", static_cast<double>(opt_cost)) + "\n";
  r += "   Theoretical speedup:  " + fmt("%3.3f", static_cast<double>(naive_cost) / static_cast<double>(opt_cost)) + "\n";
  r += "  Largest intermediate:  " + fmt("%.3e", static_cast<double>(*std::max_element(sizes.begin(), sizes.end()))) +
       " elements\n";
  r += std::string(74, '-') + "\n";
  r += pad_left("scaling", 6) + " " + pad_left("current", 24) + " " + pad_left("remaining", 40) + "\n";
  r += std::string(74, '-');
  for (size_t n = 0; n < plan.contractions.size(); ++n) {
    std::string rem;
    for (size_t i = 0; i < plan.contractions[n].remaining.size(); ++i) rem += (i ? "," : "") + plan.contractions[n].remaining[i];
    rem += "->" + plan.output_subscript;
    r += "\n" + pad_left(std::to_string(scales[n]), 4) + "    " + pad_left(plan.contractions[n].einsum_str, 24) + " " +
         pad_left(rem, 40);
  }
  plan.report = r;
  return plan;
}

}  // namespace sl
