//! Text to sentences and tokens.
//!
//! This module owns the first stage of the pipeline: UAX-29 word boundaries
//! (from `unicode-segmentation`, with an ASCII fast path in `segment`) refined
//! for news text, sentence splitting, and the *normalized key* of every token.
//!
//! Why refine UAX-29? Word boundaries alone split "U.S." into `U.S` and `.`, keep
//! "Russia's" as one word, and know nothing of sentences. News needs
//! abbreviations kept whole ("U.S.", "Gen.", "Oct.", initials such as "F."),
//! possessives split off ("Russia" + "'s", so that *Russia* is found), and
//! hyphenated compounds visible both as parts and as a whole ("Iranian-made" is
//! `Iranian` `-` `made` with no space between, so the gazetteer sees *Iranian*
//! and a rule can see the cue *-made*).
//!
//! Why keys? Every later stage compares text through keys: Unicode lowercase,
//! diacritics removed by Unicode decomposition ("Élysée" and "Elysee" agree, so
//! do "Nguyễn" and "Nguyen"), curly apostrophes and quotes made straight, and
//! every dash variant made `-`. Each key is looked up
//! once, here, in the extractor's lexicon of the words later stages know
//! (see `words`), and tokens carry the word's id.

use crate::defaults;
use crate::reuse::keep_after;
use crate::segment::{for_each_segment, Segments};
use crate::span::Span;
use crate::words::{key_hash_at, Lexicon, NO_WORD};

/// One token: a word, number or punctuation mark, with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    key_start: u32,
    key_end: u32,
    /// The key's id in the [`Lexicon`] the text was tokenized with, or
    /// [`NO_WORD`].
    word: u32,
    flags: u8,
}

const SPACE_BEFORE: u8 = 1;
const NEWLINE_BEFORE: u8 = 2;
const UPPER_INITIAL: u8 = 4;
const WORD: u8 = 8;
const ABBREVIATION: u8 = 16;
const BLANK_LINE_BEFORE: u8 = 32;
const LOWER_INITIAL: u8 = 64;
/// The key is made by `push_key` (or is a character reference), not a span
/// of the lowercased text.
const NON_ASCII: u8 = 128;

impl Token {
    /// Whether white space separates this token from the one before it.
    /// "Iranian-made" is three tokens with no space between them.
    pub fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }

    /// Whether the first character is an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.flags & UPPER_INITIAL != 0
    }

    /// Whether the token holds a letter or a digit (not punctuation or a symbol).
    pub fn is_word(&self) -> bool {
        self.flags & WORD != 0
    }

    /// Whether the token is an abbreviation that kept its final period ("U.S.").
    pub fn is_abbreviation(&self) -> bool {
        self.flags & ABBREVIATION != 0
    }

    fn newline_before(&self) -> bool {
        self.flags & NEWLINE_BEFORE != 0
    }

    fn starts_lowercase(&self) -> bool {
        self.flags & LOWER_INITIAL != 0
    }

    pub(crate) fn key_range(&self) -> std::ops::Range<usize> {
        self.key_start as usize..self.key_end as usize
    }

    /// The key's id in the [`Lexicon`] the text was tokenized with, or
    /// [`NO_WORD`] (always, for [`Tokens::new`]).
    pub(crate) fn word(&self) -> u32 {
        self.word
    }
}

/// A sentence: its span and the range of its tokens in [`Tokens::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the start of the first token to the end of the last.
    pub span: Span,
    /// Indices into [`Tokens::tokens`].
    pub tokens: std::ops::Range<usize>,
}

/// The memory of a [`Tokens`]: its token, sentence and key buffers, empty
/// between texts.
#[derive(Debug, Default)]
pub(crate) struct TokenBuffers {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    keys: String,
}

/// A tokenized text: tokens, sentences and the normalized keys.
///
/// ```
/// let t = newsie::token::Tokens::new("The U.S. and Russia’s envoy met. Talks failed.");
/// let words: Vec<&str> = t.tokens().iter().map(|tok| t.text(tok)).collect();
/// assert_eq!(words[1], "U.S.");
/// assert_eq!(&words[3..5], ["Russia", "’s"]);
/// assert_eq!(t.key(&t.tokens()[4]), "'s");
/// assert_eq!(t.sentences().len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Tokens<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    keys: String,
}

