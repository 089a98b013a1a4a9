//! Compiles the embedded standard library at build time.
//!
//! Every module of `src/modules/lib/index.rs` is compiled here, by the interpreter's own
//! compiler (its source files are included below), into the code image `import` would make of
//! it at run time, byte for byte. The images are embedded in the binary next to the sources, so
//! importing `argparse` or `typing` loads an image instead of parsing and compiling thousands of
//! lines on every run. An image loads as any other does: verified, then sealed.
//!
//! A module is left to be compiled at import time (and listed in `NOT_PRECOMPILED`) when its
//! compilation would do something an image cannot carry: print a `SyntaxWarning`, fail, or reach
//! a part of the compiler that needs the runtime (the shims below).

// The compiler's modules are included whole: their runtime-only parts go unused here, and
// lints that spare the library's public items (`Op::BinaryOp`) see them as private.
#![allow(dead_code, clippy::enum_variant_names)]

use std::cell::Cell;
use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "src/bytecode/mod.rs"]
mod bytecode;
#[path = "src/compile/mod.rs"]
mod compile;
#[path = "src/modules/lib/index.rs"]
mod lib_index;
#[path = "src/text/surrogate.rs"]
mod surrogate;

thread_local! {
    /// What of the runtime the compilation under way asked for, if anything.
    static NEEDED_RUNTIME: Cell<Option<&'static str>> = const { Cell::new(None) };
    /// The compilation-time notes the runtime keeps (see `vm::finalize`).
    static NOTED_DEL: Cell<bool> = const { Cell::new(false) };
    static NOTED_GEN_CLEANUP: Cell<bool> = const { Cell::new(false) };
}

/// Marks the compilation under way as needing the runtime's own text tables: its image is not
/// made here.
fn needs_runtime(what: &'static str) {
    NEEDED_RUNTIME.with(|n| n.set(Some(what)));
}

/// Stand-ins for the runtime functions the compiler calls. The compiler only reaches the text
/// ones while it words a syntax error or reads a `\N{...}` escape next to a surrogate escape.
mod text {
    pub use crate::surrogate::str_literal_with_surrogates;

    pub fn is_printable(_: char) -> bool {
        super::needs_runtime("is_printable");
        true
    }
    pub fn str_repr(_: &str) -> String {
        super::needs_runtime("str_repr");
        String::new()
    }
    pub fn bytes_repr(_: &[u8]) -> String {
        super::needs_runtime("bytes_repr");
        String::new()
    }
}

mod format {
    pub fn float_repr(_: f64) -> String {
        super::needs_runtime("float_repr");
        String::new()
    }
}

mod modules {
    pub mod unicodedata {
        pub fn char_named(_: &str) -> Option<char> {
            crate::needs_runtime("char_named");
            None
        }
    }
}

mod vm {
    pub fn note_del_method() {
        crate::NOTED_DEL.with(|n| n.set(true));
    }
    pub fn note_generator_cleanup() {
        crate::NOTED_GEN_CLEANUP.with(|n| n.set(true));
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = out.join("stdlib-images");
    std::fs::create_dir_all(&dir).expect("create the image directory");
    let mut table = String::from(
        "/// Build-time code images of `lib_index::EMBEDDED`, index for index: `(image, notes)`,\n\
         /// or `None` for a module compiled at import time.\n\
         pub static IMAGES: &[Option<(&[u8], u8)>] = &[\n",
    );
    let mut skipped = String::from(
        "/// The embedded modules without a build-time image, and why.\n\
         pub static NOT_PRECOMPILED: &[(&str, &str)] = &[\n",
    );
    for (name, source) in lib_index::EMBEDDED {
        match image_of(name, source) {
            Ok((bytes, notes)) => {
                let path = dir.join(format!("{name}.img"));
                write_if_changed(&path, &bytes);
                let _ = writeln!(
                    table,
                    "    Some((include_bytes!({:?}), {notes})),",
                    path.display()
                );
            }
            Err(why) => {
                table.push_str("    None,\n");
                let _ = writeln!(skipped, "    ({name:?}, {why:?}),");
            }
        }
    }
    table.push_str("];\n\n");
    skipped.push_str("];\n");
    table.push_str(&skipped);
    write_if_changed(&out.join("stdlib_images.rs"), table.as_bytes());
}

/// The image of one module and its notes (bit 0: defines `__del__`; bit 1: a generator with
/// cleanup code), or why it has none.
fn image_of(name: &str, source: &str) -> Result<(Vec<u8>, u8), String> {
    NEEDED_RUNTIME.with(|n| n.set(None));
    NOTED_DEL.with(|n| n.set(false));
    NOTED_GEN_CLEANUP.with(|n| n.set(false));
    let filename = lib_index::filename(name);
    let (result, warnings) = compile::compile_collecting(source, &filename, compile::Mode::Exec);
    if let Some(what) = NEEDED_RUNTIME.with(Cell::get) {
        return Err(format!("compiling it needs the runtime's {what}"));
    }
    if !warnings.is_empty() {
        return Err(format!("it has SyntaxWarnings: {}", warnings.concat()));
    }
    let bytes = result.map_err(|e| format!("line {}: {}", e.line, e.msg))?;
    // What loading verifies, and what the first run of each code proves, is checked now.
    let n = bytecode::image::code_count(&bytes).map_err(|e| e.to_string())?;
    for i in 0..n {
        bytecode::image::CodeRecord::parse(&bytes, i)
            .and_then(|r| r.prove(&bytes, i).map(|_| ()))
            .map_err(|e| format!("its image does not verify: {e}"))?;
    }
    let mut notes = 0;
    if NOTED_DEL.with(Cell::get) {
        notes |= 1;
    }
    if NOTED_GEN_CLEANUP.with(Cell::get) {
        notes |= 2;
    }
    Ok((bytes, notes))
}

/// Writes `bytes` unless the file already holds them, so an unchanged image keeps its mtime.
fn write_if_changed(path: &std::path::Path, bytes: &[u8]) {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return;
    }
    std::fs::write(path, bytes).expect("write a build-time image");
}
