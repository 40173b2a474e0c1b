//! Normalized word keys to small integers, looked up once per token.
//!
//! Both later stages ask one question of every token: is its key a word I
//! know? The gazetteer wants the word's id (to walk its trie of aliases), the
//! rule engine the word classes holding it. With a general-purpose hash map
//! per stage that question hashed the key again for each stage and was a
//! fifth of all extraction time. Here an extractor's [`Lexicon`] holds every
//! word of its gazetteer and of its word classes (`classes`), and the
//! tokenizer asks once per token, while the key is still in cache
//! ([`key_hash`]), keeping only the word's id in the token. The gazetteer's
//! word ids are the lexicon's first ids, so that stage reads its ids straight
//! from the tokens; any stage reads a word's class row from an array indexed
//! by the id ([`Lexicon::in_class`]).
//!
//! The lexicon is a [`WordTable`]: open addressing, with slots that hold the
//! hash and the key's length. For keys of at most eight bytes (most words)
//! the 64-bit hash is a bijection of the key, so equal hashes and lengths mean
//! equal keys and the key bytes are never read.

use crate::classes::WordClasses;
use crate::token::Abbreviations;

/// The entries of a word list file: one a line, trimmed, blank lines and
/// `#` comments skipped (`rules/names/common_words.txt`).
pub(crate) fn list_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The id of a token whose key is in no lexicon.
pub(crate) const NO_WORD: u32 = u32::MAX;
/// The class row of a word in no class.
pub(crate) const NO_ROW: u32 = u32::MAX;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hash of a normalized key, as stored in each token. For keys of at most
/// eight bytes, keys of one length have distinct hashes: the bytes, read
/// little-endian and zero-padded into one `u64`, are combined with the length
/// by a bijection (an xor and a multiplication by an odd constant).
pub(crate) fn key_hash(key: &[u8]) -> u64 {
    let mut h = key.len() as u64;
    let mut chunks = key.chunks(8);
    let Some(first) = chunks.next() else {
        return h;
    };
    for chunk in std::iter::once(first).chain(chunks) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word));
    }
    h
}

#[inline(always)]
fn mix(h: u64, word: u64) -> u64 {
    (h.rotate_left(5) ^ word).wrapping_mul(K)
}

/// [`key_hash`] of `bytes[start..end]`, with one unaligned load and a mask
/// for the short keys most words have, and a load a chunk for longer ones
/// (copying a key's last, partial chunk into a zeroed buffer is a call to
/// `memcpy`, which cost more than the rest of hashing a long word).
#[inline(always)]
pub(crate) fn key_hash_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    #[inline(always)]
    fn load(b: &[u8]) -> u64 {
        u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
    }
    let n = end - start;
    if let (1..=8, Some(b)) = (n, bytes.get(start..start + 8)) {
        return mix(n as u64, load(b) & (u64::MAX >> (64 - 8 * n)));
    }
    if n <= 8 || bytes.len() < end.saturating_add(8) {
        return key_hash(&bytes[start..end]);
    }
    // Eight readable bytes from every chunk's start: whole chunks as they
    // are, the last one masked to its length (zero padding, as in
    // `key_hash`).
    let mut h = n as u64;
    let mut i = start;
    while i < end {
        let rest = end - i;
        let word = load(&bytes[i..i + 8]);
        h = mix(
            h,
            if rest >= 8 {
                word
            } else {
                word & (u64::MAX >> (64 - 8 * rest))
            },
        );
        i += 8;
    }
    h
}

/// The first slot to probe for a hash: the well-mixed high half.
#[inline]
fn slot_index(hash: u64) -> usize {
    (hash >> 32) as usize
}

/// The two slots of the hot table a hash may take (before masking): the
/// first probe's index, and bits that overlap it little.
#[inline(always)]
fn hot_slots(hash: u64) -> [usize; 2] {
    [slot_index(hash), (hash >> 19) as usize]
}

