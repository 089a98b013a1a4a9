//! Code objects: `fn.__code__`'s `co_*` attributes read as CPython 3.11's do (the expected
//! values below are what python3.11 prints for the same program), and `replace()` makes a new
//! sealed image.

use pyseal::objects::Value;
use pyseal::runtime::run_source_for_test;
use pyseal::vm::Vm;

const PRELUDE: &str = "\
def outer(a, /, b, *args, c, d=1, **kw):
    x = a
    def inner(y):
        return x + y + len(kw)
    return inner
co = outer.__code__
ico = outer(1, 2, c=3).__code__
";

/// Runs `src` after the prelude; it must finish without an exception.
fn ok(src: &str) {
    let mut vm = Vm::new();
    if let Err(e) = run_source_for_test(&mut vm, &format!("{PRELUDE}{src}")) {
        let tb = vm.format_traceback(&e);
        panic!("{src}\nraised {}", tb.lines().last().unwrap_or_default());
    }
}

/// Runs `src` after the prelude; it must raise, with `want` as the traceback's last line.
fn fails(src: &str, want: &str) {
    let mut vm = Vm::new();
    match run_source_for_test(&mut vm, &format!("{PRELUDE}{src}")) {
        Ok(_) => panic!("{src}\ndid not raise {want}"),
        Err(e) => {
            let tb = vm.format_traceback(&e);
            assert_eq!(tb.lines().last().unwrap_or_default(), want, "{src}");
        }
    }
}

#[test]
fn names_are_str() {
    ok("assert (co.co_name, co.co_qualname) == ('outer', 'outer')");
    ok("assert (ico.co_name, ico.co_qualname) == ('inner', 'outer.<locals>.inner')");
    ok("assert type(co.co_filename) is str and co.co_filename == '<test>'");
}

#[test]
fn counts_are_ints() {
    ok("assert (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount) == (2, 1, 2)");
    ok("assert co.co_nlocals == 7 and ico.co_nlocals == 1 and ico.co_argcount == 1");
    ok("assert (co.co_firstlineno, ico.co_firstlineno) == (1, 3)");
    ok(
        "assert all(type(getattr(co, n)) is int for n in ['co_argcount', 'co_posonlyargcount', \
        'co_kwonlyargcount', 'co_nlocals', 'co_firstlineno', 'co_flags', 'co_stacksize'])",
    );
}

#[test]
fn variable_names_are_tuples_of_str() {
    ok("assert co.co_varnames == ('a', 'b', 'c', 'd', 'args', 'kw', 'inner')");
    ok("assert co.co_cellvars == ('kw', 'x') and co.co_freevars == ()");
    ok("assert ico.co_varnames == ('y',) and ico.co_freevars == ('kw', 'x')");
    ok("assert ico.co_cellvars == () and ico.co_names == ('len',)");
    ok(
        "assert all(type(t) is tuple and all(type(s) is str for s in t) for t in \
        [co.co_varnames, co.co_cellvars, ico.co_freevars, ico.co_names])",
    );
}

#[test]
fn flags_are_cpython_values() {
    // OPTIMIZED|NEWLOCALS|VARARGS|VARKEYWORDS, and NESTED for inner; no internal bits.
    ok("assert co.co_flags == 15 and ico.co_flags == 19");
}

#[test]
fn consts_hold_nested_code() {
    ok("assert type(co.co_consts) is tuple and ico in co.co_consts");
}

#[test]
fn co_lines_yields_start_end_line_triples() {
    ok("ls = list(co.co_lines()); assert ls and all(len(t) == 3 for t in ls)");
    ok("assert all(s < e for s, e, _ in co.co_lines())");
    ok("assert max(e for _, e, _ in co.co_lines()) == len(co.co_code)");
}

#[test]
fn replace_makes_a_renamed_copy() {
    ok(
        "r = co.replace(co_name='g', co_qualname='G.g', co_firstlineno=7)\n\
        assert (r.co_name, r.co_qualname, r.co_firstlineno) == ('g', 'G.g', 7)\n\
        assert r.co_code == co.co_code and r is not co and co.co_name == 'outer'",
    );
    ok("assert co.replace().co_varnames == co.co_varnames");
    ok("assert co.replace(co_code=co.co_code).co_code == co.co_code");
}

#[test]
fn replaced_code_runs() {
    ok(
        "m = compile('y = 41 + 1', '<c>', 'exec').replace(co_name='m')\n\
        ns = {}\n\
        exec(m, ns)\n\
        assert ns['y'] == 42",
    );
}

#[test]
fn replace_refuses_what_would_change_the_sealed_code() {
    fails(
        "co.replace(co_code=b'x')",
        "ValueError: co_code cannot be replaced: code images are sealed and verified",
    );
    fails(
        "co.replace(co_consts=())",
        "ValueError: co_consts cannot be replaced: code images are sealed and verified",
    );
    fails(
        "co.replace(co_name=1)",
        "TypeError: replace() argument 'co_name' must be str, not int",
    );
    fails(
        "co.replace(bogus=1)",
        "TypeError: replace() got an unexpected keyword argument 'bogus'",
    );
}

#[test]
fn replace_seals_a_new_image() {
    let mut vm = Vm::new();
    let src = format!("{PRELUDE}r = co.replace(co_name='g')\n");
    let Value::Module(m) = run_source_for_test(&mut vm, &src).expect("runs") else {
        panic!("not a module")
    };
    let (Some(Value::Code(old)), Some(Value::Code(new))) =
        (m.dict.get_name("co"), m.dict.get_name("r"))
    else {
        panic!("co and r are code objects")
    };
    assert_eq!(new.image.mechanism(), "memfd");
    let (old_map, new_map) = (old.image.sealed().unwrap(), new.image.sealed().unwrap());
    assert_ne!(old_map.as_ptr(), new_map.as_ptr(), "a new mapping");
    assert_eq!(new.code_bytes(), old.code_bytes());
}
