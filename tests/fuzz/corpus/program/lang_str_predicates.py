tests = ['123', '12.5', 'abc', 'aBc', 'ABC', 'abc123', '', ' ', '\t\n', 'Title Case', 'hello_world', '_x1', '1x', '²', 'ñ']
for t in tests:
    print(repr(t), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalpha(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