impl<'t> Tokens<'t> {
    /// Tokenizes `text` and splits it into sentences, with the
    /// abbreviations of the embedded word classes.
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens::tokenize(text, None, defaults::abbreviations(), TokenBuffers::default())
    }

    /// Tokenizes `text` with the abbreviations of `lexicon`, and gives each
    /// token the id of its key in `lexicon`.
    pub(crate) fn with_lexicon(text: &'t str, lexicon: &Lexicon) -> Tokens<'t> {
        Tokens::tokenize(
            text,
            Some(lexicon),
            lexicon.abbreviations(),
            TokenBuffers::default(),
        )
    }

    /// [`with_lexicon`](Self::with_lexicon) in the memory of `buffers`,
    /// which [`recycle`](Self::recycle) gives back: a caller tokenizing many
    /// short texts allocates once, not three times a text.
    pub(crate) fn with_lexicon_in(
        text: &'t str,
        lexicon: &Lexicon,
        buffers: &mut TokenBuffers,
    ) -> Tokens<'t> {
        Tokens::tokenize(
            text,
            Some(lexicon),
            lexicon.abbreviations(),
            std::mem::take(buffers),
        )
    }

    /// Gives the memory of these tokens to `buffers`, for the next text,
    /// unless the text is long (see [`crate::reuse`]).
    pub(crate) fn recycle(self, buffers: &mut TokenBuffers) {
        if !keep_after(self.text.len()) {
            return;
        }
        *buffers = TokenBuffers {
            tokens: self.tokens,
            sentences: self.sentences,
            keys: self.keys,
        };
    }

    /// Tokenizes `text` with these abbreviations, looking no word up.
    pub(crate) fn with_abbreviations(text: &'t str, abbreviations: &Abbreviations) -> Tokens<'t> {
        Tokens::tokenize(text, None, abbreviations, TokenBuffers::default())
    }

    /// [`with_abbreviations`](Self::with_abbreviations) in the memory of
    /// `buffers` (see [`with_lexicon_in`](Self::with_lexicon_in)).
    pub(crate) fn with_abbreviations_in(
        text: &'t str,
        abbreviations: &Abbreviations,
        buffers: &mut TokenBuffers,
    ) -> Tokens<'t> {
        Tokens::tokenize(text, None, abbreviations, std::mem::take(buffers))
    }

    fn tokenize(
        text: &'t str,
        lexicon: Option<&Lexicon>,
        abbreviations: &Abbreviations,
        mut buffers: TokenBuffers,
    ) -> Tokens<'t> {
        buffers.tokens.clear();
        buffers.sentences.clear();
        buffers.keys.clear();
        let mut tokens = Tokens {
            text,
            tokens: buffers.tokens,
            sentences: buffers.sentences,
            keys: buffers.keys,
        };
        tokens.segment(abbreviations);
        tokens.split_sentences(abbreviations);
        tokens.build_keys(lexicon);
        tokens
    }

    /// The text that was tokenized.
    pub fn source(&self) -> &'t str {
        self.text
    }

    /// All tokens in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// All sentences in text order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The token's text as written.
    pub fn text(&self, token: &Token) -> &'t str {
        &self.text[token.span.start..token.span.end]
    }

    /// The token's normalized key: lowercase, diacritics removed, quotes and
    /// dashes unified.
    pub fn key(&self, token: &Token) -> &str {
        &self.keys[token.key_range()]
    }

    /// The hash of the token's key ([`crate::words::key_hash`]), read in
    /// place from the buffer of keys: hashing a copy of a short key costs
    /// a call to `memcpy`, more than the rest of a table lookup.
    pub(crate) fn key_hash(&self, token: &Token) -> u64 {
        let range = token.key_range();
        key_hash_at(self.keys.as_bytes(), range.start, range.end)
    }

    /// Splits the text at UAX-29 word boundaries, then refines: possessive
    /// `'s` split off, abbreviation periods kept with their word.
    fn segment(&mut self, abbreviations: &Abbreviations) {
        let text = self.text;
        // About one token in five bytes of news; a short text gets a few
        // more, so that a headline needs no second allocation.
        if !text.is_empty() {
            self.tokens.reserve(text.len() / 5 + 16);
        }
        let mut sink = TokenSink {
            tokens: self,
            pending: 0,
            abbreviations,
        };
        for_each_segment(text, &mut sink);
        // (A vectorized search for ';', then a look at the bytes before
        // each: a search for either string restarted at every '3' and 'q'.)
        let bytes = text.as_bytes();
        if memchr::memchr_iter(b';', bytes)
            .any(|i| bytes[..i].ends_with(b"39") || bytes[..i].ends_with(b"quot"))
        {
            self.join_character_references();
        }
    }

    /// Joins the character references of HTML that scraped news keeps,
    /// often without their "&" ("Blair #39;s decision", " quot;gesture
    /// quot;"), into one token each, whose key is the character: "'s", "'"
    /// or a double quote. Split up, their ";" would end clauses and the
    /// possessive would be lost.
    fn join_character_references(&mut self) {
        let text = self.text;
        let toks = std::mem::take(&mut self.tokens);
        let mut out = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            let joined = |a: usize, b: usize| toks[a].span.end == toks[b].span.start;
            let is = |k: usize, s: &str| k < toks.len() && &text[toks[k].span.start..toks[k].span.end] == s;
            let amp = usize::from(is(i, "&") && i + 1 < toks.len() && joined(i, i + 1));
            let at = i + amp;
            let len = if is(at, "#")
                && is(at + 1, "39")
                && is(at + 2, ";")
                && joined(at, at + 1)
                && joined(at + 1, at + 2)
            {
                // "#39;s": the possessive.
                if at + 3 < toks.len() && joined(at + 2, at + 3) && (is(at + 3, "s") || is(at + 3, "S")) {
                    4
                } else {
                    3
                }
            } else if (is(at, "quot") || is(at, "QUOT")) && is(at + 1, ";") && joined(at, at + 1) {
                2
            } else {
                0
            };
            if len == 0 {
                out.push(toks[i]);
                i += 1;
                continue;
            }
            let last = at + len - 1;
            // An apostrophe inside a word ("O #39;Brien", "didn&#39;t"): the
            // word before it (joined, or after the one space the lost "&"
            // left), the reference and the word joined after it are one word,
            // as "O'Brien" and "didn't" are. Only an Irish or French name's
            // letter before a name, or a contraction's ending after: a
            // reference is also a single quote ("the #39;axis #39; speech").
            let inside_word = len == 3
                && last + 1 < toks.len()
                && joined(last, last + 1)
                && toks[last + 1].flags & WORD != 0
                && out.last().is_some_and(|prev: &Token| {
                    let gap = text.get(prev.span.end..toks[i].span.start);
                    prev.flags & (WORD | ABBREVIATION) == WORD
                        && (gap == Some("") || gap == Some(" ") && amp == 0)
                        && match &text[prev.span.start..prev.span.end] {
                            "O" | "D" | "L" => toks[last + 1].flags & UPPER_INITIAL != 0,
                            _ => ["t", "re", "ve", "ll", "d", "m"].iter().any(|s| is(last + 1, s)),
                        }
                });
            if inside_word {
                let prev = out.last_mut().expect("word_before saw it");
                prev.span = Span::new(prev.span.start, toks[last + 1].span.end);
                prev.flags |= NON_ASCII;
                i = last + 2;
                continue;
            }
            let possessive = len == 4;
            let mut flags = (toks[i].flags & (SPACE_BEFORE | NEWLINE_BEFORE | BLANK_LINE_BEFORE)) | NON_ASCII;
            if possessive {
                // Like the "'s" split off a word: joined to it.
                flags = NON_ASCII;
            }
            out.push(Token {
                span: Span::new(toks[i].span.start, toks[last].span.end),
                key_start: 0,
                key_end: 0,
                word: NO_WORD,
                flags,
            });
            i = last + 1;
        }
        self.tokens = out;
    }

    /// Joins a period at `start..end` to the word token before it, if that
    /// word is an abbreviation ("U.S.", "Gen.", "F.").
    fn join_abbreviation(&mut self, start: usize, end: usize, abbreviations: &Abbreviations) -> bool {
        let text = self.text;
        let Some(prev) = self.tokens.last_mut() else {
            return false;
        };
        if prev.span.end == start
            && prev.flags & (WORD | ABBREVIATION) == WORD
            && abbreviations.is_abbreviation(&text[prev.span.start..prev.span.end], &text[end..])
        {
            prev.span.end = end;
            prev.flags |= ABBREVIATION;
            return true;
        }
        false
    }

    fn push(&mut self, start: usize, end: usize, flags: u8) {
        self.tokens.push(Token {
            span: Span::new(start, end),
            key_start: 0,
            key_end: 0,
            word: NO_WORD,
            flags,
        });
    }

    fn split_sentences(&mut self, abbreviations: &Abbreviations) {
        // Sentences are made as their ends are found, with no list of ends
        // in between: a short document allocates once here.
        let mut sentences = std::mem::take(&mut self.sentences);
        let toks = &self.tokens;
        let mut first = 0;
        let mut close = |end: usize| {
            if first < end {
                let span = Span::new(toks[first].span.start, toks[end - 1].span.end);
                sentences.push(Sentence {
                    span,
                    tokens: first..end,
                });
                first = end;
            }
        };
        self.sentence_ends(abbreviations, &mut close);
        close(toks.len());
        self.sentences = sentences;
    }

    /// Calls `on_end` with the token index just past the end of each
    /// sentence but the last, in order.
    fn sentence_ends(&self, abbreviations: &Abbreviations, mut on_end: impl FnMut(usize)) {
        let toks = &self.tokens;
        let mut first = 0;
        let mut i = 0;
        while i < toks.len() {
            // Most tokens are plain words on the line of the word before,
            // and end nothing: a tight loop over their flags.
            let plain = |t: &Token| t.flags & (WORD | ABBREVIATION | NEWLINE_BEFORE) == WORD;
            i += toks[i..].iter().take_while(|t| plain(t)).count();
            if i >= toks.len() {
                break;
            }
            let mut end = None;
            let tok = toks[i];
            if i > first
                && tok.newline_before()
                && (tok.flags & BLANK_LINE_BEFORE != 0 || !tok.starts_lowercase())
            {
                // A line break with no final period ends a headline or dateline,
                // unless the next line goes on in lowercase (hard-wrapped text).
                end = Some(i);
            } else if !tok.is_word() || tok.is_abbreviation() {
                // Most tokens are plain words and end nothing.
                let word = &self.text[tok.span.start..tok.span.end];
                let terminal = !tok.is_word() && matches!(word, "." | "!" | "?" | "…");
                if terminal || tok.is_abbreviation() {
                    let mut j = i + 1;
                    // Ellipses and "?!" run on; closing quotes and brackets that
                    // touch the mark belong to the sentence it ends.
                    while j < toks.len() && !toks[j].space_before() {
                        let w = &self.text[toks[j].span.start..toks[j].span.end];
                        if matches!(
                            w,
                            "." | "!" | "?" | "…" | "\"" | "'" | "’" | "”" | "»" | ")" | "]"
                        ) {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    let next = toks.get(j);
                    let breaks = match next {
                        None => true,
                        Some(n) if n.newline_before() => true,
                        Some(n) if !n.space_before() => false,
                        Some(n) => {
                            let next_word = &self.text[n.span.start..n.span.end];
                            if terminal {
                                !n.starts_lowercase()
                                    && !matches!(next_word, "," | ";" | ":" | ")" | "-" | "–" | "—")
                            } else {
                                // After an abbreviation only a clear sentence
                                // opener starts a new sentence: "the U.S. The
                                // talks" splits, "U.S. Treasury" does not.
                                !abbreviations.is_title(word) && is_sentence_opener(next_word)
                            }
                        }
                    };
                    if breaks {
                        end = Some(j);
                    }
                    i = j.max(i + 1);
                    if let Some(e) = end.filter(|&e| e > first) {
                        on_end(e);
                        first = e;
                    }
                    continue;
                }
            }
            if let Some(e) = end.filter(|&e| e > first) {
                on_end(e);
                first = e;
            }
            i += 1;
        }
    }

    /// Keys of ASCII tokens are their span of a lowercased copy of the text
    /// (lowercasing the whole text at once is far cheaper than token by
    /// token); keys of the others are appended after it. Each key is looked
    /// up in `lexicon` as soon as it is made.
    fn build_keys(&mut self, lexicon: Option<&Lexicon>) {
        let mut keys = std::mem::take(&mut self.keys);
        keys.reserve(self.text.len() + self.text.len() / 8);
        // Copied and lowercased in one pass: a copy (`memcpy`) and then
        // lowercasing in place read the text twice.
        // SAFETY: ASCII lowercasing maps each ASCII byte to an ASCII byte and
        // leaves every other byte as it is, so the keys stay valid UTF-8.
        push_ascii_lowercase(unsafe { keys.as_mut_vec() }, self.text.as_bytes());
        // (Spans of a text under 4 GiB are `u32`s as they are; the keys of
        // a larger one are clamped.)
        let small = keys.len() < u32::MAX as usize;
        for tok in &mut self.tokens {
            if small && tok.flags & NON_ASCII == 0 {
                tok.key_start = tok.span.start as u32;
                tok.key_end = tok.span.end as u32;
                continue;
            }
            let (start, end) = if tok.flags & NON_ASCII == 0 {
                (tok.span.start, tok.span.end)
            } else {
                let start = keys.len();
                let text = &self.text[tok.span.start..tok.span.end];
                match character_reference(text) {
                    Some(key) => keys.push_str(key),
                    None => push_key_with_references(&mut keys, text),
                }
                (start, keys.len())
            };
            tok.key_start = clamp_u32(start);
            tok.key_end = clamp_u32(end);
        }
        // (A second pass over complete keys: the loop that may append to
        // them kept its state on the stack, and this one needs registers.)
        if let Some(lexicon) = lexicon {
            let bytes = keys.as_bytes();
            for tok in &mut self.tokens {
                let (start, end) = if tok.flags & NON_ASCII == 0 {
                    (tok.span.start, tok.span.end)
                } else {
                    (tok.key_start as usize, tok.key_end as usize)
                };
                tok.word = lexicon.id(&bytes[start..end], key_hash_at(bytes, start, end));
            }
        }
        self.keys = keys;
    }
}

/// Turns segments into tokens; `pending` holds the white-space flags for the
/// next token.
struct TokenSink<'a, 't> {
    tokens: &'a mut Tokens<'t>,
    pending: u8,
    abbreviations: &'a Abbreviations,
}

impl TokenSink<'_, '_> {
    /// The flags of a token that starts here, clearing the pending ones.
    #[inline(always)]
    fn take_pending(&mut self) -> u8 {
        std::mem::take(&mut self.pending)
    }

    /// White space with `newlines` line breaks (counted up to two).
    fn white_space(&mut self, newlines: usize) {
        // Two line breaks make a blank line, also when they are in two runs
        // ("\n\u{a0}\n").
        if newlines > 1 || (newlines > 0 && self.pending & NEWLINE_BEFORE != 0) {
            self.pending |= BLANK_LINE_BEFORE;
        }
        if newlines > 0 {
            self.pending |= NEWLINE_BEFORE;
        }
        self.pending |= SPACE_BEFORE;
    }
}

impl<'t> Segments<'t> for TokenSink<'_, 't> {
    #[inline(always)]
    fn space(&mut self, _start: usize, run: &'t [u8]) {
        let newlines = if run.len() == 1 {
            usize::from(run[0] == b'\n')
        } else {
            run.iter().filter(|&&b| b == b'\n').take(2).count()
        };
        self.white_space(newlines);
    }

    #[inline(always)]
    fn ascii(&mut self, start: usize, end: usize) {
        let bytes = self.tokens.text.as_bytes();
        let first = bytes[start];
        if !first.is_ascii_alphanumeric() {
            // A backslash is no mark of news prose: where a scrape keeps one
            // between words it stands for a line break it replaced, within
            // a sentence ("Pervez\\Musharraf said"), so it is a space; two
            // in a row stand for a blank line.
            if first == b'\\' {
                let pair = start > 0 && bytes[start - 1] == b'\\';
                self.white_space(if pair { 2 } else { 0 });
                return;
            }
            if first == b'.'
                && self.pending & SPACE_BEFORE == 0
                && self.tokens.join_abbreviation(start, end, self.abbreviations)
            {
                return;
            }
            let flags = self.take_pending();
            self.tokens.push(start, end, flags);
            return;
        }
        let mut flags = (self.take_pending()) | WORD;
        if first.is_ascii_uppercase() {
            flags |= UPPER_INITIAL;
        } else if first.is_ascii_lowercase() {
            flags |= LOWER_INITIAL;
        }
        // Both splits below need a straight apostrophe (an ASCII word holds
        // no curly one) two or three bytes from the end: one test of those
        // two places for every word, the suffixes read only after it.
        if end - start >= 3 && (bytes[end - 2] == b'\'' || bytes[end - 3] == b'\'') {
            // Possessive: "Russia's" becomes "Russia" + "'s".
            if bytes[end - 2] == b'\'' && matches!(bytes[end - 1], b's' | b'S') && bytes[end - 3] != b'\'' {
                self.tokens.push(start, end - 2, flags);
                self.tokens.push(end - 2, end, 0);
                return;
            }
            // A contracted auxiliary: "he'll" becomes "he" + "'ll" (the modal).
            if let Some(stem) = contraction_stem(&self.tokens.text[start..end]) {
                self.tokens.push(start, start + stem, flags);
                self.tokens.push(start + stem, end, WORD);
                return;
            }
        }
        self.tokens.push(start, end, flags);
    }

    #[inline(always)]
    fn punctuation(&mut self, start: usize, end: usize) {
        let flags = self.take_pending() | NON_ASCII;
        self.tokens.push(start, end, flags);
    }

    fn other(&mut self, start: usize, seg: &'t str) {
        let first = seg.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            self.white_space(seg.bytes().filter(|&b| b == b'\n').take(2).count());
            return;
        }
        let end = start + seg.len();
        if seg == "."
            && self.pending & SPACE_BEFORE == 0
            && self.tokens.join_abbreviation(start, end, self.abbreviations)
        {
            return;
        }
        let mut flags = self.take_pending();
        if !seg.is_ascii() {
            flags |= NON_ASCII;
        }
        // Caseless letters first: the tables would say the same, a few
        // lookups later, for every Chinese character (each is a token).
        let caseless = is_caseless_letter(first);
        if caseless || first.is_alphanumeric() {
            flags |= WORD;
            if !caseless {
                if first.is_uppercase() {
                    flags |= UPPER_INITIAL;
                } else if first.is_lowercase() {
                    flags |= LOWER_INITIAL;
                }
            }
            // Possessive: "Russia's" / "Russia’s" become "Russia" + "'s";
            // a contracted auxiliary: "he’ll" becomes "he" + "’ll".
            if let Some(stem) = seg.ends_with(['s', 'S']).then(|| possessive_stem(seg)).flatten() {
                self.tokens.push(start, start + stem, flags);
                self.tokens.push(start + stem, end, flags & NON_ASCII);
                return;
            }
            if let Some(stem) = contraction_stem(seg) {
                self.tokens.push(start, start + stem, flags);
                self.tokens.push(start + stem, end, (flags & NON_ASCII) | WORD);
                return;
            }
        }
        self.tokens.push(start, end, flags);
    }
}

