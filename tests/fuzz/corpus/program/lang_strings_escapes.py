s = 'tab\there\nnewline \\ backslash \'single\' "double"'
print(s)
print(repr(s))
print(len('\n'), len(r'\n'), '\x41\u00e9\u20ac', '\N{GREEK SMALL LETTER ALPHA}' if False else 'skip', ord('\t'))
print('a' 'b' 'c', 'con' + 'cat', """triple "quotes" inside""", '''also 'single' ''')
print(repr('\x00\x7f'), repr('é€'), repr('\r'), repr("'"), repr('"'), repr('\'"'))
b = b'bytes\x00\xff'
print(b, len(b), b[0], b[-1], list(b[:3]), b.hex(), bytes([104, 105]), bytes(3), b'ab' + b'cd', b'x' * 3)
print('line1\
 continued')
print(r'C:\new\table', f'{"nested"}', f"{'q'!r}")
multi = '''first
second'''
print(multi.split('\n'), multi.count('\n'))
