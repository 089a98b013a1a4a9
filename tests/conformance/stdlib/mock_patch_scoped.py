# unittest.mock patchers on modules, builtins and classes: each patch holds for its scope
# and the original is back afterwards.
import json
import os
import unittest
from unittest import mock


class Clock:
    def now(self):
        return "real time"


def report():
    return f"{os.getcwd()} at {Clock().now()} -> {json.dumps({'ok': True})}"


with mock.patch("os.getcwd", return_value="/srv/app"):
    with mock.patch.object(Clock, "now", return_value="noon"):
        print(report())
print(os.getcwd() != "/srv/app", Clock().now())

patcher = mock.patch("json.dumps", side_effect=lambda obj: "<json>")
fake = patcher.start()
print(report().split(" -> ")[1], fake.call_count)
patcher.stop()
print(json.dumps([1, 2]))


@mock.patch("os.path.exists", return_value=True)
@mock.patch("builtins.open", new_callable=mock.mock_open, read_data="line1\nline2\n")
def load(mopen, mexists):
    assert os.path.exists("/no/such/config")
    with open("/no/such/config") as fh:
        return fh.read().splitlines(), mopen.call_args


print(load())
print(os.path.exists("/no/such/config"))

with mock.patch.multiple(Clock, now=mock.DEFAULT, tz=mock.DEFAULT, create=True) as ms:
    ms["now"].return_value = "midnight"
    print(Clock().now(), isinstance(Clock.tz, mock.MagicMock))
print(hasattr(Clock, "tz"), Clock().now())


class ReportTest(unittest.TestCase):
    @mock.patch.object(Clock, "now", return_value="test time")
    def test_report(self, now):
        self.assertIn("test time", report())
        now.assert_called_once_with()

    def test_unpatched(self):
        self.assertIn("real time", report())


suite = unittest.defaultTestLoader.loadTestsFromTestCase(ReportTest)
result = unittest.TextTestRunner(stream=open(os.devnull, "w")).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
