# unittest.main() reads the test names from sys.argv: the suite's argument (a directory)
# names no test, so the run reports one error from a failed-loading test and exits 1.
import unittest


class Passing(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)


print("start")
unittest.main()
