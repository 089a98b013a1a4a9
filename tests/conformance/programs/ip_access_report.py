# An access-log report: client addresses classified and grouped by network with ipaddress.
import ipaddress
import re
from collections import Counter, defaultdict

LOG = """\
10.0.0.5 - - [12/Mar/2024:10:00:01] "GET / HTTP/1.1" 200
10.0.0.17 - - [12/Mar/2024:10:00:02] "GET /a HTTP/1.1" 200
192.168.1.20 - - [12/Mar/2024:10:00:03] "POST /login HTTP/1.1" 401
8.8.8.8 - - [12/Mar/2024:10:00:04] "GET /b HTTP/1.1" 404
2001:db8::1 - - [12/Mar/2024:10:00:05] "GET / HTTP/1.1" 200
fe80::1ff:fe23:4567:890a - - [12/Mar/2024:10:00:06] "GET / HTTP/1.1" 200
127.0.0.1 - - [12/Mar/2024:10:00:07] "GET /health HTTP/1.1" 200
999.1.1.1 - - [12/Mar/2024:10:00:08] "GET / HTTP/1.1" 200
10.0.0.5 - - [12/Mar/2024:10:00:09] "GET /c HTTP/1.1" 500
::ffff:192.0.2.33 - - [12/Mar/2024:10:00:10] "GET / HTTP/1.1" 200
"""

OFFICE = ipaddress.ip_network("10.0.0.0/28")
BLOCKED = [ipaddress.ip_network(n) for n in ("8.8.8.0/24", "2001:db8::/32")]

hits = Counter()
by_net = defaultdict(list)
for line in LOG.splitlines():
    raw = line.split()[0]
    try:
        addr = ipaddress.ip_address(raw)
    except ValueError as e:
        print("skip:", e)
        continue
    hits[addr] += 1
    kind = ("loopback" if addr.is_loopback else "link-local" if addr.is_link_local
            else "private" if addr.is_private else "global")
    blocked = any(addr in net for net in BLOCKED)
    net = ipaddress.ip_network(f"{addr}/{24 if addr.version == 4 else 64}", strict=False)
    by_net[net].append(addr)
    print(f"{str(addr):<28} v{addr.version} {kind:<10} office={addr in OFFICE!s:<5} "
          f"blocked={blocked}")

print()
for net in sorted(by_net, key=lambda n: (n.version, n)):
    addrs = sorted(set(by_net[net]))
    print(f"{net.with_prefixlen:<22} {len(by_net[net])} hits", [str(a) for a in addrs])
print(hits.most_common(1))

print()
print(OFFICE, OFFICE.netmask, OFFICE.hostmask, OFFICE.broadcast_address, OFFICE.num_addresses)
print([str(h) for h in OFFICE.hosts()][:3], OFFICE[1], OFFICE[-2])
print(list(OFFICE.subnets(prefixlen_diff=2)), OFFICE.supernet(new_prefix=24))
print(list(ipaddress.ip_network("10.0.0.0/24").address_exclude(ipaddress.ip_network("10.0.0.0/26"))))
print(list(ipaddress.collapse_addresses(map(ipaddress.ip_address, ["10.0.0.0", "10.0.0.1",
                                                                   "10.0.0.2", "10.0.0.3"]))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("192.168.0.10"),
                                             ipaddress.ip_address("192.168.0.40"))))
v6 = ipaddress.ip_address("2001:0db8:0000:0000:0000:ff00:0042:8329")
print(v6, v6.exploded, v6.reverse_pointer[:20], repr(ipaddress.ip_address("::ffff:192.0.2.33").ipv4_mapped))
a = ipaddress.ip_address("192.168.1.255")
print(a + 1, a - 255, int(a), f"{a:b}", f"{a:#_x}", format(v6, "n")[:12], a.packed)
for bad in ("1.2.3", "1.2.3.04", "300.1.1.1", "1::2::3", "12345::", "10.0.0.1/24", "10.0.0.0/40"):
    for fn in (ipaddress.ip_address, ipaddress.ip_network, ipaddress.IPv4Address,
               ipaddress.IPv6Address):
        try:
            fn(bad)
        except ValueError as e:
            print(f"{fn.__name__}({bad!r}): {type(e).__name__}: {e}")
try:
    sorted([ipaddress.ip_address("::1"), ipaddress.ip_address("1.2.3.4")])
except TypeError as e:
    print("TypeError", e)
print(f"{a:>15}")
