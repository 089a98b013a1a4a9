# doctest: a DocTestRunner over several items (passing, failing, empty) and its summarize()
# report, quiet and verbose.
import doctest


E = doctest.Example
tests = {
    "good": [E("1 + 1\n", "2\n"), E("[x * 2 for x in range(3)]\n", "[0, 2, 4]\n")],
    "bad": [E("2 * 3\n", "7\n"), E("'ok'\n", "'ok'\n"), E("len('abc')\n", "3\n")],
    "worse": [E("print('a')\n", "b\n")],
    "nothing": [],
}
runner = doctest.DocTestRunner(verbose=False)
for name, examples in tests.items():
    test = doctest.DocTest(examples, {}, name, "examples.txt", 0, None)
    print(name, runner.run(test, out=lambda s: None))
print("-- quiet")
print(runner.summarize())
print("-- verbose")
print(runner.summarize(verbose=True))
print(runner.failures, runner.tries)

clean = doctest.DocTestRunner(verbose=False)
clean.run(doctest.DocTest(tests["good"], {}, "good", "examples.txt", 0, None))
print("-- clean quiet")
print(clean.summarize())
print("-- clean verbose")
print(clean.summarize(True))
empty = doctest.DocTestRunner()
print("-- empty")
print(empty.summarize(verbose=True))
