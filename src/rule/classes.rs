//! Word class and cue declarations: `words`, `verbs` and `cues` lines (and
//! the indented lines that continue them), changes to classes declared
//! earlier (`+=`, `-=`, `=`), and resolving each class to its members at
//! build time.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use super::syntax::{inflections, split_with_offsets, Line};
use super::{ClassDecl, Place, RuleSetBuilder};
use crate::classes::{ClassSpec, Reserved};
use crate::error::{Error, ErrorKind};
use crate::relation::Factuality;
use crate::token::{phrase_key, Abbreviations};

/// What a `words` or `verbs` line does to its class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Op {
    /// `NAME:` declares the class.
    Declare,
    /// `NAME +=` adds members.
    Add,
    /// `NAME -=` takes members out.
    Remove,
    /// `NAME =` replaces the members.
    Replace,
}

/// The classes a class takes in, each once, in the order they are named.
/// Taking one out leaves a gap, so that adding and removing cost the same
/// however many there are.
#[derive(Debug, Default)]
pub(super) struct Includes {
    names: Vec<Option<(String, Place)>>,
    at: HashMap<String, usize>,
}

impl Includes {
    fn add(&mut self, name: &str, place: Place) {
        if !self.at.contains_key(name) {
            self.at.insert(name.to_string(), self.names.len());
            self.names.push(Some((name.to_string(), place)));
        }
    }

    /// Takes `name` out; false if it was not in.
    fn remove(&mut self, name: &str) -> bool {
        let Some(i) = self.at.remove(name) else {
            return false;
        };
        self.names[i] = None;
        true
    }

    fn clear(&mut self) {
        self.names.clear();
        self.at.clear();
    }

    fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    fn iter(&self) -> impl Iterator<Item = &(String, Place)> {
        self.names.iter().flatten()
    }
}

/// A member of a word class: one word key, or a phrase of two or more.
/// Ordered as the list of its words.
///
/// A word the rule file writes as its own key (a plain word in lower case,
/// as nearly all are) is borrowed from the file: the lists of the names
/// stage and the lexicon hold tens of thousands of words, and giving each
/// its own allocations, on reading it, on resolving its class and on
/// dropping both, cost more than a quarter of building an extractor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Member<'t> {
    Word(Cow<'t, str>),
    /// Two or more words.
    Phrase(Box<[String]>),
}

impl Member<'_> {
    /// The member of these words (a word alone is a [`Member::Word`]).
    fn of(mut words: Vec<String>) -> Self {
        if words.len() == 1 {
            Member::Word(Cow::Owned(words.pop().unwrap_or_default()))
        } else {
            Member::Phrase(words.into_boxed_slice())
        }
    }

    /// Its words.
    fn words(&self) -> impl Iterator<Item = &str> {
        let (word, phrase) = match self {
            Member::Word(w) => (Some(&**w), &[][..]),
            Member::Phrase(p) => (None, &p[..]),
        };
        word.into_iter().chain(phrase.iter().map(String::as_str))
    }

    fn into_words(self) -> Vec<String> {
        match self {
            Member::Word(w) => vec![w.into_owned()],
            Member::Phrase(p) => p.into_vec(),
        }
    }
}

impl Ord for Member<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Member::Word(a), Member::Word(b)) => a.cmp(b),
            (Member::Phrase(a), Member::Phrase(b)) => a.cmp(b),
            // (A word is the shorter list.)
            (Member::Word(a), Member::Phrase(b)) => (**a).cmp(b[0].as_str()).then(Ordering::Less),
            (Member::Phrase(a), Member::Word(b)) => a[0].as_str().cmp(b).then(Ordering::Greater),
        }
    }
}

impl PartialOrd for Member<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A list being read: a word class, or the cues of one factuality.
pub(super) enum List {
    Class {
        class: usize,
        op: Op,
        /// For a declaration, where an empty list is reported: the end of
        /// its first line.
        end: Option<Place>,
    },
    Cues(Factuality),
}

