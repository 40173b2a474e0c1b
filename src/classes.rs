//! Word classes: named sets of words that every stage reads the same way.
//!
//! English is data. Which words are abbreviations, which titles may stand
//! before a surname, which words end a clause or join a list, which
//! phrases make a relation uncertain: all are word classes declared in rule
//! files (`rules/english.rules`, always loaded) with the same syntax and
//! located errors as the rules, and a user's rule file can change any of
//! them (see the rule language reference in [`crate::rule`]).
//!
//! A class holds normalized word keys, and may hold phrases of several
//! words. Compiled, each word of any class has a row: a bit mask over the
//! classes holding it. The extractor's lexicon keeps every class word, and
//! each token carries its word id, so "is token i in class X" is two array
//! loads ([`Lexicon::in_class`](crate::words::Lexicon::in_class)). The
//! classes the code reads have fixed indices ([`Reserved`]); any other
//! class is found by name once, when a stage is built
//! ([`WordClasses::id`]). The rule engine's patterns add classes of their
//! own (each literal word of a pattern is a class of one word), with no
//! name.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::fxhash::FxBuild;
use crate::words::{WordTable, NO_ROW};

/// The word classes the stages read by name: their indices are fixed, so a
/// stage asks for one with no lookup. Their words are declared in
/// `rules/english.rules`; a class no file declares is empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reserved {
    /// Tokenizer: abbreviations, with their period, that never end a
    /// sentence and may stand before a surname ("Gen.", "Mr.").
    TitleAbbreviation,
    /// Tokenizer: other abbreviations next to names that never end a
    /// sentence ("Sgt.", "St.", "Jr.").
    NameAbbreviation,
    /// Tokenizer: abbreviations that end a sentence when a clear sentence
    /// opener follows ("Inc.", "Sept.").
    Abbreviation,
    /// Tokenizer: abbreviations only before a number ("No. 5").
    NumberAbbreviation,
    /// Gazetteer: words right before a surname alias that do not make it
    /// someone else's name ("President Herzog", "Gen. Ortiz").
    SurnameTitle,
    /// Gazetteer: the words of a nasab ("bin", "ibn") that chain a name to
    /// a father's; a surname alias next to one is a word of a longer name
    /// ("Turki bin Talal bin Abdulaziz" is not King Salman's "Abdulaziz").
    NasabParticle,
    /// Gazetteer: the particles a hyphen joins to an Arabic surname
    /// ("al-", "el-"): a surname alias so joined after a capitalized word is
    /// a word of someone else's name ("Jamil al-Saleh" is not the
    /// gazetteer's Saleh), as after a nasab.
    JoinedParticle,
    /// Rules: words no gap crosses ("which", ";").
    ClauseBoundary,
    /// Rules: words between mentions of one list that make no list alone
    /// ("Ukraine, Denmark says").
    ListSeparator,
    /// Rules: words and phrases between mentions that make them one list
    /// ("Iran and Syria", "Iran, as well as Syria").
    Coordinator,
    /// Rules: a word before a mention that belongs to it ("the Houthis").
    Determiner,
    /// Rules: words after which a `verbs` word is a noun ("the strike").
    NounMarker,
    /// Factuality: words where the look-back for cues stops ("but").
    CueBoundary,
    /// Factuality: verbs before "to" that keep the trigger a fact ("began
    /// to send").
    AspectVerb,
    /// Factuality: a word right before the trigger that puts it in the
    /// future ("Spain to send tanks").
    FutureMarker,
    /// Factuality: cue words whose source is the mention after the cue
    /// ("according to Kyiv").
    CueSourceAfter,
    /// Factuality: modal verbs, which keep a negation after them ("would
    /// not send" is negated).
    ModalCue,
    /// Factuality: subordinators that open what a negation before them
    /// does not reach ("not yet known whether ...").
    CueScopeOpener,
    /// Factuality: nouns that report a deed ("reports that ...").
    ReportNoun,
    /// Factuality: words that call a report of a deed untrue after it
    /// ("... are false").
    DenialPredicate,
    /// Factuality: the forms of "be" before a `DenialPredicate`.
    Copula,
    /// Factuality: verbs of stopping or keeping on whose gerund or
    /// infinitive is a deed going on, whatever is said of the stopping
    /// ("urged Peru to stop shelling Chile").
    OngoingComplementVerb,
    /// Factuality: verbs of ending whose object is in force, whatever is
    /// said of the ending ("plans to lift its ban on Chile").
    OngoingObjectVerb,
}

