//! What sealing one code image costs: `cargo run --release -p pyseal-sandbox --example
//! seal_cost [BYTES] [COUNT]` seals COUNT images of BYTES bytes each (memfd, then the
//! read-only fallback, then a plain heap copy for reference), reading each image's first byte
//! as the VM would, and prints the mean time per image including unmapping.

use std::hint::black_box;
use std::time::Instant;

use pyseal_sandbox::{SealMechanism, SealedImage};

fn main() {
    let mut args = std::env::args().skip(1);
    let bytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(132);
    let count: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let image: Vec<u8> = (0..bytes).map(|i| i as u8).collect();

    for mechanism in [SealMechanism::Memfd, SealMechanism::ReadOnlyAnon] {
        let start = Instant::now();
        for _ in 0..count {
            let sealed = SealedImage::seal_with("cost", &image, mechanism).expect("seal");
            black_box(sealed.as_bytes()[0]);
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / f64::from(count);
        println!("{bytes} bytes, {mechanism}: {per:.2} us per image");
    }
    let start = Instant::now();
    for _ in 0..count {
        let heap = black_box(image.clone()).into_boxed_slice();
        black_box(heap[0]);
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / f64::from(count);
    println!("{bytes} bytes, heap copy: {per:.2} us per image");
}