impl<'t> RuleSetBuilder<'t> {
    /// Starts a `words`, `verbs` or `cues` list from its first line; `rest`
    /// (at byte `at`) follows the keyword.
    pub(super) fn list_head(
        &mut self,
        line: Line<'_>,
        keyword: &str,
        rest: &'t str,
        at: usize,
    ) -> Result<List, Error> {
        if keyword == "cues" {
            let Some((name, items)) = rest.split_once(':') else {
                return Err(line.err(at, "expected 'cues FACTUALITY: PHRASE ...'"));
            };
            let Some(factuality) = Factuality::from_name(name.trim()) else {
                return Err(line.err(
                    at,
                    format!(
                        "unknown factuality '{}' (expected asserted, negated, denied, alleged or uncertain)",
                        name.trim()
                    ),
                ));
            };
            let mut list = List::Cues(factuality);
            self.list_items(&mut list, line, items, at + name.len() + 1)?;
            return Ok(list);
        }
        let verbs = keyword == "verbs";
        let Some(op_at) = rest.find([':', '=']) else {
            return Err(line.err(at, format!("expected '{keyword} NAME: WORD ...'")));
        };
        let (op, name) = match (&rest[op_at..op_at + 1], rest[..op_at].strip_suffix(['+', '-'])) {
            (":", _) => (Op::Declare, &rest[..op_at]),
            (_, Some(name)) if rest[..op_at].ends_with('+') => (Op::Add, name),
            (_, Some(name)) => (Op::Remove, name),
            (_, None) => (Op::Replace, &rest[..op_at]),
        };
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(line.err(at, format!("bad word class name '{name}'")));
        }
        let class = self.class_for(line, name, op, verbs, at)?;
        let items = &rest[op_at + 1..];
        let end = (op == Op::Declare).then(|| line.place(at + rest.len()));
        let mut list = List::Class { class, op, end };
        self.list_items(&mut list, line, items, at + op_at + 1)?;
        Ok(list)
    }

    /// The class a `words` or `verbs` line with `op` names: a new one for a
    /// declaration, else one declared before (or reserved), of the same
    /// kind.
    fn class_for(
        &mut self,
        line: Line<'_>,
        name: &str,
        op: Op,
        verbs: bool,
        at: usize,
    ) -> Result<usize, Error> {
        let keyword = if verbs { "verbs" } else { "words" };
        let Some(&class) = self.class_ids.get(name) else {
            if op != Op::Declare {
                return Err(line.err(
                    at,
                    format!("unknown word class '{name}' (declare it with '{keyword} {name}: ...')"),
                ));
            }
            self.class_ids.insert(name.to_string(), self.classes.len());
            self.classes.push(ClassDecl {
                name: name.to_string(),
                ..ClassDecl::default()
            });
            return self.class_for(line, name, op, verbs, at);
        };
        let decl = &mut self.classes[class];
        if op == Op::Declare {
            if decl.declared.is_some() {
                return Err(line.err(at, format!("word class '{name}' is declared twice")));
            }
            decl.declared = Some(line.place(at));
            decl.verbs = verbs;
        } else if decl.verbs != verbs {
            let declared = if decl.verbs { "verbs" } else { "words" };
            return Err(line.err(at, format!("word class '{name}' is declared with '{declared}'")));
        }
        if op == Op::Replace {
            decl.appended.clear();
            decl.own.clear();
            decl.includes.clear();
            decl.removed.clear();
        }
        Ok(class)
    }

    /// Reads the items of `list` in `items`, which starts at byte `at` of
    /// `line`.
    pub(super) fn list_items(
        &mut self,
        list: &mut List,
        line: Line<'_>,
        items: &'t str,
        at: usize,
    ) -> Result<(), Error> {
        let mut members = Vec::new();
        for (item, item_at) in split_with_offsets(items, at) {
            match list {
                List::Cues(factuality) => {
                    if item.starts_with('@') && item.len() > 1 {
                        return Err(
                            line.err(item_at, format!("cues are phrases: '{item}' names a word class"))
                        );
                    }
                    parse_item(item, &mut members).map_err(|msg| line.err(item_at, msg))?;
                    for phrase in members.drain(..) {
                        self.set_cue(phrase.into_words(), *factuality);
                    }
                }
                List::Class { class, op, .. } => {
                    if let Some(name) = item.strip_prefix('@').filter(|n| !n.is_empty()) {
                        self.include(*class, *op, name, line.place(item_at))?;
                        continue;
                    }
                    parse_item(item, &mut members).map_err(|msg| line.err(item_at, msg))?;
                    let abbreviation = Reserved::ALL.get(*class).is_some_and(|r| r.is_abbreviation());
                    let decl = &mut self.classes[*class];
                    for member in members.drain(..) {
                        if abbreviation {
                            check_abbreviation(&member.words().collect::<Vec<_>>())
                                .map_err(|msg| line.err(item_at, msg))?;
                        }
                        let after = match decl.appended.last() {
                            Some(last) => *last < member,
                            None => decl.own.last().is_none_or(|last| *last < member),
                        };
                        if *op == Op::Remove {
                            decl.flush();
                            decl.own.remove(&member);
                            decl.removed.insert(member);
                        } else if after && decl.removed.is_empty() {
                            decl.appended.push(member);
                        } else {
                            decl.removed.remove(&member);
                            decl.own.insert(member);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `@name` in the list of class `class`: takes the members of class
    /// `name` in, or (with `-=`) no longer.
    fn include(&mut self, class: usize, op: Op, name: &str, place: Place) -> Result<(), Error> {
        let decl = &mut self.classes[class];
        if op == Op::Remove {
            if !decl.includes.remove(name) {
                return Err(place.err(format!("word class '{}' does not include '@{name}'", decl.name)));
            }
        } else {
            decl.includes.add(name, place);
        }
        Ok(())
    }

    /// Makes `phrase` a cue of `factuality`, in place of any earlier cue of
    /// the same words; `asserted` makes it no cue, and a phrase of several
    /// words declared `asserted` hides the shorter cues it starts with
    /// ("not only" is no negation).
    fn set_cue(&mut self, phrase: Vec<String>, factuality: Factuality) {
        if let Some(old) = self.cue_at.remove(&phrase) {
            self.cues[old] = None;
        }
        if factuality != Factuality::Asserted || phrase.len() > 1 {
            self.cue_at.insert(phrase.clone(), self.cues.len());
            self.cues.push(Some((phrase, factuality)));
        }
    }

    /// Ends a list: a declared class must have members.
    pub(super) fn close_list(&mut self, list: List) -> Result<(), Error> {
        if let List::Class { class, .. } = list {
            self.classes[class].flush();
        }
        if let List::Class {
            class,
            end: Some(end),
            ..
        } = list
        {
            let decl = &self.classes[class];
            if decl.own.is_empty() && decl.includes.is_empty() {
                return Err(end.err(format!("word class '{}' is empty", decl.name)));
            }
        }
        Ok(())
    }

    /// Every class with its members: its own and those of the classes it
    /// includes, less those taken out. Class `i` of the result is class
    /// `i` of the builder.
    pub(super) fn resolve_classes(&self) -> Result<Vec<ClassSpec<'t>>, Error> {
        let mut members: Vec<Option<Cow<'_, BTreeSet<Member<'t>>>>> = vec![None; self.classes.len()];
        for root in 0..self.classes.len() {
            self.resolve(root, &mut members)?;
        }
        let mut out = Vec::with_capacity(members.len());
        for (decl, set) in self.classes.iter().zip(members) {
            let mut spec = ClassSpec {
                name: decl.name.clone(),
                words: Vec::new(),
                phrases: Vec::new(),
            };
            let mut add = |member: Member<'t>| match member {
                Member::Word(w) => spec.words.push(w),
                Member::Phrase(p) => spec.phrases.push(p.into_vec()),
            };
            match set {
                Some(Cow::Owned(set)) => set.into_iter().for_each(&mut add),
                Some(Cow::Borrowed(set)) => set.iter().cloned().for_each(&mut add),
                None => {}
            }
            out.push(spec);
        }
        for r in Reserved::ALL.iter().filter(|r| r.is_abbreviation()) {
            let spec = &out[r.index()];
            for w in &spec.words {
                check_abbreviation(&[w]).map_err(|msg| self.blame(r.index(), msg))?;
            }
            if let Some(p) = spec.phrases.first() {
                let words: Vec<&str> = p.iter().map(String::as_str).collect();
                check_abbreviation(&words).map_err(|msg| self.blame(r.index(), msg))?;
            }
        }
        Ok(out)
    }

    /// Resolves class `root` and the classes it includes, with a stack
    /// rather than recursion: chains of includes may be as long as a file.
    /// A class that includes and takes out nothing is its own members,
    /// borrowed: the given names are tens of thousands, and copying them
    /// cost a tenth of the build.
    fn resolve<'s>(
        &'s self,
        root: usize,
        members: &mut [Option<Cow<'s, BTreeSet<Member<'t>>>>],
    ) -> Result<(), Error> {
        // (class, whether its includes are resolved)
        let mut stack = vec![(root, false)];
        let mut open = vec![false; self.classes.len()];
        while let Some((class, ready)) = stack.pop() {
            if members[class].is_some() {
                continue;
            }
            let decl = &self.classes[class];
            if ready {
                if decl.includes.is_empty() && decl.removed.is_empty() {
                    members[class] = Some(Cow::Borrowed(&decl.own));
                    open[class] = false;
                    continue;
                }
                let mut set = decl.own.clone();
                for (name, _) in decl.includes.iter() {
                    let included = members[self.class_ids[name.as_str()]].as_deref();
                    set.extend(included.into_iter().flatten().cloned());
                }
                set.retain(|m| !decl.removed.contains(m));
                members[class] = Some(Cow::Owned(set));
                open[class] = false;
                continue;
            }
            open[class] = true;
            stack.push((class, true));
            for (name, place) in decl.includes.iter() {
                let Some(&included) = self.class_ids.get(name.as_str()) else {
                    return Err(place.err(format!("unknown word class '@{name}'")));
                };
                if open[included] {
                    return Err(place.err(format!(
                        "word class '{}' includes itself through '@{name}'",
                        decl.name
                    )));
                }
                if members[included].is_none() {
                    stack.push((included, false));
                }
            }
        }
        Ok(())
    }

    /// An error about class `class` as a whole: at its first include, or
    /// its declaration.
    fn blame(&self, class: usize, msg: String) -> Error {
        let decl = &self.classes[class];
        match decl
            .includes
            .iter()
            .next()
            .map(|(_, p)| p)
            .or(decl.declared.as_ref())
        {
            Some(place) => place.err(msg),
            None => Error::new(ErrorKind::Rule, format!("word class '{}': {msg}", decl.name)),
        }
    }

    /// The abbreviations the tokenizer joins with their period, from the
    /// resolved classes (as [`resolve_classes`](Self::resolve_classes)
    /// gives them).
    pub(super) fn abbreviations(classes: &[ClassSpec<'_>]) -> Abbreviations {
        let words = |r: Reserved| {
            classes[r.index()]
                .words
                .iter()
                .filter_map(|w| w.strip_suffix('.'))
        };
        Abbreviations::new(
            words(Reserved::TitleAbbreviation).chain(words(Reserved::NameAbbreviation)),
            words(Reserved::Abbreviation),
            words(Reserved::NumberAbbreviation),
        )
    }

    /// The abbreviations the tokenizer joins with their period, after every
    /// file read so far.
    pub(crate) fn tokenizer_abbreviations(&self) -> Result<Abbreviations, Error> {
        Ok(RuleSetBuilder::abbreviations(&self.resolve_classes()?))
    }
}

/// Appends the members an item of a list stands for to `out`, each a
/// phrase of word keys: `word`; `word+`, the word and its regular
/// inflections; `a|b|c`, a phrase of several words (a `|` alone is the word
/// `|`).
fn parse_item<'t>(item: &'t str, out: &mut Vec<Member<'t>>) -> Result<(), String> {
    if item.len() > 1 && item.contains('|') {
        let mut phrase = Vec::new();
        for part in item.split('|') {
            if part.is_empty() {
                return Err(format!("empty word in phrase '{item}'"));
            }
            phrase.push(phrase_key(part));
        }
        out.push(Member::of(phrase));
        return Ok(());
    }
    match item.strip_suffix('+').filter(|base| !base.is_empty()) {
        Some(base) => {
            let key = phrase_key(base);
            // "Curaçao" folds to ASCII; "продать" does not, and English
            // endings would make no words of it.
            if !key.is_ascii() {
                return Err(format!(
                    "'{item}': regular inflections (-s, -ed, -ing) are English: list the forms of '{base}' instead"
                ));
            }
            out.extend(inflections(&key).into_iter().map(|w| Member::Word(Cow::Owned(w))));
        }
        // A word of lower-case ASCII letters is its own key.
        None if item.bytes().all(|b| b.is_ascii_lowercase()) => out.push(Member::Word(Cow::Borrowed(item))),
        None => out.push(Member::of(split_hyphens(phrase_key(item)))),
    }
    Ok(())
}

/// A word with hyphens inside, as the tokenizer splits it: "vice-president"
/// is the phrase `vice - president`, so that a class member written with
/// its hyphen matches the text.
fn split_hyphens(key: String) -> Vec<String> {
    if key.len() < 3 || !key.contains('-') || key.starts_with('-') || key.ends_with('-') || key.contains("--")
    {
        return vec![key];
    }
    let mut words = Vec::new();
    for (i, part) in key.split('-').enumerate() {
        if i > 0 {
            words.push("-".to_string());
        }
        words.push(part.to_string());
    }
    words
}

/// Checks a member of an abbreviation class, given by its words: one ASCII
/// word with its period.
fn check_abbreviation(member: &[&str]) -> Result<(), String> {
    match member {
        [word] if word.is_ascii() && word.len() > 1 && word.ends_with('.') => Ok(()),
        [word] if word.is_ascii() => Err(format!("abbreviation '{word}' needs its period: '{word}.'")),
        _ => Err(format!(
            "abbreviation '{}' is not one ASCII word with its period",
            member.join("|")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_order_as_the_lists_of_their_words() {
        let lists: &[&[&str]] = &[
            &["a"],
            &["a", "b"],
            &["a", "b", "c"],
            &["a-b"],
            &["ab"],
            &["ab", ""],
            &["b"],
            &[""],
            &["", "a"],
            &["as", "well", "as"],
            &["as"],
        ];
        for a in lists {
            for b in lists {
                let member = |words: &[&str]| Member::of(words.iter().map(|w| w.to_string()).collect());
                assert_eq!(member(a).cmp(&member(b)), a.cmp(b), "{a:?} {b:?}");
                let borrowed = |words: &[&'static str]| match words {
                    [w] => Member::Word(Cow::Borrowed(*w)),
                    _ => member(words),
                };
                assert_eq!(borrowed(a).cmp(&member(b)), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn items_stand_for_their_keys_and_plain_words_are_borrowed() {
        // (item, members as lists of keys, borrowed)
        let cases: &[(&str, &[&[&str]], bool)] = &[
            ("aaron", &[&["aaron"]], true),
            ("Aaron", &[&["aaron"]], false),
            ("abd-al-rahman", &[&["abd", "-", "al", "-", "rahman"]], false),
            ("as'ad", &[&["as'ad"]], false),
            (
                "dana+",
                &[&["dana"], &["danas"], &["danaed"], &["danaing"]],
                false,
            ),
            ("as|well|as", &[&["as", "well", "as"]], false),
            ("|", &[&["|"]], false),
        ];
        for &(item, want, borrowed) in cases {
            let mut out = Vec::new();
            parse_item(item, &mut out).unwrap();
            let got: Vec<Vec<String>> = out.iter().map(|m| m.clone().into_words()).collect();
            assert_eq!(got, want, "{item}");
            let is_borrowed = matches!(out[..], [Member::Word(Cow::Borrowed(_))]);
            assert_eq!(is_borrowed, borrowed, "{item}");
        }
    }
}
