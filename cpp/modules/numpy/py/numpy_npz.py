# np.savez / np.savez_compressed and the NpzFile np.load returns for an .npz archive, as
# NumPy 2's numpy/lib/_npyio_impl.py has them: savez names positional arrays arr_0, arr_1,
# ... after the keyword ones, writes each as NAME.npy into a ZIP archive (stored, or
# deflated by savez_compressed) and adds '.npz' to a path without it; NpzFile is a read-only
# mapping from the names (without .npy) to arrays, also usable as a context manager, with
# .files, .f (attribute access), keys()/values()/items()/get() and NumPy 2's repr.
# The ZIP/DEFLATE codec and the .npy bytes are native (numpy_npz.cpp). Loaded on first use.

_sl_NPY_MAGIC = b'\x93NUMPY'


def _sl_savez(file, args, kwds, compress):
    namedict = kwds
    for i, val in enumerate(args):
        key = 'arr_%d' % i
        if key in namedict.keys():
            raise ValueError('Cannot use un-named variables and keyword %s' % key)
        namedict[key] = val
    entries = [(key + '.npy', _sl_npy_dumps(asanyarray(val))) for key, val in namedict.items()]
    data = _sl_zip_write(entries, compress)
    if hasattr(file, 'write'):
        file.write(data)
        return
    if not isinstance(file, str):
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(file).__name__)
    if not file.endswith('.npz'):
        file = file + '.npz'
    with open(file, 'wb') as f:
        f.write(data)


def savez(file, *args, allow_pickle=True, **kwds):
    _sl_savez(file, args, kwds, False)


def savez_compressed(file, *args, allow_pickle=True, **kwds):
    _sl_savez(file, args, kwds, True)


class _sl_BagObj:
    def __init__(self, obj):
        self._sl_obj = obj

    def __getattr__(self, key):
        try:
            return self._sl_obj[key]
        except KeyError:
            raise AttributeError(key) from None

    def __dir__(self):
        return list(self._sl_obj.keys())


class _sl_MappingView:
    def __init__(self, mapping, kind):
        self._mapping = mapping
        self._kind = kind

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        m = self._mapping
        for key in m:
            if self._kind == 'KeysView':
                yield key
            elif self._kind == 'ValuesView':
                yield m[key]
            else:
                yield (key, m[key])

    def __contains__(self, item):
        if self._kind == 'KeysView':
            return item in self._mapping
        return item in list(self)

    def __repr__(self):
        return '%s(%r)' % (self._kind, self._mapping)


class NpzFile:
    _MAX_REPR_ARRAY_COUNT = 5

    def __init__(self, name, data):
        self._sl_members = dict(_sl_zip_read(data))
        self._files = list(self._sl_members.keys())
        self.files = [f[:-4] if f.endswith('.npy') else f for f in self._files]
        self.zip = self._sl_members
        self.fid = name
        self.allow_pickle = False
        self.f = _sl_BagObj(self)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        self.zip = None
        self.fid = None
        self.f = None

    def __len__(self):
        return len(self.files)

    def __iter__(self):
        return iter(self.files)

    def __getitem__(self, key):
        member = False
        if key in self._files:
            member = True
        elif key in self.files:
            member = True
            key += '.npy'
        if not member:
            raise KeyError(f'{key} is not a file in the archive')
        if self.zip is None:
            raise AttributeError("'NoneType' object has no attribute 'open'")
        raw = self.zip[key]
        if raw[:len(_sl_NPY_MAGIC)] == _sl_NPY_MAGIC:
            return _sl_npy_loads(raw)
        return raw

    def __contains__(self, key):
        return key in self._files or key in self.files

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return _sl_MappingView(self, 'KeysView')

    def values(self):
        return _sl_MappingView(self, 'ValuesView')

    def items(self):
        return _sl_MappingView(self, 'ItemsView')

    def __repr__(self):
        filename = self.fid if isinstance(self.fid, str) else 'object'
        array_names = ', '.join(self.files[:self._MAX_REPR_ARRAY_COUNT])
        if len(self.files) > self._MAX_REPR_ARRAY_COUNT:
            array_names += '...'
        return f'NpzFile {filename!r} with keys: {array_names}'


def _sl_npz_open(name, data):
    return NpzFile(name, data)
