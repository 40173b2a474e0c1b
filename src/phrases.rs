//! Phrases of word ids, every one found where it ends: the gazetteer's
//! matcher.
//!
//! Once every token carries the id of its normalized key (see `words`), an
//! alias is a short sequence of ids, and the aliases form a trie. Each node
//! also has a *failure link*, to the node of the longest proper suffix of
//! its phrase that is itself a prefix in the trie, and an *output link*, to
//! the nearest node on that failure chain where a phrase ends: the trie is an
//! Aho-Corasick automaton over word ids. One pass over the tokens reports
//! every phrase that ends at each token, longest first, so the gazetteer can
//! fall back to a shorter alias when a longer one at the same start fails
//! its case policy ("the United States navy": not the Navy, but the United
//! States).
//!
//! Cost: each token takes one step, and every failure link followed goes
//! up the trie, past a depth that earlier steps went down, so the steps of a
//! text of n tokens are O(n) whatever the length of the phrases. Reporting
//! adds one step per phrase reported; at most one phrase of each length
//! ends at a token, so a token reports at most as many phrases as the
//! longest phrase has words. There is no bound on phrase length. Failure
//! links pass over nodes without edges (most phrases end in one), which no
//! step could leave by a child anyway.
//!
//! Most tokens start no phrase and sit at the root: the root's children are
//! an array indexed by word id, so that step is one load. A deeper node's
//! edges lie side by side and sorted: the nodes walked most ("the",
//! "united", common first names) have the most edges, and keeping each
//! node's edges together keeps them in cache.
//!
//! An automaton over bytes (aho-corasick, which newsie used here before)
//! must instead read every byte of an encoding of the ids: three bytes per
//! alias word, and on news two tokens in three are alias words ("the", "of",
//! "united", first names). On 20 MB of UN speeches the automaton took longer
//! than tokenizing; the walk over ids takes a fraction of that.
//!
//! Each word of a phrase after the first also records whether it touches
//! the word before it (no white space: "al-Qaeda" is `al` `-` `qaeda` with
//! both joins marked), so "al - Qaeda" and "al-Qaeda" stay distinct. A
//! phrase's first word matches whether or not it touches the token before
//! it, so the root is entered with the mark cleared, also through failure
//! links.

/// Marks, in a word id, that the word touches the one before it.
pub(crate) const JOINED: u32 = 1 << 31;
/// A token whose key no phrase uses.
pub(crate) const NO_WORD: u32 = u32::MAX;
const NONE: u32 = u32::MAX;

/// Builds a [`PhraseTrie`] phrase by phrase.
#[derive(Debug, Default)]
pub(crate) struct PhraseTrieBuilder {
    roots: Vec<u32>,
    /// Per node: the phrase ending there, or `NONE`.
    ends: Vec<u32>,
    edges: std::collections::HashMap<u64, u32, crate::fxhash::FxBuild>,
}

impl PhraseTrieBuilder {
    /// Adds `words` (ids below `JOINED - 1`, each but the first possibly
    /// with [`JOINED`] set) as phrase `phrase`, and returns `phrase`; if
    /// `words` were added before, adds nothing and returns their phrase.
    /// Returns `None` for no words.
    pub(crate) fn insert(&mut self, words: &[u32], phrase: u32) -> Option<u32> {
        let (&first, rest) = words.split_first()?;
        // The id part of `NO_WORD` is no word's, so that a token without a
        // word finds no root child.
        if words.iter().any(|&w| w & !JOINED == NO_WORD & !JOINED) {
            return None;
        }
        let first = (first & !JOINED) as usize;
        if self.roots.len() <= first {
            self.roots.resize(first + 1, NONE);
        }
        let mut node = match self.roots[first] {
            NONE => {
                let node = self.new_node();
                self.roots[first] = node;
                node
            }
            node => node,
        };
        for &word in rest {
            let key = edge_key(node, word);
            node = match self.edges.get(&key) {
                Some(&child) => child,
                None => {
                    let child = self.new_node();
                    self.edges.insert(key, child);
                    child
                }
            };
        }
        let end = &mut self.ends[node as usize];
        if *end == NONE {
            *end = phrase;
        }
        Some(*end)
    }

    /// Makes room for about `words` more phrase words.
    pub(crate) fn reserve(&mut self, words: usize) {
        self.edges.reserve(words);
        self.ends.reserve(words);
    }

