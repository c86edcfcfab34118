// numpy_io.cpp — np.save / np.load (.npy) and np.savetxt / np.loadtxt through the session's
// file system (files.hpp). Formats and messages come from core/npy_io and core/text_io.
#include "core/npy_io.hpp"
#include "core/text_io.hpp"
#include "core/zip_archive.hpp"
#include "lang/files.hpp"
#include "modules/numpy/numpy_lazy.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

std::string path_arg(const ObjPtr& o) {
  if (!is_str(o)) raise_type_error("expected str, bytes or os.PathLike object, not " + type_name(o));
  return str_value(o);
}

// loadtxt(usecols=): an int or an iterable of ints (operator.index on each element)
std::vector<int64_t> usecols_arg(const ObjPtr& u) {
  auto bad = [](const ObjPtr& x) {
    raise_type_error("usecols must be an int or a sequence of ints but it contains at least one element of type '" +
                     type_name(x) + "'");
  };
  if (!is_ndarray(u) && has_index(u)) return {to_int64(u)};
  if (is_str(u)) bad(u);
  std::vector<ObjPtr> items;
  try {
    items = iterate(u);
  } catch (const PyError& e) {
    if (e.type != ErrorType::TypeError) throw;
    bad(u);  // not iterable either: NumPy names the argument's own type
  }
  std::vector<int64_t> cols;
  for (const ObjPtr& c : items) {
    if (!has_index(c)) bad(c);
    cols.push_back(to_int64(c));
  }
  return cols;
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
          if (looks_like_zip(data))  // an .npz: NpzFile (py/numpy_npz.py)
            return call(numpy_python_helper("_sl_npz_open"), PosArgs(std::vector<ObjPtr>{b[0], make_bytes(std::move(data))}));
          raise_value_error("Cannot load file containing pickled data when allow_pickle=False");
        }
        return wrap_array(read_npy(reinterpret_cast<const uint8_t*>(data.data()), data.size(), NpySource::File));
      });
  def(m, "savetxt", {"fname", "X", "fmt=", "delimiter=", "newline=", "header=", "footer=", "comments=", "encoding="},
      [](const BoundArgs& b) {
        SavetxtOptions o;
        if (b.given(2)) {
          if (is_sequence(b[2])) {
            std::vector<std::string> fl;
            for (const ObjPtr& f : sequence_items(b[2])) fl.push_back(to_str(f, "fmt"));
            o.fmt_list = fl;
          } else if (is_str(b[2])) {
            o.fmt = str_value(b[2]);
          } else {
            raise_value_error("invalid fmt: " + repr(b[2]));
          }
        }
        // NumPy passes delimiter and newline through str()
        if (b.given(3)) o.delimiter = str(b[3]);
        if (b.given(4)) o.newline = str(b[4]);
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
        if (b.given(6) && !is_none(b[6])) o.usecols = usecols_arg(b[6]);
        if (b.given(7)) o.unpack = is_true(b[7]);
        if (b.given(8)) o.ndmin = static_cast<int>(to_int64(b[8]));
        if (b.given(10)) o.max_rows = to_int64(b[10]);
        // NumPy opens the path through DataSource, whose message differs from open()'s
        if (!file_exists(path)) raise(ErrorType::FileNotFoundError, path + " not found.");
        ArrayPtr r = loadtxt(read_file(path), o);
        // unpack=True: core returned arr.T, an array (`x, y = ...` unpacks its rows), as NumPy
        return wrap_array(r);
      });
}

}  // namespace

void register_numpy_io() { register_numpy_part("numpy", init_io); }

}  // namespace sl
