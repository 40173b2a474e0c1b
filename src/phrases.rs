//! Phrases of word ids, found leftmost-longest: the gazetteer's matcher.
//!
//! Once every token carries the id of its normalized key (see `words`), an
//! alias is a short sequence of ids, and finding aliases is walking a trie of
//! those sequences from each token. Most tokens stop at the first step: the
//! root's children are an array indexed by word id, so that step is one
//! load. Only a word that opens a longer phrase goes on, through its node's
//! edges, which lie side by side and sorted: the nodes walked most ("the",
//! "united", common first names) have the most edges, and keeping each
//! node's edges together keeps them in cache.
//!
//! An automaton over bytes (aho-corasick, which newsie used here before)
//! must instead read every byte of an encoding of the ids: three bytes per
//! alias word, and on news two tokens in three are alias words ("the", "of",
//! "united", first names). On 20 MB of UN speeches the automaton took longer
//! than tokenizing; the walk takes a fraction of that.
//!
//! Each word of a phrase after the first also records whether it touches
//! the word before it (no white space: "al-Qaeda" is `al` `-` `qaeda` with
//! both joins marked), so "al - Qaeda" and "al-Qaeda" stay distinct.

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
    /// Adds `words` (ids below [`JOINED`], each but the first possibly with
    /// [`JOINED`] set) as phrase `phrase`. Returns false, adding nothing, if
    /// `words` is empty or was added before.
    pub(crate) fn insert(&mut self, words: &[u32], phrase: u32) -> bool {
        let Some((&first, rest)) = words.split_first() else {
            return false;
        };
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
        if self.ends[node as usize] != NONE {
            return false;
        }
        self.ends[node as usize] = phrase;
        true
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
            })
            .collect();
        for (i, &(key, _)) in edges.iter().enumerate() {
            let node = &mut nodes[(key >> 32) as usize];
            if node.edge_count == 0 {
                node.first_edge = i as u32;
            }
            node.edge_count += 1;
        }
        PhraseTrie {
            roots: self.roots.into_boxed_slice(),
            nodes: nodes.into_boxed_slice(),
            edge_words: edges.iter().map(|&(key, _)| key as u32).collect(),
            edge_children: edges.iter().map(|&(_, child)| child).collect(),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The phrase ending here, or `NONE`.
    end: u32,
    /// This node's edges: `edge_count` of them from `first_edge`.
    first_edge: u32,
    edge_count: u32,
}

/// A trie of phrases over word ids. See the module documentation.
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
    /// The longest phrase that `words` starts with: its id and its length in
    /// words. `words` are token word ids as [`PhraseTrieBuilder::insert`]
    /// takes them, or [`NO_WORD`]; the first word's [`JOINED`] is ignored.
    #[inline]
    pub(crate) fn longest(&self, words: &[u32]) -> Option<(u32, usize)> {
        let (&first, rest) = words.split_first()?;
        if first == NO_WORD {
            return None;
        }
        let mut node = *self.roots.get((first & !JOINED) as usize)?;
        if node == NONE {
            return None;
        }
        let mut best = None;
        let mut len = 1;
        loop {
            let n = self.nodes[node as usize];
            if n.end != NONE {
                best = Some((n.end, len));
            }
            let Some(&word) = rest.get(len - 1) else {
                return best;
            };
            if n.edge_count == 0 || word == NO_WORD {
                return best;
            }
            match self.child(n, word) {
                Some(child) => node = child,
                None => return best,
            }
            len += 1;
        }
    }

    fn child(&self, node: Node, word: u32) -> Option<u32> {
        let first = node.first_edge as usize;
        let words = &self.edge_words[first..first + node.edge_count as usize];
        let i = if words.len() <= 8 {
            words.iter().position(|&w| w == word)?
        } else {
            words.binary_search(&word).ok()?
        };
        Some(self.edge_children[first + i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(phrases: &[&[u32]]) -> PhraseTrie {
        let mut b = PhraseTrieBuilder::default();
        for (i, p) in phrases.iter().enumerate() {
            assert!(b.insert(p, i as u32));
        }
        b.build()
    }

    #[test]
    fn longest_phrase_at_the_start() {
        // 0: [1], 1: [1 2], 2: [1 2 3], 3: [4 +5] (5 touching 4), 4: [2]
        let t = trie(&[&[1], &[1, 2], &[1, 2, 3], &[4, 5 | JOINED], &[2]]);
        type Case<'a> = (&'a [u32], Option<(u32, usize)>);
        let cases: &[Case] = &[
            (&[1], Some((0, 1))),
            (&[1, 2], Some((1, 2))),
            (&[1, 2, 3], Some((2, 3))),
            (&[1, 2, 9], Some((1, 2))),
            (&[1, 9, 3], Some((0, 1))),
            (&[1 | JOINED, 2], Some((1, 2))),
            (&[1, 2 | JOINED], Some((0, 1))),
            (&[1, NO_WORD, 2], Some((0, 1))),
            (&[4, 5 | JOINED], Some((3, 2))),
            (&[4, 5], None),
            (&[4], None),
            (&[NO_WORD, 1], None),
            (&[9], None),
            (&[2, 3], Some((4, 1))),
            (&[], None),
        ];
        for (words, want) in cases {
            assert_eq!(t.longest(words), *want, "{words:?}");
        }
    }

    #[test]
    fn a_phrase_is_added_once() {
        let mut b = PhraseTrieBuilder::default();
        assert!(b.insert(&[3, 4], 0));
        assert!(!b.insert(&[3, 4], 1));
        assert!(!b.insert(&[], 2));
        assert_eq!(b.build().longest(&[3, 4]), Some((0, 2)));
    }

    #[test]
    fn many_phrases_sharing_prefixes() {
        // Every pair and triple over 60 words: 216,000 triples through
        // 3,600 shared pairs, enough to fill the edge table and wrap probes.
        let mut b = PhraseTrieBuilder::default();
        let mut id = 0;
        for x in 0..60 {
            for y in 0..60 {
                for z in 0..60 {
                    assert!(b.insert(&[x, y, z], id));
                    id += 1;
                }
            }
        }
        let t = b.build();
        let mut id = 0;
        for x in 0..60 {
            for y in 0..60 {
                for z in 0..60 {
                    assert_eq!(t.longest(&[x, y, z, 7]), Some((id, 3)));
                    id += 1;
                }
                assert_eq!(t.longest(&[x, y, 60]), None);
            }
        }
    }
}
