//! Native standard-library modules. Each registers itself in `sys.modules` at start-up and
//! is frozen before user code runs.

pub mod binary;
pub mod bisect;
pub mod collections_native;
pub mod csv;
pub mod deque;
mod digests;
pub mod functools;
pub mod gc;
pub mod heapq;
pub mod itertools;
pub mod itertools_iters;
pub mod json;
pub mod math;
pub mod memory_io;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod slotted;
pub mod sys;
pub mod thread;
pub mod time;
pub mod unicodedata;
#[rustfmt::skip]
pub(crate) mod unicodedata_names;
#[rustfmt::skip]
pub(crate) mod unicodedata_tables;
pub mod weakref;
pub mod zlib;

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

/// Creates every native module and registers it in `sys.modules`.
pub fn install(vm: &mut Vm) {
    sys::install(vm);
    let b = Value::Module(vm.builtins_module.clone());
    let k = vm.intern_static("builtins");
    vm.modules.set_str_raw(k, b);
}

/// Makes a native module from a function table, registered under `name`.
pub fn native_module(vm: &mut Vm, name: &str, funcs: &[(&'static str, NativeFn)]) -> Rc<Module> {
    let m = vm.new_module(name);
    for (fname, f) in funcs {
        let v = vm.builtin_fn(fname, *f);
        let k = vm.intern(fname);
        m.dict.set_str_raw(k, v);
    }
    let k = vm.intern(name);
    vm.modules.set_str_raw(k, Value::Module(m.clone()));
    m
}

/// A class whose methods are native: `slots` for its instances' state, `methods` (each a
/// plain built-in method owned by the class) and `extra` entries in its namespace. Its
/// `__module__` is `module` and messages name it `module.name`, as CPython's types are.
pub fn native_class(
    vm: &mut Vm,
    name: &'static str,
    module: &str,
    slots: &[&str],
    methods: &[(&'static str, NativeFn)],
    extra: Vec<(&str, Value)>,
) -> PyResult<Rc<Class>> {
    let ns = Rc::new(DictObj::new());
    let slots = Value::tuple(slots.iter().map(|s| Value::str(s)).collect());
    let mut entries = vec![
        ("__slots__", slots),
        ("__qualname__", Value::str(name)),
        ("__module__", Value::str(module)),
        ("__tp_name__", Value::string(format!("{module}.{name}"))),
    ];
    entries.extend(extra);
    for &(method, func) in methods {
        let f = Value::Builtin(Rc::new(Builtin {
            name: method,
            func,
            receiver: Value::Undef,
            owner: Some(name),
        }));
        entries.push((method, f));
    }
    for (k, v) in entries {
        let k = vm.intern(k);
        ns.set_str_raw(k, v);
    }
    vm.new_class(name, vec![], &ns, None)
}

/// Whether an embedded module is a package in CPython (so a missing submodule is just
/// "No module named ...", not "... is not a package").
pub fn embedded_is_package(name: &str) -> bool {
    matches!(
        name,
        "collections"
            | "json"
            | "re"
            | "concurrent"
            | "concurrent.futures"
            | "html"
            | "urllib"
            | "logging"
            | "xml"
            | "xml.etree"
    )
}

/// Standard-library modules written in Python and embedded in the binary. They are found
/// before `sys.path`, as CPython's frozen modules are, and load into sealed images like any
/// other module.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("lib/functools.py"),
        "json" => include_str!("lib/json.py"),
        "json.decoder" => include_str!("lib/json_decoder.py"),
        "json.encoder" => include_str!("lib/json_encoder.py"),
        "warnings" => include_str!("lib/warnings.py"),
        "itertools" => include_str!("lib/itertools.py"),
        "operator" => include_str!("lib/operator.py"),
        "collections" => include_str!("lib/collections.py"),
        "collections.abc" => include_str!("lib/collections_abc.py"),
        "_collections_user" => include_str!("lib/_collections_user.py"),
        "keyword" => include_str!("lib/keyword.py"),
        "ast" => include_str!("lib/ast.py"),
        "ipaddress" => include_str!("lib/ipaddress.py"),
        "doctest" => include_str!("lib/doctest.py"),
        "heapq" => include_str!("lib/heapq.py"),
        "bisect" => include_str!("lib/bisect.py"),
        "copy" => include_str!("lib/copy.py"),
        "string" => include_str!("lib/string.py"),
        "dataclasses" => include_str!("lib/dataclasses.py"),
        "enum" => include_str!("lib/enum.py"),
        "abc" => include_str!("lib/abc.py"),
        "contextlib" => include_str!("lib/contextlib.py"),
        "typing" => include_str!("lib/typing.py"),
        "io" => include_str!("lib/io.py"),
        "types" => include_str!("lib/types.py"),
        "textwrap" => include_str!("lib/textwrap.py"),
        "fileinput" => include_str!("lib/fileinput.py"),
        "pprint" => include_str!("lib/pprint.py"),
        "fractions" => include_str!("lib/fractions.py"),
        "statistics" => include_str!("lib/statistics.py"),
        "datetime" => include_str!("lib/datetime.py"),
        "random" => include_str!("lib/random.py"),
        "os" => include_str!("lib/os.py"),
        "posixpath" => include_str!("lib/posixpath.py"),
        "_structseq" => include_str!("lib/_structseq.py"),
        "time" => include_str!("lib/time.py"),
        "re" => include_str!("lib/re.py"),
        "csv" => include_str!("lib/csv.py"),
        "calendar" => include_str!("lib/calendar.py"),
        "traceback" => include_str!("lib/traceback.py"),
        "logging" => include_str!("lib/logging.py"),
        "difflib" => include_str!("lib/difflib.py"),
        "unittest" => include_str!("lib/unittest.py"),
        "numbers" => include_str!("lib/numbers.py"),
        "gc" => include_str!("lib/gc.py"),
        "atexit" => include_str!("lib/atexit.py"),
        "decimal" => include_str!("lib/decimal.py"),
        "fnmatch" => include_str!("lib/fnmatch.py"),
        "glob" => include_str!("lib/glob.py"),
        "tempfile" => include_str!("lib/tempfile.py"),
        "shutil" => include_str!("lib/shutil.py"),
        "pathlib" => include_str!("lib/pathlib.py"),
        "hashlib" => include_str!("lib/hashlib.py"),
        "base64" => include_str!("lib/base64.py"),
        "binascii" => include_str!("lib/binascii.py"),
        "struct" => include_str!("lib/struct.py"),
        "uuid" => include_str!("lib/uuid.py"),
        "argparse" => include_str!("lib/argparse.py"),
        "_typeforms" => include_str!("lib/_typeforms.py"),
        "__future__" => include_str!("lib/__future__.py"),
        "_asynctools" => include_str!("lib/_asynctools.py"),
        "asyncio" => include_str!("lib/asyncio.py"),
        "inspect" => include_str!("lib/inspect.py"),
        "threading" => include_str!("lib/threading.py"),
        "queue" => include_str!("lib/queue.py"),
        "concurrent" => "",
        "errno" => include_str!("lib/errno.py"),
        "stat" => include_str!("lib/stat.py"),
        "secrets" => include_str!("lib/secrets.py"),
        "hmac" => include_str!("lib/hmac.py"),
        "colorsys" => include_str!("lib/colorsys.py"),
        "graphlib" => include_str!("lib/graphlib.py"),
        "html" => include_str!("lib/html.py"),
        "html.entities" => include_str!("lib/html_entities.py"),
        "html.parser" => include_str!("lib/html_parser.py"),
        "urllib" => "",
        "shlex" => include_str!("lib/shlex.py"),
        "cmath" => include_str!("lib/cmath.py"),
        "reprlib" => include_str!("lib/reprlib.py"),
        "linecache" => include_str!("lib/linecache.py"),
        "getopt" => include_str!("lib/getopt.py"),
        "contextvars" => include_str!("lib/contextvars.py"),
        "copyreg" => include_str!("lib/copyreg.py"),
        "codecs" => include_str!("lib/codecs.py"),
        "configparser" => include_str!("lib/configparser.py"),
        "tomllib" => include_str!("lib/tomllib.py"),
        "platform" => include_str!("lib/platform.py"),
        "getpass" => include_str!("lib/getpass.py"),
        "locale" => include_str!("lib/locale.py"),
        "weakref" => include_str!("lib/weakref.py"),
        "timeit" => include_str!("lib/timeit.py"),
        "zoneinfo" => include_str!("lib/zoneinfo.py"),
        "array" => include_str!("lib/array.py"),
        "logging.handlers" => include_str!("lib/logging_handlers.py"),
        "logging.config" => include_str!("lib/logging_config.py"),
        "xml" => "",
        "xml.etree" => "",
        "xml.etree.ElementTree" => include_str!("lib/xml_etree_ElementTree.py"),
        "_codecs" => include_str!("lib/_codecs.py"),
        "pickle" => include_str!("lib/pickle.py"),
        "urllib.parse" => include_str!("lib/urllib_parse.py"),
        "concurrent.futures" => include_str!("lib/concurrent_futures.py"),
        "zlib" => zlib::PY_SOURCE,
        "gzip" => include_str!("lib/gzip.py"),
        "zipfile" => include_str!("lib/zipfile.py"),
        _ => return None,
    })
}

/// Native modules that load on first import rather than at start-up.
pub fn load_native(vm: &mut Vm, name: &str) -> Option<Rc<Module>> {
    match name {
        "math" => Some(math::create(vm)),
        "_random" => Some(random::create(vm)),
        "_os" => Some(os::create(vm)),
        "_time" => Some(time::create(vm)),
        "_re" => Some(re::create(vm)),
        "_gc" => Some(gc::create(vm)),
        "_json" => Some(json::create(vm)),
        "_heapq" => Some(heapq::create(vm)),
        "_bisect" => Some(bisect::create(vm)),
        "_csvcore" => Some(csv::create(vm)),
        "_operator" => operator::create(vm).ok(),
        "_deque" => deque::create(vm).ok(),
        "_memoryio" => memory_io::create(vm).ok(),
        "_collections" => Some(collections_native::create(vm)),
        "_functools" => functools::create(vm).ok(),
        "_itertools" => itertools::create(vm).ok(),
        "_binary" => Some(binary::create(vm)),
        "_slotted" => Some(slotted::create(vm)),
        "_weakref" => Some(weakref::create(vm)),
        "_zlib" => Some(zlib::create(vm)),
        "_fibers" => Some(thread::create(vm)),
        "unicodedata" => Some(unicodedata::create(vm)),
        "_io" => {
            // The exception the file objects raise, for io.UnsupportedOperation.
            let m = native_module(vm, "_io", &[]);
            let class = Value::Class(vm.types.unsupported_operation.clone());
            let k = vm.intern("UnsupportedOperation");
            m.dict.set_str_raw(k, class);
            Some(m)
        }
        _ => None,
    }
}
