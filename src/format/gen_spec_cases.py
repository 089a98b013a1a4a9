#!/usr/bin/env python3
"""Records format() results from CPython for the differential test in spec.rs.

    python3 src/format/gen_spec_cases.py SEED N > /tmp/cases.jsonl
    PYSEAL_FMT_CASES=/tmp/cases.jsonl cargo test --lib differential
"""
import json, random, struct, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
def rfloat():
    r = random.random()
    if r < 0.3:
        return struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if r < 0.6:
        return random.choice([1,-1]) * random.random() * 10 ** random.randint(-30, 30)
    if r < 0.8:
        return float(random.randint(-10**6, 10**6)) / random.choice([1, 2, 4, 8, 10, 100, 1000])
    return random.choice([0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e16, 1e15, 9.995, 0.005, 123456.789, 1e-5, 1e-4, float('inf'), float('-inf'), float('nan')])
def rspec(kind):
    s = ''
    if random.random() < 0.3:
        s += random.choice(['', '*', '0', 'x']) + random.choice('<>^=')
    if random.random() < 0.3: s += random.choice('+- ')
    if kind == 'f' and random.random() < 0.1: s += 'z'
    if random.random() < 0.2: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.5: s += str(random.randint(0, 25))
    if random.random() < 0.2: s += random.choice(',_')
    if kind == 'f' and random.random() < 0.6: s += '.' + str(random.choice([0,1,2,3,5,10,17,20,30]))
    if random.random() < 0.8:
        s += random.choice('eEfFgGn%' if kind == 'f' else 'bcdoxXneEfFgG%')
    return s
out = []
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 20000):
    kind = random.choice('fffi')
    if kind == 'f':
        v = rfloat(); spec = rspec('f')
        rec = {'k': 'f', 'bits': struct.unpack('<Q', struct.pack('<d', v))[0], 'spec': spec}
    else:
        v = random.choice([random.randint(-1000, 1000), random.randint(-2**70, 2**70), random.randint(0, 0x10ffff)])
        spec = rspec('i'); rec = {'k': 'i', 'v': str(v), 'spec': spec}
    try:
        rec['out'] = format(v, spec)
    except Exception as e:
        rec['err'] = type(e).__name__ + ': ' + str(e)
    rec['repr'] = repr(v)
    out.append(json.dumps(rec))
print('\n'.join(out))
