//! The inputs of the issue "Bounded cost on any input", at any size: the
//! shapes of text that cost the most per byte. One definition for the test
//! that checks their output (`tests/adversarial.rs`, small sizes), the
//! criterion group that times them (`benches/extract.rs`, group
//! `adversarial`) and the generator of the 8 MB documents that
//! `benches/adversarial.sh` runs the `extract` binary on
//! (`examples/adversarial_corpus.rs`). Generated, never committed.

// Each user of this module takes what it needs.
#![allow(dead_code)]

use newsie::{EntityType, Extractor};

/// Five suppliers, four weapons and four recipients in one sentence: every
/// match has more combinations of fillers than the extractor emits.
pub const COORDINATED_LISTS: &str = "Iran, Russia, China, Syria and Belarus supplied drones, \
    missiles, tanks and rifles to Ukraine, Georgia, Armenia and Serbia. ";

/// Every sentence a supply relation, in capitals.
pub const CAPITALS: &str = "IRAN SUPPLIED DRONES TO RUSSIA. CHINA SOLD MISSILES TO SYRIA. \
    BELARUS DELIVERED TANKS TO SERBIA. PERU SHIPPED RIFLES TO CHILE. ";

/// Arabic, Chinese, emoji and NUL bytes among English words.
pub const MIXED_SCRIPTS: &str = "Iran sold drones to Russia, قالت وزارة الخارجية الإيرانية \
    伊朗向俄罗斯出售无人机 🚀🇮🇷 \0Ukraine bought missiles\0from Turkey 👩‍👩‍👧 في طهران 和北京. ";

/// Curly quotes, dashes, guillemets, ellipses and no-break spaces around
/// the words.
pub const CURLY_QUOTES: &str = "“Iran sold ‘drones’ to Russia,” said officials… «Peru» \
    ‘bought’ “tanks” – from ‘Chile’—in “Lima”.\u{a0}";

/// Trigger words, and countries right before weapons (each weapon takes
/// the country as its origin), without a sentence end: repeated, one
/// sentence of any length.
pub const TRIGGER_WORDS: &str = "Iran drones sold to Peru arms supplied Cuba tanks and \
    Iranian missiles attacked Chile rifles delivered Russian jets ";

/// People named beside descriptions of them and of others, with names
/// the names stage infers: each description looks up the names around it,
/// which once cost the number of names in the document each.
pub const DESCRIBED_PEOPLE: &str = "Zorbel Holdings chief Ann Vega and an Acme Holdings \
    official, Bo Lin, met. ";

/// A title-case headline without end, every word capitalized, with a
/// weapon's name after a verb of firing: each weapon asks the headline's
/// shape, which once read the whole sentence for each.
pub const TITLE_CASE_SENTENCE: &str = "Army Fires Zorbak Missile At Base ";

/// How many names one list of [`names_list`] holds.
pub const NAMES_PER_LIST: usize = 50_000;

/// One input: its name, its text, and the unit it repeats when the text is
/// a unit of whole sentences repeated (so that its findings are the
/// unit's, repeated).
pub struct Input {
    pub name: &'static str,
    pub text: String,
    pub unit: Option<&'static str>,
}

/// `unit` repeated until the text reaches `bytes`.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// The person names of `ex`'s gazetteer that are found whole, as
/// themselves, when they stand alone.
pub fn findable_names(ex: &Extractor) -> Vec<&str> {
    ex.entries()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Person)
        .filter(|e| {
            let out = ex.extract_entities(e.name());
            matches!(out.entities(), [m] if m.id() == e.id() && m.text() == e.name())
        })
        .map(|e| e.name())
        .collect()
}

/// Sentences that list [`NAMES_PER_LIST`] of `names` (in turn) separated
/// by commas, until the text reaches `bytes`.
pub fn names_list(names: &[&str], bytes: usize) -> String {
    let mut names = names.iter().cycle();
    let mut text = String::new();
    while text.len() < bytes {
        for (i, name) in names.by_ref().take(NAMES_PER_LIST).enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(name);
        }
        text.push_str(" met in Geneva. ");
    }
    text
}

/// The six inputs of the issue, and people beside descriptions, each at
/// least `bytes` long.
pub fn inputs(ex: &Extractor, bytes: usize) -> Vec<Input> {
    let repeated = |name, unit| Input {
        name,
        text: repeat_to(unit, bytes),
        unit: Some(unit),
    };
    vec![
        repeated("coordinated_lists", COORDINATED_LISTS),
        repeated("capitals_supply", CAPITALS),
        repeated("mixed_scripts", MIXED_SCRIPTS),
        Input {
            name: "trigger_sentence",
            text: repeat_to(TRIGGER_WORDS, bytes),
            unit: None,
        },
        repeated("curly_quotes", CURLY_QUOTES),
        Input {
            name: "described_people",
            text: repeat_to(DESCRIBED_PEOPLE, bytes),
            unit: None,
        },
        Input {
            name: "title_case_sentence",
            text: repeat_to(TITLE_CASE_SENTENCE, bytes),
            unit: None,
        },
        Input {
            name: "names_list",
            text: names_list(&findable_names(ex), bytes),
            unit: None,
        },
    ]
}
