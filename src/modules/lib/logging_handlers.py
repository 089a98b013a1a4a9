"""logging.handlers for pyseal: rotating files, buffering, memory and queue handlers."""

import io
import os
import re
import time
import logging
from logging import Handler, FileHandler, StreamHandler, NullHandler  # noqa: F401

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(FileHandler):
    """A file handler that may move its file aside (rollover) before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_for_rollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _reopen_after_rollover(self):
        # with delay=True the next record opens the new file
        if not self.delay:
            self.stream = self._open()


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over when it would grow past maxBytes, keeping backupCount old ones
    (file.1 the newest)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _backup_name(self, n):
        return self.rotation_filename(f'{self.baseFilename}.{n}')

    def doRollover(self):
        self._close_for_rollover()
        if self.backupCount > 0:
            # shift file.N-1 to file.N, ..., file.1 to file.2; then the live file is file.1
            for n in reversed(range(1, self.backupCount)):
                older, newer = self._backup_name(n), self._backup_name(n + 1)
                if not os.path.exists(older):
                    continue
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
            first = self._backup_name(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._reopen_after_rollover()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = f'{self.format(record)}\n'
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                return False
            self.stream.flush()
            size = os.path.getsize(self.baseFilename) if os.path.exists(self.baseFilename) \
                else 0
            if size + len(msg.encode(self.encoding or 'utf-8')) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at intervals (when='S', 'M', 'H', 'D', 'midnight' or 'W0'-'W6')."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        units = {'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
                 'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
                 'H': (3600, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
                 'D': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
                 'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$')}
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 f'(0 is Monday): {self.when}')
            if not '0' <= self.when[1] <= '6':
                raise ValueError(f'Invalid day specified for weekly rollover: {self.when}')
            self.dayOfWeek = int(self.when[1])
            self.interval, self.suffix, ext = 7 * _MIDNIGHT, '%Y-%m-%d', \
                r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'
        elif self.when in units:
            self.interval, self.suffix, ext = units[self.when]
        else:
            raise ValueError(f'Invalid rollover interval specified: {self.when}')
        self.extMatch = re.compile(ext, re.ASCII)
        self.interval = self.interval * interval
        t = os.stat(filename).st_mtime if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        return currentTime + self.interval

    def shouldRollover(self, record):
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        dirname, basename = os.path.split(self.baseFilename)
        prefix = basename + '.'
        result = []
        for name in os.listdir(dirname):
            if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                result.append(os.path.join(dirname, name))
        result.sort()
        if len(result) < self.backupCount:
            return []
        return result[:len(result) - self.backupCount]

    def doRollover(self):
        self._close_for_rollover()
        # the old file is named after the start of the interval it covers
        began = self.rolloverAt - self.interval
        fields = (time.gmtime if self.utc else time.localtime)(began)
        suffix = time.strftime(self.suffix, fields)
        target = self.rotation_filename(f'{self.baseFilename}.{suffix}')
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        for stale in (self.getFilesToDelete() if self.backupCount > 0 else ()):
            os.remove(stale)
        self._reopen_after_rollover()
        self.rolloverAt = self.computeRollover(int(time.time()))


class WatchedFileHandler(FileHandler):
    """A FileHandler that reopens its file if it was moved or deleted."""

    def emit(self, record):
        if not os.path.exists(self.baseFilename) and self.stream is not None:
            self.stream.close()
            self.stream = self._open()
        FileHandler.emit(self, record)

    def reopenIfNeeded(self):
        pass


class BufferingHandler(Handler):
    """Keeps records in a buffer, flushing when shouldFlush() says so."""

    def __init__(self, capacity):
        Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when full or on a severe record."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(Handler):
    """Puts records on a queue (for a QueueListener to handle)."""

    def __init__(self, queue):
        Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of `record` whose message is the formatted text, without the arguments,
        exception and stack that may not survive a trip through the queue."""
        import copy
        text = self.format(record)
        flat = copy.copy(record)
        flat.message = flat.msg = text
        flat.args = flat.exc_info = flat.exc_text = flat.stack_info = None
        return flat

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue and gives them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = t = threading.Thread(target=self._monitor, daemon=True)
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        # runs on the listener's thread until the sentinel arrives
        task_done = getattr(self.queue, 'task_done', None)
        while True:
            item = self.dequeue(True)
            finished = item is self._sentinel
            if not finished:
                self.handle(item)
            if task_done is not None:
                task_done()
            if finished:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
