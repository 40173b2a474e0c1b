//! A fast hasher for the crate's internal tables.
//!
//! Gazetteer keys and rule words are short strings from our own data and
//! from the text being read; the tables are built once and looked up once
//! per token. SipHash's resistance to hash flooding buys nothing there and
//! cost a fifth of the relation stage and a tenth of building the default
//! extractor, so these tables use FxHash, as rustc does.

/// FxHash (rustc's hasher).
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 =
                (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
