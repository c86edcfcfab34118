# time: clocks, sleep, struct_time, gmtime, strftime, asctime, mktime round trip, errors
import time
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.05)
print(type(t0).__name__, time.time() >= t0, time.perf_counter() - p0 >= 0.04, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, time.process_time() >= 0)
g = time.gmtime(0)
print(g, g.tm_year, g[0], len(g), type(g).__name__, tuple(g))
print(time.gmtime(86400 * 365), time.gmtime(1700000000.9))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(946728000)), time.asctime(time.gmtime(0)))
print(time.strftime('%a %b %d %j %w %y %p %I %M %%', (2024, 3, 5, 14, 7, 9, 1, 65, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.gmtime(time.mktime(time.localtime(1234567890)))[:6] == time.gmtime(1234567890)[:6])
for bad in ["time.sleep(-1)", "time.gmtime('x')", "time.strftime('%Y', (1, 2))", "time.struct_time((1, 2))", "time.sleep('a')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
