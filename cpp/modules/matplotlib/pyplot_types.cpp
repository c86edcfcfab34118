// pyplot_types.cpp — the Python classes pyplot hands out: Figure, AxesSubplot (Axes),
// Line2D, PathCollection, AxesImage, BarContainer, Text, Legend, Colorbar, and the object
// array plt.subplots returns for a grid of axes (type name `ndarray`, printed like NumPy's
// dtype=object arrays; stridelab's ndarray has no object dtype). Names and modules are
// matplotlib 3.6's, so `type(ax).__name__` prints what the reference prints.
#include <cmath>
#include <cstdio>

#include "lang/builtin_types.hpp"
#include "modules/matplotlib/figure_registry.hpp"
#include "lang/files.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {

namespace {

struct FigureObject : ObjectWithDict {
  static TypeObject* type;
  std::shared_ptr<FigureModel> fig;
  explicit FigureObject(std::shared_ptr<FigureModel> f) : ObjectWithDict(type), fig(std::move(f)) {}
};
struct AxesObject : ObjectWithDict {
  static TypeObject* type;
  std::shared_ptr<FigureModel> fig;
  std::shared_ptr<AxesModel> ax;
  AxesObject(std::shared_ptr<FigureModel> f, std::shared_ptr<AxesModel> a)
      : ObjectWithDict(type), fig(std::move(f)), ax(std::move(a)) {}
};
struct ArtistObject : ObjectWithDict {
  std::shared_ptr<AxesModel> ax;
  size_t index;
  int64_t count = 0;
  ArtistObject(TypeObject* t, std::shared_ptr<AxesModel> a, size_t i) : ObjectWithDict(t), ax(std::move(a)), index(i) {}
  const Artist& artist() const { return ax->artists.at(index); }
};
struct TextObject : ObjectWithDict {
  static TypeObject* type;
  std::string repr_text, text;
  TextObject() : ObjectWithDict(type) {}
};
struct AxesArrayObject : Object {
  static TypeObject* type;
  std::vector<ObjPtr> items;
  std::vector<int64_t> shape;
  AxesArrayObject() : Object(type) {}
};
TypeObject* FigureObject::type = nullptr;
TypeObject* AxesObject::type = nullptr;
TypeObject* TextObject::type = nullptr;
TypeObject* AxesArrayObject::type = nullptr;
std::map<std::string, TypeObject*>& artist_types() {
  static std::map<std::string, TypeObject*> m;
  return m;
}

std::string g_fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}

ObjPtr py_float_repr_num(double v, bool as_int) {
  if (as_int) return make_int(static_cast<int64_t>(v));
  return make_float(v);
}

std::string axes_repr(const AxesModel& a) {
  std::vector<std::string> fields;
  if (!a.title.empty()) fields.push_back("title={'center': " + repr(make_str(a.title)) + "}");
  if (!a.xlabel.empty()) fields.push_back("xlabel=" + repr(make_str(a.xlabel)));
  if (!a.ylabel.empty()) fields.push_back("ylabel=" + repr(make_str(a.ylabel)));
  std::string s = "<AxesSubplot: ";
  for (size_t i = 0; i < fields.size(); ++i) s += (i ? ", " : "") + fields[i];
  return s + ">";
}