    fn new_node(&mut self) -> u32 {
        self.ends.push(NONE);
        (self.ends.len() - 1) as u32
    }

    pub(crate) fn build(self) -> PhraseTrie {
        // Each node's edges side by side, sorted by word.
        let mut edges: Vec<(u64, u32)> = self.edges.into_iter().collect();
        edges.sort_unstable();
        let mut nodes: Vec<Node> = self
            .ends
            .iter()
            .map(|&end| Node {
                end,
                first_edge: 0,
                edge_count: 0,
                fail: NONE,
                output: NONE,
                len: 0,
            })
            .collect();
        for (i, &(key, _)) in edges.iter().enumerate() {
            let node = &mut nodes[(key >> 32) as usize];
            if node.edge_count == 0 {
                node.first_edge = i as u32;
            }
            node.edge_count += 1;
        }
        let mut trie = PhraseTrie {
            roots: self.roots.into_boxed_slice(),
            nodes: nodes.into_boxed_slice(),
            edge_words: edges.iter().map(|&(key, _)| key as u32).collect(),
            edge_children: edges.iter().map(|&(_, child)| child).collect(),
        };
        trie.link();
        trie
    }
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The phrase ending here, or `NONE`.
    end: u32,
    /// This node's edges: `edge_count` of them from `first_edge`.
    first_edge: u32,
    edge_count: u32,
    /// The node of the longest proper suffix of this node's words that is
    /// a prefix in the trie and has edges; `NONE` for the root.
    fail: u32,
    /// The nearest node on the failure chain where a phrase ends, or `NONE`.
    output: u32,
    /// The number of words from the root to here.
    len: u32,
}

/// An Aho-Corasick automaton of phrases over word ids. See the module
/// documentation.
///
/// The edges leaving a node lie side by side, sorted by word: the nodes
/// most walked ("the", "united", first names) have the most edges, and
/// keeping each node's edges together keeps them in cache.
#[derive(Clone, Debug)]
pub(crate) struct PhraseTrie {
    /// Per word id: the node of the one-word prefix, or `NONE`.
    roots: Box<[u32]>,
    nodes: Box<[Node]>,
    /// The word of each edge (with its [`JOINED`] bit), grouped by node.
    edge_words: Box<[u32]>,
    /// The node each edge leads to.
    edge_children: Box<[u32]>,
}

fn edge_key(node: u32, word: u32) -> u64 {
    u64::from(node) << 32 | u64::from(word)
}

impl PhraseTrie {
    /// Calls `report(end, phrase, len)` for every phrase found in `words`:
    /// `words[end + 1 - len..=end]` is phrase `phrase`. Calls come in order
    /// of `end`, and for one `end` longest first. `words` are token word ids
    /// as [`PhraseTrieBuilder::insert`] takes them, or [`NO_WORD`]; a
    /// phrase's first word matches with or without [`JOINED`].
    #[inline]
    pub(crate) fn for_each_match(
        &self,
        words: impl IntoIterator<Item = u32>,
        mut report: impl FnMut(usize, u32, usize),
    ) {
        let mut words = words.into_iter().enumerate();
        loop {
            // At the root. Most tokens stay here: their word starts no
            // phrase. (None starts with `NO_WORD`, whose id is past `roots`.)
            let (mut i, mut state) = loop {
                let Some((i, word)) = words.next() else {
                    return;
                };
                let node = self.root_child(word);
                if node != NONE {
                    break (i, node);
                }
            };
            // Down the trie, and along failure links, until back at the root.
            while state != NONE {
                let mut node = state;
                while node != NONE {
                    let n = self.nodes[node as usize];
                    if n.end != NONE {
                        report(i, n.end, n.len as usize);
                    }
                    node = n.output;
                }
                let Some((next, word)) = words.next() else {
                    return;
                };
                i = next;
                state = if word == NO_WORD {
                    NONE
                } else {
                    self.step(state, word)
                };
            }
        }
    }

    /// The phrase that is exactly `words`, if any.
    pub(crate) fn get(&self, words: &[u32]) -> Option<u32> {
        let (&first, rest) = words.split_first()?;
        if words.contains(&NO_WORD) {
            return None;
        }
        let mut node = self.root_child(first);
        for &word in rest {
            if node == NONE {
                return None;
            }
            node = self.child(self.nodes[node as usize], word).unwrap_or(NONE);
        }
        Some(self.nodes.get(node as usize)?.end).filter(|&end| end != NONE)
    }