impl Reserved {
    /// Every reserved class, in index order.
    pub(crate) const ALL: [Reserved; 23] = [
        Reserved::TitleAbbreviation,
        Reserved::NameAbbreviation,
        Reserved::Abbreviation,
        Reserved::NumberAbbreviation,
        Reserved::SurnameTitle,
        Reserved::NasabParticle,
        Reserved::JoinedParticle,
        Reserved::ClauseBoundary,
        Reserved::ListSeparator,
        Reserved::Coordinator,
        Reserved::Determiner,
        Reserved::NounMarker,
        Reserved::CueBoundary,
        Reserved::AspectVerb,
        Reserved::FutureMarker,
        Reserved::CueSourceAfter,
        Reserved::ModalCue,
        Reserved::CueScopeOpener,
        Reserved::ReportNoun,
        Reserved::DenialPredicate,
        Reserved::Copula,
        Reserved::OngoingComplementVerb,
        Reserved::OngoingObjectVerb,
    ];

    /// The name rule files give the class.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Reserved::TitleAbbreviation => "title_abbreviation",
            Reserved::NameAbbreviation => "name_abbreviation",
            Reserved::Abbreviation => "abbreviation",
            Reserved::NumberAbbreviation => "number_abbreviation",
            Reserved::SurnameTitle => "surname_title",
            Reserved::NasabParticle => "nasab_particle",
            Reserved::JoinedParticle => "joined_particle",
            Reserved::ClauseBoundary => "clause_boundary",
            Reserved::ListSeparator => "list_separator",
            Reserved::Coordinator => "coordinator",
            Reserved::Determiner => "determiner",
            Reserved::NounMarker => "noun_marker",
            Reserved::CueBoundary => "cue_boundary",
            Reserved::AspectVerb => "aspect_verb",
            Reserved::FutureMarker => "future_marker",
            Reserved::CueSourceAfter => "cue_source_after",
            Reserved::ModalCue => "modal_cue",
            Reserved::CueScopeOpener => "cue_scope_opener",
            Reserved::ReportNoun => "report_noun",
            Reserved::DenialPredicate => "denial_predicate",
            Reserved::Copula => "copula",
            Reserved::OngoingComplementVerb => "ongoing_complement_verb",
            Reserved::OngoingObjectVerb => "ongoing_object_verb",
        }
    }

    /// The class's index in every [`WordClasses`].
    #[inline(always)]
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// Whether the class is one of the tokenizer's abbreviations, whose
    /// words are written with their period.
    pub(crate) fn is_abbreviation(self) -> bool {
        matches!(
            self,
            Reserved::TitleAbbreviation
                | Reserved::NameAbbreviation
                | Reserved::Abbreviation
                | Reserved::NumberAbbreviation
        )
    }
}

/// One class to compile: its name (empty for a pattern's own class), its
/// one-word members and its phrases, all as normalized keys. Its words are
/// borrowed from the rule files (`'t`) where they write them as keys.
#[derive(Clone, Debug, Default)]
pub(crate) struct ClassSpec<'t> {
    pub(crate) name: String,
    pub(crate) words: Vec<Cow<'t, str>>,
    pub(crate) phrases: Vec<Vec<String>>,
}

