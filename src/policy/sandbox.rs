//! The `[sandbox]` section of a policy: what an untrusted run may touch and how much it may use.
//! Pure data; applying it (Landlock, rlimits, timers) is `pyseal-sandbox`'s job.

use std::path::{Path, PathBuf};

/// The placeholder for the directory of the script being run, usable at the start of a path.
pub const SCRIPT_DIR: &str = "{script_dir}";

/// Filesystem, network and resource rules for untrusted runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxConfig {
    /// May the script open network connections?
    pub network: bool,
    /// Paths the script may read (Landlock read-only); may start with `{script_dir}`.
    pub read: Vec<String>,
    /// Paths the script may write; may start with `{script_dir}`.
    pub write: Vec<String>,
    pub limits: Limits,
}

/// Resource limits. Every value is a positive integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock time before the supervisor kills the run (exit status 124).
    pub wall_seconds: u64,
    /// CPU time (RLIMIT_CPU).
    pub cpu_seconds: u64,
    /// Address space (RLIMIT_AS) and the interpreter's allocation accounting.
    pub memory_mb: u64,
    /// Total bytes the script may write to stdout and stderr, in KiB.
    pub output_kb: u64,
    /// Maximum Python call depth (`RecursionError` beyond it).
    pub recursion: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            wall_seconds: 10,
            cpu_seconds: 10,
            memory_mb: 256,
            output_kb: 1024,
            recursion: 1000,
        }
    }
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            network: false,
            read: vec![SCRIPT_DIR.to_string()],
            write: Vec::new(),
            limits: Limits::default(),
        }
    }
}

impl SandboxConfig {
    /// The read paths with `{script_dir}` replaced.
    pub fn read_paths(&self, script_dir: &Path) -> Vec<PathBuf> {
        self.read.iter().map(|p| expand(p, script_dir)).collect()
    }

    /// The write paths with `{script_dir}` replaced.
    pub fn write_paths(&self, script_dir: &Path) -> Vec<PathBuf> {
        self.write.iter().map(|p| expand(p, script_dir)).collect()
    }
}

fn expand(path: &str, script_dir: &Path) -> PathBuf {
    match path.strip_prefix(SCRIPT_DIR) {
        Some(rest) => script_dir.join(rest.trim_start_matches('/')),
        None => PathBuf::from(path),
    }
}

/// Checks a sandbox path: absolute, or `{script_dir}` optionally followed by `/more`; no other
/// placeholder. Returns the reason when it is not valid.
pub(crate) fn check_path(path: &str) -> Result<(), String> {
    let rest = match path.strip_prefix(SCRIPT_DIR) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        Some(_) => {
            return Err(format!(
                "'{SCRIPT_DIR}' must be followed by '/' in '{path}'"
            ));
        }
        None if path.starts_with('/') => path,
        None if path.starts_with('{') => {
            return Err(format!(
                "unknown placeholder in '{path}' (only '{SCRIPT_DIR}' is known)"
            ));
        }
        None => {
            return Err(format!(
                "path '{path}' must be absolute or start with '{SCRIPT_DIR}'"
            ));
        }
    };
    if rest.contains('{') || rest.contains('}') {
        return Err(format!(
            "unknown placeholder in '{path}' (only '{SCRIPT_DIR}' is known, at the start)"
        ));
    }
    Ok(())
}
