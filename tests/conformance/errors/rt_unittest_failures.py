# unittest.main() on a suite with failures, errors, skips, expected failures, unexpected
# successes and subtests: the report goes to stderr and ends with the FAILED summary line;
# the exit status is 1. (argv is passed explicitly: the suite gives the program an argument.)
import sys
import unittest


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty):
        have = self.items[name]
        if qty > have:
            raise ValueError("not enough " + name)
        self.items[name] = have - qty


class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)

    def test_add(self):
        self.inv.add("apple", 2)
        self.assertEqual(self.inv.items, {"apple": 5})

    def test_add_wrong_expectation(self):
        self.inv.add("pear", 1)
        self.assertEqual(self.inv.items, {"apple": 3, "pear": 2})

    def test_remove_missing(self):
        self.inv.remove("banana", 1)

    def test_remove_too_many(self):
        with self.assertRaises(ValueError) as cm:
            self.inv.remove("apple", 10)
        self.assertEqual(str(cm.exception), "not enough apple")

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "positive"):
            self.inv.add("kiwi", 0)

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            self.inv.add("kiwi", 1)

    def test_lists(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    def test_message(self):
        self.assertTrue(len(self.inv.items) > 5, "inventory too small")

    def test_subtests(self):
        for qty in [1, -1, 2, 0]:
            with self.subTest(qty=qty):
                self.inv.add("plum", qty)

    @unittest.skip("not implemented")
    def test_skipped(self):
        self.fail("never")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)


class SkippedClassTest(unittest.TestCase):
    def test_skip_inside(self):
        self.skipTest("skipped from inside")

    def test_greater(self):
        self.assertGreater(1, 2)


print("running tests")
unittest.main(argv=[sys.argv[0]])
print("not reached")
