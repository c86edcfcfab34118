// json_module.cpp — the `json` package (json, json.decoder, json.encoder): the classes and
// the dumps/loads/dump/load entry points in embedded Python (so that user classes can
// subclass JSONEncoder and override default()), the scanning and formatting native
// (json_encode.cpp, json_decode.cpp).
#include "lang/module.hpp"
#include "modules/stdlib/json_parts.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

const char* const kDecoderSource = R"PY(
class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _decode(s, 0, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, True)

    def raw_decode(self, s, idx=0):
        return _decode(s, idx, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, False)
)PY";

const char* const kEncoderSource = R"PY(
class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return _encode(o, self.indent, self.item_separator, self.key_separator, self.sort_keys,
                       self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])
)PY";

const char* const kJsonSource = R"PY(
from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)

def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, cls=cls, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw))

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, bytes):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)

def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
)PY";

}  // namespace

void register_json_module() {
  register_module("json.decoder", [](Interpreter& in, ModuleObject& m) {
    m.add_function("_decode", json_decode);
    exec_module_source(in, m, kDecoderSource);
  });
  register_module("json.encoder", [](Interpreter& in, ModuleObject& m) {
    m.add_function("_encode", json_encode);
    exec_module_source(in, m, kEncoderSource);
  });
  register_module("json", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kJsonSource); });
}

}  // namespace sl
