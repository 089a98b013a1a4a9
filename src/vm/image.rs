//! Where a module's code image lives at run time.
//!
//! Normally in a sealed memfd mapping (`pyseal_sandbox::SealedImage`): no write can change it.
//! Where sealing is unavailable, an immutable heap buffer. The VM reads both the same way and
//! never writes to either.

use pyseal_sandbox::{SealMechanism, SealedImage};

pub enum Image {
    Sealed(SealedImage),
    Heap(Box<[u8]>),
}

impl Image {
    /// Seals `bytes` for module `name`, falling back to a heap buffer if the kernel refuses.
    pub fn seal(name: &str, bytes: Vec<u8>) -> Image {
        match SealedImage::seal(name, &bytes) {
            Ok(img) => Image::Sealed(img),
            Err(_) => Image::Heap(bytes.into_boxed_slice()),
        }
    }

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