/// Appends `text` to `out` with its ASCII letters in lower case, sixteen
/// bytes at a time, the last sixteen written over the ones before when
/// the length is no multiple of sixteen. The compiler's loop for
/// `extend(map(to_ascii_lowercase))` did a headline's last bytes one at a
/// time: 2.5 instructions a byte on 90-byte headlines, against 0.7 on a
/// long text.
fn push_ascii_lowercase(out: &mut Vec<u8>, text: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    if text.len() >= 16 {
        let start = out.len();
        out.reserve(text.len());
        // SAFETY: the loads read 16 bytes within `text` (`at + 16 <=
        // len`); the stores write 16 bytes within the reserved spare
        // capacity of `out`, at offsets below `len`, and every one of
        // those `len` bytes is written before the length is set;
        // `_mm_loadu_si128`/`_mm_storeu_si128` accept any alignment.
        unsafe {
            use std::arch::x86_64::{
                __m128i, _mm_and_si128, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_or_si128, _mm_set1_epi8,
                _mm_storeu_si128,
            };
            let dst = out.as_mut_ptr().add(start);
            let lower = |at: usize| {
                let x = _mm_loadu_si128(text.as_ptr().add(at).cast::<__m128i>());
                // (Signed comparisons: bytes from 0x80 are negative, below
                // 'A'.)
                let upper = _mm_and_si128(
                    _mm_cmpgt_epi8(x, _mm_set1_epi8(b'A' as i8 - 1)),
                    _mm_cmpgt_epi8(_mm_set1_epi8(b'Z' as i8 + 1), x),
                );
                let y = _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
                _mm_storeu_si128(dst.add(at).cast::<__m128i>(), y);
            };
            let last = text.len() - 16;
            let mut at = 0;
            while at < last {
                lower(at);
                at += 16;
            }
            lower(last);
            out.set_len(start + text.len());
        }
        return;
    }
    out.extend(text.iter().map(u8::to_ascii_lowercase));
}

