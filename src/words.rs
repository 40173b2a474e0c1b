//! Normalized word keys to small integers, looked up once per token.
//!
//! Both later stages ask one question of every token: is its key a word I
//! know? The gazetteer wants the word's id (to feed its automaton), the rule
//! engine the word sets holding it. With a general-purpose hash map that
//! question hashed the key again for each stage and was a fifth of all
//! extraction time. Here the tokenizer hashes each key once, while the key is
//! still in cache ([`key_hash`]), and each stage probes its own [`WordTable`]
//! with that hash: an open-addressing table whose slots hold the hash, so a
//! miss (most tokens, for the rule engine) rarely touches the key bytes.

/// The hash of a normalized key, as stored in each token.
pub(crate) fn key_hash(key: &[u8]) -> u32 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    let n = rest.len();
    // The last 1 to 7 bytes, read as in wyhash: two overlapping 4-byte reads,
    // or the first, middle and last byte; with the length hashed first, no
    // two keys read the same.
    let tail = if n >= 4 {
        u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]])) << 32
            | u64::from(u32::from_le_bytes([
                rest[n - 4],
                rest[n - 3],
                rest[n - 2],
                rest[n - 1],
            ]))
    } else if n > 0 {
        u64::from(rest[0]) << 16 | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1])
    } else {
        0
    };
    if n > 0 {
        h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
    }
    // The high half of the last product mixes every input bit.
    (h >> 32) as u32
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    hash: u32,
    /// The value; `EMPTY` for a free slot.
    value: u32,
}

const EMPTY: u32 = u32::MAX;

/// A fixed map from keys to `u32` values, probed with [`key_hash`].
///
/// Slots are eight bytes (hash and value), and a filter of one bit per hash
/// value modulo its size answers most misses from the first level of cache:
/// the gazetteer's words fill a table far larger than that, and a probe that
/// misses the cache costs more than everything else done for the token.
#[derive(Clone, Debug)]
pub(crate) struct WordTable {
    slots: Box<[Slot]>,
    /// For each slot, its key as a range of `keys`.
    key_ranges: Box<[(u32, u32)]>,
    keys: String,
    filter: Box<[u64]>,
    len: usize,
}

impl WordTable {
    /// A table holding each `(key, value)`; for a repeated key the first
    /// value stays. Values must be below `u32::MAX`.
    pub(crate) fn new<'k>(entries: impl ExactSizeIterator<Item = (&'k str, u32)>) -> WordTable {
        // Under three quarters full, so probes stay short.
        let capacity = (entries.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let filter_bits = (entries.len() * 8).next_power_of_two().clamp(64, 1 << 18);
        let mut table = WordTable {
            slots: vec![
                Slot {
                    hash: 0,
                    value: EMPTY
                };
                capacity
            ]
            .into_boxed_slice(),
            key_ranges: vec![(0, 0); capacity].into_boxed_slice(),
            keys: String::new(),
            filter: vec![0; filter_bits / 64].into_boxed_slice(),
            len: 0,
        };
        for (key, value) in entries {
            debug_assert!(value != EMPTY);
            let hash = key_hash(key.as_bytes());
            let mask = table.slots.len() - 1;
            let mut i = hash as usize & mask;
            loop {
                let slot = table.slots[i];
                if slot.value == EMPTY {
                    let start = table.keys.len() as u32;
                    table.keys.push_str(key);
                    table.slots[i] = Slot { hash, value };
                    table.key_ranges[i] = (start, table.keys.len() as u32);
                    let bit = table.filter_bit(hash);
                    table.filter[bit / 64] |= 1 << (bit % 64);
                    table.len += 1;
                    break;
                }
                if slot.hash == hash && table.key(i) == key {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        table
    }

    fn key(&self, slot: usize) -> &str {
        let (start, end) = self.key_ranges[slot];
        &self.keys[start as usize..end as usize]
    }

    /// The filter bit of a hash: its high bits, as the slot index uses the low.
    #[inline]
    fn filter_bit(&self, hash: u32) -> usize {
        (hash.rotate_left(16) as usize) & (self.filter.len() * 64 - 1)
    }

    /// The value of `key`, whose [`key_hash`] is `hash`.
    #[inline]
    pub(crate) fn get(&self, key: &str, hash: u32) -> Option<u32> {
        let bit = self.filter_bit(hash);
        if self.filter[bit / 64] >> (bit % 64) & 1 == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.value == EMPTY {
                return None;
            }
            if slot.hash == hash && self.key(i) == key {
                return Some(slot.value);
            }
            i = (i + 1) & mask;
        }
    }

    /// The number of keys.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let table = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.as_str(), i as u32)));
        assert_eq!(table.len(), 5000);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w, key_hash(w.as_bytes())), Some(i as u32), "{w}");
        }
        for miss in ["", "w", "w5000", "x1", "w1 ", "a much longer key than any other"] {
            assert_eq!(table.get(miss, key_hash(miss.as_bytes())), None, "{miss:?}");
        }
    }

    #[test]
    fn first_value_of_a_repeated_key_stays() {
        let table = WordTable::new([("iran", 1), ("iran", 2), ("", 3)].into_iter());
        assert_eq!(table.len(), 2);
        assert_eq!(table.get("iran", key_hash(b"iran")), Some(1));
        assert_eq!(table.get("", key_hash(b"")), Some(3));
    }

    #[test]
    fn hash_depends_on_every_byte_and_the_length() {
        let base = key_hash(b"united nations");
        assert_ne!(base, key_hash(b"united nationz"));
        assert_ne!(base, key_hash(b"unitedxnations"));
        assert_ne!(key_hash(b"a"), key_hash(b"a\0"));
    }
}