// NumPy's object-array printing of the axes grid: "[<AxesSubplot: > <AxesSubplot: >]"
std::string array_body(const AxesArrayObject& a, size_t dim, size_t start, size_t indent) {
  std::string s = "[";
  if (dim + 1 == a.shape.size()) {
    for (int64_t i = 0; i < a.shape[dim]; ++i) s += (i ? " " : "") + repr(a.items[start + i]);
  } else {
    size_t inner = 1;
    for (size_t k = dim + 1; k < a.shape.size(); ++k) inner *= static_cast<size_t>(a.shape[k]);
    for (int64_t i = 0; i < a.shape[dim]; ++i) {
      if (i) s += "\n" + std::string(indent + 1, ' ');
      s += array_body(a, dim + 1, start + i * inner, indent + 1);
    }
  }
  return s + "]";
}
std::string array_body_commas(const AxesArrayObject& a, size_t dim, size_t start, size_t indent) {
  std::string s = "[";
  if (dim + 1 == a.shape.size()) {
    for (int64_t i = 0; i < a.shape[dim]; ++i) s += (i ? ", " : "") + repr(a.items[start + i]);
  } else {
    size_t inner = 1;
    for (size_t k = dim + 1; k < a.shape.size(); ++k) inner *= static_cast<size_t>(a.shape[k]);
    for (int64_t i = 0; i < a.shape[dim]; ++i) {
      if (i) s += ",\n" + std::string(indent + 1, ' ');
      s += array_body_commas(a, dim + 1, start + i * inner, indent + 1);
    }
  }
  return s + "]";
}

AxesArrayObject* aa(const ObjPtr& o) { return static_cast<AxesArrayObject*>(o.get()); }

int64_t norm_index(int64_t i, int64_t n, size_t axis) {
  if (i < -n || i >= n)
    raise_index_error("index " + std::to_string(i) + " is out of bounds for axis " + std::to_string(axis) +
                      " with size " + std::to_string(n));
  return i < 0 ? i + n : i;
}

ObjPtr array_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  AxesArrayObject& a = *aa(self);
  std::vector<ObjPtr> keys = is_tuple(key) ? tuple_items(key) : std::vector<ObjPtr>{key};
  if (keys.size() > a.shape.size())
    raise_index_error("too many indices for array: array is " + std::to_string(a.shape.size()) +
                      "-dimensional, but " + std::to_string(keys.size()) + " were indexed");
  size_t start = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    if (!has_index(keys[k])) raise_index_error("stridelab: the axes array supports integer indices only");
    size_t inner = 1;
    for (size_t j = k + 1; j < a.shape.size(); ++j) inner *= static_cast<size_t>(a.shape[j]);
    start += static_cast<size_t>(norm_index(to_int64(keys[k]), a.shape[k], k)) * inner;
  }
  if (keys.size() == a.shape.size()) return a.items[start];
  std::vector<int64_t> rest(a.shape.begin() + static_cast<long>(keys.size()), a.shape.end());
  size_t n = 1;
  for (int64_t d : rest) n *= static_cast<size_t>(d);
  return make_axes_array(std::vector<ObjPtr>(a.items.begin() + static_cast<long>(start),
                                             a.items.begin() + static_cast<long>(start + n)),
                         rest);
}

void init_array_type() {
  TypeObject* t = new_type("ndarray", "numpy");
  t->repr = [](Interpreter&, const ObjPtr& s) {
    return make_str("array(" + array_body_commas(*aa(s), 0, 0, 6) + ", dtype=object)");
  };
  t->str = [](Interpreter&, const ObjPtr& s) { return make_str(array_body(*aa(s), 0, 0, 0)); };
  t->len = [](Interpreter&, const ObjPtr& s) { return aa(s)->shape[0]; };
  t->getitem = array_getitem;
  t->iter = [](Interpreter&, const ObjPtr& s) {
    std::vector<ObjPtr> rows;
    for (int64_t i = 0; i < aa(s)->shape[0]; ++i) rows.push_back(array_getitem(current_interpreter(), s, make_int(i)));
    return get_iter(make_list(std::move(rows)));
  };
  add_getset(t, "shape", [](Interpreter&, const ObjPtr& s) { return make_shape_tuple(aa(s)->shape); });
  add_getset(t, "ndim", [](Interpreter&, const ObjPtr& s) { return make_int(static_cast<int64_t>(aa(s)->shape.size())); });
  add_getset(t, "size", [](Interpreter&, const ObjPtr& s) { return make_int(static_cast<int64_t>(aa(s)->items.size())); });
  add_getset(t, "dtype", [](Interpreter&, const ObjPtr&) -> ObjPtr {
    raise_not_implemented("stridelab: the axes array has dtype=object, which stridelab does not model");
  });
  add_getset(t, "flat", [](Interpreter&, const ObjPtr& s) { return get_iter(make_list(aa(s)->items)); });
  auto flat = [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    return make_axes_array(aa(s)->items, {static_cast<int64_t>(aa(s)->items.size())});
  };
  add_method(t, "ravel", flat);
  add_method(t, "flatten", flat);
  add_method(t, "tolist", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    AxesArrayObject& a = *aa(s);
    if (a.shape.size() == 1) return make_list(a.items);
    std::vector<ObjPtr> rows;
    for (int64_t i = 0; i < a.shape[0]; ++i) {
      std::vector<ObjPtr> r(a.items.begin() + i * a.shape[1], a.items.begin() + (i + 1) * a.shape[1]);
      rows.push_back(make_list(std::move(r)));
    }
    return make_list(std::move(rows));
  });
  AxesArrayObject::type = t;
}

