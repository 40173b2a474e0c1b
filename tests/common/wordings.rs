//! The harness of the tables of unseen wordings (`tests/unseen_wordings.rs`,
//! `tests/unseen_wordings_2.rs`, `tests/unseen_wordings_3.rs`,
//! `tests/unseen_wordings_4.rs`, `tests/unseen_wordings_5.rs`,
//! `tests/unseen_wordings_6.rs`, `tests/unseen_wordings_7.rs`,
//! `tests/unseen_wordings_8.rs`, `tests/unseen_wordings_9.rs`,
//! `tests/unseen_wordings_10.rs`, `tests/unseen_wordings_11.rs`,
//! `tests/unseen_wordings_12.rs`, `tests/unseen_wordings_13.rs`,
//! `tests/unseen_wordings_14.rs`, `tests/unseen_wordings_15.rs`,
//! `tests/unseen_wordings_16.rs`, `tests/unseen_wordings_17.rs`,
//! `tests/unseen_wordings_18.rs`, `tests/unseen_wordings_19.rs`,
//! `tests/unseen_wordings_20.rs`, `tests/unseen_wordings_21.rs`,
//! `tests/unseen_wordings_22.rs` to `tests/unseen_wordings_24.rs`,
//! `tests/unseen_wordings_26.rs` to `tests/unseen_wordings_28.rs`, `tests/unseen_wordings_30.rs`, `tests/unseen_wordings_32.rs`, and the tables of readers' findings,
//! `tests/reading_errors*.rs` and `tests/factuality_scope.rs`): a table
//! row is a sentence and the relations it must give, or must not give,
//! written `type role=value ... factuality`.

use newsie::Extractor;

/// A relation found: type, arguments as (role, value, text), factuality.
pub type Found = (String, Vec<(String, String, String)>, String);

/// The relations of `text`: type, each argument as (role, value, text),
/// and factuality; a value is the mention's id, and a weapon's class
/// after it ("su_30 aircraft").
pub fn relations(ex: &Extractor, text: &str) -> Vec<Found> {
    let out = ex.extract(text);
    out.relations()
        .iter()
        .map(|r| {
            let args = r
                .arguments()
                .iter()
                .filter_map(|a| {
                    let e = &out.entities()[a.entity?];
                    // A weapon's value is its class too ("Su-30": aircraft).
                    let id = match e.class() {
                        Some(class) => format!("{} {class}", e.id()),
                        None => e.id().to_string(),
                    };
                    Some((a.role.to_string(), id, e.text().to_string()))
                })
                .collect();
            (
                r.relation_type().to_string(),
                args,
                r.factuality().as_str().to_string(),
            )
        })
        .collect()
}

/// Whether relation `want` (`type role=value ... factuality`) is `got`:
/// same type and factuality, and each named role filled by a mention with
/// that id or that text.
pub fn matches(want: &str, got: &Found) -> bool {
    let words: Vec<&str> = want.split(' ').collect();
    let (kind, fact) = (words[0], words[words.len() - 1]);
    // A value may hold spaces ("Javier Milei"): the words after `role=` up
    // to the next `role=` are its value.
    let mut wanted: Vec<(&str, String)> = Vec::new();
    for w in &words[1..words.len() - 1] {
        match w.split_once('=') {
            Some((role, value)) => wanted.push((role, value.to_string())),
            None => {
                if let Some(last) = wanted.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(w);
                }
            }
        }
    }
    got.0 == kind
        && got.2 == fact
        && wanted.iter().all(|(role, value)| {
            got.1.iter().any(|(r, id, text)| {
                r == role && (id.split(' ').any(|x| x == value) || text.contains(value.as_str()))
            })
        })
}

/// The rows of `table` whose relations are not found (or, for a sentence
/// with none, that give some), leaving out the `known` misses
/// (`sentence`, `relation`).
pub fn failures(ex: &Extractor, table: &[(&str, &[&str])], known: &[(&str, &str)]) -> Vec<String> {
    let mut failures = Vec::new();
    for (text, wanted) in table {
        let got = relations(ex, text);
        for want in *wanted {
            let missed = known.iter().any(|(t, w)| t == text && w == want);
            if !missed && !got.iter().any(|g| matches(want, g)) {
                failures.push(format!("{text}\n  want {want}\n  got  {got:?}"));
            }
        }
        if wanted.is_empty() && !got.is_empty() {
            failures.push(format!("{text}\n  want none\n  got  {got:?}"));
        }
    }
    failures
}

