# str.encode / bytes.decode / str(b, enc) / bytes(s, enc): utf-8, ascii, latin-1, utf-16/32,
# every error handler, UnicodeDecodeError / UnicodeEncodeError messages and attributes, and
# LookupErrors. Invalid UTF-8 (b"\xff\xfe") must raise, not decode to garbage.
samples = [b'\xff\xfe', b'a\xe9b', b'\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80', b'\xf0\x90\x80',
           b'\xf4\x90\x80\x80', b'\xc0\x80', b'ok\x80x', 'naïve café €𝒳'.encode()]
for data in samples:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            r = data.decode('utf-8', errors)
            print(errors, ascii(r), r.encode('utf-8', 'surrogateescape') == data if errors == 'surrogateescape' else '')
        except UnicodeDecodeError as e:
            print(errors, type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
for text, enc in [('é€', 'ascii'), ('aé€b', 'latin-1'), ('x\udcff', 'utf-8'), ('ok', 'ascii'), ('😀 hé', 'utf-16'),
                  ('😀 hé', 'utf-16-be'), ('😀', 'utf-32'), ('Ä', 'UTF8'), ('Ä', 'Latin_1')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            b = text.encode(enc, errors)
            print(enc, errors, b, b.decode(enc, 'replace') == text)
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e, e.start, e.end, e.reason)
print(b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'\x00h\x00i'.decode('utf-16-be'))
print(str(b'abc', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xe9', encoding='latin-1'), bytes('é', 'utf-8'), bytes('é', 'latin-1'))
print('a'.encode('utf-8', 'bogus'), 'ü'.encode(), 'ü'.encode(encoding='utf-16-le'), 'x'.encode(errors='strict'))
for f in [lambda: 'a'.encode('foo'), lambda: b'\xff'.decode('utf-8', 'bogus'), lambda: b'a'.decode('nope'),
          lambda: str('x', 'utf-8'), lambda: bytes('x'), lambda: b'\xff\xfe'.decode(), lambda: 'é'.encode('ascii'),
          lambda: b'\xff'.decode('ascii')]:
    try:
        print(f())
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    raise UnicodeDecodeError('utf-8', b'\x80abc', 0, 1, 'custom reason')
except UnicodeError as e:
    print(repr(e.reason), e.start, e.end, str(e))