fn clamp_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The length of the stem of a possessive word ("Russia's" -> 6), if it is one.
fn possessive_stem(word: &str) -> Option<usize> {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() && !stem.ends_with(['\'', '’']) {
                return Some(stem.len());
            }
        }
    }
    None
}

/// The length of the word before a contracted auxiliary ("he'll" -> 2,
/// "they’d" -> 4, "we've", "they're", "I'm"), if the word ends in one: the
/// grammar reads "'ll" and "'d" as modals, "'ve" as "have", "'re" and
/// "'m" as "be".
fn contraction_stem(word: &str) -> Option<usize> {
    // Read from the end, byte by byte: most words end in one of the
    // suffix letters, and a loop of suffix comparisons cost a library call
    // each (a quarter of the entity stage's time).
    let bytes = word.as_bytes();
    let n = bytes.len();
    let letters = match bytes.get(n.wrapping_sub(2)..) {
        Some(b"ll" | b"ve" | b"re" | b"LL") => 2,
        _ if matches!(bytes.last(), Some(b'd' | b'm' | b'D')) => 1,
        _ => return None,
    };
    let before = &bytes[..n - letters];
    let stem = if before.ends_with(b"'") {
        before.len() - 1
    } else if before.ends_with("\u{2019}".as_bytes()) {
        before.len() - 3
    } else {
        return None;
    };
    let tail = &before[..stem];
    (stem > 0 && !tail.ends_with(b"'") && !tail.ends_with("\u{2019}".as_bytes())).then_some(stem)
}

