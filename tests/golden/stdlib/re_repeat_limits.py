# Repeat counts at and beyond sre's MAXREPEAT (2**32 - 1): OverflowError, not re.error;
# the session stays usable.
import re
for p in ('a{4294967296}', 'a{99999999999999999999}', 'a{2,99999999999999999999}', 'a{4294967295}', 'a{5,3}'):
    try:
        re.compile(p)
        print('ok', p)
    except (OverflowError, re.error) as e:
        print(type(e).__name__, e)
print(re.findall('a{2,3}', 'aaaa a aaa'))
