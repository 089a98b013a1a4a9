# zipfile over BytesIO: writestr with fixed ZipInfo timestamps (exact archive bytes), stored and
# deflated members, reading back, printdir, repr of ZipInfo, appending and damaged archives.
import zipfile, io, zlib
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
    zi = zipfile.ZipInfo('hello.txt', (2020, 5, 17, 12, 30, 44))
    zf.writestr(zi, 'hello world\n' * 50)
    zi2 = zipfile.ZipInfo('dir/data.bin', (2021, 1, 2, 3, 4, 5))
    zi2.compress_type = zipfile.ZIP_STORED
    zf.writestr(zi2, bytes(range(256)))
    zi3 = zipfile.ZipInfo('ünï.txt', (2022, 12, 31, 23, 59, 58))
    zf.writestr(zi3, b'unicode name', compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    zf.writestr(zipfile.ZipInfo('empty/', (2020, 1, 1, 0, 0, 0)), b'')
    print(zf.namelist())
raw = buf.getvalue()
print(len(raw), zlib.crc32(raw))
print(raw.hex())
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist())
    for info in zf.infolist():
        print(info, info.filename, info.date_time, info.compress_type, info.file_size, info.compress_size, info.CRC, info.is_dir(), info.external_attr, info.header_offset, info.flag_bits, info.create_system, info.create_version, info.extract_version)
    print(zf.read('hello.txt')[:24], zf.read('dir/data.bin')[:5], zf.read('ünï.txt'))
    with zf.open('hello.txt') as f:
        print(f.readline(), f.read(5), len(f.read()))
    print(zf.testzip())
    zf.printdir()
    try: zf.read('missing')
    except KeyError as e: print('KeyError', e)
    try: zf.getinfo('nope')
    except KeyError as e: print('KeyError', e)
    try: zf.writestr('x', b'y')
    except ValueError as e: print('ValueError', e)
# non-ZipInfo writestr: sizes only (timestamps vary)
b2 = io.BytesIO()
with zipfile.ZipFile(b2, mode='w') as zf:
    zf.writestr('a.txt', 'alpha')
    zf.writestr('b/', '')
    zf.writestr('c.txt', 'gamma' * 100, zipfile.ZIP_DEFLATED)
print(len(b2.getvalue()))
with zipfile.ZipFile(b2) as zf:
    for i in zf.infolist(): print(repr(i), i.external_attr)
# append
with zipfile.ZipFile(b2, 'a') as zf:
    zf.writestr(zipfile.ZipInfo('d.txt'), 'delta')
with zipfile.ZipFile(b2) as zf:
    print(zf.namelist(), zf.read('d.txt'))
for bad in (b'', b'not a zip file at all', raw[:-10], raw[:30] + b'X' + raw[31:]):
    try:
        with zipfile.ZipFile(io.BytesIO(bad)) as zf:
            print(zf.namelist(), zf.testzip())
    except zipfile.BadZipFile as e: print('BadZipFile', e)
print(zipfile.is_zipfile(io.BytesIO(raw)), zipfile.is_zipfile(io.BytesIO(b'abc')))
try: zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e: print(e)
zf = zipfile.ZipFile(io.BytesIO(), 'w'); zf.close(); print(repr(zf))
try: zf.writestr('a', 'b')
except ValueError as e: print(e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)
try: zipfile.ZipInfo('old', (1970, 1, 1, 0, 0, 0))
except ValueError as e: print(e)
