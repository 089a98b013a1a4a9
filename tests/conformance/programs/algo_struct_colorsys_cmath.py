import struct, colorsys, cmath, math
print(struct.pack('<i', -2), struct.pack('>HhBb', 65535, -1, 255, -128), struct.pack('!f', 1.5), struct.pack('<d', math.pi), struct.pack('3s', b'abcdef'), struct.pack('<q', -2**63), struct.pack('?', 5), struct.pack('<e', 1.5), struct.pack('c', b'x'), struct.pack('5p', b'hi'), struct.pack('@i', 1), struct.pack('xxi', 1) if False else '')
print(struct.unpack('<IH', b'\x01\x00\x00\x00\x02\x00'), struct.unpack('>d', struct.pack('>d', 0.1)), struct.calcsize('<iqhc'), struct.calcsize('@iqhc'), struct.calcsize('=3s2xH'), struct.calcsize('10p'), struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack('2s', b'ab'), struct.unpack('<e', b'\x00\x3c'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\xff\xff')), struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.Struct('<3i').size, struct.Struct('>I').pack(7), struct.Struct('<hh').unpack(b'\x01\x00\x02\x00'), struct.Struct('i').format)
buf = bytearray(8); struct.pack_into('<ii', buf, 0, 5, -5); print(buf)
for bad in [lambda: struct.pack('<B', 256), lambda: struct.pack('<b', -129), lambda: struct.pack('<i', 'x'), lambda: struct.pack('<i'), lambda: struct.unpack('<i', b'\x00'), lambda: struct.pack('<h', 2**15), lambda: struct.pack('z', 1), lambda: struct.calcsize('3'), lambda: struct.pack('<I', -1), lambda: struct.pack('<f', 1e300), lambda: struct.pack('<Q', 2**64), lambda: struct.pack('c', 'a'), lambda: struct.unpack('<H', b'abc'), lambda: struct.pack('<i', 1.5)]:
    try: print(bad())
    except struct.error as e: print('struct.error', e)
    except Exception as e: print(type(e).__name__, e)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.rgb_to_hls(1, 0, 0), colorsys.hls_to_rgb(0.6, 0.5, 1.0), colorsys.rgb_to_yiq(0.5, 0.5, 0.5), colorsys.yiq_to_rgb(0.5, 0.1, 0.1))
def attempt(f, z):
    try:
        return f(z)
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}({e})"
fns = [cmath.sqrt, cmath.exp, cmath.log, cmath.phase, cmath.polar, cmath.sin, cmath.tanh, cmath.acos, cmath.asinh, cmath.log10, cmath.isfinite]
for z in [1+1j, -1, 1j, -2-3j, complex(0, -0.0), 1e300+1e300j, complex(-0.0, 0.0), 0j]:
    print(z, [attempt(f, z) for f in fns])
print(cmath.log(8, 2), cmath.inf, cmath.nanj, cmath.infj, cmath.e, cmath.rect(1, math.pi))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000+0j), lambda: cmath.atanh(1), lambda: cmath.log(1, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