/// The wrong readings the rows of `table` still give: each row is a
/// sentence and relations it must not give (a reader's finding, or a
/// trap's reading in another sense).
#[allow(dead_code)]
pub fn wrong_readings(ex: &Extractor, table: &[(&str, &[&str])]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (text, unwanted) in table {
        let got = relations(ex, text);
        for u in *unwanted {
            if got.iter().any(|g| matches(u, g)) {
                wrong.push(format!("{text}\n  must not give {u}\n  got  {got:?}"));
            }
        }
    }
    wrong
}

/// What is wrong with the list of `known` misses of `tables`: a miss that
/// no row of the tables holds, or one the engine now finds (it moves into
/// the tables). Empty when every known miss is a listed row still missed.
/// (The first table keeps its misses in a comment, so it has no use for it.)
#[allow(dead_code)]
pub fn stale_misses(ex: &Extractor, tables: &[&[(&str, &[&str])]], known: &[(&str, &str)]) -> Vec<String> {
    let mut stale = Vec::new();
    for (text, want) in known {
        let listed = tables
            .iter()
            .flat_map(|table| table.iter())
            .any(|(t, w)| t == text && w.contains(want));
        if !listed {
            stale.push(format!("not in the tables: {text} => {want}"));
        } else if relations(ex, text).iter().any(|g| matches(want, g)) {
            stale.push(format!("now found, drop it from KNOWN_MISSES: {text} => {want}"));
        }
    }
    stale
}

/// `want` with its factuality replaced by `fact`: the evaluator matches a
/// relation whatever its factuality (scored apart). (Only the blind sets
/// scored against a gold file use it and the two after it.)
#[allow(dead_code)]
pub fn with_factuality(want: &str, fact: &str) -> String {
    let (head, _) = want.rsplit_once(' ').unwrap();
    format!("{head} {fact}")
}

/// The relations the rows of a blind set give beyond their gold, its
/// required relations and then its `optional` ones (each gold relation
/// matched at most once, as the evaluator does), as (text, relation found).
#[allow(dead_code)]
pub fn extra_relations(
    ex: &Extractor,
    set: &[(&'static str, &[&str])],
    optional: &[(&str, &[&str])],
) -> Vec<(&'static str, Found)> {
    let mut extra = Vec::new();
    for (text, wanted) in set {
        let optional = optional
            .iter()
            .filter(|(t, _)| t == text)
            .flat_map(|(_, o)| o.iter());
        let gold: Vec<&str> = wanted.iter().chain(optional).copied().collect();
        let mut used = vec![false; gold.len()];
        for got in relations(ex, text) {
            let hit = gold
                .iter()
                .enumerate()
                .position(|(i, g)| !used[i] && matches(&with_factuality(g, &got.2), &got));
            match hit {
                Some(i) => used[i] = true,
                None => extra.push((*text, got)),
            }
        }
    }
    extra
}

/// The relations of `extra` that are no `known` false positive, and the
/// known ones no longer given (to be dropped from the list).
#[allow(dead_code)]
pub fn unexpected_relations(extra: &[(&str, Found)], known: &[(&str, &str)]) -> Vec<String> {
    let mut wrong: Vec<String> = extra
        .iter()
        .filter(|(text, got)| !known.iter().any(|(t, w)| t == text && matches(w, got)))
        .map(|(text, got)| format!("{text}\n  not in the gold: {got:?}"))
        .collect();
    for (text, fp) in known {
        if !extra.iter().any(|(t, got)| t == text && matches(fp, got)) {
            wrong.push(format!(
                "no longer given, drop it from KNOWN_FALSE_POSITIVES: {text} => {fp}"
            ));
        }
    }
    wrong
}
