//! The `pyseal` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Run {
            code,
            module,
            no_seal,
            args,
        } => {
            let (source, rest) = match (code, module) {
                (Some(c), _) => (Source::Command(c), args),
                (None, Some(m)) => (Source::Module(m), args),
                (None, None) => {
                    let Some((first, rest)) = args.split_first() else {
                        eprintln!(
                            "pyseal: run: missing SCRIPT (or -c CODE, -m MODULE, - for stdin)"
                        );
                        return ExitCode::from(2);
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
            })
        }
        Command::Doctor => {
            print!("{}", pyseal_sandbox::probe());
            0
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
    ExitCode::from((status & 0xff) as u8)
}
