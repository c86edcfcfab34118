# json: dumps/loads with CPython's output, messages and positions
import json
tests = ['json.dumps({"a": [1, 2.5, None, True, "x\\n\\u00e9"]})', 'json.dumps([1,2], indent=2)', 'json.dumps({"b":1,"a":{"c":[]}}, indent=4, sort_keys=True)',
 'json.dumps({1: 2, 2.5: 3, True: 4, None: 5})', 'json.dumps({(1,2): 3})', 'json.dumps({1,2})', 'json.dumps(float("nan"))', 'json.dumps(float("inf"), allow_nan=False)',
 'json.dumps("é", ensure_ascii=False)', 'json.dumps("😀")', 'json.dumps([1,[2,[3]]], separators=(",", ":"))', 'json.dumps({"a":1}, indent="\\t")', 'json.dumps([], indent=2)', 'json.dumps({}, indent=2)',
 'json.dumps(1e100)', 'json.dumps(0.1)', 'json.dumps(-0.0)', 'json.dumps({"a": 1}, skipkeys=True)', 'json.dumps({(1,): 1}, skipkeys=True)',
 'json.loads("[1, 2.5, null, true, false, \\"x\\"]")', 'json.loads("{\\"a\\": {\\"b\\": [1e3, -0.5, 1E-2]}}")', 'json.loads("")', 'json.loads("[1,]")', 'json.loads("{\\"a\\" 1}")', 'json.loads("[1 2]")',
 'json.loads("{a: 1}")', 'json.loads("\\"abc")', 'json.loads("[1] x")', 'json.loads("nul")', 'json.loads("NaN")', 'json.loads("Infinity")', 'json.loads("-Infinity")', 'json.loads("\\"\\\\ud83d\\\\ude00\\"")',
 'json.loads("\\"\\\\x\\"")', 'json.loads("\\"a\\tb\\"")', 'json.loads(" 7 ")', 'json.loads("1.0")', 'json.loads("-0")', 'json.loads("01")', 'json.loads("[")', 'json.loads("{")', 'json.loads("{\\"a\\":1,}")',
 'json.loads(b"[1]")', 'json.loads(5)', 'json.loads("{\\"a\\":1, \\"a\\":2}")', 'json.dumps(json)', 'json.dumps([1], indent=0)',
 'json.dumps({"x": 1}, default=str)', 'json.dumps({"x": {1}}, default=list)', 'json.dumps("\\x00\\x1f\\u2028")', 'json.loads("[1,2", )', 'json.loads("tru")', 'json.loads("\\"\\\\u12\\"")', 'json.loads("1.5e")']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '-> ERR', type(e).__name__ + ':', e)
a = []; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e)
print(json.JSONDecodeError.__mro__)
try: json.loads('[1,')
except json.JSONDecodeError as e: print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.dumps({"a": [1, {"b": 2}]}, indent=2))
