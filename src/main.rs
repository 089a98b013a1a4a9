//! The `pyseal` command line.
// C's `main` comes from `pyseal_sandbox::entry_point!`, without Rust's runtime start-up.
#![no_main]

/// Small blocks (tuples, instances, frames) come from per-thread size classes rather than
/// glibc's locked arena: see `pyseal_sandbox::alloc`.
#[global_allocator]
static ALLOCATOR: pyseal_sandbox::alloc::SmallObjects = pyseal_sandbox::alloc::SmallObjects;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use pyseal::policy::{Mode, Policy};
use pyseal::runtime::{self, RunOptions, Source};

#[derive(Parser)]
#[command(
    name = "pyseal",
    version,
    about = "A Python 3 runtime in which code is read-only"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script (`-` for stdin), a command (-c) or a module (-m) as __main__.
    Run {
        /// Program passed in as a string.
        #[arg(short = 'c', value_name = "CODE", conflicts_with = "module")]
        code: Option<String>,
        /// Run a module from the current directory as a script.
        #[arg(short = 'm', value_name = "MODULE")]
        module: Option<String>,
        /// Keep code images in ordinary heap memory instead of sealed memfds (for measuring).
        #[arg(long, hide = true)]
        no_seal: bool,
        /// Policy for writes to frozen namespaces: a built-in name (default, strict, audit,
        /// untrusted) or a TOML file.
        #[arg(long, value_name = "NAME|PATH", default_value = "default")]
        policy: String,
        /// Override the policy's mode.
        #[arg(long, value_enum, value_name = "MODE")]
        mode: Option<ModeArg>,
        /// Write audit events (JSON Lines) to PATH, or to stderr with `-`.
        #[arg(long, value_name = "PATH|-")]
        audit_log: Option<String>,
        /// The script (or `-`), then its arguments.
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "SCRIPT [ARGS]"
        )]
        args: Vec<String>,
    },
    /// Report which kernel mechanism each protection layer will use.
    Doctor,
    /// Disassemble the code image compiled from a script.
    Dis { script: PathBuf },
    /// Read audit logs.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Print a table of the log's namespace writes: target, op, decision, count, first location.
    Summary { log: PathBuf },
    /// Print a policy that allows every write the log saw.
    Policy { log: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
enum ModeArg {
    Enforce,
    Audit,
    Off,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Mode {
        match m {
            ModeArg::Enforce => Mode::Enforce,
            ModeArg::Audit => Mode::Audit,
            ModeArg::Off => Mode::Off,
        }
    }
}

pyseal_sandbox::entry_point!(pyseal_main);

fn pyseal_main() -> u8 {
    // An internal error must end in one clear line and a clean exit, never a Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("pyseal: internal error{place}: {msg}");
    }));
    if let Some(opts) = plain_run() {
        return exit_code(runtime::run(opts));
    }
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Run {
            code,
            module,
            no_seal,
            policy,
            mode,
            audit_log,
            args,
        } => {
            let policy = match Policy::load(&policy) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("pyseal: {e}");
                    return 2;
                }
            };
            let policy = match mode {
                Some(m) => policy.with_mode(m.into()),
                None => policy,
            };
            let (source, rest) = match (code, module) {
                (Some(c), _) => (Source::Command(c), args),
                (None, Some(m)) => (Source::Module(m), args),
                (None, None) => {
                    let Some((first, rest)) = args.split_first() else {
                        eprintln!(
                            "pyseal: run: missing SCRIPT (or -c CODE, -m MODULE, - for stdin)"
                        );
                        return 2;
                    };
                    let src = if first == "-" {
                        Source::Stdin
                    } else {
                        Source::File(PathBuf::from(first))
                    };
                    (src, rest.to_vec())
                }
            };
            runtime::run(RunOptions {
                source,
                args: rest,
                seal: !no_seal,
                policy: Some(policy),
                audit_log,
            })
        }
        Command::Doctor => {
            print!("{}", pyseal_sandbox::probe());
            0
        }
        Command::Audit { command } => {
            let result = match command {
                AuditCommand::Summary { log } => pyseal::audit::cli_summary(&log.to_string_lossy()),
                AuditCommand::Policy { log } => pyseal::audit::cli_policy(&log.to_string_lossy()),
            };
            match result {
                Ok(text) => {
                    print!("{text}");
                    0
                }
                Err(e) => {
                    eprintln!("pyseal: {e}");
                    2
                }
            }
        }
        Command::Dis { script } => match runtime::disassemble_file(&script) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => {
                eprintln!("{e}");
                1
            }
        },
    };
    exit_code(status)
}

fn exit_code(status: i32) -> u8 {
    (status & 0xff) as u8
}

/// The two command lines nearly every run uses, `pyseal run SCRIPT [ARGS]` and
/// `pyseal run -c CODE [ARG ARGS]`, read without building the full parser (a fifth of
/// start-up); anything else, options included, goes to clap. They mean what clap makes of
/// them: after the script, or after `-c CODE` and a first argument that is not an option,
/// every word is the program's.
fn plain_run() -> Option<RunOptions> {
    let mut words = std::env::args_os().skip(1);
    if words.next()? != "run" {
        return None;
    }
    let words: Vec<String> = words.map(|w| w.into_string().ok()).collect::<Option<_>>()?;
    let (source, args) = match words.as_slice() {
        [flag, code, rest @ ..] if flag == "-c" => {
            if code.starts_with('-') || rest.first().is_some_and(|a| a.starts_with('-')) {
                return None;
            }
            (Source::Command(code.clone()), rest.to_vec())
        }
        [script, rest @ ..] if !script.starts_with('-') && !script.is_empty() => {
            (Source::File(PathBuf::from(script)), rest.to_vec())
        }
        _ => return None,
    };
    let mut opts = RunOptions::new(source);
    opts.args = args;
    Some(opts)
}
