//! Inputs built to break things: each must finish, with output that keeps
//! every invariant (see `common`). They are generated here rather than
//! committed. How long they take per byte, against ordinary news, is
//! measured in `benches/extract.rs` (group `adversarial`), not here.

mod common;

use newsie::Extractor;

/// `unit` repeated until the text reaches `bytes`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// The adversarial inputs, by name. Shared with the benchmark by copy: a
/// test file cannot export to a bench target.
fn cases() -> Vec<(&'static str, String)> {
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
