"""platform for pyseal: the system and interpreter this runs on."""

import os as _os
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname',
           'platform', 'architecture', 'python_version', 'python_version_tuple',
           'python_implementation', 'python_build', 'python_compiler', 'python_branch',
           'python_revision', 'libc_ver', 'freedesktop_os_release']


class uname_result(_namedtuple('uname_result', 'system node release version machine')):
    """system, node, release, version, machine and (looked up on use) processor."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        return iter(tuple(super().__iter__()) + (self.processor,))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'uname_result({fields})'


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = _os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=None, bits='', linkage=''):
    return ('64bit' if _sys.maxsize > 2 ** 32 else '32bit', 'ELF')


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return f'{u.system}-{u.release}'
    libc = '-'.join(filter(None, libc_ver()))
    text = f'{u.system}-{u.release}-{u.machine}-with-{libc}' if libc else \
        f'{u.system}-{u.release}-{u.machine}'
    return text


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def python_version():
    return '.'.join(str(part) for part in _sys.version_info[:3])


def python_version_tuple():
    return tuple(str(part) for part in _sys.version_info[:3])


def python_implementation():
    return 'CPython'


def python_build():
    return ('main', '')


def python_compiler():
    return 'pyseal'


def python_branch():
    return ''


def python_revision():
    return ''


def freedesktop_os_release():
    info = {}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    key, _, value = line.partition('=')
                    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                        value = value[1:-1]
                    info[key] = value
            break
        except OSError:
            continue
    else:
        raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')
    info.setdefault('NAME', 'Linux')
    info.setdefault('ID', 'linux')
    info.setdefault('PRETTY_NAME', 'Linux')
    return info