/// `a == b`, without a call to `memcmp` for the short keys most words have.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    #[inline(always)]
    fn u64_at(s: &[u8], i: usize) -> u64 {
        let mut word = [0u8; 8];
        word.copy_from_slice(&s[i..i + 8]);
        u64::from_le_bytes(word)
    }
    #[inline(always)]
    fn u32_at(s: &[u8], i: usize) -> u32 {
        let mut word = [0u8; 4];
        word.copy_from_slice(&s[i..i + 4]);
        u32::from_le_bytes(word)
    }
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => u32_at(a, 0) == u32_at(b, 0) && u32_at(a, n - 4) == u32_at(b, n - 4),
        8..=16 => u64_at(a, 0) == u64_at(b, 0) && u64_at(a, n - 8) == u64_at(b, n - 8),
        _ => a == b,
    }
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    hash: u64,
    /// The value; `EMPTY` for a free slot.
    value: u32,
    len: u32,
}

const EMPTY: u32 = u32::MAX;

/// Slots of [`Lexicon::keep_hot`]'s table: 128 KiB.
const HOT_SLOTS: usize = 8192;

/// A fixed map from keys to `u32` values, probed with [`key_hash`].
///
/// Slots are sixteen bytes (hash, value, key length), and a filter of one bit per hash
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
                    value: EMPTY,
                    len: 0,
                };
                capacity
            ]
            .into_boxed_slice(),
            key_ranges: vec![(0, 0); capacity].into_boxed_slice(),
            keys: String::new(),
            filter: vec![0; filter_bits / 64].into_boxed_slice(),
        };
        for (key, value) in entries {
            debug_assert!(value != EMPTY);
            let hash = key_hash(key.as_bytes());
            let mask = table.slots.len() - 1;
            let mut i = slot_index(hash) & mask;
            loop {
                let slot = table.slots[i];
                if slot.value == EMPTY {
                    let start = table.keys.len() as u32;
                    table.keys.push_str(key);
                    table.slots[i] = Slot {
                        hash,
                        value,
                        len: key.len() as u32,
                    };
                    table.key_ranges[i] = (start, table.keys.len() as u32);
                    let bit = table.filter_bit(hash);
                    table.filter[bit / 64] |= 1 << (bit % 64);
                    break;
                }
                if slot.hash == hash && table.key(i) == key.as_bytes() {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        table
    }

    fn key(&self, slot: usize) -> &[u8] {
        self.key_str(slot).as_bytes()
    }

    fn key_str(&self, slot: usize) -> &str {
        let (start, end) = self.key_ranges[slot];
        &self.keys[start as usize..end as usize]
    }

    /// Every key with its value, in no particular order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, slot)| slot.value != EMPTY)
            .map(|(i, slot)| (self.key_str(i), slot.value))
    }

    /// The filter bit of a hash: its top bits, which the slot index
    /// (the bits from 32 up) barely shares.
    #[inline]
    fn filter_bit(&self, hash: u64) -> usize {
        (hash >> 46) as usize & (self.filter.len() * 64 - 1)
    }

    /// The value of `key`, whose [`key_hash`] is `hash`.
    #[inline(always)]
    pub(crate) fn get(&self, key: &[u8], hash: u64) -> Option<u32> {
        let bit = self.filter_bit(hash);
        if self.filter[bit / 64] >> (bit % 64) & 1 == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = slot_index(hash) & mask;
        loop {
            let slot = self.slots[i];
            if slot.value == EMPTY {
                return None;
            }
            if slot.hash == hash
                && slot.len as usize == key.len()
                && (key.len() <= 8 || same_bytes(self.key(i), key))
            {
                return Some(slot.value);
            }
            i = (i + 1) & mask;
        }
    }

    /// The number of keys.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.value != EMPTY).count()
    }
}

/// Every word an extractor's stages know, each with one id, and the word
/// classes (see `classes`) and abbreviations they read.
///
/// Ids `0..n` are the gazetteer's own word ids (it has `n`), so that stage
/// needs no translation; the class row of each id is in `rows`.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    table: WordTable,
    /// The frequent short words again, direct-mapped by hash in a table
    /// small enough to stay in cache ([`Lexicon::keep_hot`]).
    hot: Box<[Slot]>,
    rows: Box<[u32]>,
    classes: WordClasses,
    abbreviations: Abbreviations,
}