using Body = std::function<ObjPtr(const ObjPtr&, const BoundArgs&)>;
void method(TypeObject* t, const char* name, std::initializer_list<const char*> params, Body body) {
  auto sig = std::make_shared<Signature>(name, params);
  add_method(t, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs kw) {
    return body(self, sig->bind(a, kw));
  });
}

FigureObject* fo(const ObjPtr& o) { return static_cast<FigureObject*>(o.get()); }
ArtistObject* ao(const ObjPtr& o) { return static_cast<ArtistObject*>(o.get()); }

TypeObject* artist_type(const std::string& name, const std::string& module) {
  TypeObject* t = new_type(name, module);
  artist_types()[name] = t;
  return t;
}

void init_artist_types() {
  TypeObject* line = artist_type("Line2D", "matplotlib.lines");
  line->str = [](Interpreter&, const ObjPtr& s) {
    return make_str("Line2D(" + ao(s)->artist().label + ")");
  };
  add_method(line, "get_label", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) { return make_str(ao(s)->artist().label); });
  add_method(line, "get_color", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) { return make_str(ao(s)->artist().color); });
  add_method(line, "get_linestyle", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    const std::string& ls = ao(s)->artist().linestyle;
    return make_str(ls.empty() ? "None" : ls);
  });
  add_method(line, "get_linewidth", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) { return make_float(ao(s)->artist().linewidth); });
  auto vec = [](const std::vector<double>& v) {
    ArrayPtr a = new_array({static_cast<int64_t>(v.size())}, DType::Float64);
    if (!v.empty()) std::memcpy(a->data(), v.data(), v.size() * sizeof(double));
    return wrap_array(a);
  };
  add_method(line, "get_xdata", [vec](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) { return vec(ao(s)->artist().x); });
  add_method(line, "get_ydata", [vec](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) { return vec(ao(s)->artist().y); });
  method(line, "set_label", {"s"}, [](const ObjPtr& s, const BoundArgs& b) {
    ao(s)->ax->artists.at(ao(s)->index).label = str(b[0]);
    return None();
  });
  artist_type("PathCollection", "matplotlib.collections");
  TypeObject* img = artist_type("AxesImage", "matplotlib.image");
  img->str = [](Interpreter&, const ObjPtr& s) {
    const Artist& a = ao(s)->artist();
    return make_str("AxesImage(size=(" + std::to_string(a.rows) + ", " + std::to_string(a.cols) + "))");
  };
  add_method(img, "get_clim", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    const Artist& a = ao(s)->artist();
    return make_tuple({make_float(a.vmin), make_float(a.vmax)});
  });
  add_method(img, "get_cmap", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) { return make_str(ao(s)->artist().cmap); });
  TypeObject* bc = artist_type("BarContainer", "matplotlib.container");
  bc->repr = [](Interpreter&, const ObjPtr& s) {
    return make_str("<BarContainer object of " + std::to_string(ao(s)->count) + " artists>");
  };
  bc->len = [](Interpreter&, const ObjPtr& s) { return ao(s)->count; };
  artist_type("Legend", "matplotlib.legend");
  artist_type("Colorbar", "matplotlib.colorbar");

  TypeObject* text = new_type("Text", "matplotlib.text");
  text->repr = [](Interpreter&, const ObjPtr& s) { return make_str(static_cast<TextObject*>(s.get())->repr_text); };
  add_method(text, "get_text", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    return make_str(static_cast<TextObject*>(s.get())->text);
  });
  TextObject::type = text;
}