/// Word classes compiled for lookup by word.
#[derive(Clone, Debug)]
pub(crate) struct WordClasses {
    /// Every one-word member of any class, to its row.
    words: WordTable,
    /// Per row, the classes holding the word, `mask_words` apiece.
    masks: Box<[u64]>,
    mask_words: usize,
    /// Per class, its phrases of two or more words.
    phrases: Vec<Vec<Box<[Box<str>]>>>,
    /// The named classes. Stages read the [`Reserved`] ones by index; this
    /// is for the classes they find by name (word lists of the stages to
    /// come: given names, organization head words).
    #[allow(dead_code)]
    names: HashMap<Box<str>, usize, FxBuild>,
}

impl WordClasses {
    /// Compiles `classes`; class `i` gets index `i`. Rows follow the order
    /// of the classes and their words, so they do not depend on hashing.
    pub(crate) fn new(classes: &[ClassSpec<'_>]) -> WordClasses {
        let mask_words = classes.len().div_ceil(64).max(1);
        // (Sized for every word once: the given names alone are tens of
        // thousands, and growing the map rehashed them a dozen times.)
        let words: usize = classes.iter().map(|c| c.words.len()).sum();
        let mut rows: HashMap<&str, usize, FxBuild> =
            HashMap::with_capacity_and_hasher(words, FxBuild::default());
        let mut order: Vec<&str> = Vec::with_capacity(words);
        let mut masks: Vec<u64> = Vec::with_capacity(words * mask_words);
        for (i, class) in classes.iter().enumerate() {
            for word in class.words.iter().map(|w| &**w) {
                let row = *rows.entry(word).or_insert_with(|| {
                    order.push(word);
                    masks.resize(masks.len() + mask_words, 0);
                    order.len() - 1
                });
                masks[row * mask_words + i / 64] |= 1 << (i % 64);
            }
        }
        WordClasses {
            words: WordTable::new(order.iter().enumerate().map(|(row, &w)| (w, row as u32))),
            masks: masks.into_boxed_slice(),
            mask_words,
            phrases: classes
                .iter()
                .map(|c| {
                    c.phrases
                        .iter()
                        .map(|p| p.iter().map(|w| w.as_str().into()).collect())
                        .collect()
                })
                .collect(),
            names: classes
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.name.is_empty())
                .map(|(i, c)| (c.name.as_str().into(), i))
                .collect(),
        }
    }

    /// The index of the class named `name`, for a stage to look up once
    /// when it is built.
    #[allow(dead_code)]
    pub(crate) fn id(&self, name: &str) -> Option<usize> {
        self.names.get(name).copied()
    }

    /// Every one-word member of any class, with its row.
    pub(crate) fn words(&self) -> &WordTable {
        &self.words
    }

    /// Per row, the classes holding its word, [`mask_words`](Self::mask_words)
    /// apiece.
    pub(crate) fn masks(&self) -> &[u64] {
        &self.masks
    }

    /// The `u64`s of one row's mask.
    pub(crate) fn mask_words(&self) -> usize {
        self.mask_words
    }

    /// Per row, the union of the `bits` of the classes holding its word,
    /// for `bits` pairs of a class and the bits a stage gives it (a class
    /// may come more than once). A stage's table of what it asks of each
    /// word, made once per build: each row's mask is read once and only its
    /// set bits are visited, where asking every class of the table of every
    /// row cost a tenth of the build.
    pub(crate) fn row_bits<T>(&self, bits: &[(usize, T)]) -> Vec<T>
    where
        T: Copy + Default + std::ops::BitOr<Output = T>,
    {
        let mut of_class = vec![T::default(); self.mask_words * 64];
        let mut asked = vec![0u64; self.mask_words];
        for &(class, b) in bits {
            if let Some(slot) = of_class.get_mut(class) {
                *slot = *slot | b;
                asked[class / 64] |= 1 << (class % 64);
            }
        }
        self.masks
            .chunks_exact(self.mask_words)
            .map(|mask| {
                let mut out = T::default();
                for (w, (&m, &a)) in mask.iter().zip(&asked).enumerate() {
                    let mut m = m & a;
                    while m != 0 {
                        out = out | of_class[w * 64 + m.trailing_zeros() as usize];
                        m &= m - 1;
                    }
                }
                out
            })
            .collect()
    }

