# np.str_, np.bytes_ and np.void as type objects in the scalar hierarchy (NumPy 2 rules):
# issubclass, issubdtype, np.dtype(...), dtype.type, arrays built with them, construction
import numpy as np

print(np.str_, np.bytes_, np.void)
for t in (np.str_, np.bytes_, np.void):
    print(t.__name__, [issubclass(t, b) for b in (np.generic, np.flexible, np.character, np.number, str, bytes)])
print(issubclass(np.character, np.flexible), issubclass(np.int8, np.character), issubclass(np.str_, np.str_))
print(np.issubdtype('U3', np.str_), np.issubdtype('S3', np.bytes_), np.issubdtype('U3', np.character),
      np.issubdtype('S2', np.flexible), np.issubdtype('V4', np.void), np.issubdtype('U3', np.bytes_))
print(np.issubdtype(np.str_, str), np.issubdtype(np.bytes_, np.generic), np.issubdtype('U', np.number),
      np.issubdtype(np.int32, np.str_), np.issubdtype(np.void, np.character), np.issubdtype(str, np.str_))
print(np.issubdtype(np.dtype([('a', 'i4')]), np.void), np.issubdtype(np.array(['x']).dtype, np.character))
print(repr(np.dtype(np.str_)), repr(np.dtype(np.bytes_)), repr(np.dtype(np.void)))
print(np.dtype(np.str_).kind, np.dtype(np.bytes_).char, np.dtype(np.void).kind, np.dtype(np.str_) == np.dtype(str))
print(np.dtype('U3').type, np.dtype('S3').type, np.dtype('V4').type, np.dtype([('a', 'i4')]).type)
print(np.dtype('U3').type is np.str_, np.array(['a']).dtype.type is np.str_, np.array([b'a']).dtype.type is np.bytes_)
print(repr(np.zeros(2, dtype=np.str_)), repr(np.array(['ab', 'c'], dtype=np.str_)))
print(repr(np.array([b'x', b'yz'], dtype=np.bytes_)), np.zeros(1, dtype=np.bytes_).dtype, np.empty(2, np.str_).dtype)
print(repr(np.zeros(2, dtype=np.void)) if False else np.zeros(2, dtype='V3').dtype.type)
print(np.str_('abc'), np.str_(5), np.str_(), np.bytes_(b'xy'), np.bytes_('ab'), np.bytes_())
print(len(np.str_('abc')), np.str_('ab') == 'ab', np.str_('ab') + 'c', np.bytes_(b'a') == b'a')
print(np.str_(b'caf\xc3\xa9', 'utf-8'), np.str_(b'ab', encoding='ascii'))
print(isinstance(np.str_, type), isinstance('ab', np.str_), isinstance('ab', np.generic), isinstance(b'a', np.bytes_))
print(np.array(['ab', 'cde']).dtype.type.__name__, np.array([b'a']).dtype.type.__name__)
try:
    np.bytes_('caf\u00e9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
