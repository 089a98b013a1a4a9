"""Pseudo-random numbers for pyseal.

The core generator (Mersenne Twister, in the native `_random` module) and every algorithm
built on it reproduce CPython 3.11 draw for draw: the same seed gives the same sequence of
random(), randrange(), shuffle(), sample(), gauss(), ... results.

Each Random instance owns its generator state as a private buffer; the module-level
functions are the bound methods of one hidden shared instance.
"""

import sys as _sys
import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from _os import urandom as _urandom

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_MASK64 = (1 << 64) - 1


def _warn(message, category=None, stacklevel=1):
    import warnings
    warnings.warn(message, category, stacklevel + 1)


def _as_int_arg(value, what):
    """An int for randrange(): __index__ first, then the deprecated int() path for floats."""
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % what)
        _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
              'and will be removed in a subsequent version', DeprecationWarning, 3)
        return as_int


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray, memoryview)):
        return True
    collections = _sys.modules.get('collections')
    if collections is not None and isinstance(obj, collections.deque):
        return True
    abc = _sys.modules.get('collections.abc')
    return abc is not None and isinstance(obj, abc.Sequence)


def _running_totals(weights):
    """choices(): the cumulative sums of weights."""
    try:
        return list(_accumulate(weights))
    except TypeError:
        # choices(population, 3) meant k=3.
        if isinstance(weights, int):
            raise TypeError('The number of choices must be a keyword argument: '
                            f'k={weights!r}') from None
        raise


def _gamma_cheng(draw, alpha):
    """A unit-scale gamma variate for alpha > 1: Cheng's (1977) rejection method."""
    root = _sqrt(2.0 * alpha - 1.0)
    offset = alpha - LOG4
    slope = alpha + root
    while True:
        u = draw()
        if u <= 1e-7 or u >= 0.9999999:
            continue  # too close to 0 or 1 for the logit below
        w = 1.0 - draw()
        v = _log(u / (1.0 - u)) / root
        x = alpha * _exp(v)
        z = u * u * w
        t = offset + slope * v - x
        # A cheap squeeze first; the log only when it is inconclusive.
        if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
            return x


def _gamma_ahrens_dieter(draw, alpha):
    """A unit-scale gamma variate for 0 < alpha < 1: Ahrens and Dieter's GS method."""
    bound = (_e + alpha) / _e
    while True:
        p = bound * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if draw() <= _exp(-x):
                return x
        else:
            x = -_log((bound - p) / alpha)
            if draw() <= x ** (alpha - 1.0):
                return x


