//! The hasher of the crate's internal tables: rustc-hash's `FxHasher`.
//!
//! Gazetteer keys and rule words are short strings from our own data and
//! from the text being read; the tables are built once and looked up once
//! per token. SipHash's resistance to hash flooding buys nothing there and
//! cost a fifth of the relation stage and a tenth of building the default
//! extractor, so these tables use FxHash, as rustc does.
//!
//! Why the crate and not our own copy of the algorithm: FxHash's state is a
//! product, whose low bits depend only on the low bits of the input, and
//! hashbrown picks buckets with the low bits. Our copy returned the state
//! as it was, so keys that differ only in their high bits (trie edges
//! `node << 32 | word` for one word, ids such as `p1`..`p1000000`) fell
//! into the same buckets, and building a gazetteer of a million aliases
//! grew quadratically. rustc-hash 2 ends with a rotation that brings the
//! well-mixed high bits down, and hashes strings with a faster routine.

/// The `BuildHasher` for the crate's `HashMap`s and `HashSet`s.
pub(crate) type FxBuild = rustc_hash::FxBuildHasher;