/// The words that are abbreviations when a period follows them, from the
/// reserved word classes `title_abbreviation`, `name_abbreviation`,
/// `abbreviation` and `number_abbreviation` (`rules/english.rules`). Kept
/// lower case and without their period, sorted, and compared with the word
/// as written, ASCII case ignored. The three kinds are one list, each word
/// with the bits of its kinds: a word that is none is looked up once, not
/// three times (most words a period follows end a sentence).
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    /// Every abbreviation, with its kinds: [`TITLE`], [`OTHER`], [`NUMBER`].
    words: WordList,
    /// The length of the longest, in bytes.
    longest: usize,
}

/// Never ends a sentence ("Gen.", "Sgt.").
const TITLE: u8 = 1;
/// Ends a sentence when a clear sentence opener follows ("Inc.").
const OTHER: u8 = 2;
/// An abbreviation only before a number ("No. 5").
const NUMBER: u8 = 4;

impl Abbreviations {
    /// None at all: keys do not depend on abbreviations (a joined period
    /// and a separate one give the same key), so [`phrase_key`] uses this.
    pub(crate) const NONE: Abbreviations = Abbreviations {
        words: WordList::EMPTY,
        longest: 0,
    };

    /// The abbreviations of the three kinds, written without their period.
    /// Words that are not ASCII are left out: text is compared as written,
    /// so they could never match.
    pub(crate) fn new<'w>(
        titles: impl IntoIterator<Item = &'w str>,
        others: impl IntoIterator<Item = &'w str>,
        numbers: impl IntoIterator<Item = &'w str>,
    ) -> Abbreviations {
        let words = WordList::new(
            (titles.into_iter().map(|w| (w, TITLE)))
                .chain(others.into_iter().map(|w| (w, OTHER)))
                .chain(numbers.into_iter().map(|w| (w, NUMBER))),
        );
        let longest = words.longest();
        Abbreviations { words, longest }
    }

    /// Whether the abbreviation `word` (with its period) is a title, which
    /// never ends a sentence: a listed one, or an initial.
    fn is_title(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        (w.len() == 1 && w.chars().all(|c| c.is_uppercase())) || self.words.kinds(w) & TITLE != 0
    }

    /// Whether `word`, followed by a period, is an abbreviation. `rest` is
    /// the text after the period, for "No." which is an abbreviation only
    /// before a number (white space between is skipped here). Out of line:
    /// it runs once a sentence, and the segmenting loop it is called from
    /// runs on every byte.
    #[inline(never)]
    fn is_abbreviation(&self, word: &str, rest: &str) -> bool {
        let mut chars = word.chars();
        let first = chars.next().unwrap_or(' ');
        // An initial: "John F. Kennedy".
        if first.is_uppercase() && chars.next().is_none() {
            return true;
        }
        // Dotted letters: "U.S", "U.N", "e.g", "a.m".
        if word.as_bytes().contains(&b'.') && word.split('.').all(|p| p.chars().count() <= 2 && !p.is_empty())
        {
            return true;
        }
        if word.len() > self.longest {
            return false;
        }
        let kinds = self.words.kinds(word);
        if kinds & NUMBER != 0 {
            return rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
        }
        kinds != 0
    }
}

/// A few ASCII words, each with bits of its kinds, looked up with ASCII case
/// ignored. Words of up to eight bytes (every default abbreviation) are
/// integers, lower-cased and packed with their length, so a lookup is a
/// binary search over integers; longer ones are compared one by one.
#[derive(Clone, Debug, Default)]
struct WordList {
    /// Sorted by word, each word once with the bits of all its kinds.
    short: Vec<(u128, u8)>,
    long: Vec<(Box<str>, u8)>,
}

impl WordList {
    const EMPTY: WordList = WordList {
        short: Vec::new(),
        long: Vec::new(),
    };

    /// The ASCII words of `words`; the others could never match text
    /// compared as written.
    fn new<'w>(words: impl Iterator<Item = (&'w str, u8)>) -> WordList {
        let mut list = WordList::default();
        for (word, kind) in words.filter(|(w, _)| w.is_ascii() && !w.is_empty()) {
            match packed(word) {
                Some(key) => list.short.push((key, kind)),
                None => list.long.push((word.into(), kind)),
            }
        }
        list.short.sort_unstable();
        // One entry a word, with the kinds of all its copies.
        list.short.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        list
    }

    /// The bits of the kinds of `word`, 0 if it is not in the list.
    fn kinds(&self, word: &str) -> u8 {
        match packed(word) {
            Some(key) => match self.short.binary_search_by_key(&key, |&(k, _)| k) {
                Ok(i) => self.short[i].1,
                Err(_) => 0,
            },
            None => (self.long.iter())
                .filter(|(w, _)| w.eq_ignore_ascii_case(word))
                .fold(0, |kinds, (_, kind)| kinds | kind),
        }
    }

    /// The length of the longest word, in bytes.
    fn longest(&self) -> usize {
        let short = self
            .short
            .iter()
            .map(|(k, _)| (k >> 64) as usize)
            .max()
            .unwrap_or(0);
        self.long
            .iter()
            .map(|(w, _)| w.len())
            .max()
            .unwrap_or(0)
            .max(short)
    }
}

/// A word of at most eight bytes, ASCII lower-cased, and its length, as one
/// integer.
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    buf.make_ascii_lowercase();
    Some(((bytes.len() as u128) << 64) | u128::from(u64::from_le_bytes(buf)))
}

/// Words that, capitalized after an abbreviation, almost surely open a new
/// sentence rather than continue a name ("U.S. Treasury").
fn is_sentence_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "Or",
        "In",
        "On",
        "At",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "As",
        "For",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Meanwhile",
        "However",
        "Still",
        "Yet",
        "So",
        "Some",
        "Many",
        "Most",
        "No",
        "Not",
        "Then",
        "Now",
        "Officials",
        "According",
        "Last",
        "Earlier",
        "Later",
    ];
    OPENERS.contains(&word)
}

/// The key of a token joined from an HTML character reference (see
/// `join_character_references`), if it is one.
fn character_reference(text: &str) -> Option<&'static str> {
    let text = text.strip_prefix('&').unwrap_or(text);
    match text {
        "#39;s" | "#39;S" => Some("'s"),
        "#39;" => Some("'"),
        "quot;" | "QUOT;" => Some("\""),
        _ => None,
    }
}

