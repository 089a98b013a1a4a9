"""getopt for pyseal: Unix-style command-line option parsing."""

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Options until the first non-option argument: (pairs, remaining arguments)."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt() that also takes options after non-option arguments (unless POSIXLY_CORRECT
    or a leading '+' in shortopts says otherwise)."""
    opts = []
    prog_args = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    all_options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        all_options_first = True
    elif os.environ.get('POSIXLY_CORRECT'):
        all_options_first = True
    args = list(args)
    while args:
        if args[0] == '--':
            prog_args += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
        else:
            if all_options_first:
                prog_args += args
                break
            prog_args.append(args[0])
            args = args[1:]
    return opts, prog_args


def _long(opts, opt, longopts, args):
    name, eq, value = opt.partition('=')
    optarg = value if eq else None
    has_arg, name = _long_has_args(name, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError(f'option --{name} requires argument', name)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError(f'option --{name} must not have an argument', name)
    opts.append(('--' + name, optarg or ''))
    return opts, args


def _long_has_args(opt, longopts):
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError(f'option --{opt} not recognized', opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError(f'option --{opt} not a unique prefix', opt)
    unique = matches[0]
    if unique.endswith('='):
        return True, unique[:-1]
    return False, unique


def _short(opts, optstring, shortopts, args):
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError(f'option -{opt} requires argument', opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i, ch in enumerate(shortopts):
        if opt == ch != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError(f'option -{opt} not recognized', opt)
