"""shlex for pyseal: shell-like splitting (split), quoting (quote, join) and a lexer class."""

import re as _re
import sys as _sys
from io import StringIO as _StringIO

__all__ = ['shlex', 'split', 'quote', 'join']


class shlex:
    """A lexer for shell-like syntax: words, quoted strings, comments and punctuation."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = _sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = []
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _getc(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _ungetc(self, ch):
        if self._punctuation_chars:
            self._pushback_chars.append(ch)
        else:
            self.pushback.insert(0, ch)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _read_quoted(self, quote, parts):
        """Reads up to the closing quote (the opening one is consumed) into parts."""
        while True:
            ch = self._getc()
            if not ch:
                raise ValueError('No closing quotation')
            if ch == quote:
                if not self.posix:
                    parts.append(ch)
                return
            if self.posix and ch in self.escape and quote in self.escapedquotes:
                nxt = self._getc()
                if not nxt:
                    raise ValueError('No escaped character')
                if nxt != quote and nxt not in self.escape:
                    parts.append(ch)
                parts.append(nxt)
            else:
                parts.append(ch)

    def read_token(self):
        if self.state is None:
            return self.eof if not self.posix else None
        parts = []
        quoted = False
        # Skip what separates tokens.
        while True:
            ch = self._getc()
            if not ch:
                self.state = None
                return self.eof if not self.posix else None
            if ch in self.whitespace:
                continue
            if ch in self.commenters:
                self._skip_comment()
                continue
            break
        # One token starts with ch.
        if ch in self._punctuation_chars:
            parts.append(ch)
            while True:
                nxt = self._getc()
                if nxt and nxt in self._punctuation_chars:
                    parts.append(nxt)
                    continue
                if nxt and nxt not in self.whitespace:
                    self._ungetc(nxt)
                break
            return ''.join(parts)
        if not (ch in self.wordchars or ch in self.quotes or
                (self.posix and ch in self.escape) or self.whitespace_split):
            return ch
        if not self.posix and ch in self.quotes:
            parts.append(ch)
            self._read_quoted(ch, parts)
            return ''.join(parts)
        while True:
            if self.posix and ch in self.quotes:
                quoted = True
                self._read_quoted(ch, parts)
            elif self.posix and ch in self.escape:
                nxt = self._getc()
                if not nxt:
                    raise ValueError('No escaped character')
                parts.append(nxt)
            else:
                parts.append(ch)
            ch = self._getc()
            if not ch:
                self.state = None
                break
            if ch in self.whitespace:
                break
            if ch in self.commenters:
                self._skip_comment()
                if self.posix:
                    break
                continue
            if ch in self._punctuation_chars:
                self._ungetc(ch)
                break
            if (ch in self.wordchars or ch in self.quotes or
                    (self.posix and ch in self.escape) or self.whitespace_split):
                if not self.posix and ch in self.quotes:
                    parts.append(ch)
                    ch = self._getc()
                    if not ch:
                        self.state = None
                        break
                    if ch in self.whitespace:
                        break
                    parts.append(ch)
                    ch = None
                if ch is None:
                    ch = self._getc()
                    if not ch:
                        self.state = None
                        break
                    if ch in self.whitespace:
                        break
                continue
            self._ungetc(ch)
            break
        token = ''.join(parts)
        if self.posix and not quoted and token == '':
            return None
        return token

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return f'"{infile}", line {lineno}: '

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Splits s into words as a POSIX shell would."""
    if s is None:
        raise ValueError('s argument must not be None')
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """The words quoted and joined by spaces (the inverse of split())."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = _re.compile(r'[^\w@%+=:,./-]', _re.ASCII).search


def quote(s):
    """s quoted for a POSIX shell."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
