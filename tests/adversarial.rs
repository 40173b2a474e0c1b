//! Inputs built to break things: each must finish, with output that keeps
//! every invariant (see `common`). They are generated here rather than
//! committed. How long they take per byte, against ordinary news, is
//! measured in `benches/extract.rs` (group `adversarial`) and, through the
//! `extract` binary at 8 MB, by `benches/adversarial.sh`, not here.

mod common;
#[path = "adversarial/inputs.rs"]
mod inputs;

use std::collections::HashMap;

use inputs::repeat_to;
use newsie::{EntityType, Extractor};

/// The adversarial inputs, by name: the six (see `inputs`) at
/// 200 KB, and more.
fn cases() -> Vec<(&'static str, String)> {
    let ex = Extractor::default();
    let mut cases: Vec<(&'static str, String)> = inputs::inputs(&ex, 200_000)
        .into_iter()
        .map(|input| (input.name, input.text))
        .collect();
    cases.extend(more_cases());
    cases
}

fn more_cases() -> Vec<(&'static str, String)> {
    let countries = [
        "Iran", "Iraq", "Peru", "Chile", "Russia", "Ukraine", "Norway", "Kenya", "Japan", "Cuba",
    ];
    let comma_list: Vec<&str> = countries.iter().copied().cycle().take(50_000).collect();
    vec![
        (
            "10 MB without white space",
            repeat_to("Iran-sold,drones.to(Russia)'s", 10 << 20),
        ),
        (
            "10 MB of letters without white space",
            "Ukraine".repeat((10 << 20) / 7),
        ),
        (
            "200,000-token sentence without punctuation",
            repeat_to("Iran sold drones to Russia and ", 200_000 * 6),
        ),
        ("50,000 countries separated by commas", comma_list.join(", ")),
        ("50,000 countries joined by and", comma_list.join(" and ")),
        (
            "nested and unbalanced quotes",
            repeat_to("“‘\"«Iran ‹said› “Russia ‘bought\" drones’ ”", 200_000),
        ),
        (
            "mixed scripts and right-to-left text",
            repeat_to(
                "إيران sold drones to Russia \u{202b}איראן\u{202c} مُسيّرات to Ukraine. ",
                200_000,
            ),
        ),
        (
            "emoji, flags and combining marks",
            repeat_to(
                "🇮🇷 Ira\u{301}n 👩‍👩‍👧 sold d\u{300}rones 🙂 to Russia\u{20dd}. ",
                200_000,
            ),
        ),
        (
            "NUL bytes",
            repeat_to("Iran\0sold\0drones\0to Russia.\0\0", 200_000),
        ),
        (
            "Windows line endings",
            repeat_to("Iran sold drones\r\nto Russia.\r\n\r\n", 200_000),
        ),
        (
            "all capitals",
            repeat_to("IRAN SOLD DRONES TO RUSSIA, THE U.S. SAID. ", 200_000),
        ),
        ("only punctuation", repeat_to(".,;:!?()[]{}'\"-–—…", 200_000)),
        ("one long word", "a".repeat(1 << 20)),
        ("only white space", repeat_to(" \t\n\r\u{a0}\u{2028}", 200_000)),
    ]
}

#[test]
fn adversarial_inputs_finish_and_keep_invariants() {
    let ex = Extractor::default();
    for (name, text) in cases() {
        let out = ex.extract(&text);
        common::check(&text, &out);
        eprintln!(
            "{name}: {} bytes, {} entities, {} relations",
            text.len(),
            out.entities().len(),
            out.relations().len()
        );
        // Something is found wherever a country stands as a word of its own.
        let words_apart = !name.contains("letters");
        if words_apart && (text.contains("Russia") || text.contains("RUSSIA")) {
            assert!(!out.entities().is_empty(), "{name}: no entities");
        }
    }
}

#[test]
fn adversarial_text_is_read_like_ordinary_text() {
    let ex = Extractor::default();
    let ids = |t: &str| -> Vec<String> {
        ex.extract(t)
            .entities()
            .iter()
            .map(|e| e.id().to_string())
            .collect()
    };
    // Line endings, NULs and capitals do not hide the entities.
    assert_eq!(ids("Iran sold drones\r\nto Russia.\r\n"), ["IRN", "drone", "RUS"]);
    assert_eq!(ids("Iran\0sold\0drones\0to Russia."), ["IRN", "drone", "RUS"]);
    assert_eq!(ids("IRAN SOLD DRONES TO RUSSIA."), ["IRN", "drone", "RUS"]);
    // The relation survives Windows line endings.
    let out = ex.extract("Iran sold drones to Russia.\r\n");
    assert_eq!(out.relations().len(), 1);
    assert_eq!(out.relations()[0].relation_type(), "supply");
}

/// Relations per evidence sentence (or window of a run-on sentence).
fn relations_per_sentence(out: &newsie::Extraction<'_>) -> HashMap<newsie::Span, usize> {
    let mut per_sentence = HashMap::new();
    for r in out.relations() {
        *per_sentence.entry(r.sentence()).or_insert(0) += 1;
    }
    per_sentence
}

#[test]
fn repeated_sentences_repeat_their_findings() {
    // A text of whole sentences repeated finds what one of them finds,
    // as many times: nothing is lost, merged or multiplied across
    // sentences, however many there are. (Without the cap on relations
    // per document, which the lists input reaches: see
    // `coordinated_lists_are_bounded`.)
    let ex = Extractor::builder()
        .max_relations_per_document(usize::MAX)
        .build()
        .unwrap();
    for input in inputs::inputs(&ex, 100_000) {
        let Some(unit) = input.unit else { continue };
        let (one, all) = (ex.extract(unit), ex.extract(&input.text));
        common::check(&input.text, &all);
        let n = input.text.len() / unit.len();
        let name = input.name;
        assert!(!one.relations().is_empty(), "{name}: the unit states a relation");
        assert_eq!(
            all.sentences().len(),
            n * one.sentences().len(),
            "{name}: sentences"
        );
        assert_eq!(all.entities().len(), n * one.entities().len(), "{name}: entities");
        assert_eq!(
            all.relations().len(),
            n * one.relations().len(),
            "{name}: relations"
        );
        assert_eq!(
            all.cut_relations(),
            n * one.cut_relations(),
            "{name}: cut relations"
        );
        let most = relations_per_sentence(&all).into_values().max();
        let most_in_one = relations_per_sentence(&one).into_values().max();
        assert_eq!(most, most_in_one, "{name}: relations in one sentence");
    }
}

#[test]
fn coordinated_lists_are_bounded() {
    // 5 suppliers, 4 weapons and 4 recipients: 80 combinations a sentence,
    // of which at most 64 become relations (the bound of one match,
    // `MAX_COMBINATIONS`) and the rest are counted as cut; within the caps
    // on relations per sentence (100) and per document (10,000).
    const MOST_PER_MATCH: usize = 64;
    const MOST_PER_DOCUMENT: usize = 10_000;
    let text = repeat_to(inputs::COORDINATED_LISTS, 100_000);

    // Without the document's cap, every sentence states its relations.
    let ex = Extractor::builder()
        .max_relations_per_document(usize::MAX)
        .build()
        .unwrap();
    let out = ex.extract(&text);
    let per_sentence = relations_per_sentence(&out);
    assert_eq!(
        per_sentence.len(),
        out.sentences().len(),
        "every sentence states some"
    );
    assert!(
        per_sentence.values().all(|&n| n <= MOST_PER_MATCH),
        "{per_sentence:?}"
    );
    assert!(
        out.cut_relations() >= out.sentences().len(),
        "the bound is reached"
    );
    assert!(out.relations().len() > MOST_PER_DOCUMENT);

    // With it, the document keeps as many as it may, the first sentences'
    // whole, and reports a cut (past the cap the rest of the document is
    // not matched, so the count is not the whole of what was left out).
    let ex = Extractor::default();
    let capped = ex.extract(&text);
    common::check(&text, &capped);
    assert_eq!(capped.relations().len(), MOST_PER_DOCUMENT);
    assert_eq!(
        capped.relations()[..],
        out.relations()[..MOST_PER_DOCUMENT],
        "the relations kept are the first ones"
    );
    assert!(capped.cut_relations() > 0, "the cut is reported");
}

#[test]
fn one_sentence_of_trigger_words_gives_every_weapon_its_origin() {
    // Over 200,000 tokens without a sentence end, a country before every
    // weapon: each weapon takes its country as origin, and the relations
    // stay inside the windows of the sentence.
    let ex = Extractor::default();
    let text = repeat_to(inputs::TRIGGER_WORDS, 1_400_000);
    let out = ex.extract(&text);
    common::check(&text, &out);
    assert_eq!(out.sentences().len(), 1);
    let weapons: Vec<_> = out
        .entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Weapon)
        .collect();
    let units = text.len() / inputs::TRIGGER_WORDS.len();
    // Drones, arms, tanks, missiles and rifles ("jets" is no weapon).
    assert_eq!(weapons.len(), 5 * units);
    let origins: Vec<_> = weapons.iter().take(6).map(|w| w.origin()).collect();
    assert_eq!(
        origins,
        [
            Some("IRN"),
            Some("PER"),
            Some("CUB"),
            Some("IRN"),
            Some("CHL"),
            Some("IRN")
        ]
    );
    assert!(weapons.iter().all(|w| w.origin().is_some()));
    assert!(!out.relations().is_empty());
}

