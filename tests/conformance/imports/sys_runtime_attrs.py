# sys attributes scripts read to learn about the interpreter (values that do not depend on
# where Python is installed).
import sys

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())
print(sys.is_finalizing(), sys.gettrace(), sys.getprofile())
print(sys.getswitchinterval())
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, sys.prefix == sys.base_prefix)
print(sys.platlibdir, repr(sys.abiflags), sys.pycache_prefix, sys.api_version)
print(sys.warnoptions, type(sys.meta_path).__name__, type(sys.path_hooks).__name__,
      type(sys.path_importer_cache).__name__)
print(sys.version_info[:2] == (3, 11), sys.version_info >= (3, 8), sys.platform)
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print("TypeError", e)
