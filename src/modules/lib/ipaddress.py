"""ipaddress for pyseal: IPv4/IPv6 addresses, networks and interfaces."""

import functools as _functools
import re as _re


def _span(first, last, step=1):
    # range() of arbitrarily large ints.
    while first <= last:
        yield first
        first += step

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error about an address."""


class NetmaskValueError(ValueError):
    """A value error about a netmask."""


def ip_address(address):
    """An IPv4Address or IPv6Address for a string or int."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 network")


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 interface")


def _split_prefix(address, cls):
    """(address part, prefix part or None) of 'addr/prefix'."""
    if isinstance(address, (tuple, list)):
        if len(address) == 1:
            return address[0], None
        return address[0], address[1]
    if isinstance(address, (int, bytes)):
        return address, None
    parts = str(address).split("/")
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts[0], (parts[1] if len(parts) == 2 else None)


@_functools.total_ordering
class _BaseAddress:
    __slots__ = ("_ip",)

    def __init__(self, address):
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(f"{address} (< 0) is not permitted as an {self._name}"
                                        " address")
            if address > self._ALL_ONES:
                raise AddressValueError(f"{address} (>= 2**{self.max_prefixlen}) is not "
                                        f"permitted as an {self._name} address")
            self._ip = address
            return
        if isinstance(address, bytes):
            size = self.max_prefixlen // 8
            if len(address) != size:
                raise AddressValueError(f"{address!r} (len {len(address)} != {size}) is not "
                                        f"permitted as an {self._name} address")
            self._ip = int.from_bytes(address, "big")
            return
        address = str(address)
        if "/" in address:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._parse(address)

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return self.version == other.version and self._ip == other._ip

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self.version != other.version:
            raise TypeError(f"{self} and {other} are not of the same version")
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip - other)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __str__(self):
        return self._string(self._ip)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        m = _re.fullmatch(r"(#?)(_?)([xbnX])", fmt)
        if m is None:
            return object.__format__(self, fmt)
        alternate, grouping, base = m.groups()
        if base == "n":
            base = "b" if self.version == 4 else "x"
        width = self.max_prefixlen if base == "b" else self.max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(self._ip, f"{alternate}0{width}{grouping}{base}")

    def __reduce__(self):
        return type(self), (self._ip,)

    @property
    def packed(self):
        return self._ip.to_bytes(self.max_prefixlen // 8, "big")

    @property
    def exploded(self):
        return self._explode()

    @property
    def compressed(self):
        return str(self)

    def _in(self, networks):
        return any(self in ip_network(n) for n in networks)


class _IPv4:
    version = 4
    max_prefixlen = IPV4LENGTH
    _ALL_ONES = 2 ** IPV4LENGTH - 1
    _name = "IPv4"

    @staticmethod
    def _parse(text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        octets = text.split(".")
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {text!r}")
        value = 0
        for octet in octets:
            if not octet:
                raise AddressValueError(f"Empty octet not permitted in {text!r}")
            if not (octet.isascii() and octet.isdigit()):
                raise AddressValueError(f"Only decimal digits permitted in {octet!r} in {text!r}")
            if len(octet) > 3:
                raise AddressValueError(f"At most 3 characters permitted in {octet!r} in "
                                        f"{text!r}")
            if octet != "0" and octet[0] == "0":
                raise AddressValueError(f"Leading zeros are not permitted in {octet!r} in "
                                        f"{text!r}")
            n = int(octet)
            if n > 255:
                raise AddressValueError(f"Octet {n} (> 255) not permitted in {text!r}")
            value = (value << 8) | n
        return value

    @staticmethod
    def _string(ip):
        return ".".join(str((ip >> s) & 255) for s in (24, 16, 8, 0))

    def _explode(self):
        return str(self)


class IPv4Address(_IPv4, _BaseAddress):
    """An IPv4 address."""

    __slots__ = ()

    @property
    def is_private(self):
        return self._in(_IPV4_PRIVATE)

    @property
    def is_global(self):
        return self not in IPv4Network("100.64.0.0/10") and not self.is_private

    @property
    def is_loopback(self):
        return self in IPv4Network("127.0.0.0/8")

    @property
    def is_multicast(self):
        return self in IPv4Network("224.0.0.0/4")

    @property
    def is_reserved(self):
        return self in IPv4Network("240.0.0.0/4")

    @property
    def is_link_local(self):
        return self in IPv4Network("169.254.0.0/16")

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def reverse_pointer(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"


_IPV4_PRIVATE = ("0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                 "192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16",
                 "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
                 "255.255.255.255/32")


class _IPv6:
    version = 6
    max_prefixlen = IPV6LENGTH
    _ALL_ONES = 2 ** IPV6LENGTH - 1
    _name = "IPv6"

    @staticmethod
    def _parse(text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        addr, sep, scope = text.partition("%")
        if sep and not scope:
            raise AddressValueError(f"Invalid IPv6 address: {text!r}")
        parts = addr.split(":")
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {addr!r}")
        tail = []
        if "." in parts[-1]:
            v4 = IPv4Address(parts.pop())._ip
            tail = [v4 >> 16, v4 & 0xFFFF]
            parts.append("%x" % tail[0])
            parts.append("%x" % tail[1])
        if len(parts) > 9:
            raise AddressValueError(f"At most 8 colons permitted in {addr!r}")
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError(f"At most one '::' permitted in {addr!r}")
                skip = i
        if skip is not None:
            hi, lo = skip, len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError(f"Leading ':' only permitted as part of '::' in "
                                            f"{addr!r}")
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError(f"Trailing ':' only permitted as part of '::' in "
                                            f"{addr!r}")
            skipped = 8 - (hi + lo)
            if skipped < 1:
                raise AddressValueError(f"Expected at most 7 other parts with '::' in {addr!r}")
        else:
            if len(parts) != 8:
                raise AddressValueError(f"Exactly 8 parts expected without '::' in {addr!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in "
                                        f"{addr!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in "
                                        f"{addr!r}")
            hi, lo, skipped = len(parts), 0, 0
        value = 0
        for i in range(hi):
            value = (value << 16) | _IPv6._hextet(parts[i], addr)
        value <<= 16 * skipped
        for i in range(-lo, 0):
            value = (value << 16) | _IPv6._hextet(parts[i], addr)
        return value

    @staticmethod
    def _hextet(text, addr):
        if not text or not all(c in "0123456789abcdefABCDEF" for c in text):
            raise AddressValueError(f"Only hex digits permitted in {text!r} in {addr!r}")
        if len(text) > 4:
            raise AddressValueError(f"At most 4 characters permitted in {text!r} in {addr!r}")
        return int(text, 16)

    @staticmethod
    def _string(ip):
        hextets = [(ip >> (16 * (7 - i))) & 0xFFFF for i in range(8)]
        best, best_len, start = -1, 0, -1
        for i, h in enumerate(hextets + [1]):
            if h == 0 and i < 8:
                if start < 0:
                    start = i
            elif start >= 0:
                if i - start > best_len:
                    best, best_len = start, i - start
                start = -1
        text = ["%x" % h for h in hextets]
        if best_len > 1:
            text[best:best + best_len] = [""]
            if best == 0:
                text.insert(0, "")
            if best + best_len == 8:
                text.append("")
        return ":".join(text)

    def _explode(self):
        return ":".join("%04x" % ((self._ip >> (16 * (7 - i))) & 0xFFFF) for i in range(8))


class IPv6Address(_IPv6, _BaseAddress):
    """An IPv6 address."""

    __slots__ = ("_scope_id",)

    def __init__(self, address):
        scope = None
        if isinstance(address, str) and "%" in address:
            address, _, scope = address.partition("%")
            if not scope or "%" in scope:
                raise AddressValueError(f"Invalid IPv6 address: {address + '%' + scope!r}")
        _BaseAddress.__init__(self, address)
        self._scope_id = scope

    def __str__(self):
        text = self._string(self._ip)
        return text + "%" + self._scope_id if self._scope_id else text

    def __eq__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return (self.version == other.version and self._ip == other._ip
                and getattr(other, "_scope_id", None) == self._scope_id)

    __hash__ = _BaseAddress.__hash__

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_multicast(self):
        return self in IPv6Network("ff00::/8")

    @property
    def is_link_local(self):
        return self in IPv6Network("fe80::/10")

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in(_IPV6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_reserved(self):
        return self._in(("::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4",
                         "4000::/3", "6000::/3", "8000::/3", "A000::/3", "C000::/3",
                         "E000::/4", "F000::/5", "F800::/6", "FE00::/9"))

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def reverse_pointer(self):
        return ".".join(reversed(self._explode().replace(":", ""))) + ".ip6.arpa"


_IPV6_PRIVATE = ("::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23",
                 "2001:2::/48", "2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10")


@_functools.total_ordering
class _BaseNetwork:
    def __init__(self, address, strict=True):
        addr, prefix = _split_prefix(address, type(self))
        self.network_address = self._address_class(addr)
        self._prefixlen = self._parse_prefix(prefix)
        mask = self._mask(self._prefixlen)
        if self.network_address._ip & ~mask & self._ALL_ONES:
            if strict:
                raise ValueError(f"{address} has host bits set")
            self.network_address = self._address_class(self.network_address._ip & mask)

    @classmethod
    def _mask(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _parse_prefix(cls, prefix):
        if prefix is None:
            return cls.max_prefixlen
        if isinstance(prefix, int):
            if 0 <= prefix <= cls.max_prefixlen:
                return prefix
            raise NetmaskValueError(f"{prefix!r} is not a valid netmask")
        text = str(prefix)
        if text.isascii() and text.isdigit():
            n = int(text)
            if 0 <= n <= cls.max_prefixlen:
                return n
            raise NetmaskValueError(f"{text!r} is not a valid netmask")
        if cls.version == 4:
            try:
                value = _IPv4._parse(text)
            except AddressValueError:
                raise NetmaskValueError(f"{text!r} is not a valid netmask") from None
            for candidate in (value, value ^ cls._ALL_ONES):
                n = bin(candidate).count("1")
                if cls._mask(n) == candidate:
                    return n
        raise NetmaskValueError(f"{text!r} is not a valid netmask")

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def netmask(self):
        return self._address_class(self._mask(self._prefixlen))

    @property
    def hostmask(self):
        return self._address_class(self._mask(self._prefixlen) ^ self._ALL_ONES)

    @property
    def broadcast_address(self):
        return self._address_class(self.network_address._ip | self.hostmask._ip)

    @property
    def num_addresses(self):
        return 2 ** (self.max_prefixlen - self._prefixlen)

    @property
    def with_prefixlen(self):
        return f"{self.network_address}/{self._prefixlen}"

    @property
    def with_netmask(self):
        return f"{self.network_address}/{self.netmask}"

    @property
    def with_hostmask(self):
        return f"{self.network_address}/{self.hostmask}"

    @property
    def exploded(self):
        return f"{self.network_address.exploded}/{self._prefixlen}"

    @property
    def compressed(self):
        return str(self)

    def __str__(self):
        return f"{self.network_address}/{self._prefixlen}"

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __eq__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return (self.version == other.version and self.network_address == other.network_address
                and self._prefixlen == other._prefixlen)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self.version != other.version:
            raise TypeError(f"{self} and {other} are not of the same version")
        return ((self.network_address, self.netmask._ip)
                < (other.network_address, other.netmask._ip))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress) or other.version != self.version:
            return False
        return other._ip & self._mask(self._prefixlen) == self.network_address._ip

    def __iter__(self):
        cls = self._address_class
        for ip in _span(self.network_address._ip, self.broadcast_address._ip):
            yield cls(ip)

    def __getitem__(self, n):
        first, last = self.network_address._ip, self.broadcast_address._ip
        if n >= 0:
            if first + n > last:
                raise IndexError("address out of range")
            return self._address_class(first + n)
        n += 1
        if last + n < first:
            raise IndexError("address out of range")
        return self._address_class(last + n)

    def hosts(self):
        first, last = self.network_address._ip, self.broadcast_address._ip
        cls = self._address_class
        if self.max_prefixlen - self._prefixlen <= 1:
            return (cls(ip) for ip in _span(first, last))
        if self.version == 4:
            return (cls(ip) for ip in _span(first + 1, last - 1))
        return (cls(ip) for ip in _span(first + 1, last))

    def overlaps(self, other):
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new = self._prefixlen + prefixlen_diff
        if new > self.max_prefixlen:
            raise ValueError(f"prefix length diff {prefixlen_diff} is invalid for netblock "
                             f"{self}")
        step = 2 ** (self.max_prefixlen - new)
        for ip in _span(self.network_address._ip, self.broadcast_address._ip, step):
            yield type(self)((ip, new))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError(f"current prefixlen is {self._prefixlen}, cannot have a "
                             f"prefixlen_diff of {prefixlen_diff}")
        return type(self)((self.network_address._ip & self._mask(new), new))

    def subnet_of(self, other):
        if self.version != other.version:
            raise TypeError(f"{self} and {other} are not of the same version")
        return (other.network_address <= self.network_address
                and other.broadcast_address >= self.broadcast_address)

    def supernet_of(self, other):
        return other.subnet_of(self)

    def address_exclude(self, other):
        if self.version != other.version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not other.subnet_of(self):
            raise ValueError(f"{other} not contained in {self}")
        if other == self:
            return
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            else:
                yield s1
                s1, s2 = s2.subnets()
        yield s2 if s1 == other else s1

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self._prefixlen == self.max_prefixlen


class IPv4Network(_IPv4, _BaseNetwork):
    """An IPv4 network: address and prefix length."""

    _address_class = IPv4Address


class IPv6Network(_IPv6, _BaseNetwork):
    """An IPv6 network: address and prefix length."""

    _address_class = IPv6Address


class _BaseInterface:
    def __init__(self, address):
        addr, prefix = _split_prefix(address, type(self))
        self._address_class.__init__(self, addr)
        self.network = self._network_class((addr, prefix), strict=False)
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def netmask(self):
        return self.network.netmask

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def with_prefixlen(self):
        return f"{self._string(self._ip)}/{self._prefixlen}"

    @property
    def with_netmask(self):
        return f"{self._string(self._ip)}/{self.network.netmask}"

    def __str__(self):
        return self.with_prefixlen

    def __eq__(self, other):
        if isinstance(other, _BaseInterface):
            return self._ip == other._ip and self.network == other.network
        if isinstance(other, _BaseAddress):
            return False
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseInterface):
            return _BaseAddress.__lt__(self, other)
        return (self.network, self._ip) < (other.network, other._ip)

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address with the network it is on."""

    _address_class = IPv4Address
    _network_class = IPv4Network


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address with the network it is on."""

    _address_class = IPv6Address
    _network_class = IPv6Network


def _first_network(first, last):
    """The largest network starting at first that ends at or before last."""
    cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    size = bits if first._ip == 0 else min(bits, (first._ip & -first._ip).bit_length() - 1)
    while size and first._ip + 2 ** size - 1 > last._ip:
        size -= 1
    return cls((first._ip, bits - size))


def summarize_address_range(first, last):
    """The networks that exactly cover first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first > last:
        raise ValueError("last IP address must be greater than first")
    cls = type(first)
    while first <= last:
        net = _first_network(first, last)
        yield net
        if net.broadcast_address._ip >= cls._ALL_ONES:
            break
        first = cls(net.broadcast_address._ip + 1)


def collapse_addresses(addresses):
    """The fewest networks covering the given addresses and networks."""
    ranges = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            ranges.append((item.version, item._ip, item._ip, type(item)))
        else:
            ranges.append((item.version, item.network_address._ip, item.broadcast_address._ip,
                           item._address_class))
    versions = {r[0] for r in ranges}
    if len(versions) > 1:
        a, b = ranges[0], next(r for r in ranges if r[0] != ranges[0][0])
        raise TypeError(f"{a[3](a[1])} and {b[3](b[1])} are not of the same version")
    ranges.sort()
    merged = []
    for version, lo, hi, cls in ranges:
        if merged and lo <= merged[-1][2] + 1:
            if hi > merged[-1][2]:
                merged[-1][2] = hi
        else:
            merged.append([version, lo, hi, cls])
    for version, lo, hi, cls in merged:
        yield from summarize_address_range(cls(lo), cls(hi))


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key() if hasattr(obj, "_get_networks_key") else (
            obj.version, obj.network_address, obj.netmask)
    if isinstance(obj, _BaseAddress):
        return (obj.version, obj)
    return NotImplemented


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None
