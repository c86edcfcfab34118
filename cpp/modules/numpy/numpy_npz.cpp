// numpy_npz.cpp — the native half of np.savez / np.savez_compressed / np.load of .npz
// archives: hidden helpers of the numpy module that py/numpy_npz.py (NpzFile, the savez
// functions) calls — the ZIP container and DEFLATE (core/zip_archive, core/deflate) and the
// .npy bytes of one array (core/npy_io). The file itself is read and written by the Python
// side through open() (the session's files).
#include "core/npy_io.hpp"
#include "core/zip_archive.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

const std::string& bytes_arg(const ObjPtr& o) {
  if (!is_bytes(o)) raise_type_error("a bytes-like object is required, not '" + type_name(o) + "'");
  return cast<BytesObject>(o)->value;
}

void init_npz(Interpreter&, ModuleObject& m) {
  // _sl_zip_read(data) -> [(name, bytes), ...] in archive order
  def(m, "_sl_zip_read", {"data"}, [](const BoundArgs& b) {
    std::vector<ObjPtr> out;
    for (ZipEntry& e : read_zip(bytes_arg(b[0])))
      out.push_back(make_tuple({make_str(e.name), make_bytes(std::move(e.data))}));
    return make_list(std::move(out));
  });
  // _sl_zip_write([(name, bytes), ...], deflate) -> the archive's bytes
  def(m, "_sl_zip_write", {"entries", "deflate"}, [](const BoundArgs& b) {
    std::vector<ZipEntry> entries;
    for (const ObjPtr& item : iterate(b[0])) {
      std::vector<ObjPtr> pair = iterate(item);
      if (pair.size() != 2 || !is_str(pair[0])) raise_type_error("expected (name, bytes) pairs");
      entries.push_back({str_value(pair[0]), bytes_arg(pair[1])});
    }
    return make_bytes(write_zip(entries, is_true(b[1])));
  });
  def(m, "_sl_npy_dumps", {"arr"}, [](const BoundArgs& b) {
    std::vector<uint8_t> bytes = write_npy(to_array(b[0]));
    return make_bytes(std::string(bytes.begin(), bytes.end()));
  });
  def(m, "_sl_npy_loads", {"data"}, [](const BoundArgs& b) {
    const std::string& s = bytes_arg(b[0]);
    return wrap_array(read_npy(reinterpret_cast<const uint8_t*>(s.data()), s.size(), NpySource::File));
  });
}

}  // namespace

void register_numpy_npz() { register_numpy_part("numpy", init_npz); }

}  // namespace sl