void init_figure_type() {
  TypeObject* t = new_type("Figure", "matplotlib.figure");
  t->repr = [](Interpreter&, const ObjPtr& s) { return make_str(figure_repr(*fo(s)->fig)); };
  t->str = [](Interpreter&, const ObjPtr& s) {
    const FigureModel& f = *fo(s)->fig;
    return make_str("Figure(" + g_fmt(f.width_in * f.dpi) + "x" + g_fmt(f.height_in * f.dpi) + ")");
  };
  add_getset(t, "number", [](Interpreter&, const ObjPtr& s) { return make_int(fo(s)->fig->id); });
  add_getset(t, "dpi", [](Interpreter&, const ObjPtr& s) { return make_float(fo(s)->fig->dpi); });
  add_getset(t, "axes", [](Interpreter&, const ObjPtr& s) {
    std::vector<ObjPtr> out;
    for (auto& a : fo(s)->fig->axes) out.push_back(axes_object(fo(s)->fig, a));
    return make_list(std::move(out));
  });
  add_method(t, "get_axes", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    std::vector<ObjPtr> out;
    for (auto& a : fo(s)->fig->axes) out.push_back(axes_object(fo(s)->fig, a));
    return make_list(std::move(out));
  });
  add_method(t, "gca", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    auto f = fo(s)->fig;
    return axes_object(f, figure_gca(plot_state(), *f));
  });
  add_method(t, "get_size_inches", [](Interpreter&, const ObjPtr& s, PosArgs, KwArgs) {
    ArrayPtr a = new_array({2}, DType::Float64);
    double v[2] = {fo(s)->fig->width_in, fo(s)->fig->height_in};
    std::memcpy(a->data(), v, sizeof v);
    return wrap_array(a);
  });
  method(t, "add_subplot", {"*args", "**kwargs"}, [](const ObjPtr& s, const BoundArgs& b) {
    auto f = fo(s)->fig;
    int r = 1, c = 1, i = 1;
    if (b.varargs.size() == 1) {
      int64_t code = to_int64(b.varargs[0]);
      r = static_cast<int>(code / 100), c = static_cast<int>(code / 10 % 10), i = static_cast<int>(code % 10);
    } else if (b.varargs.size() == 3) {
      r = static_cast<int>(to_int64(b.varargs[0]));
      c = static_cast<int>(to_int64(b.varargs[1]));
      i = static_cast<int>(to_int64(b.varargs[2]));
    }
    return axes_object(f, add_subplot(plot_state(), *f, r, c, i));
  });
  method(t, "suptitle", {"t", "**kwargs"}, [](const ObjPtr& s, const BoundArgs& b) {
    fo(s)->fig->suptitle = to_str(b[0], "t");
    return make_text_object(0.5, 0.98, fo(s)->fig->suptitle, false, false);
  });
  method(t, "tight_layout", {"**kwargs"}, [](const ObjPtr&, const BoundArgs&) { return None(); });
  method(t, "show", {"warn="}, [](const ObjPtr&, const BoundArgs&) { return None(); });
  method(t, "savefig", {"fname", "*args", "**kwargs"}, [](const ObjPtr& s, const BoundArgs& b) {
    std::string path = to_str(b[0], "fname");
    write_file(path, figure_svg(*fo(s)->fig));
    return None();
  });
  method(t, "colorbar", {"mappable", "cax=", "ax=", "**kwargs"}, [](const ObjPtr& s, const BoundArgs& b) {
    (void)s;
    KwArg kw{"mappable", b[0]};
    return axes_call("colorbar", nullptr, nullptr, {}, KwArgs(&kw, 1));
  });
  FigureObject::type = t;
}

