//! The embedded defaults: the only place that names files under
//! `gazetteers/`, `rules/` and `mappings/`.
//!
//! They are compiled into the crate with `include_str!`, so
//! [`Extractor::default`](crate::Extractor::default) needs no files, and
//! built once per process on first use.

use once_cell::sync::Lazy;

use crate::extractor::Extractor;
use crate::rule::RuleSetBuilder;
use crate::token::Abbreviations;

/// The default gazetteers, in load order: `(file name, contents)`.
pub(crate) const GAZETTEERS: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../gazetteers/countries.tsv")),
    ("locations.tsv", include_str!("../gazetteers/locations.tsv")),
    (
        "organizations.tsv",
        include_str!("../gazetteers/organizations.tsv"),
    ),
    ("people.tsv", include_str!("../gazetteers/people.tsv")),
    ("weapons.tsv", include_str!("../gazetteers/weapons.tsv")),
    (
        "organizations_generated.tsv",
        include_str!("../gazetteers/organizations_generated.tsv"),
    ),
    ("weapons_oryx.tsv", include_str!("../gazetteers/weapons_oryx.tsv")),
];

/// The English the stages read: word classes (abbreviations, titles,
/// clause boundaries, coordinators, determiners, ...) and factuality cues;
/// the grammar stage's closed classes and its lexicon of open-class word
/// forms; then the word lists of the names stage (given names, titles, head
/// words, agent nouns). Loaded before any rule file, also when the default
/// rules are left out, so that entities do not depend on the relation rules.
pub(crate) const LANGUAGE: &[(&str, &str)] = &[
    ("english.rules", include_str!("../rules/english.rules")),
    ("grammar.rules", include_str!("../rules/grammar.rules")),
    ("lexicon.rules", include_str!("../rules/lexicon.rules")),
    (
        "lexicon_fixes.rules",
        include_str!("../rules/lexicon_fixes.rules"),
    ),
    (
        "names/given_names.rules",
        include_str!("../rules/names/given_names.rules"),
    ),
    ("names/titles.rules", include_str!("../rules/names/titles.rules")),
    (
        "names/particles.rules",
        include_str!("../rules/names/particles.rules"),
    ),
    (
        "names/organizations.rules",
        include_str!("../rules/names/organizations.rules"),
    ),
    ("names/agents.rules", include_str!("../rules/names/agents.rules")),
    (
        "names/evidence.rules",
        include_str!("../rules/names/evidence.rules"),
    ),
];

/// The frequent lower-case English words the names stage takes for no
/// name on weak evidence: `(file name, contents)`, one word a line. Not a
/// word class, so that they stay out of the lexicon every token is looked
/// up in (as frequent words, they would make the tokenizer find a word in
/// one token in three); the stage looks a capitalized word up there only
/// when it asks.
pub(crate) const COMMON_WORDS: (&str, &str) = (
    "rules/names/common_words.txt",
    include_str!("../rules/names/common_words.txt"),
);

/// The weapon designation patterns of the names stage: `(file name,
/// contents)`.
pub(crate) const DESIGNATIONS: (&str, &str) = (
    "names/designations.txt",
    include_str!("../rules/names/designations.txt"),
);

/// The default rules, in load order: `(file name, contents)`.
pub(crate) const RULES: &[(&str, &str)] = &[
    ("common.rules", include_str!("../rules/common.rules")),
    ("supply.rules", include_str!("../rules/supply.rules")),
    ("use.rules", include_str!("../rules/use.rules")),
    ("attack.rules", include_str!("../rules/attack.rules")),
    ("sanction.rules", include_str!("../rules/sanction.rules")),
    ("train.rules", include_str!("../rules/train.rules")),
    ("support.rules", include_str!("../rules/support.rules")),
    ("accuse.rules", include_str!("../rules/accuse.rules")),
    ("role.rules", include_str!("../rules/role.rules")),
];

/// The table from relation types to PLOVER events and CAMEO codes
/// ([`crate::plover::EventMap::default`]).
pub(crate) const PLOVER_MAP: (&str, &str) = ("plover.tsv", include_str!("../mappings/plover.tsv"));

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    Extractor::builder()
        .build()
        .expect("the embedded gazetteers and rules are valid")
});

pub(crate) fn extractor() -> &'static Extractor {
    &DEFAULT
}

/// The abbreviations of the embedded word classes, for tokenizing without
/// an extractor ([`Tokens::new`](crate::token::Tokens::new)): only the rule
/// files are read, not the gazetteers.
static ABBREVIATIONS: Lazy<Abbreviations> = Lazy::new(|| {
    let mut rules = RuleSetBuilder::default();
    for (name, text) in LANGUAGE.iter().chain(RULES) {
        rules
            .add_source(&format!("<embedded>/{name}"), text)
            .expect("the embedded rules are valid");
    }
    rules
        .tokenizer_abbreviations()
        .expect("the embedded word classes are valid")
});

pub(crate) fn abbreviations() -> &'static Abbreviations {
    &ABBREVIATIONS
}

/// The embedded English alone, built: its word classes and abbreviations,
/// for the unit tests of the stages that read them.
#[cfg(test)]
pub(crate) fn english() -> crate::rule::Built {
    let mut rules = RuleSetBuilder::default();
    for (name, text) in LANGUAGE {
        rules.add_source(&format!("<embedded>/{name}"), text).unwrap();
    }
    rules.build(&[]).unwrap()
}
