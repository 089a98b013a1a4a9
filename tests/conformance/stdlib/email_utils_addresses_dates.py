import datetime
from email.utils import (parseaddr, formataddr, getaddresses, formatdate, parsedate, parsedate_tz,
                         mktime_tz, parsedate_to_datetime, format_datetime, quote, unquote)
import email.utils

for a in ['John Doe <john@example.com>', 'john@example.com', '"Doe, John" <john@example.com>',
          'john@example.com (John Doe)', '', 'not an address', '<a@b.c>',
          'Jane <jane@x.org>, Bob <bob@y.org>', 'a@b@c', 'José <jose@x.es>',
          '=?utf-8?q?Jos=C3=A9?= <j@x.es>', '  spaced   name   <s@x.y> ', 'Team: a@x.com, b@y.com;',
          '<@route.example:user@host.example>', '"quoted \\"inner\\"" <q@x.y>', 'first.last@sub.example.co.uk',
          'user@[192.168.0.1]', 'Name (comment) <n@x.y> (trailing)', 'a @ b . c', 'weird<>', ',,,',
          '"unterminated <u@x.y>', 'x@y.z (A) (B)']:
    print(repr(a), parseaddr(a))
for p in [('John Doe', 'john@example.com'), ('', 'x@y.z'), ('Doe, John', 'j@x.com'),
          ('A "quoted" name', 'q@x.com'), ('José', 'jose@x.es'), ('x.y', 'a@b'), ('back\\slash', 'b@s')]:
    print(formataddr(p))
print(getaddresses(['A <a@x.com>, b@y.com', 'C (comment) <c@z.com>', 'Group: d@q.com, E <e@r.com>;']))
print(getaddresses([]))
print(formatdate(0), formatdate(1700000000, usegmt=True), formatdate(86400 * 365.25 * 30))
for d in ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 1995 19:12 GMT', 'Tue, 1 Jan 2019 00:00:00 +0000',
          'Fri, 09 Nov 01 01:08:47 -0000', 'Sat, 31 Dec 99 23:59:59 PST', '3 Feb 2020 10:20:30 EDT',
          'garbage', '', 'Wed, 15 Mar 2023 08:05:03 +0530']:
    print(repr(d), parsedate(d), parsedate_tz(d))
print(mktime_tz(parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
print(parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500'), parsedate_to_datetime('1 Jan 2000 00:00:00 -0000'))
try:
    parsedate_to_datetime("nonsense")
except ValueError as e:
    print("ValueError:", e)
print(format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)))
print(format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), usegmt=True))
print(format_datetime(datetime.datetime(2021, 6, 7, 8, 9, 10)))
print(format_datetime(datetime.datetime(2021, 6, 7, 8, 9, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))))
print(quote('a"b\\c'), unquote('"abc"'), unquote('<abc>'), unquote('x'))
mid = email.utils.make_msgid(domain="example.com")
print(mid.startswith("<"), mid.endswith("@example.com>"))
