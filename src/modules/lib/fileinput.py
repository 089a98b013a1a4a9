"""fileinput: iterate over the lines of several files (or stdin, named '-') as one stream.

The module-level functions work on one global FileInput made by input(); inplace=True sends
print() output (sys.stdout) into a new copy of each file while it is read.
"""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    """Makes the global FileInput that the module functions use, and returns it."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    global _state
    state, _state = _state, None
    if state is not None:
        state.close()


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of each file in turn; '-' (or no files at all) reads sys.stdin."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ("-",)
        self._files = files
        self._filename = None
        self._file = None
        self._isstdin = False
        self._startlineno = 0
        self._filelineno = 0
        self._output = None
        self._savestdout = None
        self._backupname = None
        self._inplace = inplace
        self._backup = backup
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if inplace and openhook:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook is not None and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        # Forget the files still to come first, so none is opened even if closing fails.
        self._files = ()
        self.nextfile()

    def __del__(self):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self._pull()
        if not line:
            raise StopIteration
        return line

    def __getitem__(self, i):
        raise TypeError("'FileInput' object is not subscriptable")

    def nextfile(self):
        """Closes the current file; the next line comes from the next one."""
        if self._savestdout is not None:
            sys.stdout = self._savestdout
            self._savestdout = None
        output, self._output = self._output, None
        if output is not None:
            output.close()
        file, self._file = self._file, None
        if file is not None and not self._isstdin:
            file.close()
        backup, self._backupname = self._backupname, None
        if backup and not self._backup:
            try:
                os.unlink(backup)
            except OSError:
                pass
        self._isstdin = False

    def readline(self):
        return self._pull()

    def _pull(self):
        # The next line of the whole stream, moving on past exhausted files; an empty
        # line once the last file is done.
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if self._file:
                self.nextfile()
            else:
                return line

    def _readline(self):
        if self._file is None:
            if not self._files:
                return b"" if "b" in self._mode else ""
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._backupname = None
        kwargs = {}
        if "b" not in self._mode:
            kwargs = {"encoding": self._encoding, "errors": self._errors}
        if self._filename == "-":
            self._filename = "<stdin>"
            self._file = sys.stdin.buffer if "b" in self._mode else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._backupname = self._filename + (self._backup or ".bak")
            try:
                os.unlink(self._backupname)
            except OSError:
                pass
            os.rename(self._filename, self._backupname)
            self._file = open(self._backupname, self._mode, **kwargs)
            outmode = "wb" if "b" in self._mode else "w"
            self._output = open(self._filename, outmode, **kwargs)
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook is not None:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode,
                                            encoding=self._encoding, errors=self._errors)
        else:
            self._file = open(self._filename, self._mode, **kwargs)

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def isfirstline(self):
        return self._filelineno == 1

    def filename(self):
        return self._filename

    def isstdin(self):
        return self._isstdin

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz and .bz2 files through their decompressor."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" not in mode:
        import io
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens every file with this encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
