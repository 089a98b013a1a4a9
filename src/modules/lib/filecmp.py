"""filecmp for pyseal: comparing files and directory trees.

cmp() decides from os.stat when it can (file type, size and modification time) and reads
both files only when it must; the outcomes of full reads are remembered per pair of
signatures. dircmp computes its attributes on first use, in a fixed order of phases.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, signature1, signature2) -> outcome of a byte-by-byte comparison
_outcomes = {}
_OUTCOMES_LIMIT = 100


def clear_cache():
    """Forget the outcomes of earlier byte-by-byte comparisons."""
    _outcomes.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk1 = a.read(BUFSIZE)
            chunk2 = b.read(BUFSIZE)
            if chunk1 != chunk2:
                return False
            if not chunk1:
                return True


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 look equal.

    Only regular files can be equal. With shallow true, equal stat signatures (type, size,
    mtime) are enough; otherwise the contents decide.
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    outcome = _outcomes.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_outcomes) >= _OUTCOMES_LIMIT:
            clear_cache()
        _outcomes[key] = outcome
    return outcome


def _compare_or_error(a, b, shallow):
    """0 when equal, 1 when different, 2 when either file cannot be compared."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in common in directories a and b.

    Returns three lists of names: (equal, different, could not be compared).
    """
    buckets = ([], [], [])
    for name in common:
        outcome = _compare_or_error(os.path.join(a, name), os.path.join(b, name), shallow)
        buckets[outcome].append(name)
    return buckets


def _without(names, dropped):
    return [name for name in names if name not in dropped]


class dircmp:
    """Compares two directories; the results are attributes computed on first use.

    left_list, right_list: the listings, sorted, without `hide` and `ignore` names.
    common, left_only, right_only: names in both, or in only one, directory.
    common_dirs, common_files, common_funny: common names by kind (funny: the kinds differ
    or cannot be determined). same_files, diff_files, funny_files: common files that
    compare equal, different, or could not be compared. subdirs: common_dirs names mapped
    to dircmp objects of the same class.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        """Lists both directories."""
        dropped = self.hide + self.ignore
        self.left_list = _without(sorted(os.listdir(self.left)), dropped)
        self.right_list = _without(sorted(os.listdir(self.right)), dropped)

    def phase1(self):
        """Splits the names into common and one-sided ones."""
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        """Sorts the common names into directories, files and the rest."""
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                mode1 = os.stat(os.path.join(self.left, name)).st_mode
                mode2 = os.stat(os.path.join(self.right, name)).st_mode
            except OSError:
                self.common_funny.append(name)
                continue
            kind1 = stat.S_IFMT(mode1)
            if kind1 != stat.S_IFMT(mode2):
                self.common_funny.append(name)
            elif stat.S_ISDIR(mode1):
                self.common_dirs.append(name)
            elif stat.S_ISREG(mode1):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """Compares the common files."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        """Makes a comparison object for each common subdirectory."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        """Computes the subdirectory comparisons all the way down."""
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        phase = dircmp.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    def report(self):
        """Prints this level's differences."""
        print('diff', self.left, self.right)
        for side, names in ((self.left, self.left_only), (self.right, self.right_only)):
            if names:
                names.sort()
                print('Only in', side, ':', names)
        for title, names in (('Identical files :', self.same_files),
                             ('Differing files :', self.diff_files),
                             ('Trouble with common files :', self.funny_files),
                             ('Common subdirectories :', self.common_dirs),
                             ('Common funny cases :', self.common_funny)):
            if names:
                names.sort()
                print(title, names)

    def report_partial_closure(self):
        """Prints this level's differences and those of the immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Prints the differences at every level."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)