void init_axes_type() {
  TypeObject* t = new_type("AxesSubplot", "matplotlib.axes._subplots");
  t->repr = [](Interpreter&, const ObjPtr& s) { return make_str(axes_repr(*static_cast<AxesObject*>(s.get())->ax)); };
  t->str = [](Interpreter&, const ObjPtr& s) {
    const auto& p = static_cast<AxesObject*>(s.get())->ax->position;
    return make_str("AxesSubplot(" + g_fmt(p[0]) + "," + g_fmt(p[1]) + ";" + g_fmt(p[2]) + "x" + g_fmt(p[3]) + ")");
  };
  add_getset(t, "figure", [](Interpreter&, const ObjPtr& s) {
    return figure_object(static_cast<AxesObject*>(s.get())->fig);
  });
  add_axes_methods(t);
  AxesObject::type = t;
}

}  // namespace

void init_pyplot_types() {
  if (FigureObject::type) return;
  init_array_type();
  init_artist_types();
  init_figure_type();
  init_axes_type();
}

std::string figure_repr(const FigureModel& f) {
  return "<Figure size " + g_fmt(f.width_in * f.dpi) + "x" + g_fmt(f.height_in * f.dpi) + " with " +
         std::to_string(f.axes.size()) + " Axes>";
}

ObjPtr figure_object(const std::shared_ptr<FigureModel>& fig) {
  PlotState& st = plot_state();
  auto it = st.wrappers.find(fig.get());
  if (it != st.wrappers.end()) return it->second;
  ObjPtr o(new FigureObject(fig));
  st.wrappers[fig.get()] = o;
  return o;
}

ObjPtr axes_object(const std::shared_ptr<FigureModel>& fig, const std::shared_ptr<AxesModel>& ax) {
  PlotState& st = plot_state();
  auto it = st.wrappers.find(ax.get());
  if (it != st.wrappers.end()) return it->second;
  ObjPtr o(new AxesObject(fig, ax));
  st.wrappers[ax.get()] = o;
  return o;
}

std::shared_ptr<FigureModel> figure_of(const ObjPtr& o) {
  if (!o || o->type() != FigureObject::type) return nullptr;
  return fo(o)->fig;
}
std::shared_ptr<AxesModel> axes_of(const ObjPtr& o) {
  if (!o || o->type() != AxesObject::type) return nullptr;
  return static_cast<AxesObject*>(o.get())->ax;
}
std::shared_ptr<FigureModel> axes_figure(const ObjPtr& o) {
  if (!o || o->type() != AxesObject::type) return nullptr;
  return static_cast<AxesObject*>(o.get())->fig;
}

ObjPtr make_text_object(double x, double y, const std::string& s, bool x_is_int, bool y_is_int) {
  Ref<TextObject> t = make_object<TextObject>();
  t->text = s;
  t->repr_text = "Text(" + repr(py_float_repr_num(x, x_is_int)) + ", " + repr(py_float_repr_num(y, y_is_int)) + ", " +
                 repr(make_str(s)) + ")";
  return ObjPtr(t);
}

ObjPtr make_artist_object(const char* type_name, const std::shared_ptr<AxesModel>& ax, size_t index) {
  return ObjPtr(new ArtistObject(artist_types().at(type_name), ax, index));
}

ObjPtr make_bar_container(const std::shared_ptr<AxesModel>& ax, size_t index, int64_t n) {
  auto* o = new ArtistObject(artist_types().at("BarContainer"), ax, index);
  o->count = n;
  return ObjPtr(o);
}

ObjPtr make_axes_array(std::vector<ObjPtr> items, std::vector<int64_t> shape) {
  Ref<AxesArrayObject> a = make_object<AxesArrayObject>();
  a->items = std::move(items);
  a->shape = std::move(shape);
  return ObjPtr(a);
}

}  // namespace sl