impl Lexicon {
    /// The union of the gazetteer's words (values: its word ids, which must
    /// be `0..n`) and the words of `classes`; the tokenizer splits text with
    /// `abbreviations`.
    pub(crate) fn new(gazetteer: &WordTable, classes: WordClasses, abbreviations: Abbreviations) -> Lexicon {
        // In id order, placed rather than sorted.
        let mut words: Vec<(&str, u32)> = vec![("", 0); gazetteer.entries().count()];
        for (key, id) in gazetteer.entries() {
            words[id as usize] = (key, id);
        }
        let mut rows = vec![NO_ROW; words.len()];
        // In row order, placed rather than sorted: rows follow the classes
        // and their words, so ids do not depend on the table's slot order.
        let mut class_words: Vec<&str> = vec![""; classes.masks().len() / classes.mask_words()];
        for (key, row) in classes.words().entries() {
            class_words[row as usize] = key;
        }
        for (row, key) in class_words.into_iter().enumerate() {
            let row = row as u32;
            // A gazetteer word's lexicon id is its gazetteer id.
            match gazetteer.get(key.as_bytes(), key_hash(key.as_bytes())) {
                Some(id) => rows[id as usize] = row,
                None => {
                    words.push((key, words.len() as u32));
                    rows.push(row);
                }
            }
        }
        Lexicon {
            table: WordTable::new(words.into_iter()),
            hot: Box::new([]),
            rows: rows.into_boxed_slice(),
            classes,
            abbreviations,
        }
    }

    /// The id of `key`, whose [`key_hash`] is `hash`, or [`NO_WORD`].
    #[inline(always)]
    pub(crate) fn id(&self, key: &[u8], hash: u64) -> u32 {
        // (Without a hot table, the index wraps to itself and `get` misses.)
        let mask = self.hot.len().wrapping_sub(1);
        for i in hot_slots(hash) {
            if let Some(slot) = self.hot.get(i & mask) {
                // Keys of at most eight bytes: equal hashes and lengths are
                // equal keys.
                if slot.hash == hash && slot.len as usize == key.len() {
                    return slot.value;
                }
            }
        }
        self.table.get(key, hash).unwrap_or(NO_WORD)
    }

