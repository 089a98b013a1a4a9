"""A unittest suite that tests a small order service with mocks."""
import io
import sys
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel


class PaymentError(Exception):
    pass


class Inventory:
    def reserve(self, sku, qty):
        raise RuntimeError("real inventory called")

    def release(self, sku, qty):
        raise RuntimeError("real inventory called")


class OrderService:
    def __init__(self, inventory, gateway, notifier=None):
        self.inventory = inventory
        self.gateway = gateway
        self.notifier = notifier

    def place(self, customer, items):
        reserved = []
        try:
            for sku, qty in items:
                self.inventory.reserve(sku, qty)
                reserved.append((sku, qty))
            total = sum(self.gateway.price(sku) * qty for sku, qty in items)
            receipt = self.gateway.charge(customer, total)
        except PaymentError:
            for sku, qty in reversed(reserved):
                self.inventory.release(sku, qty)
            raise
        if self.notifier:
            self.notifier.send(customer, "Order placed: %s" % receipt)
        return receipt


def now_stamp():
    raise RuntimeError("clock not available in tests")


def make_report(service, customer):
    return "%s @ %s" % (service.place(customer, [("A", 1)]), now_stamp())


class OrderServiceTest(unittest.TestCase):
    def setUp(self):
        self.inventory = Mock(spec=Inventory)
        self.gateway = MagicMock()
        self.gateway.price.side_effect = lambda sku: {"A": 10, "B": 25}[sku]
        self.gateway.charge.return_value = "R-1"
        self.notifier = Mock()
        self.service = OrderService(self.inventory, self.gateway, self.notifier)

    def test_place_charges_total(self):
        receipt = self.service.place("ann", [("A", 2), ("B", 1)])
        self.assertEqual(receipt, "R-1")
        self.gateway.charge.assert_called_once_with("ann", 45)
        self.inventory.reserve.assert_has_calls([call("A", 2), call("B", 1)])
        self.notifier.send.assert_called_once_with("ann", "Order placed: R-1")

    def test_payment_failure_releases(self):
        self.gateway.charge.side_effect = PaymentError("declined")
        with self.assertRaises(PaymentError):
            self.service.place("bob", [("A", 1), ("B", 3)])
        self.assertEqual(self.inventory.release.call_args_list, [call("B", 3), call("A", 1)])
        self.notifier.send.assert_not_called()

    def test_mock_calls_order(self):
        manager = Mock()
        manager.attach_mock(self.inventory, "inv")
        manager.attach_mock(self.gateway, "gw")
        self.service.place("cy", [("B", 2)])
        names = [c[0] for c in manager.mock_calls]
        self.assertEqual(names, ["inv.reserve", "gw.price", "gw.charge"])

    def test_spec_rejects_unknown(self):
        with self.assertRaises(AttributeError):
            self.inventory.restock("A", 1)

    @patch("__main__.now_stamp", return_value="2024-01-01")
    def test_report_with_patched_clock(self, stamp):
        self.assertEqual(make_report(self.service, "dee"), "R-1 @ 2024-01-01")
        stamp.assert_called_once_with()

    def test_sentinel_passthrough(self):
        self.gateway.charge.return_value = sentinel.receipt
        self.assertIs(self.service.place("eve", [("A", 1)]), sentinel.receipt)

    def test_failing_assertion_message(self):
        self.service.place("fay", [("A", 1)])
        try:
            self.gateway.charge.assert_called_with("fay", 999)
        except AssertionError as e:
            print("message:", str(e).replace("\n", " | "))
        else:
            self.fail("no AssertionError")

    def test_deliberate_failure(self):
        self.service.place("gus", [("A", 3)])
        self.gateway.charge.assert_called_once_with("gus", 31)


class PatchDictTest(unittest.TestCase):
    SETTINGS = {"retries": 3}

    @patch.dict(SETTINGS, {"retries": 0})
    def test_patched(self):
        self.assertEqual(self.SETTINGS["retries"], 0)

    def test_unpatched(self):
        self.assertEqual(self.SETTINGS["retries"], 3)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(OrderServiceTest)
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(PatchDictTest))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    # Traceback frames name files and source lines that differ between runtimes.
    if line.startswith(("  File ", "    ", "Traceback")):
        continue
    if line.startswith("Ran "):
        line = line.split(" in ")[0]
    print(line.rstrip())
print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
sys.exit(0 if result.wasSuccessful() else 1)
