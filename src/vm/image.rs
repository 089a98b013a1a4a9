//! Where a module's code image lives at run time.
//!
//! Normally in a sealed memfd mapping (`pyseal_sandbox::SealedImage`): no write can change it.
//! Where memfd sealing is unavailable, a read-only anonymous mapping; only `--no-seal` runs (or
//! a kernel that refuses both) use an immutable heap buffer. The VM reads all three the same way
//! and never writes to any of them: inline caches, counters and refcounts live in the code
//! object's side table and handle, never here.

use pyseal_sandbox::{SealMechanism, SealedImage};

pub enum Image {
    Sealed(SealedImage),
    Heap(Box<[u8]>),
}

impl Image {
    /// Seals `bytes` as the image of module `name`: a sealed memfd, else a read-only anonymous
    /// mapping, else (the kernel refused both, e.g. out of mappings) a heap buffer.
    pub fn seal(name: &str, bytes: Vec<u8>) -> Image {
        match SealedImage::seal(name, &bytes)
            .or_else(|_| SealedImage::seal_with(name, &bytes, SealMechanism::ReadOnlyAnon))
        {
            Ok(img) => Image::Sealed(img),
            Err(_) => Image::heap(bytes),
        }
    }

    /// An unsealed image (`pyseal run --no-seal`, the baseline for measuring sealing).
    pub fn heap(bytes: Vec<u8>) -> Image {
        Image::Heap(bytes.into_boxed_slice())
    }

    #[inline(always)]
    pub fn bytes(&self) -> &[u8] {
        match self {
            Image::Sealed(s) => s.as_bytes(),
            Image::Heap(b) => b,
        }
    }

    /// The sealed mapping, if this image has one (kernel tests inspect it).
    pub fn sealed(&self) -> Option<&SealedImage> {
        match self {
            Image::Sealed(s) => Some(s),
            Image::Heap(_) => None,
        }
    }

    /// How this image is protected, for `pyseal doctor` and tests.
    pub fn mechanism(&self) -> &'static str {
        match self {
            Image::Sealed(s) => match s.mechanism() {
                SealMechanism::Memfd => "memfd",
                SealMechanism::ReadOnlyAnon => "read-only mapping",
            },
            Image::Heap(_) => "heap",
        }
    }
}
