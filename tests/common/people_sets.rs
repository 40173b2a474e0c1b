//! The harness of the tables of people mentions
//! (`tests/people_in_transcripts.rs`, `tests/people_by_title.rs`): a text
//! with the person mentions a reader marks, each written as the text it
//! covers, with `#n` for its n-th occurrence; a mention is found when a
//! PERSON mention overlaps it. And rows of texts with the person mentions
//! they must and must not have.

use newsie::{EntityType, EvidenceKind, Extractor, Span};

/// Where the `n`-th occurrence (1-based) of `needle` as whole words stands
/// in `text`.
pub fn occurrence(text: &str, needle: &str, n: usize) -> Option<Span> {
    let mut from = 0;
    let mut seen = 0;
    while let Some(i) = text[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if word(text[..start].chars().next_back()) || word(text[end..].chars().next()) {
            from = start + needle.len();
            continue;
        }
        seen += 1;
        if seen == n {
            return Some(Span::new(start, end));
        }
        from = start + needle.len();
    }
    None
}

/// The gold spans of a text.
fn gold_spans(text: &str, gold: &[&str]) -> Vec<(String, Span)> {
    gold.iter()
        .map(|g| {
            let (needle, n) = match g.rsplit_once('#') {
                Some((needle, n)) if n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() => {
                    (needle, n.parse().unwrap())
                }
                _ => (*g, 1),
            };
            let span = occurrence(text, needle, n).unwrap_or_else(|| panic!("{g:?} not in {text:?}"));
            (g.to_string(), span)
        })
        .collect()
}

/// What a table scores: gold mentions found, gold mentions in all, person
/// mentions that overlap no gold mention, and the misses and false hits.
#[derive(Default, Debug)]
pub struct Score {
    pub found: usize,
    pub total: usize,
    pub false_hits: usize,
    pub misses: Vec<String>,
    pub wrong: Vec<String>,
}

pub fn score(ex: &Extractor, table: &[(&str, &[&str])]) -> Score {
    let mut s = Score::default();
    for (text, gold) in table {
        let gold = gold_spans(text, gold);
        let out = ex.extract(text);
        let people: Vec<Span> = out
            .entities()
            .iter()
            .filter(|e| e.entity_type() == EntityType::Person)
            .map(|e| e.span())
            .collect();
        for (g, span) in &gold {
            s.total += 1;
            if people.iter().any(|p| p.overlaps(*span)) {
                s.found += 1;
            } else {
                s.misses.push(format!("{g:?} in {text:?}"));
            }
        }
        for p in &people {
            if !gold.iter().any(|(_, g)| g.overlaps(*p)) {
                s.false_hits += 1;
                s.wrong.push(format!("{:?} in {text:?}", &text[p.start..p.end]));
            }
        }
    }
    s
}

pub fn report(name: &str, s: &Score) {
    eprintln!(
        "{name}: {}/{} found, {} false hits\nmisses:\n  {}\nfalse hits:\n  {}",
        s.found,
        s.total,
        s.false_hits,
        s.misses.join("\n  "),
        s.wrong.join("\n  ")
    );
}

/// Scores blind set `table`, reports it, and asserts that it finds at
/// least `found` mentions with at most `false_hits` false hits.
pub fn assert_scores(ex: &Extractor, name: &str, table: &[(&str, &[&str])], found: usize, false_hits: usize) {
    let s = score(ex, table);
    report(name, &s);
    assert!(s.found >= found && s.false_hits <= false_hits, "{name}: {s:?}");
}

/// The texts of the person mentions newsie finds in `text`.
pub fn person_texts(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Person)
        .map(|e| e.text().to_string())
        .collect()
}

/// Each text, the person mentions it must have (by their text) and the
/// ones it must not.
pub type Rows<'r> = &'r [(&'r str, &'r [&'r str], &'r [&'r str])];

pub fn check_rows(ex: &Extractor, rows: Rows) {
    for (text, must, never) in rows {
        let found = person_texts(ex, text);
        for m in *must {
            assert!(
                found.iter().any(|f| f == m),
                "{m:?} not found in {text:?}: {found:?}"
            );
        }
        for n in *never {
            assert!(
                !found.iter().any(|f| f == n),
                "{n:?} found in {text:?}: {found:?}"
            );
        }
    }
}

/// A gold name: its text, span and whether it may go unfound.
pub fn gold(text: &str, g: &str) -> (String, Span, bool) {
    let (g, optional) = match g.strip_prefix('?') {
        Some(g) => (g, true),
        None => (g, false),
    };
    let (needle, n) = match g.rsplit_once('#') {
        Some((needle, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            (needle, n.parse().unwrap())
        }
        _ => (g, 1),
    };
    let span = occurrence(text, needle, n).unwrap_or_else(|| panic!("{g:?} not in {text:?}"));
    (g.to_string(), span, optional)
}

/// The person mentions that name someone: not pronouns, possessives or
/// descriptions.
pub fn named_people(ex: &Extractor, text: &str) -> Vec<Span> {
    ex.extract(text)
        .entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Person)
        .filter(|e| {
            !e.evidence().is_some_and(|v| {
                matches!(
                    v.kind(),
                    EvidenceKind::Pronoun | EvidenceKind::Possessive | EvidenceKind::Description
                )
            })
        })
        .map(|e| e.span())
        .collect()
}

/// Names found, names in all (not the optional ones), and the misses and
/// false hits.
pub fn score_people(ex: &Extractor, table: &[(&str, &[&str])]) -> (usize, usize, Vec<String>, Vec<String>) {
    let (mut found, mut total, mut misses, mut wrong) = (0, 0, Vec::new(), Vec::new());
    for (text, names) in table {
        let gold: Vec<_> = names.iter().map(|g| gold(text, g)).collect();
        let people = named_people(ex, text);
        for (g, span, optional) in &gold {
            let hit = people.iter().any(|p| p.overlaps(*span));
            if !optional {
                total += 1;
                found += usize::from(hit);
                if !hit {
                    misses.push(format!("{g:?} in {text:?}"));
                }
            }
        }
        for p in &people {
            if !gold.iter().any(|(_, g, _)| g.overlaps(*p)) {
                wrong.push(format!("{:?} in {text:?}", &text[p.start..p.end]));
            }
        }
    }
    (found, total, misses, wrong)
}