#[test]
fn no_window_of_a_run_on_sentence_ends_inside_a_mention() {
    // Found by fuzzing (`extract`): a sentence of over 200 tokens is
    // matched in windows of 200, and a window ended inside "International
    // Institute for Strategic Studies", so that the role relation found in
    // it had an argument past its evidence.
    let ex = Extractor::default();
    let fuzzed = "d o*h\u{fffd}P#9;s J 0 s N t e d h a#9;s e k h s a 6-r-p\u{fffd}\u{fffd}6 n y,g g e r,y a\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}c\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}d n s o a e y d g y n\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}s r e t h,d t a Oz,a senior fellow at the International Institute for Strategic Studies";
    let out = ex.extract(fuzzed);
    common::check(fuzzed, &out);
    // The window's end at every word of the relation, and around it.
    let tail = "Dana Ortiz, a senior fellow at the International Institute for Strategic Studies.";
    let mut roles = 0;
    for n in 180..=200 {
        let text = format!("{}{tail}", "and ".repeat(n));
        let out = ex.extract(&text);
        common::check(&text, &out);
        roles += out.relations().len();
    }
    assert!(roles > 0, "the role is found");
}

#[test]
fn a_list_of_50000_names_finds_every_name() {
    let ex = Extractor::default();
    let names = inputs::findable_names(&ex);
    assert!(names.len() > 1_000, "{} names", names.len());
    let text = inputs::names_list(&names, 1);
    let out = ex.extract(&text);
    common::check(&text, &out);
    let found: Vec<&str> = out.entities().iter().map(|e| e.text()).collect();
    let listed: Vec<&str> = names
        .iter()
        .copied()
        .cycle()
        .take(inputs::NAMES_PER_LIST)
        .collect();
    assert_eq!(found.len(), listed.len());
    assert!(found == listed, "the names found are the names listed, in order");
}