class Random:
    """A Mersenne Twister generator with the distributions built on it.

    Subclasses may supply their own core by overriding random(), seed(), getstate() and
    setstate(); a getrandbits() override lets randrange() cover arbitrarily large ranges.
    """

    VERSION = 3

    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError('Random() takes no keyword arguments')
        self = object.__new__(cls)
        self._mt = _random.new_state()
        return self

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # ---- the core generator ---------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialise the generator from a, or from the OS entropy source when a is None.

        Accepted seeds are None, int, float, str, bytes and bytearray. Version 2 (the
        default) uses every bit of a str or bytes seed; version 1 reproduces the narrower
        seeds of old Pythons.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            h = ord(text[0]) << 7 if text else 0
            for ch in text:
                h = ((1000003 * h) ^ ord(ch)) & _MASK64
            h ^= len(text)
            a = -2 if h == -1 else h
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _random.sha512(data), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            key = None
        elif isinstance(a, int):
            key = int.__abs__(a)
        else:
            key = hash(a) & _MASK64
        _random.seed(self._mt, key)
        self.gauss_next = None

    # The next float in [0.0, 1.0): a native method reading self._mt.
    random = _random.random_method

    def getrandbits(self, k):
        """An int with k random bits."""
        return _random.getrandbits(self._mt, k)

    def getstate(self):
        """The generator's whole state, for setstate()."""
        return self.VERSION, _random.getstate(self._mt), self.gauss_next

    def setstate(self, state):
        """Restores a state that getstate() returned."""
        version = state[0]
        if version == 3:
            version, words, self.gauss_next = state
        elif version == 2:
            version, words, self.gauss_next = state
            # Version 2 kept the words as signed C longs.
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        _random.setstate(self._mt, words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers below n -----------------------------------------------------------

    def __init_subclass__(cls, /, **kwargs):
        # The nearest class that defines _randbelow, getrandbits or random decides how
        # this subclass draws integers.
        for klass in cls.__mro__:
            namespace = klass.__dict__
            if '_randbelow' in namespace:
                break
            if 'getrandbits' in namespace:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in namespace:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n) by rejection sampling of n.bit_length() random bits."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone."""
        draw = self.random
        if n < maxsize:
            # Reject the top sliver of [0, 1) that would make some results likelier.
            cutoff = (maxsize - maxsize % n) / maxsize
            while True:
                x = draw()
                if x < cutoff:
                    return _floor(x * maxsize) % n
        _warn("Underlying random() generator does not supply \n"
              "enough bits to choose from a population range this large.\n"
              "To remove the range limitation, add a getrandbits() method.")
        return _floor(draw() * n)

    def _randbelow(self, n):
        """An int in [0, n): _randbelow_with_getrandbits with the draws made natively (the
        same values), kept while a subclass overrides none of getrandbits and random."""
        return _random.randbelow(self._mt, n)

    # ---- bytes and integers ---------------------------------------------------------

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random member of range(start, stop, step), without building the range."""
        istart = _as_int_arg(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_int_arg(stop, 'stop')
        width = istop - istart
        istep = _as_int_arg(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if not istep:
            raise ValueError("zero step for randrange()")
        # len(range(istart, istop, istep)): a ceiling division, right for either sign.
        members = -(-width // istep)
        if members > 0:
            return istart + istep * self._randbelow(members)
        raise ValueError("empty range for randrange()")

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        if type(a) is int and type(b) is int and a <= b:
            return a + self._randbelow(b - a + 1)
        return self.randrange(a, b + 1)

    # ---- sequences ------------------------------------------------------------------

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list x in place (Fisher-Yates, from the end)."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of population, drawn without replacement, in draw order.

        counts repeats each element that many times, as if it were listed repeatedly.
        """
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # A pool list of n costs less than a set of k picks when n is small enough; the
        # threshold mirrors the sizes of those two structures.
        set_cost = 21
        if k > 5:
            set_cost += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_cost:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = randbelow(n)
                while j in taken:
                    j = randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population chosen with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if weights is None and cum_weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
        if cum_weights is not None:
            if weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
            bounds = cum_weights
        else:
            bounds = _running_totals(weights)
        if len(bounds) != size:
            raise ValueError('The number of weights does not match the population')
        total = bounds[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        # The last bound needs no search: anything past the others lands there.
        last = size - 1
        return [population[_bisect(bounds, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

    # ---- real-valued distributions --------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        # Invert the CDF on whichever side of the peak u falls.
        if u <= peak:
            return low + (high - low) * _sqrt(u * peak)
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - peak))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman-Monahan ratio of uniforms)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller); each pair of uniforms gives two results."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: its log is normal with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1 / mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: angle mean mu, concentration kappa >= 0."""
        draw = self.random
        if kappa <= 1e-6:
            # Practically no concentration: uniform on the circle.
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            c = _cos(_pi * draw())
            ratio = c / (rho + c)
            test = draw()
            if test < 1.0 - ratio * ratio or test <= (1.0 - ratio) * _exp(ratio):
                break
        inv = 1.0 / rho
        cos_theta = (inv + c) / (1.0 + inv * c)
        sign = 1.0 if draw() > 0.5 else -1.0
        return (mu + sign * _acos(cos_theta)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        if alpha > 1.0:
            return _gamma_cheng(draw, alpha) * beta
        return _gamma_ahrens_dieter(draw, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers straight from the operating system's entropy source; no state."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(nbytes), 'big')
        return x >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module-level functions: bound methods of one shared instance.
_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
              "sample", "shuffle", "choices", "normalvariate", "lognormvariate",
              "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
              "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
              "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
