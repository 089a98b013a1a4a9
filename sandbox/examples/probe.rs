//! Prints what this kernel offers, one line per mechanism (what `pyseal doctor` shows).

fn main() {
    print!("{}", pyseal_sandbox::probe());
}
