//! The word classes the parser reads: each a reserved rule-file class of
//! `rules/grammar.rules` or `rules/lexicon.rules`, one bit of a token's
//! class word, so that a parsed token's classes are one array load.

/// The word classes the parser reads, each a reserved rule-file word class
/// (declared in `rules/grammar.rules` and `rules/lexicon.rules`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    Determiner,
    Pronoun,
    Preposition,
    Coordinator,
    Subordinator,
    Relative,
    Be,
    Have,
    Do,
    Modal,
    Negation,
    Particle,
    NumberWord,
    TimeWord,
    ReportingVerb,
    LightVerb,
    ObjectControl,
    VerbBase,
    VerbS,
    VerbPast,
    VerbParticiple,
    VerbIng,
    NounOrVerb,
    Adjective,
    Adverb,
    Future,
    OpensPhrase,
    Ditransitive,
    PhrasalVerb,
    CompoundOwner,
    CompoundOrigin,
    Contrast,
    ClauseBoundary,
    Locative,
    GerundControl,
    AdverbialPrep,
    Demonstrative,
    PassiveAux,
    SubjectRelative,
    Complementizer,
    ActorNoun,
    PersonNoun,
    BareControl,
    InstrumentGerund,
    PairPreposition,
    Prospective,
    Intransitive,
    Destination,
    ThingPronoun,
}

impl WordClass {
    /// Every class, in bit order.
    pub(crate) const ALL: [WordClass; 49] = [
        WordClass::Determiner,
        WordClass::Pronoun,
        WordClass::Preposition,
        WordClass::Coordinator,
        WordClass::Subordinator,
        WordClass::Relative,
        WordClass::Be,
        WordClass::Have,
        WordClass::Do,
        WordClass::Modal,
        WordClass::Negation,
        WordClass::Particle,
        WordClass::NumberWord,
        WordClass::TimeWord,
        WordClass::ReportingVerb,
        WordClass::LightVerb,
        WordClass::ObjectControl,
        WordClass::VerbBase,
        WordClass::VerbS,
        WordClass::VerbPast,
        WordClass::VerbParticiple,
        WordClass::VerbIng,
        WordClass::NounOrVerb,
        WordClass::Adjective,
        WordClass::Adverb,
        WordClass::Future,
        WordClass::OpensPhrase,
        WordClass::Ditransitive,
        WordClass::PhrasalVerb,
        WordClass::CompoundOwner,
        WordClass::CompoundOrigin,
        WordClass::Contrast,
        WordClass::ClauseBoundary,
        WordClass::Locative,
        WordClass::GerundControl,
        WordClass::AdverbialPrep,
        WordClass::Demonstrative,
        WordClass::PassiveAux,
        WordClass::SubjectRelative,
        WordClass::Complementizer,
        WordClass::ActorNoun,
        WordClass::PersonNoun,
        WordClass::BareControl,
        WordClass::InstrumentGerund,
        WordClass::PairPreposition,
        WordClass::Prospective,
        WordClass::Intransitive,
        WordClass::Destination,
        WordClass::ThingPronoun,
    ];

    /// The reserved rule-file class name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            WordClass::Determiner => "det",
            WordClass::Pronoun => "pronoun",
            WordClass::Preposition => "preposition",
            WordClass::Coordinator => "conjunction",
            WordClass::Subordinator => "subordinator",
            WordClass::Relative => "relative",
            WordClass::Be => "be",
            WordClass::Have => "have",
            WordClass::Do => "do",
            WordClass::Modal => "modal",
            WordClass::Negation => "negation",
            WordClass::Particle => "particle",
            WordClass::NumberWord => "number_word",
            WordClass::TimeWord => "time_word",
            WordClass::ReportingVerb => "reporting_verb",
            WordClass::LightVerb => "light_verb",
            WordClass::ObjectControl => "object_control",
            WordClass::VerbBase => "verb_base",
            WordClass::VerbS => "verb_s",
            WordClass::VerbPast => "verb_past",
            WordClass::VerbParticiple => "verb_participle",
            WordClass::VerbIng => "verb_ing",
            WordClass::NounOrVerb => "noun_or_verb",
            WordClass::Adjective => "adjective",
            WordClass::Adverb => "adverb",
            WordClass::Future => "future_modal",
            WordClass::OpensPhrase => "opens_phrase",
            WordClass::Ditransitive => "ditransitive",
            WordClass::PhrasalVerb => "phrasal_verb",
            WordClass::CompoundOwner => "compound_owner",
            WordClass::CompoundOrigin => "compound_origin",
            WordClass::Contrast => "contrast",
            // The rules' class: words no gap crosses end a clause here too.
            WordClass::ClauseBoundary => "clause_boundary",
            WordClass::Locative => "locative",
            WordClass::GerundControl => "gerund_control",
            WordClass::AdverbialPrep => "adverbial_preposition",
            WordClass::Demonstrative => "demonstrative",
            WordClass::PassiveAux => "passive_auxiliary",
            WordClass::SubjectRelative => "subject_relative",
            WordClass::Complementizer => "complementizer",
            WordClass::ActorNoun => "actor_noun",
            WordClass::PersonNoun => "person_noun",
            WordClass::BareControl => "bare_control",
            WordClass::InstrumentGerund => "instrument_gerund",
            WordClass::PairPreposition => "pair_preposition",
            WordClass::Prospective => "prospective",
            WordClass::Intransitive => "intransitive",
            WordClass::Destination => "destination",
            WordClass::ThingPronoun => "thing_pronoun",
        }
    }

    pub(crate) const fn bit(self) -> u64 {
        1 << self as u32
    }
}

/// A bit of a token's classes that no rule-file class sets: the word
/// starts a phrase of the `conjunction` class ("as" of "as well as").
pub(crate) const CONJUNCTION_START: u64 = 1 << 63;

pub(super) const VERB_FORMS: u64 = WordClass::VerbBase.bit()
    | WordClass::VerbS.bit()
    | WordClass::VerbPast.bit()
    | WordClass::VerbParticiple.bit()
    | WordClass::VerbIng.bit();
