# re: compile/match/search/fullmatch/findall/finditer/sub/subn/split, groups, flags, lookarounds, errors
import re
tests = ["re.compile('a(')", "re.compile('a)')", "re.compile('*a')", "re.compile('a**')", "re.compile('[a')", "re.compile('a{2,1}')", "re.compile('[z-a]')", "re.compile(r'\\q')",
"re.compile('(?<=a+)b')", "re.compile('(?P<1a>x)')", "re.compile('(?P<a>x)(?P<a>y)')", "re.compile('(?P=b)')", "re.compile(r'\\2(a)')", "re.compile('(?<x')", "re.compile('(?z)')", "re.compile('a{1,2')",
"re.compile('x+?+')", "re.compile('(')", "re.compile('a|*')", "re.compile('(?P<>x)')", "re.compile('[]')", "re.compile(r'(?i)a(?m)')", "re.compile('\\\\')", "re.compile('a{3')", "re.compile(r'\\g')",
"re.compile('a', re.I)", "re.compile('a', re.I|re.M)", "re.compile(b'a')", "re.compile('a', re.X)", "re.compile(r'(?P<x>a)|b').groupindex", "re.compile('(a)(b)').groups",
"re.match(r'(\\d+)-(\\d+)', '12-345x')", "re.search('b+', 'abbbc')", "re.fullmatch('a.c', 'abc')", "re.match('x', 'abc')", "re.findall(r'\\d+', 'a1b22c333')", "re.findall(r'(\\w)(\\d)', 'a1b2')",
"re.findall('(a)|b', 'ab')", "re.sub('x*', '-', 'abxd')", "re.split(r'\\b', 'a b')", "re.split(r'(,)', 'a,b,c', maxsplit=1)", "re.split(',', 'a,b,,c')", "re.subn('a', 'b', 'aaa', count=2)",
"re.sub(r'(\\w+) (\\w+)', r'\\2 \\1', 'hello world')", "re.sub(r'(?P<w>\\w+)', r'<\\g<w>>', 'hi there')", "re.sub('a', lambda m: m.group().upper(), 'banana')", "re.escape('a.b*c d')",
"re.sub('a', r'\\9', 'a')", "re.sub('a', '\\\\', 'a')", "[m.span() for m in re.finditer(r'\\d', 'a1b2')]", "re.match('(a)(b)?', 'a').groups()", "re.match('(a)(b)?', 'a').groups('-')",
"re.match('(?P<x>a)(?P<y>b)?', 'a').groupdict()", "re.match('(a)(b)', 'ab')[2]", "re.match('(a)', 'a').group(2)", "re.match('(a)', 'a').lastindex", "re.search('(?i)HELLO', 'say hello')",
"re.findall('^a', 'a\\na', re.M)", "re.findall('a.b', 'a\\nb', re.S)", "re.findall(' a b # c\\n', 'ab', re.X)", "re.match(r'\\w+', 'héllo wörld')", "re.match(r'\\w+', 'héllo', re.A)",
"re.findall(r'(?<=-)\\w+', 'a-b-cd')", "re.findall(r'\\w+(?=!)', 'hi! yo!')", "re.findall(r'(?<!x)y', 'xy ay')", "re.sub(r'(a)|b', r'[\\1]', 'ab')", "re.match('(a*)*', 'b').group()", "re.match('(a|)*', 'aa').group()",
"re.findall('a*?', 'aa')", "re.match(r'(\\w+)\\s+\\1', 'the the')", "re.compile('x').pattern", "re.match('a', 'xa', 1)", "re.compile('a').match('xa', 1)", "re.compile('a').search('aaa', 1, 2)",
"re.findall(r'\\bfoo\\b', 'foo foobar barfoo foo.')", "re.sub(r'\\s+', ' ', '  a   b  ')", "re.match('a{2,3}', 'aaaa').group()", "re.match('a{2,3}?', 'aaaa').group()", "re.match('(?:ab)+', 'ababx').group()",
"re.findall('[^a-c]', 'abcdef')", "re.findall('[\\\\d.]+', '1.5 x 2')", "re.match('(?P<first>\\\\w+)', 'x').group('first')", "re.split('x*', 'axbc')", "re.match('a', 'A', re.I)", "re.findall('[a-z]+', 'ABC def', re.I)",
"re.sub('(?m)^', '> ', 'a\\nb')", "re.match(r'\\Aa\\Z', 'a')", "re.search('$', 'ab\\n').span()", "re.findall('.', 'a\\nb')", "re.match('(?s).+', 'a\\nb').group()", "re.match(r'(\\d)(?(1)a|b)', '1a')",
"re.match('a++a', 'aaa')", "re.match('(?>a+)a', 'aaa')", "re.fullmatch('a|ab', 'ab')", "re.match('', '').span()", "re.purge()", "re.match(r'\\x41\\u0042\\101', 'ABA')", "re.sub('a', 'b', 5)", "re.findall(b'a+', b'caab')",
"re.match(r'[\\w-]+@[\\w.]+', 'user-x@mail.com').group()", "re.compile(r'(?x) a  b  # comment').match('ab')", "re.match('.*?(\\\\d+)', 'abc123def').group(1)", "str(re.compile('a').match('a'))"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '-> ERR', type(e).__name__ + ':', e)
m = re.match(r'(?P<a>\w)(?P<b>\w)?', 'x')
print(m.start(), m.end(), m.span('a'), m.start(2), m.end('b'), m.lastgroup, m.re, m.string, m.pos, m.endpos, m.regs, m.expand(r'\g<a>!'))
print(int(re.I), int(re.IGNORECASE | re.M), int(re.X), int(re.A))
