# unittest: loading, running and reporting. The report is captured and printed with the
# timing replaced; every failing line is a whole statement (CPython draws no ^^^ markers).
import io
import re
import sys
import unittest


def add(a, b):
    return a + b


class TestMath(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.data = [3, 1, 2]

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_add(self):
        """Adds numbers."""
        self.assertEqual(add(1, 2), 3)

    def test_fail(self):
        self.assertEqual(add(1, 1), 3)

    def test_error(self):
        raise KeyError("k")

    @unittest.skip("not now")
    def test_skip(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            print(1 / 0)
        self.assertEqual(str(cm.exception), "division by zero")

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_lists(self):
        self.assertEqual(sorted(self.data), [1, 2, 4])

    def test_strings(self):
        self.assertEqual("alpha\nbeta\ngamma\n", "alpha\nbeta\ndelta\n")

    def test_misc(self):
        self.assertIn(2, self.data)
        self.assertIsInstance(self.data, list)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 3], self.data)
        self.assertRaises(ValueError, int, "x")
        self.assertRegex("hello world", r"w\w+")
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsNone(None)
        self.assertGreaterEqual(3, 3)


@unittest.skipIf(sys.maxsize > 0, "always skipped")
class TestSkipped(unittest.TestCase):
    def test_never(self):
        pass


class TestOther(unittest.TestCase):
    def test_in(self):
        self.assertIn(3, [1, 2], "three is missing")

    def test_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_count(self):
        self.assertCountEqual("aab", "abb")

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_tuple(self):
        self.assertEqual((1, 2), (1, 2, 3))

    def test_true(self):
        self.assertTrue(0, "custom message")


def report(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = runner.run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in TIME", stream.getvalue())
    print(text.replace(__file__, "PROG"))
    print(result, result.wasSuccessful(), result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped), len(result.expectedFailures))


report(1)
report(2)
print(unittest.TestLoader().getTestCaseNames(TestOther))
print(TestMath("test_add"), repr(TestMath("test_add")), TestMath("test_add").id())
print(TestMath("test_add").shortDescription(), TestOther("test_in").shortDescription())
suite = unittest.TestSuite([TestMath("test_add"), TestOther("test_true")])
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result, [str(t) for t, _ in result.failures])
unittest.main(argv=["prog"], exit=False, verbosity=0)
unittest.main(argv=["prog", "TestOther.test_count"])
