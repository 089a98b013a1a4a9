"""getpass for pyseal: the login name, and reading a password from the terminal."""

import os as _os
import sys as _sys

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name, from LOGNAME, USER, LNAME or USERNAME (else the password database)."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = _os.environ.get(name)
        if user:
            return user
    try:
        uid = _os.getuid() if hasattr(_os, 'getuid') else None
        with open('/etc/passwd', encoding='utf-8') as f:
            for line in f:
                fields = line.split(':')
                if uid is None or (len(fields) > 2 and fields[2] == str(uid)):
                    return fields[0]
    except OSError:
        pass
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    """Reads a line from stdin (echo cannot be turned off here)."""
    stream = stream or _sys.stderr
    stream.write(prompt)
    stream.flush()
    line = _sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip('\n')
