# A unittest run inspected from its result object (the report itself goes to a stream that
# drops the timing line): counts, failure and error descriptions, skips, class fixtures
# whose setUpClass fails, and assertion messages with longMessage and custom msg.
import os as _os
import sys as _sys


class _ScrubDir:
    """Prints this program's directory as <dir>: the golden must not depend on where the
    suite is checked out (tracebacks and warnings name the script by its absolute path)."""

    def __init__(self, stream):
        self.stream = stream
        self.dir = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, text):
        return self.stream.write(text.replace(self.dir, "<dir>"))

    def flush(self):
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


_sys.stdout = _ScrubDir(_sys.stdout)

import io
import sys
import unittest


class Numbers(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_div(self):
        self.assertEqual(10 / 0, 1)

    def test_compare(self):
        self.assertLessEqual(5, 3, msg="five is not small")

    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 1, "b": 2})

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_in(self):
        self.assertIn("x", "abc")

    def test_is(self):
        self.assertIs(None, 0)

    def test_isinstance(self):
        self.assertIsInstance(3, str)

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])


class BrokenFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("database unavailable")

    def test_never_runs(self):
        print("never")


class WithCleanup(unittest.TestCase):
    def setUp(self):
        self.log = []
        self.addCleanup(self.log.append, "cleaned")

    def test_cleanup(self):
        self.assertEqual(self.log, [])

    def tearDown(self):
        print("tearDown sees", self.log)


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for case in (Numbers, BrokenFixture, WithCleanup):
    suite.addTests(loader.loadTestsFromTestCase(case))
print("tests:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print("run", result.testsRun, "ok", result.wasSuccessful())
print("failures", len(result.failures), "errors", len(result.errors))
for test, text in result.failures + result.errors:
    print("--", test.id(), "|", text.strip().splitlines()[-1])