/// Appends the key of a word with an apostrophe written as a character
/// reference inside it ("O #39;Brien", "didn&#39;t"; see
/// `join_character_references`): the key of "O'Brien" or "didn't".
fn push_key_with_references(out: &mut String, word: &str) {
    // (Most words that come here are a curly quote or a word with an
    // accent, with no "#": one look at its bytes, where a search for the string
    // cost its setup for every such token.)
    if !word.as_bytes().contains(&b'#') {
        push_key(out, word);
        return;
    }
    let mut rest = word;
    while let Some(at) = rest.find("#39;") {
        push_key(out, rest[..at].trim_end_matches(['&', ' ']));
        out.push('\'');
        rest = &rest[at + 4..];
    }
    push_key(out, rest);
}

/// Appends the normalized key of `word` to `out`.
pub(crate) fn push_key(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
                out.push('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => {
                out.push('"')
            }
            c if is_dash(c) => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c if is_plain(c) => out.push(c),
            c => push_lowercase_folded(out, c),
        }
    }
}

/// Appends `c` lowercased and folded: the general case of [`push_key`].
fn push_lowercase_folded(out: &mut String, c: char) {
    for l in c.to_lowercase() {
        push_folded(out, l);
    }
}

/// Whether `c` is a letter of a caseless script with no decomposition, or
/// an emoji: its key is itself, and the case and decomposition tables,
/// three lookups a character, need not be asked (text in Arabic, Hebrew,
/// Chinese or Korean is made of little else). A test checks every one of
/// them against the tables.
fn is_plain(c: char) -> bool {
    is_caseless_letter(c) || matches!(c, '\u{1F300}'..='\u{1FAFF}')
}

/// Whether `c` is one of the letters of [`is_plain`]: alphabetic, neither
/// upper nor lower case, and its own key.
fn is_caseless_letter(c: char) -> bool {
    matches!(
        c,
        '\u{05D0}'..='\u{05EA}'
            | '\u{0627}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7A3}'
    )
}

/// The characters whose key is `-`: the hyphen and every dash variant.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// The normalized key of a whole phrase, tokenized the same way as text, so
/// that rule words compare equal to the keys of text tokens.
pub(crate) fn phrase_key(phrase: &str) -> String {
    // A word of ASCII letters is one token, its key the word in lower case
    // (most of the rule files' and gazetteers' words).
    if phrase.bytes().all(|b| b.is_ascii_alphabetic()) {
        return phrase.to_ascii_lowercase();
    }
    let tokens = Tokens::with_abbreviations(phrase, &Abbreviations::NONE);
    let mut key = String::with_capacity(phrase.len());
    for (i, tok) in tokens.tokens.iter().enumerate() {
        if i > 0 && tok.space_before() {
            key.push(' ');
        }
        key.push_str(tokens.key(tok));
    }
    key
}

