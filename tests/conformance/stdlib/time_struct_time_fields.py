import time, os
st = time.gmtime(86400 * 365)
print(st, st.tm_year, st.tm_zone, st.tm_gmtoff, st[:3], len(st), time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 0)).tm_zone)
print(time.strftime('%Y-%m-%d %H:%M:%S %Z', st), time.mktime(time.localtime(1e9)) == 1e9, type(os.stat('.')).__name__, os.stat('.').st_mode > 0)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.asctime(st), time.localtime(0).tm_isdst in (0, 1))