    /// Copies the lexicon's entries for `words` (frequent words, most
    /// frequent first where it matters) of at most eight bytes into a small
    /// direct-mapped table looked at before the main one. The main table
    /// holds every word of the gazetteers and the grammar, megabytes that
    /// miss the cache at nearly every token; a few thousand words make most
    /// of any news text, and their table stays in cache. Each word has two
    /// slots to choose from ([`hot_slots`]): with one, a quarter of the
    /// common words met a taken slot, and a word that finds both taken
    /// stays only in the main table.
    pub(crate) fn keep_hot<'w>(&mut self, words: impl Iterator<Item = &'w str>) {
        let mut hot = vec![
            Slot {
                hash: 0,
                value: EMPTY,
                len: u32::MAX,
            };
            HOT_SLOTS
        ];
        for word in words.filter(|w| w.len() <= 8) {
            let hash = key_hash(word.as_bytes());
            let Some(value) = self.table.get(word.as_bytes(), hash) else {
                continue;
            };
            let free = hot_slots(hash)
                .into_iter()
                .map(|i| i & (HOT_SLOTS - 1))
                .find(|&i| hot[i].value == EMPTY);
            if let Some(i) = free {
                hot[i] = Slot {
                    hash,
                    value,
                    len: word.len() as u32,
                };
            }
        }
        self.hot = hot.into_boxed_slice();
    }

    /// The number of words: ids are `0..len`.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// The class row of the word `id`, or [`NO_ROW`].
    #[inline(always)]
    pub(crate) fn class_row(&self, id: u32) -> u32 {
        self.rows.get(id as usize).copied().unwrap_or(NO_ROW)
    }

    /// Whether the word `id` is in class `class` (a [`Reserved`] index, or
    /// one a stage found by name with [`WordClasses::id`]).
    ///
    /// [`Reserved`]: crate::classes::Reserved
    #[inline(always)]
    pub(crate) fn in_class(&self, id: u32, class: usize) -> bool {
        self.classes.row_in(self.class_row(id), class)
    }

    /// The word classes.
    pub(crate) fn classes(&self) -> &WordClasses {
        &self.classes
    }

    /// The abbreviations the tokenizer joins with their period.
    pub(crate) fn abbreviations(&self) -> &Abbreviations {
        &self.abbreviations
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
            assert_eq!(
                table.get(w.as_bytes(), key_hash(w.as_bytes())),
                Some(i as u32),
                "{w}"
            );
        }
        for miss in ["", "w", "w5000", "x1", "w1 ", "a much longer key than any other"] {
            assert_eq!(
                table.get(miss.as_bytes(), key_hash(miss.as_bytes())),
                None,
                "{miss:?}"
            );
        }
    }

    #[test]
    fn hot_words_give_the_ids_of_the_main_table() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        let table = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.as_str(), i as u32)));
        let mut lexicon = Lexicon::new(&table, WordClasses::new(&[]), Abbreviations::NONE);
        let id = |lexicon: &Lexicon, w: &str| lexicon.id(w.as_bytes(), key_hash(w.as_bytes()));
        let before: Vec<u32> = words.iter().map(|w| id(&lexicon, w)).collect();
        // Hot: every other word, words the lexicon lacks, and one too long
        // for the hot table.
        let hot: Vec<&str> = words.iter().step_by(2).map(String::as_str).collect();
        lexicon.keep_hot(hot.into_iter().chain(["absent", "w99999", "w1000000000"]));
        for (w, &want) in words.iter().zip(&before) {
            assert_eq!(id(&lexicon, w), want, "{w}");
        }
        for miss in ["absent", "w99999", "w1000000000", "", "x"] {
            assert_eq!(id(&lexicon, miss), NO_WORD, "{miss:?}");
        }
    }

    #[test]
    fn first_value_of_a_repeated_key_stays() {
        let table = WordTable::new([("iran", 1), ("iran", 2), ("", 3)].into_iter());
        assert_eq!(table.len(), 2);
        assert_eq!(table.get(b"iran", key_hash(b"iran")), Some(1));
        assert_eq!(table.get(b"", key_hash(b"")), Some(3));
    }

    #[test]
    fn same_bytes_agrees_with_eq() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefgh",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ];
        for a in words {
            for b in words {
                assert_eq!(same_bytes(a.as_bytes(), b.as_bytes()), a == b, "{a:?} {b:?}");
                for i in 0..a.len() {
                    let mut c = a.as_bytes().to_vec();
                    c[i] ^= 1;
                    assert!(!same_bytes(a.as_bytes(), &c), "{a:?} differs at {i}");
                }
            }
        }
    }

    #[test]
    fn short_keys_of_one_length_never_collide() {
        // Every key of up to two bytes over a small alphabet, and many of
        // three to eight: the hash must tell each from all the others.
        let alphabet = b"ab.'- 0z";
        let mut seen = std::collections::HashMap::new();
        let mut keys: Vec<Vec<u8>> = vec![vec![]];
        for len in 1..=8 {
            let mut next = Vec::new();
            for k in keys.iter().filter(|k| k.len() == len - 1).take(4096) {
                for &b in alphabet {
                    let mut k = k.clone();
                    k.push(b);
                    next.push(k);
                }
            }
            keys.extend(next);
        }
        for k in &keys {
            if let Some(other) = seen.insert((k.len(), key_hash(k)), k.clone()) {
                assert_eq!(&other, k, "two keys share a hash");
            }
        }
        assert!(seen.len() > 20_000);
    }

    #[test]
    fn hash_depends_on_every_byte_and_the_length() {
        let base = key_hash(b"united nations");
        assert_ne!(base, key_hash(b"united nationz"));
        assert_ne!(base, key_hash(b"unitedxnations"));
        assert_ne!(key_hash(b"a"), key_hash(b"a\0"));
    }

    #[test]
    fn hash_at_a_position_is_the_hash_of_the_slice() {
        let text = b"the u.s. sanctioned iran, x; a-b \xe2\x80\x94 internationalization ok";
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 20) {
                assert_eq!(
                    key_hash_at(text, start, end),
                    key_hash(&text[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }
}
