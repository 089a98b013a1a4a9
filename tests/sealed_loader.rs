//! The loader seals every image before its first instruction runs: the main script, each
//! imported module, and code made at run time (`exec`, `eval`, `compile`, `code.replace`).
//!
//! The programs look at `/proc/self/maps` from inside `pyseal run`: each image must be a
//! shared read-only `memfd:pyseal-code:<module>` mapping, and a module's own mapping must be
//! there when its first statement runs.

use std::path::{Path, PathBuf};
use std::process::Command;

const PYSEAL: &str = env!("CARGO_BIN_EXE_pyseal");

/// A fresh directory for one test's scripts.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sealed_loader-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs `pyseal run [extra] main.py` in `dir`; returns stdout, panicking on failure.
fn pyseal_run(dir: &Path, extra: &[&str]) -> String {
    let out = Command::new(PYSEAL)
        .arg("run")
        .args(extra)
        .arg("main.py")
        .current_dir(dir)
        .output()
        .expect("spawn pyseal");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "pyseal failed: {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        out.status
    );
    stdout
}

/// Python that returns the maps lines of code image `name`.
const IMAGES: &str = r#"
def images(name):
    tag = "memfd:pyseal-code:" + name
    return [l for l in open("/proc/self/maps").read().splitlines() if l.endswith(tag) or (tag + " ") in l]
"#;

const HELPER: &str = r#"
first = [l for l in open("/proc/self/maps").read().splitlines() if "memfd:pyseal-code:helper" in l]
def double(x):
    return 2 * x
"#;

const MAIN: &str = r#"
first = [l for l in open("/proc/self/maps").read().splitlines() if "memfd:pyseal-code:__main__" in l]
import helper
assert helper.double(21) == 42
ns = {}
exec("def made():\n    return 'exec'", ns)
made = ns["made"]
lam = eval("lambda: 'eval'", {})
compiled = compile("x = 1", "<compiled>", "exec")
def original():
    return 'replace'
renamed = original.__code__.replace(co_name="renamed")
assert made() == "exec" and lam() == "eval"
for what, lines in [
    ("__main__ first", first),
    ("helper first", helper.first),
    ("__main__", images("__main__")),
    ("helper", images("helper")),
    ("exec", images("<string>")),
    ("compile", images("<compiled>")),
    ("replace", images("original:replace")),
]:
    print(what, len(lines), sorted(set(l.split()[1] for l in lines)))
"#;

fn write_program(dir: &Path) {
    std::fs::write(dir.join("helper.py"), HELPER).expect("write helper.py");
    std::fs::write(dir.join("main.py"), format!("{IMAGES}{MAIN}")).expect("write main.py");
}

#[test]
fn every_image_is_a_sealed_memfd_before_it_runs() {
    let dir = scratch("sealed");
    write_program(&dir);
    let out = pyseal_run(&dir, &[]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "__main__ first 1 ['r--s']",
            "helper first 1 ['r--s']",
            "__main__ 1 ['r--s']",
            "helper 1 ['r--s']",
            // exec and eval each made one image that is still alive (made, lam).
            "exec 2 ['r--s']",
            "compile 1 ['r--s']",
            "replace 1 ['r--s']",
        ],
        "{out}"
    );
}

#[test]
fn no_seal_runs_keep_images_on_the_heap() {
    let dir = scratch("no-seal");
    write_program(&dir);
    let out = pyseal_run(&dir, &["--no-seal"]);
    for line in out.lines() {
        assert!(
            line.contains(" 0 []"),
            "a sealed image under --no-seal: {out}"
        );
    }
}

#[test]
fn dropped_images_are_unmapped() {
    let dir = scratch("dropped");
    let src = r#"
for i in range(200):
    exec("y = %d" % i, {})
n = len([l for l in open("/proc/self/maps").read().splitlines() if "memfd:pyseal-code:<string>" in l])
print(n)
"#;
    std::fs::write(dir.join("main.py"), src).expect("write main.py");
    let out = pyseal_run(&dir, &[]);
    let alive: usize = out.trim().parse().expect("a count");
    assert!(
        alive <= 1,
        "exec images leak mappings: {alive} still mapped"
    );
}
