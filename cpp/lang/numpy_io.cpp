// numpy_io.cpp — np.save / np.load (.npy) and np.savetxt / np.loadtxt through the session's
// file system (files.hpp). Formats and messages come from core/npy_io and core/text_io.
#include "core/npy_io.hpp"
#include "core/text_io.hpp"
#include "lang/files.hpp"
#include "lang/numpy_module.hpp"
#include "lang/numpy_objects.hpp"

namespace sl {
namespace {

std::string path_arg(const ObjPtr& o) {
  if (!is_str(o)) raise_type_error("expected str, bytes or os.PathLike object, not " + type_name(o));
  return str_value(o);
}

constexpr auto def = def_function;  // numpy_module.hpp

void init_io(Interpreter&, ModuleObject& m) {
  def(m, "save", {"file", "arr", "allow_pickle=", "fix_imports="}, [](const BoundArgs& b) {
    std::string path = path_arg(b[0]);
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".npy") != 0) path += ".npy";
    std::vector<uint8_t> bytes = write_npy(to_array(b[1]));
    write_file(path, std::string(bytes.begin(), bytes.end()));
    return None();
  });
  def(m, "load", {"file", "mmap_mode=", "allow_pickle=", "fix_imports=", "encoding=", "*", "max_header_size="},
      [](const BoundArgs& b) {
        std::string data = read_file(path_arg(b[0]));
        static const char kMagic[] = "\x93NUMPY";
        if (data.size() < 6 || data.compare(0, 6, kMagic) != 0) {
          if (data.size() >= 2 && data.compare(0, 2, "PK") == 0)
            raise_not_implemented(".npz archives are not supported yet");
          raise_value_error("Cannot load file containing pickled data when allow_pickle=False");
        }
        return wrap_array(read_npy(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
      });
  def(m, "savetxt", {"fname", "X", "fmt=", "delimiter=", "newline=", "header=", "footer=", "comments=", "encoding="},
      [](const BoundArgs& b) {
        SavetxtOptions o;
        if (b.given(2)) {
          if (is_sequence(b[2])) {
            std::vector<std::string> fl;
            for (const ObjPtr& f : sequence_items(b[2])) fl.push_back(to_str(f, "fmt"));
            o.fmt_list = fl;
          } else {
            o.fmt = to_str(b[2], "fmt");
          }
        }
        if (b.given(3)) o.delimiter = to_str(b[3], "delimiter");
        if (b.given(4)) o.newline = to_str(b[4], "newline");
        if (b.given(5)) o.header = to_str(b[5], "header");
        if (b.given(6)) o.footer = to_str(b[6], "footer");
        if (b.given(7)) o.comments = to_str(b[7], "comments");
        write_file(path_arg(b[0]), savetxt(to_array(b[1]), o));
        return None();
      });
  def(m, "loadtxt", {"fname", "dtype=", "comments=", "delimiter=", "converters=", "skiprows=", "usecols=",
                     "unpack=", "ndmin=", "encoding=", "max_rows=", "*", "quotechar=", "like="},
      [](const BoundArgs& b) {
        LoadtxtOptions o;
        std::string path = path_arg(b[0]);
        o.fname_repr = repr(b[0]);
        if (b.given(1)) o.dtype = to_dtype(b[1]);
        if (b.has(2)) {
          o.comments.clear();
          if (is_str(b[2])) o.comments.push_back(str_value(b[2]));
          else if (!is_none(b[2]))
            for (const ObjPtr& c : iterate(b[2])) o.comments.push_back(to_str(c, "comments"));
        }
        if (b.given(3)) o.delimiter = to_str(b[3], "delimiter");
        if (b.given(4)) raise_not_implemented("loadtxt(converters=...) is not supported");
        if (b.given(5)) o.skiprows = to_int64(b[5]);
        if (b.given(6)) o.usecols = to_axes(b[6]);
        if (b.given(7)) o.unpack = is_true(b[7]);
        if (b.given(8)) o.ndmin = static_cast<int>(to_int64(b[8]));
        if (b.given(10)) o.max_rows = to_int64(b[10]);
        ArrayPtr r = loadtxt(read_file(path), o);
        if (o.unpack && r->ndim() >= 2) {
          std::vector<ObjPtr> cols;
          for (const ObjPtr& c : iterate(getattr(wrap_array(r), "T"))) cols.push_back(c);
          return make_tuple(std::move(cols));
        }
        return wrap_array(r);
      });
}

}  // namespace

void register_numpy_io() { register_numpy_part("numpy", init_io); }

}  // namespace sl
