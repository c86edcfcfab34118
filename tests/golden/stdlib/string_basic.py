# string: constants, capwords, Template (substitute, safe_substitute, errors, subclasses), Formatter
import string
from string import Template
print(repr(string.ascii_letters), repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'), string.capwords(''))
t = Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bo'), Template('$a $ b').safe_substitute(a=1), t.get_identifiers(), t.is_valid(), Template('$').is_valid())
for bad in ["Template('$who $what').substitute(who=1)", "Template('give $ 5').substitute()", "Template('a\\nb $').substitute()",
            "Template('${x').substitute(x=1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
class Percent(Template):
    delimiter = '%'
class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'
print(Percent('%x and %%').substitute(x=3), Dotted('$a.b').substitute({'a.b': 'ok'}), Template('$x').template)
f = string.Formatter()
print(f.format('{0}-{1}-{name}', 1, 2, name='n'), f.vformat('{x:>5}', (), {'x': 'ab'}), f.convert_field('a', 'r'))