/// Appends lowercase `c` without its diacritics: the canonical decomposition
/// (Unicode NFD, as the gazetteer generators in `gazetteers/tools` use) with
/// its combining marks dropped, so "ễ" is "e" and "Nguyễn" matches "Nguyen".
/// A character that loses no mark stays as written: a Hangul syllable or a
/// two-part Bengali vowel sign is not taken apart.
///
/// Dropped are the Combining Diacritical Marks block and every other mark
/// with a nonzero combining class (the accents, cedillas, hooks and horns of
/// Latin, Greek and Cyrillic letters; Arabic and Hebrew vowel points). Marks
/// of class zero are kept: the vowel signs of Indic scripts are letters of
/// their word, not decoration.
///
/// Some letters are not a base letter plus marks in Unicode, but readers of
/// English news write them as one: those are folded by [`fold_special`].
fn push_folded(out: &mut String, c: char) {
    let start = out.len();
    let mut dropped = false;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if is_diacritic(d) {
            dropped = true;
        } else {
            match fold_special(d) {
                Some(s) => out.push_str(s),
                None => out.push(d),
            }
        }
    });
    if !dropped {
        out.truncate(start);
        match fold_special(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Whether `c` is a combining mark that a key drops.
fn is_diacritic(c: char) -> bool {
    use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
    matches!(c, '\u{0300}'..='\u{036F}') || (canonical_combining_class(c) != 0 && is_combining_mark(c))
}

/// Lowercase letters that English spells with other letters although Unicode
/// gives them no decomposition: the stroked, barred and dotless letters and
/// the ligatures "æ" and "œ". "ß", "ð" and "þ" stay as they are.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' => "ae",
        'œ' => "oe",
        'đ' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ł' | 'ŀ' => "l",
        'ø' => "o",
        'ŧ' => "t",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lowercase_copies_match_the_standard_library() {
        let text = "Peru SOLD ÉCLAIRS to @Chile [Zz] ` { Ü 0123456789 AZaz ÀÉ and MORE";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let bytes = &text.as_bytes()[start..end];
                let mut out = b"kept".to_vec();
                push_ascii_lowercase(&mut out, bytes);
                let mut want = b"kept".to_vec();
                want.extend(bytes.iter().map(u8::to_ascii_lowercase));
                assert_eq!(out, want, "{start}..{end}");
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        t.tokens().iter().map(|tok| t.text(tok)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        t.sentences()
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn tokens_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Kenya's army", &["Kenya", "'s", "army"]),
            ("Kenya’s army", &["Kenya", "’s", "army"]),
            ("the soldiers’ pay", &["the", "soldiers", "’", "pay"]),
            ("Peruvian-built boats", &["Peruvian", "-", "built", "boats"]),
            ("the Lima-Quito axis", &["the", "Lima", "-", "Quito", "axis"]),
            ("the U.N. said", &["the", "U.N.", "said"]),
            (
                "Gen. Ortiz and Lt. Col. Ruiz",
                &["Gen.", "Ortiz", "and", "Lt.", "Col.", "Ruiz"],
            ),
            ("Harry S. Truman", &["Harry", "S.", "Truman"]),
            ("on Sept. 3", &["on", "Sept.", "3"]),
            ("Room No. 5", &["Room", "No.", "5"]),
            ("he said no.", &["he", "said", "no", "."]),
            ("the B-52 and 9K720", &["the", "B", "-", "52", "and", "9K720"]),
            ("it cost 1,250.50 dollars", &["it", "cost", "1,250.50", "dollars"]),
            ("she'll go", &["she", "'ll", "go"]),
            ("they’d agreed", &["they", "’d", "agreed"]),
            ("WE'VE WON", &["WE'VE", "WON"]),
            ("HE'LL GO", &["HE", "'LL", "GO"]),
            ("I'm here", &["I", "'m", "here"]),
            ("we’re out", &["we", "’re", "out"]),
            ("O'Neill said", &["O'Neill", "said"]),
            ("the ''ll mark", &["the", "'", "'", "ll", "mark"]),
            // A scrape's backslash for a lost line break is white space.
            ("Juan\\Ortega said", &["Juan", "Ortega", "said"]),
            ("left.\\\\The next", &["left", ".", "The", "next"]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "tokens of {text:?}");
        }
    }

    #[test]
    fn compounds_keep_parts_visible() {
        let t = Tokens::new("Chilean-made rifles");
        let toks = t.tokens();
        assert!(toks[0].is_capitalized());
        assert!(!toks[1].space_before(), "the hyphen touches the adjective");
        assert!(!toks[2].space_before(), "the cue touches the hyphen");
        assert!(toks[3].space_before());
    }

    #[test]
    fn keys_table() {
        let cases: &[(&str, &str)] = &[
            ("Kenya’s", "kenya's"),
            ("KENYA", "kenya"),
            ("Élysée Palace", "elysee palace"),
            ("Türkiye", "turkiye"),
            ("Łódź", "lodz"),
            ("“quoted”", "\"quoted\""),
            ("Al‑Shabaab", "al-shabaab"),
            ("Al–Shabaab", "al-shabaab"),
            ("U.S.", "u.s."),
            ("İstanbul", "istanbul"),
            // Folding: keys drop the marks of Unicode decomposition, and
            // fold the letters it leaves whole that English spells otherwise.
            // Vietnamese: stacked marks, horns, the barred d.
            ("Nguyễn Xuân Phúc", "nguyen xuan phuc"),
            ("Đà Nẵng", "da nang"),
            ("Thừa Thiên Huế", "thua thien hue"),
            ("Hồ Chí Minh", "ho chi minh"),
            ("Phạm Minh Chính", "pham minh chinh"),
            // Marks typed as separate characters (decomposed text).
            ("Nguye\u{302}\u{303}n", "nguyen"),
            // Polish.
            ("Wałęsa", "walesa"),
            ("Gdańsk Żółw", "gdansk zolw"),
            // Turkish: dotless i, dotted capital I, soft g.
            ("Kılıçdaroğlu", "kilicdaroglu"),
            ("İzmir ŞIRNAK", "izmir sirnak"),
            // Romanian comma below and cedilla alike.
            ("Ștefan Ţepeş", "stefan tepes"),
            // Czech, Croatian, Maltese, Catalan.
            ("Dvořák", "dvorak"),
            ("Đoković", "dokovic"),
            ("Ħamrun", "hamrun"),
            ("Paral·lel Ŀ", "paral·lel l"),
            // Nordic letters and ligatures.
            ("Ærø Søndergård", "aero sondergard"),
            ("Œuvre", "oeuvre"),
            ("ǣ Ǿ", "ae o"),
            // Letters that stay: English writes them otherwise, but not as
            // one of their parts.
            ("Straße", "straße"),
            ("Þórðarson", "þorðarson"),
            // Pinyin tone marks, Greek accents, Cyrillic breve and diaeresis.
            ("Lǚ Xùn", "lu xun"),
            ("Αθήνα", "αθηνα"),
            ("Йошкар-Ола Ёлка", "иошкар-ола елка"),
            // Arabic hamza seats and vowel points.
            ("أَحمد", "احمد"),
            // Nothing to drop: syllables and vowel signs are not taken apart.
            ("서울", "서울"),
            ("কো", "কো"),
        ];
        for (text, want) in cases {
            assert_eq!(phrase_key(text), *want, "key of {text:?}");
        }
    }

    #[test]
    fn character_references_are_one_token() {
        let cases: &[(&str, &[&str])] = &[
            ("Kenya #39;s army", &["kenya", "'s", "army"]),
            ("Kenya&#39;s army", &["kenya", "'s", "army"]),
            ("a  quot;gesture quot; now", &["a", "\"", "gesture", "\"", "now"]),
            ("page 39; then", &["page", "39", ";", "then"]),
            // An apostrophe inside a word makes one word with it.
            ("Dan O #39;Brien said", &["dan", "o'brien", "said"]),
            ("they didn&#39;t send", &["they", "didn't", "send"]),
            ("it doesn #39;t", &["it", "doesn't"]),
            // Not inside a word: a plural's possessive, a quotation.
            ("the players #39; union", &["the", "players", "'", "union"]),
            ("he said #39; no", &["he", "said", "'", "no"]),
            ("said  #39;Brien", &["said", "'", "brien"]),
            ("the #39;axis #39; speech", &["the", "'", "axis", "'", "speech"]),
            // Joined as the same words written with an apostrophe are.
            ("didn't O'Brien", &["didn't", "o'brien"]),
        ];
        for (text, want) in cases {
            let t = Tokens::new(text);
            let keys: Vec<&str> = t.tokens().iter().map(|tok| t.key(tok)).collect();
            assert_eq!(&keys, want, "keys of {text:?}");
        }
        let t = Tokens::new("Kenya #39;s army");
        assert!(!t.tokens()[1].space_before(), "the possessive joins its word");
        assert_eq!(t.text(&t.tokens()[1]), "#39;s", "spans stay on the text");
    }

    #[test]
    fn plain_characters_are_their_own_key() {
        let mut plain = 0;
        for c in (0..=0x1FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| is_plain(c))
        {
            let mut by_tables = String::new();
            push_lowercase_folded(&mut by_tables, c);
            assert_eq!(by_tables, c.to_string(), "{c:?} U+{:04X}", c as u32);
            if is_caseless_letter(c) {
                assert!(
                    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase(),
                    "{c:?}"
                );
            } else {
                assert!(!c.is_alphanumeric() && !c.is_whitespace(), "{c:?}");
            }
            plain += 1;
        }
        assert!(plain > 40_000);
    }

    #[test]
    fn sentences_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Rain fell. Crops grew.", &["Rain fell.", "Crops grew."]),
            ("Is it over? Nobody knows!", &["Is it over?", "Nobody knows!"]),
            (
                "The U.S. Navy sailed. It left.",
                &["The U.S. Navy sailed.", "It left."],
            ),
            (
                "Aid went to the U.S. The debate went on.",
                &["Aid went to the U.S.", "The debate went on."],
            ),
            (
                "Gen. Ortiz met Mr. Ruiz. Both left.",
                &["Gen. Ortiz met Mr. Ruiz.", "Both left."],
            ),
            ("They met on Oct. 4 in Lima.", &["They met on Oct. 4 in Lima."]),
            ("John F. Kennedy spoke.", &["John F. Kennedy spoke."]),
            (
                "\"We will win.\" The crowd cheered.",
                &["\"We will win.\"", "The crowd cheered."],
            ),
            (
                "“We will win.” The crowd cheered.",
                &["“We will win.”", "The crowd cheered."],
            ),
            ("“We will win,” she said.", &["“We will win,” she said."]),
            (
                "Wait... it works. Then what?",
                &["Wait... it works.", "Then what?"],
            ),
            ("Wait… Then what?", &["Wait…", "Then what?"]),
            (
                "Storm hits coast\nThousands flee the area.",
                &["Storm hits coast", "Thousands flee the area."],
            ),
            (
                "The envoy said the\ntalks had stalled.",
                &["The envoy said the\ntalks had stalled."],
            ),
            ("Para one\n\nand two", &["Para one", "and two"]),
            (
                "Talks with\\Pervez\\Musharraf went on.\\\\Then rain",
                &["Talks with\\Pervez\\Musharraf went on.", "Then rain"],
            ),
            ("No end\\\\Next part", &["No end", "Next part"]),
            (
                "It grew 3.5 percent. Prices fell.",
                &["It grew 3.5 percent.", "Prices fell."],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "sentences of {text:?}");
        }
    }

    #[test]
    fn every_key_is_the_phrase_key_of_its_token() {
        let t = Tokens::new("Chile-made. Peru  sells “Élan” drones—cheaply");
        for tok in t.tokens() {
            assert_eq!(t.key(tok), phrase_key(t.text(tok)));
            assert_eq!(tok.word(), NO_WORD);
        }
    }

    #[test]
    fn tokens_carry_the_lexicon_id_of_their_key() {
        use crate::classes::{ClassSpec, WordClasses};
        use crate::words::WordTable;
        // Gazetteer words keep their ids; the other class words come after
        // them.
        let gazetteer =
            WordTable::new([("peru", 0), ("élan", 1), ("-", 2), ("internationalization", 3)].into_iter());
        let class = |word: &str| ClassSpec {
            name: String::new(),
            words: vec![word.to_string().into()],
            phrases: Vec::new(),
        };
        let classes = WordClasses::new(&[class("sells"), class("peru"), class("drones")]);
        let lexicon = Lexicon::new(&gazetteer, classes, Abbreviations::NONE);
        let text = "Chile-made. PERU  sells “Élan” drones—cheaply; internationalization peruvian";
        let t = Tokens::with_lexicon(text, &lexicon);
        let plain = Tokens::new(text);
        assert_eq!(t.tokens().len(), plain.tokens().len());
        let mut rows = Vec::new();
        for (tok, same) in t.tokens().iter().zip(plain.tokens()) {
            assert_eq!(tok.span, same.span);
            let want = match t.key(tok) {
                "peru" => 0,
                "elan" => NO_WORD, // keys drop diacritics: "élan" is no key
                "-" => 2,
                "internationalization" => 3,
                "sells" | "drones" => {
                    assert!(tok.word() >= 4, "after the gazetteer's ids");
                    tok.word()
                }
                _ => NO_WORD,
            };
            assert_eq!(tok.word(), want, "{:?}", t.key(tok));
            let class = (0..3).find(|&c| lexicon.in_class(tok.word(), c));
            rows.push((t.key(tok), class));
        }
        assert!(rows.contains(&("sells", Some(0))));
        assert!(rows.contains(&("peru", Some(1))));
        assert!(rows.contains(&("drones", Some(2))));
        assert!(rows.contains(&("chile", None)));
    }

    /// Tokens as the Unicode tables alone segment `text`, every segment
    /// through the sink's general method: what the fast paths of `segment`
    /// must reproduce, token for token.
    fn tokens_by_tables(text: &str) -> Tokens<'_> {
        use unicode_segmentation::UnicodeSegmentation;
        let abbreviations = defaults::abbreviations();
        let mut tokens = Tokens {
            text,
            ..Tokens::default()
        };
        let mut sink = TokenSink {
            tokens: &mut tokens,
            pending: 0,
            abbreviations,
        };
        for (start, segment) in text.split_word_bound_indices() {
            sink.other(start, segment);
        }
        tokens.split_sentences(abbreviations);
        tokens.build_keys(None);
        tokens
    }

    fn assert_same_as_tables(text: &str) {
        let (fast, tables) = (Tokens::new(text), tokens_by_tables(text));
        assert_eq!(fast.tokens(), tables.tokens(), "tokens of {text:?}");
        assert_eq!(fast.sentences(), tables.sentences(), "sentences of {text:?}");
        assert_eq!(fast.keys, tables.keys, "keys of {text:?}");
    }

    #[test]
    fn fast_paths_tokenize_as_the_tables_do() {
        for text in [
            "“Iran sold ‘drones’ to Russia,” said officials… «Peru» ‘bought’ “tanks” – from ‘Chile’—in “Lima”.\u{a0}Next",
            "Russia’s U.S.’ allies’ don’t 1’000 Gen.’s x’s’ ’s",
            "He said “no.” Then… it ended.\u{a0}\u{a0}The end",
            "Kenya's\r\n\r\nMr. Ortiz’\n\u{a0}\nleft — “quietly”",
        ] {
            assert_same_as_tables(text);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        #[test]
        fn tokens_are_the_same_as_by_the_tables(
            text in "([a-zA-Z]{1,5}|[A-Z][a-z]{1,5}|[0-9]{1,2}|Mr|U\\.S|'s|[’‘]|[’‘][sa-z0-9]|[.,;:!?'\"()_-]|[ \n\r]|[\u{a0}«»\u{2010}-\u{2022}\u{2026}\u{2039}\u{203a}]|é|Ł|\u{2024}|\u{202f}|\u{301}|😀){0,120}"
        ) {
            assert_same_as_tables(&text);
        }
    }

    #[test]
    fn default_abbreviations_table() {
        // (word before the period, text after it and its white space, an
        // abbreviation?)
        let cases = [
            ("Gen", "Ortiz", true),
            ("GEN", "", true),
            ("sgt", "", true),
            ("Sept", "3", true),
            ("approx", "", true),
            ("gov't", "", true),
            ("No", "5", true),
            ("No", "more", false),
            ("nos", "12", true),
            ("F", "Kennedy", true),
            ("U.S", "", true),
            ("Gén", "", false),
            ("Pfizer", "", false),
            ("approxi", "", false),
        ];
        let abbreviations = defaults::abbreviations();
        for (word, rest, want) in cases {
            assert_eq!(
                abbreviations.is_abbreviation(word, rest),
                want,
                "{word:?} before {rest:?}"
            );
        }
        assert!(abbreviations.is_title("Messrs."));
        assert!(!abbreviations.is_title("Inc."));
    }

    #[test]
    fn keys_do_not_depend_on_abbreviations() {
        // `phrase_key` tokenizes without any, as it runs while the default
        // ones are being loaded: a joined period gives the key it would
        // give apart.
        let text = "Gen. Ortiz met Mr. Ruiz on Sept. 3 at No. 5, Gov't. offices of U.S. Inc. etc. in Lima.";
        let t = Tokens::new(text);
        assert!(t.tokens().iter().any(|tok| tok.is_abbreviation()));
        let mut key = String::new();
        for (i, tok) in t.tokens().iter().enumerate() {
            if i > 0 && tok.space_before() {
                key.push(' ');
            }
            key.push_str(t.key(tok));
        }
        assert_eq!(phrase_key(text), key);
    }
}