#[test]
fn a_copula_that_ends_the_text_is_read_without_a_word_after_it() {
    // Found by fuzzing (`extract`, 2026-12-02): the factuality check of
    // "called untrue" read the word after a sentence's last copula, past
    // the end of the text when the copula ended it ("... and they were"),
    // and panicked. Every relation of such a text is judged now, and a
    // copula before "-ly" and a denial word still denies.
    let ex = Extractor::default();
    for text in [
        "Peru sold drones to Chile and they were",
        "Peru sold drones to Chile, it is",
        "Peru sold drones to Chile. Reports of it were",
        "Reports that Peru sold drones to Chile were",
    ] {
        let out = ex.extract(text);
        common::check(text, &out);
        assert!(
            out.relations().iter().any(|r| r.relation_type() == "supply"),
            "{text:?}: the supply is still found"
        );
    }
}

#[test]
fn a_particle_before_one_word_and_a_code_does_not_stop_the_names_pass() {
    // Found by fuzzing (`extract`, 2026-12-02, as an allocation of 2 GB):
    // on "de A R2" the names stage read the run "A" from its particle "de"
    // and gave back the short code "R2" as a designation, ending the run
    // where it began, so its pass over the sentence stood still and kept
    // the same run forever. A run now ends a token past where it began at
    // least, and every step of the pass moves on.
    let ex = Extractor::default();
    for text in [
        "de A R2",
        "Ann said de A R2 fired.",
        "bin X V9 drones were seen, and al-B J2 too.",
        "They met van A B7 and de La C4 in Lima.",
    ] {
        let out = ex.extract(text);
        common::check(text, &out);
    }
}
