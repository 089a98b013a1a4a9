"""shlex for pyseal: shell-like splitting (split), quoting (quote, join) and a lexer class."""

import re as _re
import sys as _sys
from io import StringIO as _StringIO

__all__ = ['shlex', 'split', 'quote', 'join']


# Word characters of every lexer, and the Latin-1 letters that POSIX mode adds.
_WORD_ASCII = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_WORD_LATIN1 = 'ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ'


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
        self.posix, self.eof = posix, (None if posix else '')
        self.commenters = '#'
        self.wordchars = _WORD_ASCII + _WORD_LATIN1 if posix else _WORD_ASCII
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes, self.escape, self.escapedquotes = '\'"', '\\', '"'
        self.state, self.pushback, self.lineno = ' ', [], 1
        self.debug, self.token = 0, ''
        self.filestack, self.source = [], None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = []
            # Characters common in file names join words, unless they are punctuation here.
            extended = self.wordchars + '~-./*?='
            self.wordchars = ''.join(c for c in extended if c not in punctuation_chars)

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
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _put_back(self, ch):
        """A character that ends a word but starts what follows: punctuation lexers read it
        again; the others hand it out as a token of its own."""
        if self._punctuation_chars:
            self._pushback_chars.append(ch)
        else:
            self.pushback.insert(0, ch)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        # A state machine over self.state: ' ' between tokens, 'a' in a word, 'c' in a run
        # of punctuation, a quote character inside that quote, an escape character right
        # after it (the state to return to kept in `back`), None past the end.
        quoted = False
        back = ' '
        while True:
            ch = self._getc()
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    back = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError('No closing quotation')
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    back = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError('No escaped character')
                # Inside quotes only the quote and the escape character itself are escaped;
                # before anything else the escape character stays.
                if back in self.quotes and ch != state and ch != back:
                    self.token += state
                self.token += ch
                self.state = back
            elif state in ('a', 'c'):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                        continue
                elif state == 'c':
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = ' '
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    back = 'a'
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    self._put_back(ch)
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return f'"{infile}", line {lineno}: '


def split(s, comments=False, posix=True):
    """Splits s into words as a POSIX shell would."""
    if s is None:
        raise ValueError('s argument must not be None')
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The words quoted and joined by spaces (the inverse of split())."""
    return ' '.join(map(quote, split_command))


_find_unsafe = _re.compile(r'[^\w@%+=:,./-]', _re.ASCII).search


def quote(s):
    """s quoted for a POSIX shell."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
