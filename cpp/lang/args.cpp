// args.cpp — Signature parsing and binding (see args.hpp for the spec syntax and messages).
#include "lang/args.hpp"

namespace sl {

Signature::Signature(std::string func_name, std::initializer_list<const char*> params)
    : Signature(std::move(func_name), std::vector<const char*>(params)) {}

Signature::Signature(std::string func_name, const std::vector<const char*>& params)
    : name_(std::move(func_name)) {
  bool kw_only = false;
  for (const char* p : params) {
    std::string s(p);
    if (s == "/") {
      for (auto& q : params_) q.pos_only = true;
      continue;
    }
    if (s == "*") {
      kw_only = true;
      continue;
    }
    if (s.compare(0, 2, "**") == 0) {
      varkw_ = true;
      continue;
    }
    if (s[0] == '*') {
      varargs_ = true;
      kw_only = true;
      continue;
    }
    bool optional = !s.empty() && s.back() == '=';
    if (optional) s.pop_back();
    params_.push_back(Param{s, !optional, kw_only, false});
    if (!kw_only) ++max_positional_;
  }
}

int Signature::index_of(const std::string& param) const {
  for (size_t i = 0; i < params_.size(); ++i)
    if (params_[i].name == param) return static_cast<int>(i);
  return -1;
}

static std::string plural_args(size_t n) {
  return std::to_string(n) + (n == 1 ? " positional argument" : " positional arguments");
}

BoundArgs Signature::bind(PosArgs args, KwArgs kwargs) const {
  BoundArgs out;
  out.values.resize(params_.size());
  const std::string fn = name_ + "()";
  size_t npos = args.size();
  if (npos > max_positional_) {
    if (!varargs_) {
      size_t required = 0;
      for (size_t i = 0; i < max_positional_; ++i)
        if (params_[i].required) ++required;
      std::string takes = required == max_positional_
                              ? plural_args(max_positional_)
                              : "from " + std::to_string(required) + " to " + std::to_string(max_positional_) +
                                    " positional arguments";
      if (max_positional_ == 0 && params_.empty() && !varkw_)
        raise_type_error(fn + " takes no arguments (" + std::to_string(npos) + " given)");
      raise_type_error(fn + " takes " + takes + " but " + std::to_string(npos) +
                       (npos == 1 ? " was" : " were") + " given");
    }
    for (size_t i = max_positional_; i < npos; ++i) out.varargs.push_back(args[i]);
    npos = max_positional_;
  }
  for (size_t i = 0; i < npos; ++i) out.values[i] = args[i];
  for (const KwArg& kw : kwargs) {
    int ix = -1;
    for (size_t i = 0; i < params_.size(); ++i)
      if (params_[i].name == kw.name && !params_[i].pos_only) {
        ix = static_cast<int>(i);
        break;
      }
    if (ix < 0) {
      if (varkw_) {
        out.varkw.push_back(kw);
        continue;
      }
      if (params_.empty() && !varargs_) raise_type_error(fn + " takes no keyword arguments");
      raise_type_error(fn + " got an unexpected keyword argument '" + kw.name + "'");
    }
    if (out.values[ix]) raise_type_error(fn + " got multiple values for argument '" + kw.name + "'");
    out.values[ix] = kw.value;
  }
  for (size_t i = 0; i < params_.size(); ++i) {
    if (out.values[i] || !params_[i].required) continue;
    if (params_[i].kw_only)
      raise_type_error(fn + " missing required keyword-only argument '" + params_[i].name + "'");
    raise_type_error(fn + " missing required argument '" + params_[i].name + "' (pos " +
                     std::to_string(i + 1) + ")");
  }
  return out;
}

void check_no_kwargs(const char* fname, KwArgs kwargs) {
  if (!kwargs.empty()) raise_type_error(std::string(fname) + "() takes no keyword arguments");
}

void check_nargs(const char* fname, PosArgs args, size_t min, size_t max) {
  size_t n = args.size();
  if (n >= min && n <= max) return;
  std::string f = std::string(fname);
  if (min == max) {
    if (min == 0) raise_type_error(f + "() takes no arguments (" + std::to_string(n) + " given)");
    if (min == 1) raise_type_error(f + "() takes exactly one argument (" + std::to_string(n) + " given)");
    raise_type_error(f + " expected " + std::to_string(min) + " arguments, got " + std::to_string(n));
  }
  if (n < min)
    raise_type_error(f + " expected at least " + std::to_string(min) + " argument" +
                     (min == 1 ? "" : "s") + ", got " + std::to_string(n));
  raise_type_error(f + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
                   ", got " + std::to_string(n));
}

}  // namespace sl
