# help() on Python functions prints pydoc's text: signature (defaults, *args, keyword-only,
# positional-only, annotations) and the cleaned docstring.
from typing import List, Optional

def func1(s):
    """
    Print a string 's' and tell how many characters it has    
    """
    print(s + " has " + str(len(s)) + " characters")

def g(a, b=2, *args, c, d=[1], **kw):
    "One line."

def h(x: int, y: 'str' = 'q', /, z=None) -> float:
    pass

def k(items: List[int], *, limit: Optional[int] = None) -> None:
    """Sum items.

	Tabs and    indentation
	    are cleaned.

    """

class A:
    def m(self, k=1):
        """Method doc.

        More text here.
        """

help(func1)
help(g)
help(h)
help(k)
help(A.m)
help(lambda x, y=3: x)
