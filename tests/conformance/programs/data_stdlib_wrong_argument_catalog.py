import math, json, statistics, heapq, bisect, itertools, functools, operator, collections, random, string, textwrap, copy, csv, io, re, struct, base64, hashlib, datetime, decimal, fractions, enum, dataclasses, pathlib, os.path, time, pprint, shlex, fnmatch
calls = [
 lambda: math.floor('x'), lambda: math.sqrt('4'), lambda: math.gcd(1.5, 2), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.log('a'),
 lambda: math.comb(5), lambda: math.prod(5), lambda: math.fsum([1, 'a']), lambda: math.dist([1], [1, 2]), lambda: math.pow(0, -1), lambda: math.exp(1000),
 lambda: json.dumps({}, indent='x' * 0, sort_keys=1, cls=None, separators=(1, 2)), lambda: json.loads(5), lambda: json.loads(None), lambda: json.dump({}, None),
 lambda: statistics.mean('abc'), lambda: statistics.mean([1, 'a']), lambda: statistics.median([]), lambda: statistics.variance([1, 2], 'x'), lambda: statistics.pstdev([]),
 lambda: heapq.heappush(1, 2), lambda: heapq.heappop(None), lambda: heapq.heapify((1, 2)), lambda: heapq.nlargest('a', [1]), lambda: heapq.heappush([1, 'a'], 2),
 lambda: bisect.bisect(None, 1), lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect_left([1, 2], 'a'), lambda: bisect.bisect([1], 1, -1),
 lambda: itertools.islice(1), lambda: itertools.islice([1], 'a'), lambda: itertools.chain(1, 2).__next__(), lambda: itertools.permutations([1], -1), lambda: itertools.combinations(5, 2),
 lambda: itertools.repeat(), lambda: itertools.count('a'), lambda: itertools.accumulate(5), lambda: list(itertools.starmap(pow, [1])), lambda: itertools.tee([1], -1),
 lambda: functools.reduce(1, [1, 2]), lambda: functools.partial(), lambda: functools.partial(5), lambda: functools.lru_cache(maxsize='x'), lambda: functools.cmp_to_key(None)(1) < functools.cmp_to_key(None)(2),
 lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.add(1), lambda: operator.getitem([1], 'a'), lambda: operator.index(1.5),
 lambda: collections.Counter(5), lambda: collections.deque(5), lambda: collections.deque([], -1), lambda: collections.namedtuple('P', 'a 1b'), lambda: collections.namedtuple('P', ['a', '_b']),
 lambda: collections.namedtuple('class', 'a'), lambda: collections.OrderedDict().popitem(), lambda: collections.OrderedDict().move_to_end('x'), lambda: collections.defaultdict(5),
 lambda: collections.ChainMap({}).pop('x'), lambda: collections.ChainMap().popitem(), lambda: collections.deque([1]).index(2), lambda: collections.deque().rotate('a'),
 lambda: random.randrange(1.5), lambda: random.shuffle((1, 2)), lambda: random.choice(5), lambda: random.sample(5, 1), lambda: random.seed([1]), lambda: random.uniform('a', 1),
 lambda: string.Template(5), lambda: string.Template('$a').substitute(5), lambda: textwrap.fill(5), lambda: textwrap.wrap('a', 0), lambda: textwrap.shorten('abc def', 2),
 lambda: csv.reader(5), lambda: csv.writer(5), lambda: csv.writer(io.StringIO()).writerow(5), lambda: csv.DictReader(io.StringIO('a\n1'), restkey=1).__next__(), lambda: csv.reader([1]).__next__(),
 lambda: csv.writer(io.StringIO(), delimiter='ab'), lambda: csv.writer(io.StringIO(), quoting=99), lambda: csv.get_dialect('nope'), lambda: csv.reader(['a'], bogus=1),
 lambda: re.compile(5), lambda: re.match('a', 5), lambda: re.sub('a', 5, 'a'), lambda: re.compile('a').match('a', 'x'), lambda: re.match('a', 'a').group(2), lambda: re.match('(?P<x>a)', 'a').group('y'),
 lambda: re.split('a', 'b', 'c'), lambda: re.findall(b'a', 'a'), lambda: re.compile('a', 'x'), lambda: re.escape(5),
 lambda: datetime.date(2024, 13, 1), lambda: datetime.date(2024, 1, 32), lambda: datetime.date('2024', 1, 1), lambda: datetime.time(25), lambda: datetime.timedelta('a'), lambda: datetime.datetime.strptime(5, '%Y'),
 lambda: datetime.date.fromisoformat('2024-1-1'), lambda: datetime.datetime.fromisoformat('bad'), lambda: datetime.date(2024, 1, 1) - 5, lambda: datetime.timedelta(1) * 'a', lambda: datetime.timedelta(1) / 0,
 lambda: decimal.Decimal(1) + 1.5, lambda: decimal.Decimal([1]), lambda: decimal.Decimal('1').quantize(decimal.Decimal('1e-30')), lambda: decimal.Decimal(1) < 'a', lambda: decimal.getcontext().prec == setattr(decimal.getcontext(), 'prec', -1),
 lambda: fractions.Fraction('abc'), lambda: fractions.Fraction(1.5, 2), lambda: fractions.Fraction(1, 2) + 'a', lambda: fractions.Fraction(float('nan')), lambda: fractions.Fraction(float('inf')),
 lambda: enum.Enum('E', 5), lambda: pathlib.PurePosixPath(5), lambda: pathlib.PurePosixPath('a').with_name(''), lambda: pathlib.PurePosixPath('/').with_name('x'), lambda: os.path.join('a', 5),
 lambda: os.path.splitext(5), lambda: time.strftime(5), lambda: time.gmtime('a'), lambda: pprint.pformat({}, indent=-1), lambda: pprint.pformat({}, width=0), lambda: shlex.split('"abc'), lambda: fnmatch.fnmatch(5, 'a'),
 lambda: struct.Struct(5), lambda: struct.pack('z'), lambda: struct.pack('2'), lambda: base64.b64encode(5), lambda: hashlib.new('nope'), lambda: hashlib.md5('str'),
 lambda: copy.deepcopy(iter([1])) and None, lambda: dataclasses.asdict(5), lambda: dataclasses.fields(5), lambda: dataclasses.replace(5),
]
for i, c in enumerate(calls):
    try:
        r = c()
        print(i, 'ok', repr(r)[:50] if not repr(r).startswith('<') else type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
