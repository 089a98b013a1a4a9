"""getopt for pyseal: Unix-style command-line option parsing.

Short options are letters of `shortopts` (a following ':' means the option takes a value);
long options are names in `longopts` (a trailing '=' means it takes a value) and may be
abbreviated to any unambiguous prefix.
"""

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']

import os


class GetoptError(Exception):
    """A bad command line: `msg` says what is wrong, `opt` names the option ('' if none)."""

    msg = opt = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Options up to the first non-option argument (or '--'): (pairs, remaining arguments)."""
    longs = _long_names(longopts)
    found = []
    at = 0
    while at < len(args):
        word = args[at]
        if word == '--':
            at += 1
            break
        if not word.startswith('-') or word == '-':
            break
        at = _read_option(found, args, at, shortopts, longs)
    # the remaining arguments are a slice of `args`, of the same type
    return found, args[at:]


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow non-option arguments, unless shortopts starts
    with '+' or POSIXLY_CORRECT is set in the environment."""
    longs = _long_names(longopts)
    in_order = shortopts.startswith('+')
    if in_order:
        shortopts = shortopts[1:]
    else:
        in_order = bool(os.environ.get('POSIXLY_CORRECT'))
    words = list(args)
    found, operands = [], []
    at = 0
    while at < len(words):
        word = words[at]
        if word == '--':
            operands.extend(words[at + 1:])
            break
        if word.startswith('-') and word != '-':
            at = _read_option(found, words, at, shortopts, longs)
        elif in_order:
            operands.extend(words[at:])
            break
        else:
            operands.append(word)
            at += 1
    return found, operands


def _long_names(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _read_option(found, words, at, shortopts, longs):
    """Append the option(s) spelt by words[at] to `found`; return the index of the next word
    (one further when an option took the following word as its value)."""
    word = words[at]
    at += 1
    if word.startswith('--'):
        name, equals, value = word[2:].partition('=')
        name, takes_value = _resolve_long(name, longs)
        if takes_value and not equals:
            if at >= len(words):
                raise GetoptError(f'option --{name} requires argument', name)
            value = words[at]
            at += 1
        elif equals and not takes_value:
            raise GetoptError(f'option --{name} must not have an argument', name)
        found.append(('--' + name, value))
        return at
    letters = word[1:]
    while letters:
        letter, letters = letters[0], letters[1:]
        value = ''
        if _short_takes_value(letter, shortopts):
            # the value is the rest of this word, or else the whole next word
            if not letters:
                if at >= len(words):
                    raise GetoptError(f'option -{letter} requires argument', letter)
                letters = words[at]
                at += 1
            value, letters = letters, ''
        found.append(('-' + letter, value))
    return at


def _resolve_long(prefix, longs):
    """(full option name, whether it takes a value) for a possibly abbreviated name."""
    candidates = [spec for spec in longs if spec.startswith(prefix)]
    if not candidates:
        raise GetoptError(f'option --{prefix} not recognized', prefix)
    # an exact name wins over longer names it is a prefix of
    if prefix in candidates:
        return prefix, False
    if prefix + '=' in candidates:
        return prefix, True
    if len(candidates) > 1:
        raise GetoptError(f'option --{prefix} not a unique prefix', prefix)
    spec = candidates[0]
    if spec.endswith('='):
        return spec[:-1], True
    return spec, False


def _short_takes_value(letter, shortopts):
    for at, spec in enumerate(shortopts):
        if spec == letter and spec != ':':
            return shortopts.startswith(':', at + 1)
    raise GetoptError(f'option -{letter} not recognized', letter)
