# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options, CPython's line breaks
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for w in (10, 20, 33, 50, 79):
    print(w, textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', width=10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', width=10, break_long_words=False))
print(textwrap.wrap('a well-known state-of-the-art re-implementation', width=12))
print(textwrap.wrap('a well-known state-of-the-art re-implementation', width=12, break_on_hyphens=False))
print(textwrap.wrap('em--dash and -- spaced -- dashes and a--b', width=8))
print(textwrap.wrap('tabs\tand\tspaces  and\nnewlines', width=12), textwrap.wrap('x\ty', expand_tabs=False, width=5))
print(textwrap.wrap('  leading and trailing  ', width=8), textwrap.wrap('  leading', width=8, drop_whitespace=False))
print(textwrap.fill('Hello world. This is it. Yes.', width=15, fix_sentence_endings=True))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11),
      textwrap.shorten('The quick brown fox jumps over the lazy dog', 25, placeholder='...'))
print(textwrap.wrap(text, width=30, max_lines=3), textwrap.wrap(text, width=30, max_lines=2, placeholder=' ~'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      odd
    ''')))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('  a\n  \n  b')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\nb', '+ ', lambda line: True)))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('ünïcödé wörds here', width=9))
w = textwrap.TextWrapper(width=15, initial_indent='- ')
print(w.wrap('one two three four five six'), w.width)
for bad in ["textwrap.wrap('x', width=0)", "textwrap.shorten('hello world', 3)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
