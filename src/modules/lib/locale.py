"""locale for pyseal: the C locale (UTF-8), with the locale module's interface."""

import builtins as _builtins
import sys as _sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format',
           'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME',
           'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX', 'getencoding']

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
               LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
               LC_MESSAGES: 'LC_MESSAGES'}


class Error(Exception):
    pass


Error.__module__ = 'locale'

# Only C and its UTF-8 variant exist here; CPython sets LC_CTYPE from the environment.
_current = {cat: 'C' for cat in _CATEGORIES}
_current[LC_CTYPE] = 'C.UTF-8'


def _env_locale():
    import os
    for var in ('LC_ALL', 'LC_CTYPE', 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def setlocale(category, locale=None):
    if category not in _CATEGORIES and category != LC_ALL:
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            names = [_current[c] for c in _CATEGORIES]
            if len(set(names)) == 1:
                return names[0]
            return ';'.join(f'{_CATEGORIES[c]}={_current[c]}' for c in _CATEGORIES)
        return _current[category]
    if not isinstance(locale, _builtins.str):
        locale = normalize(_build_localename(locale))
    if locale == '':
        locale = _env_locale()
    if locale.upper().replace('-', '').replace('_', '') not in ('C', 'POSIX', 'C.UTF8',
                                                              'C.UTF8'):
        if normalize(locale) not in ('C', 'C.UTF-8', 'en_US.UTF-8'):
            raise Error('unsupported locale setting')
    targets = list(_CATEGORIES) if category == LC_ALL else [category]
    for c in targets:
        _current[c] = locale
    return setlocale(category)


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


_ALIASES = {'c': 'C', 'posix': 'C', 'c.utf8': 'en_US.UTF-8', 'c.utf-8': 'en_US.UTF-8',
            'en_us': 'en_US.ISO8859-1', 'en_us.utf8': 'en_US.UTF-8',
            'en_us.utf-8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1'}


def normalize(localename):
    code = localename.lower()
    if code in _ALIASES:
        return _ALIASES[code]
    if '.' in code:
        lang, enc = localename.split('.', 1)
        enc = enc.replace('-', '').upper()
        if enc == 'UTF8':
            enc = 'UTF-8'
        return f'{lang}.{enc}'
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, _ = code.split('@', 1)
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError(f'unknown locale: {localename}')


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    # The first variable that is set wins; LANGUAGE may list several, the first counts.
    found = next(((var, os.environ[var]) for var in envvars if os.environ.get(var)), None)
    if found is None:
        return _parse_localename('C')
    var, value = found
    return _parse_localename(value.split(':')[0] if var == 'LANGUAGE' else value)


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def resetlocale(category=LC_ALL):
    setlocale(category, 'C')


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': 127, 'frac_digits': 127,
            'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127,
            'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