    /// Whether the word of row `row` (or [`NO_ROW`]) is in class `class`.
    #[inline(always)]
    pub(crate) fn row_in(&self, row: u32, class: usize) -> bool {
        row != NO_ROW && self.masks[row as usize * self.mask_words + class / 64] >> (class % 64) & 1 == 1
    }

    /// The phrases of two or more words of class `class`.
    pub(crate) fn phrases(&self, class: usize) -> &[Box<[Box<str>]>] {
        self.phrases.get(class).map_or(&[], |p| p.as_slice())
    }

    /// Whether `keys` (the keys of consecutive tokens) are a member of
    /// class `class`; `row` is the row of the first key, for a member of
    /// one word.
    pub(crate) fn holds<'k>(
        &self,
        class: usize,
        row: u32,
        keys: impl ExactSizeIterator<Item = &'k str> + Clone,
    ) -> bool {
        match keys.len() {
            0 => false,
            1 => self.row_in(row, class),
            n => self
                .phrases(class)
                .iter()
                .any(|p| p.len() == n && p.iter().map(|w| &**w).eq(keys.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::key_hash;

    fn spec(name: &str, words: &[&'static str], phrases: &[&[&str]]) -> ClassSpec<'static> {
        ClassSpec {
            name: name.to_string(),
            words: words.iter().map(|&w| w.into()).collect(),
            phrases: phrases
                .iter()
                .map(|p| p.iter().map(|w| w.to_string()).collect())
                .collect(),
        }
    }

    #[test]
    fn words_and_phrases_by_class() {
        let classes = WordClasses::new(&[
            spec("determiner", &["the", "a"], &[]),
            spec("", &["the"], &[]),
            spec("coordinator", &["and"], &[&["as", "well", "as"], &[",", "and"]]),
        ]);
        let row = |w: &str| {
            classes
                .words()
                .get(w.as_bytes(), key_hash(w.as_bytes()))
                .unwrap_or(NO_ROW)
        };
        // (class, keys, member?)
        let cases: &[(usize, &[&str], bool)] = &[
            (0, &["the"], true),
            (1, &["the"], true),
            (0, &["and"], false),
            (2, &["and"], true),
            (2, &["as", "well", "as"], true),
            (2, &[",", "and"], true),
            (2, &["as", "well"], false),
            (2, &[], false),
            (0, &["iran"], false),
        ];
        for &(class, keys, want) in cases {
            let first = keys.first().map_or(NO_ROW, |k| row(k));
            assert_eq!(
                classes.holds(class, first, keys.iter().copied()),
                want,
                "{keys:?} in {class}"
            );
        }
        assert_eq!(classes.id("coordinator"), Some(2));
        assert_eq!(classes.id(""), None);
    }

    #[test]
    fn row_bits_are_the_union_of_the_bits_of_the_classes_of_each_row() {
        // Classes past the first 64, a class asked twice, a class not asked.
        let mut specs: Vec<ClassSpec<'static>> = (0..70).map(|_| spec("", &[], &[])).collect();
        specs[1] = spec("", &["the", "a"], &[]);
        specs[66] = spec("", &["the", "and"], &[]);
        specs[67] = spec("", &["and", "or"], &[]);
        let classes = WordClasses::new(&specs);
        let bits = classes.row_bits(&[(1, 1u32), (66, 2), (66, 4), (69, 8)]);
        let row = |w: &str| classes.words().get(w.as_bytes(), key_hash(w.as_bytes())).unwrap() as usize;
        // (word, bits)
        for (word, want) in [("the", 7), ("a", 1), ("and", 6), ("or", 0)] {
            assert_eq!(bits[row(word)], want, "{word}");
        }
        assert_eq!(bits.len(), 4);
    }

    #[test]
    fn reserved_names_are_distinct_and_in_index_order() {
        for (i, r) in Reserved::ALL.iter().enumerate() {
            assert_eq!(r.index(), i);
            assert!(Reserved::ALL[..i].iter().all(|o| o.name() != r.name()));
        }
    }
}