    /// The state after `word` from `state` (`NONE` is the root).
    #[inline]
    fn step(&self, mut state: u32, word: u32) -> u32 {
        while state != NONE {
            let n = self.nodes[state as usize];
            if let Some(child) = self.child(n, word) {
                return child;
            }
            state = n.fail;
        }
        self.root_child(word)
    }

    /// The root's child for `word`, whose [`JOINED`] mark a phrase's first
    /// word ignores; `NONE` if no phrase starts with it.
    #[inline(always)]
    fn root_child(&self, word: u32) -> u32 {
        self.roots.get((word & !JOINED) as usize).copied().unwrap_or(NONE)
    }

    #[inline]
    fn child(&self, node: Node, word: u32) -> Option<u32> {
        if node.edge_count == 0 {
            return None;
        }
        let first = node.first_edge as usize;
        let words = &self.edge_words[first..first + node.edge_count as usize];
        let i = if words.len() <= 8 {
            words.iter().position(|&w| w == word)?
        } else {
            words.binary_search(&word).ok()?
        };
        Some(self.edge_children[first + i])
    }

    /// Sets failure and output links, breadth first: a node's failure lies
    /// nearer the root than the node, so it is linked before the node needs
    /// it. Along one phrase, each failure followed comes after a step down,
    /// so linking costs steps in proportion to the trie's size.
    fn link(&mut self) {
        let mut queue: Vec<u32> = Vec::with_capacity(self.nodes.len());
        for &root in self.roots.iter().filter(|&&r| r != NONE) {
            self.nodes[root as usize].len = 1;
            queue.push(root);
        }
        let mut next = 0;
        while let Some(&node) = queue.get(next) {
            next += 1;
            let n = self.nodes[node as usize];
            for e in n.first_edge..n.first_edge + n.edge_count {
                let (word, child) = (self.edge_words[e as usize], self.edge_children[e as usize]);
                let fail = self.step(n.fail, word);
                let (fail, output) = match self.nodes.get(fail as usize) {
                    None => (NONE, NONE),
                    // A node without edges can take no step: a search that
                    // fails to it goes straight on to its own failure.
                    Some(f) => (
                        if f.edge_count == 0 { f.fail } else { fail },
                        if f.end != NONE { fail } else { f.output },
                    ),
                };
                let c = &mut self.nodes[child as usize];
                c.fail = fail;
                c.output = output;
                c.len = n.len + 1;
                queue.push(child);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn trie(phrases: &[&[u32]]) -> PhraseTrie {
        let mut b = PhraseTrieBuilder::default();
        for (i, p) in phrases.iter().enumerate() {
            assert_eq!(b.insert(p, i as u32), Some(i as u32));
        }
        b.build()
    }

    /// Every `(end, phrase, len)` the automaton reports.
    fn matches(t: &PhraseTrie, words: &[u32]) -> Vec<(usize, u32, usize)> {
        let mut out = Vec::new();
        t.for_each_match(words.iter().copied(), |end, phrase, len| {
            out.push((end, phrase, len))
        });
        out
    }

    /// The same by brute force: every slice looked up whole, by end and
    /// then longest first.
    fn naive(t: &PhraseTrie, words: &[u32]) -> Vec<(usize, u32, usize)> {
        let mut out = Vec::new();
        for end in 0..words.len() {
            for len in (1..=end + 1).rev() {
                if let Some(phrase) = t.get(&words[end + 1 - len..=end]) {
                    out.push((end, phrase, len));
                }
            }
        }
        out
    }

    #[test]
    fn every_phrase_where_it_ends() {
        // 0: [1], 1: [1 2], 2: [1 2 3], 3: [4 +5] (5 touching 4), 4: [2],
        // 5: [2 3 6], 6: [3 6 7 8]
        let t = trie(&[
            &[1],
            &[1, 2],
            &[1, 2, 3],
            &[4, 5 | JOINED],
            &[2],
            &[2, 3, 6],
            &[3, 6, 7, 8],
        ]);
        type Case<'a> = (&'a [u32], &'a [(usize, u32, usize)]);
        let cases: &[Case] = &[
            (&[1], &[(0, 0, 1)]),
            (&[1, 2], &[(0, 0, 1), (1, 1, 2), (1, 4, 1)]),
            (&[1, 2, 3], &[(0, 0, 1), (1, 1, 2), (1, 4, 1), (2, 2, 3)]),
            (&[1, 9, 3], &[(0, 0, 1)]),
            // A phrase's first word may touch the word before it; later
            // words must touch exactly as in the phrase.
            (&[1 | JOINED, 2], &[(0, 0, 1), (1, 1, 2), (1, 4, 1)]),
            (&[1, 2 | JOINED], &[(0, 0, 1), (1, 4, 1)]),
            (&[1, NO_WORD, 2], &[(0, 0, 1), (2, 4, 1)]),
            (&[4, 5 | JOINED], &[(1, 3, 2)]),
            (&[4, 5], &[]),
            (&[9, 4, 5 | JOINED], &[(2, 3, 2)]),
            // Through failure links: "1 2 3" fails at 6, and goes on as
            // "2 3 6" and then "3 6 7 8".
            (
                &[1, 2, 3, 6, 7, 8],
                &[(0, 0, 1), (1, 1, 2), (1, 4, 1), (2, 2, 3), (3, 5, 3), (5, 6, 4)],
            ),
            // Overlapping starts: "1 1 2" holds "1" twice and "1 2" once.
            (&[1, 1, 2], &[(0, 0, 1), (1, 0, 1), (2, 1, 2), (2, 4, 1)]),
            (&[], &[]),
        ];
        for (words, want) in cases {
            assert_eq!(matches(&t, words), *want, "{words:?}");
            assert_eq!(naive(&t, words), *want, "naive {words:?}");
        }
    }

    #[test]
    fn a_phrase_is_added_once() {
        let mut b = PhraseTrieBuilder::default();
        assert_eq!(b.insert(&[3, 4], 0), Some(0));
        assert_eq!(b.insert(&[3, 4], 1), Some(0));
        assert_eq!(b.insert(&[], 2), None);
        assert_eq!(b.insert(&[NO_WORD & !JOINED], 3), None);
        assert_eq!(matches(&b.build(), &[3, 4]), [(1, 0, 2)]);
    }

    #[test]
    fn many_phrases_sharing_prefixes() {
        // Every triple over 60 words: 216,000 phrases through 3,600 shared
        // pairs, with long edge lists and failure links everywhere.
        let mut b = PhraseTrieBuilder::default();
        let id = |x: u32, y: u32, z: u32| (x * 60 + y) * 60 + z;
        for x in 0..60 {
            for y in 0..60 {
                for z in 0..60 {
                    assert_eq!(b.insert(&[x, y, z], id(x, y, z)), Some(id(x, y, z)));
                }
            }
        }
        let t = b.build();
        for x in 0..60 {
            for y in 0..60 {
                for z in (0..60).step_by(7) {
                    let want = [(2, id(x, y, z), 3), (3, id(y, z, 7), 3)];
                    assert_eq!(matches(&t, &[x, y, z, 7]), want);
                }
                assert_eq!(matches(&t, &[x, y, 60]), []);
            }
        }
    }

    fn word() -> impl Strategy<Value = u32> {
        (0u32..5, any::<bool>()).prop_map(|(w, joined)| if joined { w | JOINED } else { w })
    }

    proptest! {
        /// Over a small vocabulary, so that phrases overlap, nest and share
        /// suffixes: the automaton reports exactly what looking up every
        /// slice finds, in the same order.
        #[test]
        fn same_as_every_slice_looked_up(
            phrases in prop::collection::vec(prop::collection::vec(word(), 1..6), 0..24),
            text in prop::collection::vec(prop_oneof![8 => word(), 1 => Just(NO_WORD)], 0..40),
        ) {
            let mut b = PhraseTrieBuilder::default();
            for (i, p) in phrases.iter().enumerate() {
                // The first word's mark means nothing; clear it to keep
                // one form per phrase.
                let mut p = p.clone();
                p[0] &= !JOINED;
                b.insert(&p, i as u32);
            }
            let t = b.build();
            prop_assert_eq!(matches(&t, &text), naive(&t, &text));
        }
    }
}
