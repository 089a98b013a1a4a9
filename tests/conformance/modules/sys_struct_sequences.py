# sys struct sequences: version_info, float_info, int_info, hash_info, thread_info and flags are
# tuples with named fields and reprs like sys.version_info(major=3, ...).
import sys
print(sys.version_info, sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8), tuple(sys.version_info), len(sys.version_info))
print(sys.float_info, sys.float_info.max, sys.float_info.epsilon, sys.float_info[0])
print(sys.int_info, sys.hash_info.modulus, sys.thread_info.name, type(sys.version_info), type(sys.version_info).__name__)
print(isinstance(sys.version_info, tuple), sys.version_info == (3, 11, 7, "final", 0), hash(sys.version_info) == hash((3, 11, 7, "final", 0)))
major, minor, *_ = sys.version_info
print(major, minor, sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.version_info.__match_args__)
print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
print(sys.hash_info, sys.thread_info.lock)
print(sys.flags.debug, sys.flags.isolated, len(sys.flags), sys.float_info.dig, type(sys.float_info).n_fields)
