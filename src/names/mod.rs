//! Evidence to more mentions: names the gazetteer does not hold.
//!
//! The gazetteer knows the names on its lists; news names people,
//! organizations and weapons no list holds, and says what they are by the
//! words around them. This stage reads that evidence, after the gazetteer and
//! before the rules, and adds a mention for each name it finds, with the
//! evidence that made it ([`Evidence`](crate::Evidence)):
//!
//! | evidence | finds | example |
//! | --- | --- | --- |
//! | title | a person, with the title and its sector as `title` and `role` | "Defence Minister Ann Smith", "Gen. Ortiz", "spokeswoman Ann Smith", "Mr Smith", "Assistant Secretary for Near Eastern Affairs Ann Smith", "Assistant Secretary for European and Eurasian Affairs Ann Smith" (a given name after a title's portfolio), "Det Ch Insp Smith", "Lord Okafor" (a rank or a peer's or judge's title before one word that is no English word: `rank_title`) |
//! | given name | a person; also one word before a surname with its article where a person may stand; a title that is also a given name before two name words (`title_given_name`); a family name and given name of Korean or Chinese syllables joined by a hyphen (`name_syllable`); a given name that is also a common word, before a surname that is no word (`word_given_name`) | "Ann Smith", "Omar al-Farouq", "Jan van Dijk", "Muqtada al-Sadr said", "Amir Ali Vega", "Lee Teng-hui", "Grant Vorster" |
//! | apposition | a person | "Ann Vega, better known as Nena" (an alias after an `alias_cue` and "as", right after a person's name), "His mother, Grace, said" (a name between commas after a `person_kin` a possessive owns), "Ann Smith, a senior fellow at ...", "the country's foreign minister, Ann Smith", "the spokesman for the militia, Ann Smith, said" (a title's complement with a preposition of `title_complement`), "Smith was a navy commander" |
//! | address | a person: a known given name alone, spoken to, after a short opening of its sentence or turn and a comma at the sentence's end, or before a comma and a word of a request or question (`address_follower`), or opening a transcript's turn before a comma and a word in lower case, or after a greeting (`address_salutation`) and before a comma | "Go ahead, Ivo.", "MS VEGA: Yes, Ana.", "Ivo, you had one?", "QUESTION: Ivo, on the talks ...", "Look, Ivo, I think", "Dear Ivo, welcome back" |
//! | initial, results line | a person | "M. Alleyne", "Ann Smith (Peru) 2:08:11" |
//! | head word | an organization, with the country before it; one word no list explains between "the" and a noun of armed groups (`group_noun`) | "the Ruritanian Defence Ministry", "Ministry of Defence", "Acme Holdings", "the Fano militia" |
//! | post | the organization a post is held in: before the post (also before a person of the gazetteer), after it and "of", "at", "for" or "with", before "'s" and a post no person holds in another; an acronym or a word alone after "for" only when the document gives it no other meaning | "Acme chief executive Keir Starmer", "BPI chief Ann Smith", "a spokeswoman for Acme", "Acme's chief executive" |
//! | agent noun | the country, standing for its forces or officials | "Ruritanian troops", "Peru's police" |
//! | designation | a weapon | "Kh-101 missiles", "a Su-35", "Tornado-S", "HMS Ocean", "the frigate Admiral Makarov", "RQ-4 Global Hawk", "GLSDB bombs", "the Liutyi long-range drone", "Hwasong-18" (a family of the gazetteer's); before a weapon noun in a sentence with a weapon or a maker: "the Skynex system shot down two drones", "Rheinmetall will build Lynx vehicles"; "Sea Baby drones" (a capitalized modifier of weapons opening a two-word name), "the GLSDB, a glide bomb fired from ..." (an acronym in apposition, before a participle's phrase), "tested an Agni-V" (`test_verb`), "Palestine-2 Hypersonic Missile" in a title-case headline |
//! | short form | a gazetteer weapon by its name alone | "Iskander" for "9K720 Iskander" |
//! | context | a person's name of two to four words that are no English word where only a person stands: after a noun of deeds done to people and "of" (`person_deed_noun`), a verb of leading and "by" (`person_leading_verb`), a person's name and a verb of meeting (`person_meeting_verb`), or before "as" and a title | "the arrest of Ivo Kindiki", "led by Ana Phogat", "Ann Vega met Ivo Kindiki", "named Ivo Kindiki as his deputy" |
//! | context | a capitalized word alone after a verb of firing and an article or a number ("intercepted a Zirkon over the city"); an aircraft or vehicle word as a weapon: in a sentence that names a weapon (aircraft also in one of fighting from the air), after an armed group or a military, or as a member of a list of aircraft | "Coalition aircraft destroyed 14 tanks", "planes bombed the depot", "ISIL vehicles", "attack, bomber and fighter aircraft" |
//! | family | a relative of a person the gazetteer knows, named by one capitalized word (no frequent word, title or head word) before that person's full name, replacing it; or, when no other evidence nor name of the document explained them, two words whose second is a known person's surname alias | "Mahamat Idriss Deby", "Hamza bin Laden", "Bafel Talabani" |
//! | given name before a place | a person whose surname is a place of the gazetteer, replacing it | "Marcus Jordan" |
//! | place before a head word | an organization named after a place, replacing it | "Israel Radio", "Tokyo Stock Exchange", "Lima Newsroom", "Bank of Peru" |
//! | place in a name | a club, company or agency named after a place, replacing it | "Ajax Amsterdam", "Statistics Canada" |
//! | compound | a country used as an adjective (kind `Demonym`) | "U.S.-led", "Iraq-bound", "pro-Moscow" |
//! | place word | a place no gazetteer lists (`LOCATION`, evidence `place_word` naming the key word; see `places`): after a place noun and "of", ending in a key word that is part of its name, before a key word that marks it, or after a preposition of place and before a comma and a country, or right after a verb of invading, shelling or retaking places or a projectile or an air strike aimed at it; a country's adjective before the place noun is the place's country, and stays a mention of its own | "the coastal town of Wrenhaven", "Lorn Province", "Korvel Air Base", "the Dunmere refugee camp", "in Ostrova, Peru", "invaded Halvar", "fired rockets at Tarsk", "an air strike on Tarsk" |
//! | document | a later (or earlier) shorter mention of a name found in full | "Smith", "Ms Smith", "SMITH" after "Ann Smith"; "IAEA" after "International Atomic Energy Agency (IAEA)"; "Jordan" after "Marcus Jordan"; "Vortan" after "Vortan missiles" |
//! | date | the office-holder in office on the document's date | "Ortiz", when two office-holders of the gazetteer are called Ortiz |
//! | nominal | the person of the document who holds a title standing alone after "the" (see `Doc::titles`), or, when the document names no holder (or one of another country), a person of its own (in lower case too: "the envoy said"); a capitalized title goes on over "of" and a country's name or title modifiers ("the Emir of Qatar", "the Secretary of State"); the country a description after "the" stands for, when the document names it (`description:` aliases of the gazetteer) | "the Foreign Secretary", "the prime minister" after "Prime Minister Ann Smith"; "the Islamic Republic" after "Iran" |
//! | pronoun | the person a pronoun stands for: the subject named before "he", "she", "him"; the speaker of the quotation or statement "I", "me" stand in, or of the byline that heads the document (see `pronouns`) | "She said" after "Ann Smith met the envoy."; "“I regret it,” said Smith" |
//! | reference | the country or organization a reference after "the" stands for ("the country", "the group", "the company", "the agency", "the military"), or an opening "It", as a subject: the actor that opens the subject of the sentence before, or of its own sentence before "although", "and", of the kind the noun says; never a member of a list (see `anaphors`) | "The country has accused Chile" after "Bolivia vetoed the package."; "Peru will not arm Bolivia, although the country has sold rifles to Chile" |
//! | description | a person named by a description: an article and words before a title word that ends its phrase (a person of its own), or a title phrase in apposition to a person (that person); the mention is the words after the last mention inside the phrase, so the country or organization in it stays its own mention; no argument of a relation (see `descriptions`) | "a soldier was wounded", "an Egyptian diplomat said", "one of the pilots", "Gen. Ann Vega, commander of the task force, said" |
//! | possessive | the person a possessive pronoun stands for, as "he" and "I" do: "his", "her" (not an object "her", nor "His Excellency"), "my"; a mention no relation takes as an argument (the extractor leaves it out of the relation stage) | "his brigade" after "Gen. Smith said"; "“my last tour,” said Smith" |
//!
//! The words are data: given names, titles by sector, name particles,
//! organization head words, agent nouns, words that are no name and weapon
//! words are word classes of `rules/names/*.rules` (loaded with the English
//! of `rules/english.rules`, changeable by a user's rule file), and the
//! designation patterns are regular expressions in
//! `rules/names/designations.txt`. The classes the stage reads are listed in
//! the rule language reference ([`crate::rule`]).
//!
//! A place of the gazetteer right before an `event_word` ("the Peru
//! Open", "the Monaco Grand Prix") or after one and "of" ("the Tour of
//! Peru") names an event, not an actor: its mention is dropped, as are a
//! country before "$" (a currency, "US$") and a capital before a
//! capitalized word in running text ("Lima Carnival"). So is a weapon class
//! word that is no weapon where it stands: a person ("a suicide bomber"), a
//! word of a unit's name ("the Field Artillery Regiment") or of a title's
//! ("Top Gun", "the Houston Rockets"), a modifier ("a weapons cache",
//! "counter-IED training").
//!
//! # What a found name resolves to
//!
//! A name no gazetteer holds gets an entry made for the one document
//! ([`Entity::is_inferred`](crate::Entity::is_inferred)): its id is the slug
//! of its full name (`ann_smith`; an organization named after a country's
//! adjective is prefixed with the country, `rur_defence_ministry`), its
//! mention's alias kind is [`AliasKind::Inferred`](crate::AliasKind::Inferred),
//! and every mention of it carries its evidence. All mentions of one name in
//! a document share the entry. A shorter mention of a name that is in the
//! gazetteer resolves to the gazetteer's entry ("Cameron" after "David
//! Cameron", whose surname is too common for the gazetteer to match alone).
//! A country with an agent noun is a mention of the country, of kind
//! [`AliasKind::Agent`](crate::AliasKind::Agent), so that the rules bind it
//! as an actor; the agent is [`Entity::agent`](crate::Entity::agent).
//!
//! # Precision
//!
//! A capitalized word is not evidence: sentences open with one, headlines
//! capitalize every word, places, months and teams are capitalized. So the
//! stage reads only capitalized words outside the gazetteer's mentions, and
//! takes one as a name only with evidence. Words of `not_a_name` (months,
//! "Cup", "University") open no name; a title word that also opens company
//! and team names (`weak_title`: "General Motors", "Major League") needs a
//! known given name or a second name word after it; an honorific and one
//! word before a noun of trading and a verb name a brand ("Dr Martens
//! shares fell": `brand_follower`); a run that ends in an
//! organization head word is an organization, never a person; in a headline
//! in title case or in capitals only names the document gave elsewhere are
//! found; and a frequent lower-case word (`rules/names/common_words.txt`) that opens a
//! sentence is no surname.
//!
//! # Cost
//!
//! One pass over the tokens, which looks at a token's word classes only
//! when it is capitalized and outside the gazetteer's mentions (one array
//! load per class), and one pass over the runs it kept for the
//! document-level names. A document with no capitalized word outside its
//! mentions allocates nothing; the entries of inferred names are allocated
//! once per name and document.

mod agents;
mod anaphors;
mod descriptions;
mod document;
mod people;
mod places;
mod pronouns;
mod weapons;

use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use regex::Regex;

use crate::classes::{Reserved, WordClasses};
use crate::entity::{AliasKind, Entity, EntityType, Entry, Evidence, EvidenceKind};
use crate::error::{locate, Error, ErrorKind};
use crate::fxhash::FxBuild;
use crate::gazetteer::Gazetteer;
use crate::reuse::keep_after;
use crate::token::{Token, Tokens};
use crate::words::{Lexicon, WordTable};
use features::*;

/// The indices of the word classes the stage reads, found by name when it
/// is built.
#[derive(Clone, Debug)]
struct Classes {
    given_name: usize,
    /// Given names only Wikidata has: given names in running text only
    /// ([`Doc::rare_given_names`]).
    rare_given_name: usize,
    /// Census given names that are also common words ("Grant", "Hope"):
    /// given names only before a surname that is no word
    /// ([`Doc::rare_given_names`]).
    word_given_name: usize,
    person_title: usize,
    weak_title: usize,
    title_modifier: usize,
    particle: usize,
    hyphen_particle: usize,
    not_a_name: usize,
    calendar: usize,
    not_after_name: usize,
    military_platform: usize,
    military_vehicle: usize,
    /// Nouns after a weapon class word that make it a modifier ("weapons
    /// cache").
    not_after_weapon: usize,
    /// Words that name an aircraft as a member of a list of aircraft
    /// ("attack, bomber and fighter aircraft").
    aircraft_role: usize,
    /// Words of fighting that make aircraft and vehicle words beside them
    /// military ("bombed").
    armed_word: usize,
    /// Words of civil aviation that keep such a sentence's aircraft
    /// airliners ("hijacked").
    civil_aviation: usize,
    /// Weapon words that also name a person ("bomber"), and the words
    /// before them that make them one ("suicide").
    person_weapon: usize,
    person_weapon_before: usize,
    /// Prefixes joined by a hyphen to a weapon word that make it a
    /// modifier ("counter-IED").
    weapon_against_prefix: usize,
    name_stop: usize,
    /// Honorifics ("Mrs", "Dr"): after one, a month is a surname ("Mrs
    /// May"), where after a post it is a date ("President May 1").
    honorific: usize,
    /// Honorifics before a surname only ("Mr", "Ms"): after one, a
    /// frequent word alone is a surname ("Mr Power", "Ms Rice").
    surname_honorific: usize,
    /// Military ranks among the weak titles ("General", "Marshal"): before
    /// a word that is no English word, a surname ("General Haftar").
    rank_title: usize,
    month: usize,
    name_suffix: usize,
    name_opener: usize,
    not_before_name: usize,
    minor_word: usize,
    org_head: usize,
    /// Words that head an organization's name only before "of" or "for"
    /// ("Centre for Strategic Studies", not "National Tennis Centre").
    org_head_before_of: usize,
    /// Posts held in an organization ("CEO", "spokesman"): the unknown
    /// capitalized words right before one name the organization.
    org_post: usize,
    /// Posts in a party ("leader", "MP"), and the words that name a party
    /// before one although they also name a portfolio ("Labour").
    party_post: usize,
    party_word: usize,
    /// Countries and capitals that are also given names ("Jordan").
    place_given_name: usize,
    /// Words that open the Arabic names of places and groups before an
    /// article ("Deir al-Balah", "Jaish al-Adl").
    article_name_place: usize,
    /// Posts held at an organization named after them ("an analyst at
    /// Acme"), `org_post` among them.
    org_member_post: usize,
    /// Acronyms of departments, no organization before a post ("IT
    /// manager").
    not_org_acronym: usize,
    /// Relative pronouns of people after a name and a comma ("Ann Vega,
    /// who ...").
    person_relative: usize,
    /// Relatives a person has after "'s" ("Ann Vega's widow").
    person_kin: usize,
    /// Nouns of deeds done to people, before "of" and a person's name
    /// ("the arrest of").
    person_deed_noun: usize,
    /// Verbs of leading before "by" and a person's name ("led by").
    person_leading_verb: usize,
    /// Verbs of meeting between two people's names ("met").
    person_meeting_verb: usize,
    /// Determiners before an organization and its post in capitals ("the
    /// Wrenfield CEO").
    post_determiner: usize,
    /// Words that tell when someone held a post ("Former", "Outgoing"):
    /// they open no organization's name ("Former Acme Corp. boss ...").
    tenure_word: usize,
    /// Agent words that before a noun qualify it ("Belarus's state
    /// airline": state-owned), no agent of the country.
    attributive_agent: usize,
    /// Armed-group words that, after a demonym and before a post of
    /// `armed_group_post`, name that nationality's group ("Chechen rebel
    /// leader").
    armed_group_modifier: usize,
    armed_group_post: usize,
    /// One word before a post that is no organization ("Teenage
    /// striker", "Welsh striker").
    not_before_post: usize,
    /// `name_determiner`: "all" ("All Blacks captain").
    name_determiner: usize,
    /// Posts after an organization's "'s" that no person holds in
    /// another person ("Acme's chief executive"; not "Vega's spokesman").
    owner_post: usize,
    /// Verbs of saying whose object is the one told ("told Vega").
    addressee_verb: usize,
    /// Words after a given name spoken to and its comma ("Ivo, you ...").
    address_follower: usize,
    /// Words of a letter's or a speech's greeting before a given name
    /// spoken to ("Dear Ivo,").
    address_salutation: usize,
    /// Participles before "as" and an alias of the person named before
    /// ("better known as Nena").
    alias_cue: usize,
    /// Nouns of a company's trading after a brand ("Dr Martens shares").
    brand_follower: usize,
    agent_noun: usize,
    weapon_noun: usize,
    weapon_verb: usize,
    /// Lower-case words between a weapon's name and its class word
    /// ("Liutyi long-range drone", "Poseidon nuclear torpedo").
    weapon_modifier: usize,
    /// Verbs of firing, after which a capitalized word alone with its
    /// article is a weapon ("fired a Zirkon").
    firing_verb: usize,
    /// Verbs of testing, after which a designation with its article is a
    /// weapon ("tested an Agni-V").
    test_verb: usize,
    /// The words after such a weapon that end its phrase ("at").
    fired_at: usize,
    /// Weapon words that also name space rockets, and the words of space
    /// flight that make them those ("the rocket put a satellite in orbit").
    space_rocket: usize,
    space_word: usize,
    /// Numbers written in words ("two"), of the grammar's classes.
    number_word: usize,
    /// Weapon nouns that name other things as often ("the Schengen
    /// system").
    generic_weapon_noun: usize,
    ship_prefix: usize,
    /// Words that make a place before them part of an event's name ("U.S.
    /// Open", "Monaco Grand Prix").
    event_word: usize,
    /// Words of seas, bays and capes ("Gulf", "Bay"): a place after one
    /// and "of" is part of their name ("the Gulf of Guinea").
    place_feature: usize,
    /// Prefixes joined by a hyphen to a country that make it an adjective
    /// ("pro-Moscow").
    adjective_prefix: usize,
    /// Key words of places no gazetteer lists ([`places`]): nouns before
    /// "of" and a name ("the town of X"), words that end a place's name
    /// ("X Province"), words after a name that mark it ("X province", "X
    /// refugee camp").
    place_noun: usize,
    place_name_word: usize,
    place_after: usize,
    place_after_modifier: usize,
    place_after_modified: usize,
    /// Verbs whose object right after them is a place ("invaded X"), and
    /// projectiles with the prepositions after them ("rockets at X").
    place_taking_verb: usize,
    place_projectile: usize,
    place_aim_preposition: usize,
    /// All of them, asked about first.
    place_key: usize,
    /// Prepositions before a place that keep it a place ("in Jordan"),
    /// though a person of the document has it as surname.
    place_preposition: usize,
    /// Copulas after a name before its title ("Ann Smith was a navy
    /// commander").
    name_copula: usize,
    /// Words after such a title that end its phrase ("in", "of", "who").
    title_boundary: usize,
    /// Prepositions that open a title's complement in an apposition before
    /// a name ("the spokesman for the militia, Ann Smith").
    title_complement: usize,
    /// Verbs of saying next to which a name is a speaker ("said Vega").
    say_verb: usize,
    /// Nouns after "the" that refer to the country, the organization or
    /// the country's forces the text has just named ("the country", "the
    /// group", "the military"; see `anaphors`), and the words after which
    /// such a reference may open a clause ("although the country has").
    anaphor_country: usize,
    anaphor_organization: usize,
    anaphor_military: usize,
    anaphor_body: usize,
    anaphor_noun: usize,
    anaphor_opener: usize,
    anaphor_list: usize,
    /// Words that open a description of a person ("a soldier", "one
    /// official"; see `descriptions`).
    description_opener: usize,
    /// Verbs that end a description's phrase ("a soldier was wounded").
    description_end_verb: usize,
    /// Words before a description that make it a predicate ("was a
    /// commander", "as the envoy").
    description_copula: usize,
    /// Title words that head no description ("a full member").
    not_description_head: usize,
    /// Title words that are as often adjectives ("a general ban").
    adjective_title: usize,
    /// Nouns of companies before a company's name ("arms maker
    /// Roketsan").
    company_noun: usize,
    /// Nouns of armed groups after a group's name ("the Fano
    /// militia").
    group_noun: usize,
    /// Verbs in the third person and the past ("Fires", "Sends",
    /// "Backed"): capitalized inside a line, a sign of a headline in title
    /// case, which names seldom are.
    verb_s: usize,
    verb_past: usize,
    /// The other word classes of the lexicon a capitalized word of a
    /// headline in title case may belong to, which no surname does in
    /// such a headline ("Named", "Launching", "Strikes", "New", "Soon").
    lexicon_word: [usize; 6],
    /// Adjectives of the lexicon: one that opens a sentence before a run
    /// and a post praises the holder, it names no organization ("Legendary
    /// Wrenfield manager Ann Vega").
    adjective: usize,
    /// Nouns of nationality that are also given names ("Scot Ann Vega").
    nationality_noun: usize,
    /// The second syllables of Korean and Chinese given names, which news
    /// writes in lower case after a hyphen ("Ki-moon", "Shui-bian").
    name_syllable: usize,
    /// Titles a person's given name follows alone ("Sir Michael").
    given_name_title: usize,
    /// Titles that are also given names ("Amir Ali Hajizadeh").
    title_given_name: usize,
    /// Words before a title that make its holder someone else than "the"
    /// holder ("shadow chancellor").
    title_qualifier: usize,
    /// Pronouns that stand for a person named before them ("he").
    person_pronoun: usize,
    /// Pronouns that stand for the speaker of their quotation ("I").
    speaker_pronoun: usize,
    /// Words that say a person is a woman, or a man ("she", "Baroness",
    /// "Mary"; "he", "Sir", "John").
    female_word: usize,
    male_word: usize,
    /// Pronouns that are objects ("him"), which stand for no one named
    /// before them in their own sentence.
    object_pronoun: usize,
    /// Possessive pronouns of people: of a person named before them
    /// ("his", "her"), of the speaker ("my", "myself", "mine").
    person_possessive: usize,
    speaker_possessive: usize,
    /// Possessive pronouns that stand alone ("mine"), the speaker's only
    /// after a word of `before_absolute_possessive` ("is mine").
    absolute_possessive: usize,
    before_absolute_possessive: usize,
    /// Words after "His" or "Her" that make a form of address ("His
    /// Excellency").
    address_honorific: usize,
    /// Roles a transcript's speaker label names ("MODERATOR:").
    speaker_role: usize,
    /// The title sectors, in order, with the role each gives.
    sectors: Vec<(usize, &'static str)>,
    /// The organization head-word classes, with the category each gives.
    org_kinds: Vec<(usize, &'static str)>,
    /// The agent classes, with the agent each gives.
    agents: Vec<(usize, &'static str)>,
}

/// Title sectors and the `role` they give a person (the gazetteer's people
/// use the same words).
const SECTORS: [(&str, &str); 17] = [
    ("title_gov", "government"),
    ("title_military", "military"),
    ("title_police", "police"),
    ("title_judiciary", "judiciary"),
    ("title_legislature", "legislature"),
    ("title_diplomat", "diplomacy"),
    ("title_intelligence", "intelligence"),
    ("title_business", "business"),
    ("title_media", "media"),
    ("title_academic", "academic"),
    ("title_religion", "religion"),
    ("title_rebel", "rebels"),
    ("title_activist", "activist"),
    ("title_health", "health"),
    ("title_party", "party"),
    ("title_sports", "sports"),
    ("title_generic", ""),
];

const ORG_KINDS: [(&str, &str); 5] = [
    ("org_company_suffix", "company"),
    ("org_force", "military"),
    ("org_gov", "gov"),
    ("org_party", "party"),
    ("org_group", "group"),
];

const AGENTS: [(&str, &str); 12] = [
    ("agent_military", "military"),
    ("agent_police", "police"),
    ("agent_government", "government"),
    ("agent_legislature", "legislature"),
    ("agent_judiciary", "judiciary"),
    ("agent_rebel", "rebels"),
    ("agent_intelligence", "intelligence"),
    ("agent_diplomat", "diplomats"),
    ("agent_opposition", "opposition"),
    ("agent_media", "media"),
    ("agent_business", "business"),
    ("agent_civilian", "civilians"),
];
// (The agent table gives each word its agents as bits of a `u64`.)
const _: () = assert!(AGENTS.len() <= 64);

impl Classes {
    fn new(classes: &WordClasses) -> Result<Classes, Error> {
        let id = |name: &str| {
            classes.id(name).ok_or_else(|| {
                Error::new(
                    ErrorKind::Rule,
                    format!("the names stage needs the word class '{name}', which no rule file declares"),
                )
            })
        };
        let all = |table: &[(&'static str, &'static str)]| -> Result<Vec<(usize, &'static str)>, Error> {
            table.iter().map(|&(name, what)| Ok((id(name)?, what))).collect()
        };
        Ok(Classes {
            given_name: id("given_name")?,
            rare_given_name: id("rare_given_name")?,
            word_given_name: id("word_given_name")?,
            person_title: id("person_title")?,
            weak_title: id("weak_title")?,
            title_modifier: id("title_modifier")?,
            particle: id("name_particle")?,
            hyphen_particle: id("hyphen_particle")?,
            not_a_name: id("not_a_name")?,
            calendar: id("calendar")?,
            not_after_name: id("not_after_name")?,
            military_platform: id("military_platform")?,
            military_vehicle: id("military_vehicle")?,
            not_after_weapon: id("not_after_weapon")?,
            aircraft_role: id("aircraft_role")?,
            armed_word: id("armed_word")?,
            civil_aviation: id("civil_aviation")?,
            person_weapon: id("person_weapon")?,
            person_weapon_before: id("person_weapon_before")?,
            weapon_against_prefix: id("weapon_against_prefix")?,
            name_stop: id("name_stop")?,
            honorific: id("honorific")?,
            surname_honorific: id("surname_honorific")?,
            rank_title: id("rank_title")?,
            month: id("month")?,
            name_suffix: id("name_suffix")?,
            name_opener: id("name_opener")?,
            not_before_name: id("not_before_name")?,
            minor_word: id("minor_word")?,
            org_head: id("org_head")?,
            org_head_before_of: id("org_head_before_of")?,
            org_post: id("org_post")?,
            party_post: id("party_post")?,
            party_word: id("party_word")?,
            place_given_name: id("place_given_name")?,
            article_name_place: id("article_name_place")?,
            org_member_post: id("org_member_post")?,
            not_org_acronym: id("not_org_acronym")?,
            person_relative: id("person_relative")?,
            person_kin: id("person_kin")?,
            person_deed_noun: id("person_deed_noun")?,
            person_leading_verb: id("person_leading_verb")?,
            person_meeting_verb: id("person_meeting_verb")?,
            post_determiner: id("post_determiner")?,
            tenure_word: id("tenure_word")?,
            attributive_agent: id("attributive_agent")?,
            armed_group_modifier: id("armed_group_modifier")?,
            armed_group_post: id("armed_group_post")?,
            not_before_post: id("not_before_post")?,
            name_determiner: id("name_determiner")?,
            owner_post: id("owner_post")?,
            addressee_verb: id("addressee_verb")?,
            address_follower: id("address_follower")?,
            address_salutation: id("address_salutation")?,
            alias_cue: id("alias_cue")?,
            brand_follower: id("brand_follower")?,
            agent_noun: id("agent_noun")?,
            weapon_noun: id("weapon_noun")?,
            weapon_verb: id("weapon_verb")?,
            weapon_modifier: id("weapon_modifier")?,
            firing_verb: id("firing_verb")?,
            test_verb: id("test_verb")?,
            fired_at: id("fired_at")?,
            space_rocket: id("space_rocket")?,
            space_word: id("space_word")?,
            number_word: id("number_word")?,
            generic_weapon_noun: id("generic_weapon_noun")?,
            ship_prefix: id("ship_prefix")?,
            event_word: id("event_word")?,
            place_feature: id("place_feature")?,
            adjective_prefix: id("adjective_prefix")?,
            place_preposition: id("place_preposition")?,
            place_noun: id("place_noun")?,
            place_name_word: id("place_name_word")?,
            place_after: id("place_after")?,
            place_after_modifier: id("place_after_modifier")?,
            place_after_modified: id("place_after_modified")?,
            place_taking_verb: id("place_taking_verb")?,
            place_projectile: id("place_projectile")?,
            place_aim_preposition: id("place_aim_preposition")?,
            place_key: id("place_key")?,
            name_copula: id("name_copula")?,
            title_boundary: id("title_boundary")?,
            title_complement: id("title_complement")?,
            say_verb: id("say_verb")?,
            anaphor_country: id("anaphor_country")?,
            anaphor_organization: id("anaphor_organization")?,
            anaphor_military: id("anaphor_military")?,
            anaphor_body: id("anaphor_body")?,
            anaphor_noun: id("anaphor_noun")?,
            anaphor_opener: id("anaphor_opener")?,
            anaphor_list: id("anaphor_list")?,
            description_opener: id("description_opener")?,
            description_end_verb: id("description_end_verb")?,
            description_copula: id("description_copula")?,
            not_description_head: id("not_description_head")?,
            adjective_title: id("adjective_title")?,
            company_noun: id("company_noun")?,
            group_noun: id("group_noun")?,
            verb_s: id("verb_s")?,
            verb_past: id("verb_past")?,
            lexicon_word: [
                id("verb_base")?,
                id("verb_participle")?,
                id("verb_ing")?,
                id("noun_or_verb")?,
                id("adjective")?,
                id("adverb")?,
            ],
            adjective: id("adjective")?,
            nationality_noun: id("nationality_noun")?,
            name_syllable: id("name_syllable")?,
            given_name_title: id("given_name_title")?,
            title_given_name: id("title_given_name")?,
            title_qualifier: id("title_qualifier")?,
            person_pronoun: id("person_pronoun")?,
            speaker_pronoun: id("speaker_pronoun")?,
            female_word: id("female_word")?,
            male_word: id("male_word")?,
            object_pronoun: id("object_pronoun")?,
            person_possessive: id("person_possessive")?,
            speaker_possessive: id("speaker_possessive")?,
            absolute_possessive: id("absolute_possessive")?,
            before_absolute_possessive: id("before_absolute_possessive")?,
            address_honorific: id("address_honorific")?,
            speaker_role: id("speaker_role")?,
            sectors: all(&SECTORS)?,
            org_kinds: all(&ORG_KINDS)?,
            agents: all(&AGENTS)?,
        })
    }
}

/// The compiled names stage: the classes it reads, the designation
/// patterns, and what it learned from the gazetteer's weapons.
#[derive(Clone, Debug)]
pub(crate) struct Names {
    classes: Classes,
    /// Per word id of the lexicon, the word's [`features`].
    feats: Vec<u32>,
    /// Frequent lower-case words, by key ([`crate::defaults::COMMON_WORDS`]).
    common: WordTable,
    /// The same words by word id of the lexicon, a bit each: a token of the
    /// lexicon is answered with one load, where its key cost a hash and a
    /// probe ([`Doc::common`]; every word of a headline in title case is
    /// asked).
    common_ids: Vec<u64>,
    /// Whether the lexicon holds every frequent word: then a token outside
    /// the lexicon is none, with no lookup by key ([`Doc::common`]).
    common_in_lexicon: bool,
    agents: agents::AgentTable,
    weapons: weapons::Weapons,
    /// The gazetteer's descriptions ("Islamic Republic"): by the hash of
    /// their keys ([`document::keys_hash_iter`]), the entry index.
    descriptions: HashMap<u64, u32, FxBuild>,
    /// The entries with a description, the first words of descriptions,
    /// and the most words of one.
    described: Vec<u32>,
    description_first: Vec<Box<str>>,
    description_words: usize,
    /// Per word id, a bit: whether the word is a key word of places
    /// (`place_key`), asked at every run ([`places`]) in one load.
    place_words: Vec<u64>,
    /// The word id of "of".
    of_word: u32,
    /// The word id of "the", which opens a reference to an actor
    /// ([`anaphors`]): one comparison a token.
    the_word: u32,
}

impl Names {
    /// Builds the stage over the extractor's word classes and gazetteer;
    /// `patterns` is the designations file (`name`, `text`), whose lines
    /// are compiled here, so that a bad pattern is a build error at its line.
    pub(crate) fn new(
        lexicon: &Lexicon,
        gazetteer: &Gazetteer,
        patterns: (&str, &str),
        common_words: &str,
    ) -> Result<Names, Error> {
        let classes = Classes::new(lexicon.classes())?;
        let regexes = compile_patterns(patterns.0, patterns.1)?;
        let keys: Vec<String> = crate::words::list_lines(common_words)
            .map(crate::token::phrase_key)
            .collect();
        let common = WordTable::new(keys.iter().map(|k| (k.as_str(), 0)));
        let mut common_ids = vec![0u64; lexicon.len() / 64 + 1];
        let mut common_in_lexicon = true;
        for key in &keys {
            let id = lexicon.id(key.as_bytes(), crate::words::key_hash(key.as_bytes()));
            match common_ids.get_mut(id as usize / 64) {
                Some(w) if (id as usize) < lexicon.len() => *w |= 1 << (id % 64),
                _ => common_in_lexicon = false,
            }
        }
        let weapons = weapons::Weapons::new(gazetteer, lexicon, &classes, &common, regexes);
        let by_row = features(lexicon.classes(), &classes);
        // By word id, not class row: one load per question instead of two.
        let feats = (0..lexicon.len() as u32)
            .map(|id| by_row.get(lexicon.class_row(id) as usize).copied().unwrap_or(0))
            .collect();
        let agents = agents::AgentTable::new(lexicon, &classes.agents);
        let mut descriptions = HashMap::default();
        let mut described = Vec::new();
        let mut description_words = 0;
        let mut description_first: Vec<Box<str>> = Vec::new();
        for (key, entry) in gazetteer.descriptions() {
            descriptions.insert(document::keys_hash_iter(key.split(' ')), *entry);
            described.push(*entry);
            if let Some(first) = key
                .split(' ')
                .next()
                .filter(|f| !description_first.iter().any(|d| **d == **f))
            {
                description_first.push(first.into());
            }
            description_words = description_words.max(key.split(' ').count());
        }
        described.sort_unstable();
        described.dedup();
        let mut place_words = vec![0u64; lexicon.len() / 64 + 1];
        for id in 0..lexicon.len() as u32 {
            if lexicon.in_class(id, classes.place_key) {
                place_words[id as usize / 64] |= 1 << (id % 64);
            }
        }
        let of_word = lexicon.id(b"of", crate::words::key_hash(b"of"));
        let the_word = lexicon.id(b"the", crate::words::key_hash(b"the"));
        Ok(Names {
            classes,
            feats,
            common,
            common_ids,
            common_in_lexicon,
            agents,
            weapons,
            descriptions,
            described,
            description_first,
            description_words,
            place_words,
            of_word,
            the_word,
        })
    }

    /// Adds the mentions the evidence of the document gives to `mentions`
    /// (the gazetteer's, in text order, never overlapping), and returns them
    /// all, still in text order and never overlapping. `date` is the
    /// document's date, when known.
    pub(crate) fn find<'a>(
        &'a self,
        tokens: &Tokens<'a>,
        lexicon: &Lexicon,
        gazetteer: &'a Gazetteer,
        mentions: Vec<Entity<'a>>,
        date: Option<Date>,
    ) -> Vec<Entity<'a>> {
        let toks = tokens.tokens();
        let mut buffers = BUFFERS.try_with(Cell::take).ok().flatten().unwrap_or_default();
        let tf = self.token_features(tokens, cleared(&mut buffers.tf));
        let doc_feats = tf.iter().fold(0, |a, &f| a | f);
        // Mentions by token, so that every step asks in constant time.
        let mut covered = std::mem::take(&mut buffers.covered);
        covered.clear();
        covered.resize(toks.len() / 64 + 1, 0);
        for e in &mentions {
            for t in e.tokens.start as usize..(e.tokens.end as usize).min(toks.len()) {
                covered[t / 64] |= 1 << (t % 64);
            }
        }
        let mut doc = Doc {
            names: self,
            c: &self.classes,
            lexicon,
            gazetteer,
            tokens,
            toks,
            text: tokens.source(),
            mentions: &mentions,
            covered,
            tf,
            doc_feats,
            guesses: recycled(std::mem::take(&mut buffers.guesses)),
            pending: cleared(&mut buffers.pending),
            posted: Vec::new(),
            nominals: cleared(&mut buffers.nominals),
            pronoun_words: cleared(&mut buffers.pronoun_words),
            people_read: false,
            date,
            buf: {
                let mut buf = std::mem::take(&mut buffers.buf);
                buf.clear();
                buf
            },
            dropped: Vec::new(),
            described: Vec::new(),
            space_sentence: Cell::new(None),
            shaped_sentence: Cell::new(None),
            table: std::mem::take(&mut buffers.table),
            name_words: std::mem::take(&mut buffers.name_words),
        };
        doc.rare_given_names();
        doc.described = doc.described();
        doc.agents();
        doc.events();
        for (s, sentence) in tokens.sentences().iter().enumerate() {
            doc.sentence(s, sentence.tokens.clone());
        }
        doc.organizations_before_people();
        doc.role_labels();
        let dropped = std::mem::take(&mut doc.dropped);
        // (A person of the gazetteer alone may be what a pronoun or a title
        // in lower case stands for.)
        let people = || mentions.iter().any(|e| e.entity_type() == EntityType::Person);
        if people() || doc.guesses.iter().any(|g| matches!(g.what, What::Person { .. })) {
            doc.people_words();
        }
        let added = if !(doc.guesses.is_empty()
            && doc.pending.is_empty()
            && doc.nominals.is_empty()
            && doc.posted.is_empty())
        {
            doc.resolve();
            // (The features of the tokens and the runs that waited for the
            // document are done with: a long text's are freed before its
            // guesses are made mentions, the peak of the stage, where a
            // text of names held tens of megabytes of them.)
            if !keep_after(tokens.source().len()) {
                doc.tf = Vec::new();
                doc.pending = Vec::new();
                doc.nominals = Vec::new();
                doc.pronoun_words = Vec::new();
            }
            doc.entities()
        } else {
            // (No title for `Doc::titles` to resolve: the descriptions
            // come first here.)
            doc.descriptions();
            doc.anaphors();
            if people() {
                doc.pronoun_mentions()
            } else if doc.guesses.is_empty() {
                Vec::new()
            } else {
                doc.entities()
            }
        };
        buffers.covered = std::mem::take(&mut doc.covered);
        buffers.tf = std::mem::take(&mut doc.tf);
        buffers.pending = std::mem::take(&mut doc.pending);
        buffers.nominals = std::mem::take(&mut doc.nominals);
        buffers.pronoun_words = std::mem::take(&mut doc.pronoun_words);
        buffers.buf = std::mem::take(&mut doc.buf);
        buffers.table = std::mem::take(&mut doc.table);
        buffers.name_words = std::mem::take(&mut doc.name_words);
        buffers.guesses = recycled(std::mem::take(&mut doc.guesses));
        // (After a long text, freed: see `crate::reuse`. Freed here, before
        // the merge needs memory of its own.)
        if keep_after(tokens.source().len()) {
            let _ = BUFFERS.try_with(|b| b.set(Some(buffers)));
        } else {
            drop(buffers);
        }
        if added.is_empty() && dropped.is_empty() {
            return mentions;
        }
        merge(mentions, added, &dropped)
    }

    /// Per token, its [`features`]: the passes over every token read this
    /// array, four bytes a token, and skip eight tokens at a time
    /// ([`tokens_with`]), where each looked the features up by word id.
    fn token_features(&self, tokens: &Tokens<'_>, mut tf: Vec<u32>) -> Vec<u32> {
        tf.extend(
            tokens
                .tokens()
                .iter()
                .map(|tok| self.feats.get(tok.word() as usize).copied().unwrap_or(0)),
        );
        tf
    }
}

/// Every byte's high bit, and every byte one: for tests of eight bytes
/// at a time ([`in_capitals`]).
const ASCII_HIGH: u64 = 0x8080_8080_8080_8080;
const ASCII_ONES: u64 = 0x0101_0101_0101_0101;

/// Whether word `w` has a letter and none in lower case ("NATO", "F-16",
/// not "Nato" or "16").
fn in_capitals(w: &str) -> bool {
    ascii_in_capitals(w.as_bytes())
        .unwrap_or_else(|| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
}

/// [`in_capitals`] for a word in ASCII, eight bytes at a time, where a
/// letter is a capital or a lower-case letter; `None` for a word with
/// other bytes. (A word in capitals is asked this by half a dozen steps,
/// and decoding its characters twice cost 130 instructions a time.)
fn ascii_in_capitals(w: &[u8]) -> Option<bool> {
    let (mut capital, mut lower) = (0, 0);
    for chunk in w.chunks(8) {
        let x = chunk.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b));
        if x & ASCII_HIGH != 0 {
            return None;
        }
        // A byte below 0x80 plus (0x80 - c) has its high bit set when it
        // is c or more, with no carry into the next byte (nor from the
        // zero bytes past a short chunk's end into anything).
        let at_least = |c: u8| x + ASCII_ONES * u64::from(0x80 - c);
        capital |= at_least(b'A') & !at_least(b'Z' + 1);
        lower |= at_least(b'a') & !at_least(b'z' + 1);
    }
    Some(capital & ASCII_HIGH != 0 && lower & ASCII_HIGH == 0)
}

/// The tokens of `range` with any of `bits` in `tf` (per token, as
/// [`Names::token_features`] makes it), in order. Most tokens of a
/// document have none of the bits a pass asks for: eight are skipped with
/// one test of their features' union.
fn tokens_with(tf: &[u32], range: Range<usize>, bits: u32) -> impl Iterator<Item = usize> + '_ {
    let (mut t, end) = (range.start, range.end.min(tf.len()));
    std::iter::from_fn(move || {
        while t + 8 <= end && tf[t..t + 8].iter().fold(0, |a, &f| a | f) & bits == 0 {
            t += 8;
        }
        while t < end {
            t += 1;
            if tf[t - 1] & bits != 0 {
                return Some(t - 1);
            }
        }
        None
    })
}

/// The buffers of [`Names::find`], kept by each thread from document to
/// document: a headline would spend more on allocating and freeing them
/// than on its names. They hold no borrowed text between documents (the
/// guesses' is kept empty).
#[derive(Default)]
struct Buffers {
    covered: Vec<u64>,
    tf: Vec<u32>,
    pending: Vec<(Range<usize>, usize, Shape)>,
    nominals: Vec<(Range<usize>, usize)>,
    pronoun_words: Vec<(usize, usize)>,
    buf: String,
    /// Kept empty between documents (see [`recycled`]).
    guesses: Vec<Guess<'static>>,
    table: document::Table,
    name_words: Vec<usize>,
}

thread_local! {
    static BUFFERS: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

/// `buffer`'s memory, emptied.
fn cleared<T>(buffer: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(buffer);
    v.clear();
    v
}

/// `v`'s memory, emptied, for elements of the same type with another
/// lifetime: a guess borrows its document, and the buffer outlives it.
/// (An empty iterator over a vector collected into one of the same layout
/// reuses the allocation; where it would not, this is an empty vector.)
// (`filter` would keep the element type, lifetime and all: the point here
// is the other lifetime.)
#[allow(clippy::unnecessary_filter_map)]
fn recycled<'x, 'y>(mut v: Vec<Guess<'x>>) -> Vec<Guess<'y>> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// Compiles the designation patterns of `text` (one a line; `#` starts a
/// comment), with errors at their line.
fn compile_patterns(file: &str, text: &str) -> Result<Vec<Regex>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let pattern = line.trim();
        if pattern.is_empty() || pattern.starts_with('#') {
            continue;
        }
        let regex = Regex::new(pattern).map_err(|e| {
            let col = line.len() - line.trim_start().len();
            let why = e.to_string();
            let why = why.lines().last().unwrap_or("invalid pattern").trim();
            Error::at(
                ErrorKind::Rule,
                format!("bad designation pattern: {why}"),
                locate(file, n + 1, line, col),
            )
        })?;
        out.push(regex);
    }
    Ok(out)
}

/// A date to compare with the `from` and `to` attributes of entries: the
/// first and last day it may mean, as `YYYYMMDD` numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Date {
    first: u32,
    last: u32,
}

impl Date {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and anything that starts
    /// with one of them followed by a non-digit (`2016-05-01T12:00:00Z`).
    pub(crate) fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        let digits = |r: Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
        };
        let year = digits(0..4)?;
        let end_ok = |at: usize| b.get(at).is_none_or(|c| !c.is_ascii_digit());
        let month = (b.get(4) == Some(&b'-')).then(|| digits(5..7)).flatten();
        let day = (month.is_some() && b.get(7) == Some(&b'-'))
            .then(|| digits(8..10))
            .flatten();
        match (month, day) {
            (Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) && end_ok(10) => {
                let x = year * 10000 + m * 100 + d;
                Some(Date { first: x, last: x })
            }
            (Some(m), None) if (1..=12).contains(&m) && end_ok(7) => Some(Date {
                first: year * 10000 + m * 100 + 1,
                last: year * 10000 + m * 100 + 31,
            }),
            (None, _) if end_ok(4) => Some(Date {
                first: year * 10000 + 101,
                last: year * 10000 + 1231,
            }),
            _ => None,
        }
    }

    /// Whether an entry's tenure (`from`, `to`: dates as the gazetteer
    /// writes them, either missing) reaches into this date.
    fn within(&self, from: Option<&str>, to: Option<&str>) -> bool {
        let from = from.and_then(Date::parse).map_or(0, |d| d.first);
        let to = to.and_then(Date::parse).map_or(u32::MAX, |d| d.last);
        from <= self.last && self.first <= to
    }
}

/// How a sentence writes its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Running text: lower-case words but for names and sentence starts.
    Text,
    /// A headline in title case ("Minister Resigns Over Budget Row").
    TitleCase,
    /// A headline in capitals.
    Capitals,
}

/// What a guess is.
#[derive(Clone, Debug)]
enum What<'a> {
    Person {
        title: Option<&'a str>,
        role: Option<&'static str>,
        country: Option<&'a str>,
    },
    Organization {
        country: Option<&'a str>,
        category: &'static str,
    },
    Weapon {
        /// The designation, without the class noun after it.
        name: &'a str,
        class: &'a str,
        origin: Option<&'a str>,
    },
    /// A place no gazetteer lists ([`places`]), with the country the text
    /// gives it ("the Ruritanian town of X", "in X, Ruritania").
    Location { country: Option<&'a str> },
    /// A country with an agent noun.
    Agent { country: &'a Entry, agent: &'static str },
    /// A gazetteer entry by a form the gazetteer does not match.
    Known { entry: &'a Entry, kind: AliasKind },
    /// A shorter form (or an acronym) of another name of the document.
    Alias { of: Target, kind: AliasKind },
}

/// A person guessed from the shape of the name alone: no title, post or
/// country.
const PLAIN_PERSON: What<'static> = What::Person {
    title: None,
    role: None,
    country: None,
};

/// A name of the document: a guess of this stage or a gazetteer mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Guess(usize),
    Mention(usize),
}

/// A mention this stage will add.
#[derive(Clone, Debug)]
// (Its numbers are `u32` and its evidence is in two fields: a document
// of names makes hundreds of thousands of guesses, alive together while
// the mentions are filled in, and at 120 bytes a guess they were the
// largest part of the peak of the names stage. Token and mention indices
// of one document fit in `u32`, as `Entity::tokens` does.)
struct Guess<'a> {
    /// Its tokens, as `start..end`.
    toks: (u32, u32),
    /// The gazetteer's mentions it replaces, as `start..end` (empty if
    /// none).
    replaces: (u32, u32),
    sentence: u32,
    evidence_kind: EvidenceKind,
    evidence_text: &'a str,
    what: What<'a>,
}

impl<'a> Guess<'a> {
    /// Its tokens.
    fn toks(&self) -> Range<usize> {
        self.toks.0 as usize..self.toks.1 as usize
    }

    /// The gazetteer's mentions it replaces (empty if none).
    fn replaces(&self) -> Range<usize> {
        self.replaces.0 as usize..self.replaces.1 as usize
    }

    fn sentence(&self) -> usize {
        self.sentence as usize
    }
}

// (Kept so: a wider field would add eight bytes to each guess.)
const _: () = assert!(std::mem::size_of::<Guess<'static>>() <= 96);

/// An index of a document (a token, a mention, a sentence) as a guess
/// keeps it (as `Entity::tokens` keeps its tokens).
fn narrow(i: usize) -> u32 {
    i as u32
}

/// One document as the stage reads it.
struct Doc<'d, 'a> {
    names: &'a Names,
    c: &'a Classes,
    lexicon: &'d Lexicon,
    gazetteer: &'a Gazetteer,
    tokens: &'d Tokens<'a>,
    toks: &'d [Token],
    text: &'a str,
    mentions: &'d [Entity<'a>],
    /// A bit per token: whether a mention covers it or a guess took it.
    covered: Vec<u64>,
    /// Per token, its features ([`Names::token_features`]).
    tf: Vec<u32>,
    /// The union of `tf`: the features some token of the document has. A
    /// pass that looks for tokens of a feature no token has is skipped
    /// whole (most headlines have no pronoun, no rare given name, no
    /// agent noun, no word of fighting), where each read every token's.
    doc_feats: u32,
    guesses: Vec<Guess<'a>>,
    /// Runs of capitalized words no evidence explained, with their
    /// sentence and its shape: the document-level step looks at them once
    /// every name of the document is known.
    pending: Vec<(Range<usize>, usize, Shape)>,
    /// Words beside a post held in an organization that wait for the
    /// document's names, with their sentence and the post: acronyms ("BPI
    /// chief", "director of the WSA") and words alone after "for" or
    /// "with" ("a spokesman for Vega"); organizations, unless the document
    /// names them otherwise.
    posted: Vec<(usize, usize, usize)>,
    /// The pronouns that may stand for a person ("he", "I"), with their
    /// sentence, in text order: read with the titles in lower case.
    pronoun_words: Vec<(usize, usize)>,
    /// Whether [`Doc::people_words`] read the document.
    people_read: bool,
    /// Titles standing for a person ("the Foreign Secretary"), with their
    /// sentence: the person of the document who holds the title, if one
    /// does.
    nominals: Vec<(Range<usize>, usize)>,
    date: Option<Date>,
    /// A designation's text, reused.
    buf: String,
    /// The gazetteer mentions that are part of an event's name, dropped.
    dropped: Vec<usize>,
    /// The entries with a description the document names
    /// ([`Doc::described`]).
    described: Vec<u32>,
    /// The last sentence asked whether it is about space flight, and the
    /// answer ([`Doc::space_rocket`]): a sentence is read once, however
    /// many rockets it names.
    space_sentence: Cell<Option<(usize, bool)>>,
    /// The last sentence whose shape a weapon asked for, and its shape
    /// ([`Doc::sentence_shape`]).
    shaped_sentence: Cell<Option<(usize, Shape)>>,
    /// The people table's memory, empty (see `Doc::people_table`), and
    /// its buffer of a name's words.
    table: document::Table,
    name_words: Vec<usize>,
}

impl<'a> Doc<'_, 'a> {
    /// Makes the rare given names (`rare_given_name`: the given names of
    /// Wikidata that no person of the sources has, "Kyrylo", "Yoav") given
    /// names in sentences of running text, those with a lower-case word of
    /// three letters or more. Tens of thousands of names of every language
    /// are also the first words of clubs, towns and brands, and those fill
    /// tables and results lines ("Polonia Warsaw 7 3 1 3 7 9 10"), where
    /// only the lists' common given names are evidence; so is a name a
    /// number follows. One skip over the token features, and a look at the
    /// sentence of each rare name.
    fn rare_given_names(&mut self) {
        if self.doc_feats & F_RARE_GIVEN_NAME == 0 {
            return;
        }
        let sentences = self.tokens.sentences();
        let (mut s, mut t, mut prose) = (0, 0, None);
        loop {
            let Some(r) = tokens_with(&self.tf, t..self.toks.len(), F_RARE_GIVEN_NAME).next() else {
                break;
            };
            t = r + 1;
            while s < sentences.len() && sentences[s].tokens.end <= r {
                s += 1;
                prose = None;
            }
            let Some(sentence) = sentences.get(s).filter(|sentence| sentence.tokens.start <= r) else {
                continue;
            };
            let running = *prose.get_or_insert_with(|| {
                sentence.tokens.clone().any(|w| {
                    let tok = &self.toks[w];
                    tok.is_word()
                        && !tok.is_capitalized()
                        && self.word(w).chars().filter(|c| c.is_alphabetic()).count() >= 3
                        && self.word(w).starts_with(|c: char| c.is_lowercase())
                })
            });
            let end = sentence.tokens.end;
            if self.is(r, self.c.word_given_name) {
                if running && self.word_given_name_at(r, end) {
                    // (No longer a small word of a headline nor a common
                    // word here: "Will Davies", whose "Will" is also a modal.)
                    self.tf[r] = (self.tf[r] | F_GIVEN_NAME) & !F_NO_NAME_PART;
                    self.doc_feats |= F_GIVEN_NAME;
                }
                continue;
            }
            // (A number right after the name makes it a team of a results
            // line: "Hamburg beat Hansa Rostock 1-0".)
            let mut after = r + 1;
            while after < end && after <= r + 3 && self.toks[after].is_capitalized() {
                after += 1;
            }
            let scored = after < end && self.text.as_bytes()[self.toks[after].span.start].is_ascii_digit();
            // (Nor are two more words, unless the first is a given name too
            // ("Tedros Adhanom Ghebreyesus"): "Newell Old Boys".)
            let long = after > r + 2 && self.feats(r + 1) & (F_GIVEN_NAME | F_RARE_GIVEN_NAME) == 0;
            // (Nor is one in capitals, an acronym ("EMI Music"), nor a run
            // a post follows, an organization: "Aston Villa manager".)
            let posted = after < end && !self.toks[after].is_capitalized() && self.has(after, F_PERSON_TITLE);
            if running && !scored && !long && !posted && !self.all_caps(r) {
                self.tf[r] |= F_GIVEN_NAME;
                self.doc_feats |= F_GIVEN_NAME;
            }
        }
    }

    /// Whether the common word at token `r` of a `word_given_name`
    /// ("Grant", "Hope", "Miles") is a given name: it stands capitalized
    /// before one capitalized word, the last of the sentence's run, that
    /// is no word of the lexicon, no frequent word and nothing else a name
    /// is not made of, nor a mention, and no post follows ("Grant Shapps",
    /// "Hope Hicks"; not "Grant Park", "Will Russia", "Chase Manhattan
    /// Bank", "Crystal Palace striker").
    fn word_given_name_at(&self, r: usize, end: usize) -> bool {
        let next = r + 1;
        let surname = next < end
            && self.free(r)
            && self.free(next)
            && !self.all_caps(r)
            && self.toks[next].space_before()
            && self.capital_word(next)
            && !self.all_caps(next)
            && self.feats(next) & (F_NO_NAME_PART | F_PARTICLE | F_GIVEN_NAME | F_RARE_GIVEN_NAME) == 0
            && !self.lexicon_word(next);
        // (Nor before a post, which makes the run an organization:
        // "Crystal Palace striker".)
        let after = next + 1;
        let ends_name = after >= end || {
            let name_word = self.toks[after].is_word() && self.toks[after].is_capitalized();
            !name_word && !self.has(after, F_PERSON_TITLE)
        };
        surname && ends_name
    }

    #[inline]
    fn is(&self, t: usize, class: usize) -> bool {
        self.lexicon.in_class(self.toks[t].word(), class)
    }

    /// Whether the word at token `t` is an English word of the lexicon (a
    /// class of `lexicon_word`).
    pub(super) fn lexicon_word(&self, t: usize) -> bool {
        self.lexicon_word_id(self.toks[t].word())
    }

    /// Whether the lexicon word `id` is an English word of the lexicon.
    pub(super) fn lexicon_word_id(&self, id: u32) -> bool {
        self.c
            .lexicon_word
            .iter()
            .any(|&class| self.lexicon.in_class(id, class))
    }

    /// Whether token `t` is a verb in the third person or the past
    /// ("Backs", "Fired"): capitalized inside a line, a sign of a headline
    /// in title case, which names seldom are.
    pub(super) fn tensed_verb(&self, t: usize) -> bool {
        self.is(t, self.c.verb_s) || self.is(t, self.c.verb_past)
    }

    /// Whether the frequent word `t`, opening a sentence, opens the name
    /// of an organization that ends at `end` in a head word, two words or
    /// more after it ("Family Planning Association", "National Farmers
    /// Union"): a noun or adjective may, a verb, an adverb or a function
    /// word may not ("Said Acme Holdings", "Yesterday Acme Holdings"), nor
    /// a word of tenure ("Former Acme Holdings chief").
    pub(super) fn opens_org_name(&self, t: usize, end: usize) -> bool {
        let [_, _, verb_ing, _, _, adverb] = self.c.lexicon_word;
        end >= t + 3
            && self.toks[t].is_word()
            && !self.is(t, self.c.tenure_word)
            && self.has(end - 1, F_ORG_HEAD)
            && !self.tensed_verb(t)
            && !self.is(t, verb_ing)
            && !self.is(t, adverb)
            && !self.has(t, F_MINOR_WORD | F_CALENDAR | F_NOT_A_NAME | F_PERSON_TITLE)
    }

    /// Whether token `t` has any of the [`features`] of `bits`.
    #[inline]
    fn has(&self, t: usize, bits: u32) -> bool {
        self.feats(t) & bits != 0 || bits & F_COMMON_WORD != 0 && self.common(t)
    }

    /// Whether token `t` is a frequent lower-case word ("Today", "Young"):
    /// a lookup by key, for the few tokens the stage asks about.
    pub(super) fn common(&self, t: usize) -> bool {
        let tok = &self.toks[t];
        // (A token's word id is its key's, so the bit is the table's answer;
        // a key the lexicon does not hold is looked up.)
        if let Some(w) = self.names.common_ids.get(tok.word() as usize / 64) {
            return w >> (tok.word() % 64) & 1 == 1;
        }
        if self.names.common_in_lexicon {
            return false;
        }
        let key = self.tokens.key(tok).as_bytes();
        self.names.common.get(key, self.tokens.key_hash(tok)).is_some()
    }

    /// Whether token `t` is a given name of the lists people's names are
    /// known to open with, not only a rare one of Wikidata's, which may
    /// also be a word of a place's or a group's name.
    fn listed_given_name(&self, t: usize) -> bool {
        self.feats(t) & (F_GIVEN_NAME | F_RARE_GIVEN_NAME) == F_GIVEN_NAME
    }

    /// The [`features`] of token `t`.
    #[inline]
    fn feats(&self, t: usize) -> u32 {
        self.tf[t]
    }

    /// Whether token `t` is the one-byte punctuation `b` (",", "(").
    #[inline]
    fn is_byte(&self, t: usize, b: u8) -> bool {
        let span = self.toks[t].span;
        span.len() == 1 && self.text.as_bytes()[span.start] == b
    }

    #[inline]
    fn free(&self, t: usize) -> bool {
        self.covered.get(t / 64).is_some_and(|w| w >> (t % 64) & 1 == 0)
    }

    fn word(&self, t: usize) -> &'a str {
        let span = self.toks[t].span;
        &self.text[span.start..span.end]
    }

    fn key(&self, t: usize) -> &str {
        self.tokens.key(&self.toks[t])
    }

    fn span_text(&self, toks: Range<usize>) -> &'a str {
        match (toks.start < toks.end)
            .then(|| (self.toks[toks.start].span.start, self.toks[toks.end - 1].span.end))
        {
            Some((a, b)) => &self.text[a..b],
            None => "",
        }
    }

    /// The mention covering token `t`, if one does.
    fn mention_at(&self, t: usize) -> Option<&Entity<'a>> {
        self.mention_index(t).map(|m| &self.mentions[m])
    }

    /// The index of the mention covering token `t`, if one does: the bit
    /// says whether to search.
    fn mention_index(&self, t: usize) -> Option<usize> {
        if self.free(t) || t >= self.toks.len() {
            return None;
        }
        let m = self.mentions.partition_point(|e| (e.tokens.end as usize) <= t);
        self.mentions
            .get(m)
            .filter(|e| (e.tokens.start as usize) <= t)
            .map(|_| m)
    }

    /// Whether the token's text has letters and none in lower case.
    ///
    /// Inlined, for its first two bytes: a word that starts with a
    /// lower-case ASCII letter has one, and a capitalized word is most
    /// often "Xxx". (Asked of every capitalized word of a headline, the
    /// call cost more than those two tests.) The rest reads the word.
    #[inline]
    fn all_caps(&self, t: usize) -> bool {
        let span = self.toks[t].span;
        match self.text.as_bytes().get(span.start..span.end) {
            Some([a, ..]) if a.is_ascii_lowercase() => false,
            Some([a, b, ..]) if a.is_ascii_uppercase() && b.is_ascii_lowercase() => false,
            _ => self.letters_in_capitals(t),
        }
    }

    /// [`all_caps`](Self::all_caps) past its first two bytes.
    #[inline(never)]
    fn letters_in_capitals(&self, t: usize) -> bool {
        // (Its bytes read without the checks of a slice of text.)
        let span = self.toks[t].span;
        let bytes = self.text.as_bytes().get(span.start..span.end).unwrap_or_default();
        ascii_in_capitals(bytes).unwrap_or_else(|| in_capitals(self.word(t)))
    }

    /// Whether the token is the plural of an acronym ("MEPs", "MPs",
    /// "CEOs"): several people, never part of one person's name.
    fn plural_acronym(&self, t: usize) -> bool {
        let w = self.word(t).as_bytes();
        w.len() >= 3 && w[w.len() - 1] == b's' && w[..w.len() - 1].iter().all(u8::is_ascii_uppercase)
    }

    /// Whether the token is a single capital with its period ("M.").
    fn initial(&self, t: usize) -> bool {
        let w = self.word(t).as_bytes();
        w.len() == 2 && w[0].is_ascii_uppercase() && w[1] == b'.'
    }

    /// Reads the sentence `range` (number `s`). Most tokens are lower-case
    /// words, which start nothing: the loop reads their flags only. (A
    /// particle before a capitalized word, "bin Laden", is found from the
    /// capitalized word, and a designation that opens with a digit,
    /// "9M133", from the weapon word after it.)
    fn sentence(&mut self, s: usize, range: Range<usize>) {
        let (guesses, pending) = (self.guesses.len(), self.pending.len());
        self.read_sentence(s, range.clone());
        self.lists(s, range, guesses, pending);
    }

    /// The capitalized words of the sentence `range` (number `s`).
    fn read_sentence(&mut self, s: usize, range: Range<usize>) {
        let mut shape = None;
        let mut t = range.start;
        while t < range.end {
            // To the next capitalized token: a tight loop over flags.
            match self.toks[t..range.end].iter().position(Token::is_capitalized) {
                Some(n) => t += n,
                None => break,
            }
            let tok = &self.toks[t];
            if !self.free(t) || !tok.is_word() {
                t += 1;
                continue;
            }
            if !self.described.is_empty() {
                // ("The Islamic Republic" opening a sentence: from "The".)
                let at = if t + 1 < range.end && self.key(t) == "the" {
                    t + 1
                } else {
                    t
                };
                if let Some(end) = self.description_at(s, at, range.clone()) {
                    t = end.max(t + 1);
                    continue;
                }
            }
            // Most capitalized words open a sentence ("The", "We", "Today") and
            // stand alone: no name, no weapon.
            let alone =
                t + 1 >= range.end || !self.toks[t + 1].is_capitalized() && self.toks[t + 1].space_before();
            let f = self.feats(t);
            if alone
                && f & (F_ORG_HEAD | F_PERSON_TITLE | F_GIVEN_NAME) == 0
                && (f & F_MINOR_WORD != 0 || self.at_start(t, range.start) && self.common(t))
            {
                t += 1;
                continue;
            }
            let shape = *shape.get_or_insert_with(|| self.shape(range.clone()));
            // "fired a Zirkon at the city": a weapon by its verb.
            if shape == Shape::Text && self.fired(s, t, range.clone()) {
                t += 1;
                continue;
            }
            // "arms maker Roketsan": a company's name after a noun of
            // companies.
            if t > range.start
                && self.free(t - 1)
                && self.is(t - 1, self.c.company_noun)
                && shape == Shape::Text
            {
                if let Some(end) = self.company_after_noun(s, t, range.clone()) {
                    t = end.max(t + 1);
                    continue;
                }
            }
            // A word alone with nothing around it that is evidence (a title,
            // particle, mention or comma before it, a comma or bracket after
            // it, a digit in it, a short form): only the document's names
            // may explain it. Most of the rest end here, without a run.
            if alone && f & (F_PERSON_TITLE | F_GIVEN_NAME | F_ORG_HEAD | F_NAME_OPENER | F_SHIP_PREFIX) == 0
            {
                let before = t > range.start
                    && (!self.free(t - 1)
                        || self.is(t - 1, self.c.say_verb)
                        || self.has(t - 1, F_PERSON_TITLE | F_TITLE_MODIFIER | F_PARTICLE)
                        || self.is_byte(t - 1, b',')
                        || self.is_byte(t - 1, b'-')
                        || self.after_post(t, range.start));
                // (Or a known name that opens with a particle, "Hamza bin
                // Laden", or a surname with its article, "Muqtada al-Sadr".)
                let after = t + 1 < range.end
                    && (self.is_byte(t + 1, b',')
                        || self.has(t + 1, F_PARTICLE)
                            && (!self.free(t + 1) || t + 2 < range.end && self.is_byte(t + 2, b'-'))
                        || self.is_byte(t + 1, b'(')
                        || self.text.as_bytes()[self.toks[t + 1].span.start].is_ascii_digit()
                        || self.is(t + 1, self.c.name_copula)
                        || self.is(t + 1, self.c.say_verb));
                // ("Centre for Strategic Studies": a head word before "of".)
                let head_of =
                    f & F_ORG_HEAD_OF != 0 && t + 1 < range.end && matches!(self.key(t + 1), "of" | "for");
                if !before && !after && !head_of && !self.digit_in(t) && !self.short_form_bit(t) {
                    // ("the town of Wrenhaven", "the Lorn refugee camp".)
                    if shape == Shape::Text {
                        if let Some(end) = self.place_at(s, t..t + 1, range.clone()) {
                            t = end.max(t + 1);
                            continue;
                        }
                        // ("the Fano militia".)
                        if let Some(end) = self.group_before_noun(s, t, f, range.clone()) {
                            t = end.max(t + 1);
                            continue;
                        }
                    }
                    if f & (F_MINOR_WORD | F_NOT_A_NAME) == 0 {
                        self.pending.push((t..t + 1, s, shape));
                    }
                    t += 1;
                    continue;
                }
            }
            if let Some(end) = self.weapon_at(s, t, f, range.clone(), shape) {
                t = end.max(t + 1);
                continue;
            }
            // "The Shahed-238 drone was shot down": a designation after a
            // capitalized article opening the sentence, which the run of
            // capitalized words would take in.
            if f & F_MINOR_WORD != 0
                && t + 1 < range.end
                && self.free(t + 1)
                && self.toks[t + 1].is_capitalized()
            {
                let next = self.feats(t + 1);
                if let Some(end) = self.weapon_at(s, t + 1, next, range.clone(), shape) {
                    t = end.max(t + 1);
                    continue;
                }
                // ("The Fano militia seized ...".)
                if shape == Shape::Text {
                    if let Some(end) = self.group_before_noun(s, t + 1, next, range.clone()) {
                        t = end.max(t + 1);
                        continue;
                    }
                }
            }
            // (Every branch moves on by a token at least: the stage's one
            // pass over a sentence ends whatever its evidence says.)
            t = self.run_at(s, t, range.clone(), shape).max(t + 1);
        }
    }

    /// How the sentence `range` writes its words. Running text is told at
    /// its first lower-case word that is no minor word, which comes early.
    /// The shape of sentence `s` (tokens `range`), read once however many
    /// weapons of the sentence ask: `shape` reads a headline whole.
    pub(super) fn sentence_shape(&self, s: usize, range: Range<usize>) -> Shape {
        match self.shaped_sentence.get() {
            Some((last, shape)) if last == s => shape,
            _ => {
                let shape = self.shape(range);
                self.shaped_sentence.set(Some((s, shape)));
                shape
            }
        }
    }

    fn shape(&self, range: Range<usize>) -> Shape {
        // A headline stands on its own line: a sentence that goes on the
        // line of the one before is running text, however many of its
        // words are capitalized ("His Chief of Staff is Major General
        // Hassan.").
        if range.start > 0 && range.start < self.toks.len() {
            let (end, start) = (
                self.toks[range.start - 1].span.end,
                self.toks[range.start].span.start,
            );
            if !self.text.as_bytes()[end.min(start)..start].contains(&b'\n') {
                return Shape::Text;
            }
        }
        // (Its capitalized words counted on the way: a headline's shape is
        // told from them.)
        let mut capitalized = 0;
        for t in range.clone() {
            let tok = &self.toks[t];
            if !tok.is_word() {
                continue;
            }
            if tok.is_capitalized() {
                capitalized += 1;
            } else if !self.text.as_bytes()[tok.span.start].is_ascii_digit() && !self.has(t, F_MINOR_WORD) {
                return Shape::Text;
            }
        }
        self.headline_shape(range, capitalized)
    }

    /// The shape of a sentence whose words in lower case are all minor
    /// words, from its `capitalized` words (a capitalized word has a
    /// letter first, so no number is among them: "July 4th"). The lookups
    /// that tell a small word stop once there are enough for title case.
    fn headline_shape(&self, range: Range<usize>, capitalized: usize) -> Shape {
        if capitalized < 2 {
            return Shape::Text;
        }
        let mut caps = 0;
        let mut small = 0;
        for t in range.clone() {
            let tok = &self.toks[t];
            if !tok.is_word() || !tok.is_capitalized() {
                continue;
            }
            if self.all_caps(t) {
                caps += 1;
            } else if t > range.start && (self.has(t, F_MINOR_WORD) || self.tensed_verb(t) || self.common(t))
            {
                // (The lookup of the common words last: the others are
                // a load each.)
                small += 1;
                // A title-case headline has capitalized small words
                // ("Over", "Budget"); a line of names ("Squad : Alan
                // Kelly , Shay Given , ...") has few. (A small word is
                // not in capitals: such a sentence is not all capitals.)
                if small >= 2 && small * 4 >= capitalized {
                    return Shape::TitleCase;
                }
            }
        }
        if caps == capitalized {
            Shape::Capitals
        } else {
            Shape::Text
        }
    }

    /// Marks `toks` taken and records the guess.
    fn guess(
        &mut self,
        toks: Range<usize>,
        replaces: Range<usize>,
        sentence: usize,
        what: What<'a>,
        evidence: Evidence<'a>,
    ) {
        for t in toks.clone() {
            if let Some(w) = self.covered.get_mut(t / 64) {
                *w |= 1 << (t % 64);
            }
        }
        self.guesses.push(Guess {
            toks: (narrow(toks.start), narrow(toks.end)),
            replaces: (narrow(replaces.start), narrow(replaces.end)),
            sentence: narrow(sentence),
            evidence_kind: evidence.kind,
            evidence_text: evidence.text,
            what,
        });
    }

    fn evidence(&self, kind: EvidenceKind, toks: Range<usize>) -> Evidence<'a> {
        Evidence {
            kind,
            text: self.span_text(toks),
        }
    }

    /// The slug of the words of `toks`: their keys, letters and digits
    /// only, joined by `_`.
    fn slug(&self, toks: Range<usize>) -> String {
        // (About as long as the words. A `_` is written before the letter
        // or digit that ends a gap, so none is written after the last one:
        // pushed after each gap and popped at the end, it cost a look at
        // the string's last byte per character.)
        let mut out = String::with_capacity(self.span_text(toks.clone()).len());
        let mut gap = false;
        for t in toks {
            for c in self.key(t).chars() {
                if !c.is_alphanumeric() {
                    gap = true;
                    continue;
                }
                if gap && !out.is_empty() {
                    out.push('_');
                }
                gap = false;
                out.push(c);
            }
            gap = true;
        }
        out
    }
}

/// The mentions of `mentions` no guess replaces and none `dropped`, and the
/// guesses' mentions, in text order: each guess before the first mention
/// kept that starts after it (and after the guesses before it).
///
/// Merged in `mentions`' own memory, from the back: a list of names can
/// hold a million mentions, and a second vector of them all would double
/// the memory of the document's largest table.
fn merge<'a>(
    mut mentions: Vec<Entity<'a>>,
    mut added: Vec<(Range<u32>, Entity<'a>)>,
    dropped: &[usize],
) -> Vec<Entity<'a>> {
    // (The marks and counts of a document of up to `SMALL` mentions, a
    // headline's, on the stack: as vectors they were two allocations a
    // document with names.)
    const SMALL: usize = 64;
    let n = mentions.len();
    let mut small = [false; SMALL];
    let mut large = Vec::new();
    let replaced: &mut [bool] = if n <= SMALL {
        &mut small[..n]
    } else {
        large.resize(n, false);
        &mut large
    };
    for &m in dropped {
        if let Some(x) = replaced.get_mut(m) {
            *x = true;
        }
    }
    for (r, _) in &added {
        if let Some(marks) = replaced.get_mut(r.start as usize..(r.end as usize).min(n)) {
            marks.fill(true);
        }
    }
    let mut m = 0;
    mentions.retain(|_| {
        m += 1;
        !replaced[m - 1]
    });
    drop(large);
    let Some((_, filler)) = added.first() else {
        return mentions;
    };
    // Per mention kept, how many guesses come before it.
    let mut small = [0usize; SMALL];
    let mut large = Vec::new();
    let before: &mut [usize] = if mentions.len() <= SMALL {
        &mut small[..mentions.len()]
    } else {
        large.resize(mentions.len(), 0);
        &mut large
    };
    let mut a = 0;
    for (e, b) in mentions.iter().zip(before.iter_mut()) {
        while a < added.len() && added[a].1.span.start < e.span.start {
            a += 1;
        }
        *b = a;
    }
    // Each place from the last is taken by the last mention left if it
    // belongs there, else by the last guess left; what it held (a copy of
    // a guess, or a mention already moved on) goes where the one taken was.
    // Once every guess is placed, the mentions left are in their places.
    let (kept, guesses) = (mentions.len(), added.len());
    mentions.resize(kept + guesses, filler.clone());
    let (mut m, mut g) = (kept, guesses);
    let mut place = kept + guesses;
    while g > 0 {
        place -= 1;
        if m > 0 && m - 1 + before[m - 1] == place {
            m -= 1;
            mentions.swap(m, place);
        } else {
            g -= 1;
            std::mem::swap(&mut mentions[place], &mut added[g].1);
        }
    }
    mentions
}

/// A per-document table of made entries, so that the mentions of one
/// name share one. Keyed by the ids the document's guesses computed
/// (borrowed: a headline's names are made once and looked up once, and a
/// copy of the key per lookup cost as much as the entry).
struct Made<'i> {
    /// The first entry made, outside the table: most documents make one,
    /// and the table is allocated at the second.
    first: Option<(&'i str, Arc<Entry>)>,
    by_id: HashMap<&'i str, Arc<Entry>, FxBuild>,
    /// Room for the table, once it is needed.
    room: usize,
}

impl<'i> Made<'i> {
    /// A table with room for `n` entries: grown from empty, it was
    /// allocated again at its fourth and its eighth. (At most
    /// [`MAX_RESERVED`](document::MAX_RESERVED): `n` counts mentions, and
    /// a long document names each person many times.)
    fn with_capacity(n: usize) -> Made<'i> {
        Made {
            first: None,
            by_id: HashMap::default(),
            room: n.min(document::MAX_RESERVED),
        }
    }

    fn entry(&mut self, id: &'i str, make: impl FnOnce(&str) -> Entry) -> Arc<Entry> {
        match &self.first {
            None => self.first.insert((id, Arc::new(make(id)))).1.clone(),
            Some((first, entry)) if *first == id => entry.clone(),
            Some(_) => {
                if self.by_id.capacity() == 0 {
                    self.by_id.reserve(self.room);
                }
                self.by_id.entry(id).or_insert_with(|| Arc::new(make(id))).clone()
            }
        }
    }
}

/// The entry of a name no gazetteer holds; attributes with an empty value
/// are left out. (The attribute names are the stage's own words, so they
/// are borrowed, not copied.)
fn inferred_entry(id: &str, ty: EntityType, name: &str, attributes: &[(&'static str, &str)]) -> Entry {
    Entry {
        id: id.to_owned().into(),
        ty,
        name: name.to_owned().into(),
        attributes: attributes
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|&(k, v)| (k.into(), v.to_owned().into()))
            .collect(),
        json: Default::default(),
    }
}

/// The classes the stage asks about most, as bits of one `u32` per word:
/// a token's features are one array load from its class row
/// ([`Names::feats`]), where asking the classes one by one cost a dozen
/// loads per capitalized word.
mod features {
    pub(super) const F_GIVEN_NAME: u32 = 1;
    /// A title word: `person_title`, or an abbreviation of the tokenizer's
    /// `title_abbreviation`.
    pub(super) const F_PERSON_TITLE: u32 = 1 << 1;
    pub(super) const F_WEAK_TITLE: u32 = 1 << 2;
    pub(super) const F_TITLE_MODIFIER: u32 = 1 << 3;
    pub(super) const F_PARTICLE: u32 = 1 << 4;
    pub(super) const F_HYPHEN_PARTICLE: u32 = 1 << 5;
    /// Not in the table of features: [`Doc::has`] looks the word up in
    /// the common words when asked for this bit.
    pub(super) const F_COMMON_WORD: u32 = 1 << 6;
    pub(super) const F_NOT_A_NAME: u32 = 1 << 7;
    pub(super) const F_NAME_STOP: u32 = 1 << 8;
    pub(super) const F_NAME_SUFFIX: u32 = 1 << 9;
    pub(super) const F_NAME_OPENER: u32 = 1 << 10;
    pub(super) const F_NOT_BEFORE_NAME: u32 = 1 << 11;
    pub(super) const F_MINOR_WORD: u32 = 1 << 12;
    pub(super) const F_ORG_HEAD: u32 = 1 << 13;
    /// A word of `agent_noun`, or the first word of one of its phrases.
    pub(super) const F_AGENT_NOUN: u32 = 1 << 14;
    pub(super) const F_WEAPON_NOUN: u32 = 1 << 15;
    pub(super) const F_WEAPON_VERB: u32 = 1 << 16;
    pub(super) const F_SHIP_PREFIX: u32 = 1 << 17;
    pub(super) const F_NAME_ABBREVIATION: u32 = 1 << 18;
    pub(super) const F_CALENDAR: u32 = 1 << 19;
    pub(super) const F_NOT_AFTER_NAME: u32 = 1 << 20;
    pub(super) const F_MILITARY_PLATFORM: u32 = 1 << 21;
    pub(super) const F_MILITARY_VEHICLE: u32 = 1 << 22;
    pub(super) const F_PERSON_PRONOUN: u32 = 1 << 23;
    pub(super) const F_SPEAKER_PRONOUN: u32 = 1 << 24;
    pub(super) const F_AIRCRAFT_ROLE: u32 = 1 << 25;
    pub(super) const F_ARMED_WORD: u32 = 1 << 26;
    pub(super) const F_FEMALE: u32 = 1 << 27;
    pub(super) const F_MALE: u32 = 1 << 28;
    pub(super) const F_OBJECT_PRONOUN: u32 = 1 << 29;
    /// `org_head_before_of`: a head word only before "of" or "for".
    pub(super) const F_ORG_HEAD_OF: u32 = 1 << 30;
    /// `rare_given_name` and `word_given_name`: a given name where
    /// [`Doc::rare_given_names`] says so.
    pub(super) const F_RARE_GIVEN_NAME: u32 = 1 << 31;
    /// Words no part of a person's name is: common and minor words, words
    /// that are no name, organizations' head words, titles and their
    /// modifiers, calendar words.
    pub(super) const F_NO_NAME_PART: u32 = F_COMMON_WORD
        | F_MINOR_WORD
        | F_NOT_A_NAME
        | F_ORG_HEAD
        | F_PERSON_TITLE
        | F_TITLE_MODIFIER
        | F_CALENDAR;
}

/// Per class row of `classes`, the stage's features of the word.
fn features(classes: &WordClasses, c: &Classes) -> Vec<u32> {
    use features::*;
    let table: [(usize, u32); 35] = [
        (c.aircraft_role, F_AIRCRAFT_ROLE),
        (c.armed_word, F_ARMED_WORD),
        (c.person_pronoun, F_PERSON_PRONOUN),
        (c.speaker_pronoun, F_SPEAKER_PRONOUN),
        // (Told apart by their class where it matters: `Doc::pronouns`.)
        (c.person_possessive, F_PERSON_PRONOUN),
        (c.speaker_possessive, F_SPEAKER_PRONOUN),
        (c.female_word, F_FEMALE),
        (c.male_word, F_MALE),
        (c.object_pronoun, F_OBJECT_PRONOUN),
        (c.military_platform, F_MILITARY_PLATFORM),
        (c.military_vehicle, F_MILITARY_VEHICLE),
        (c.calendar, F_CALENDAR),
        (c.not_after_name, F_NOT_AFTER_NAME),
        (c.given_name, F_GIVEN_NAME),
        (c.rare_given_name, F_RARE_GIVEN_NAME),
        // (Read apart by the same pass: `Doc::rare_given_names`.)
        (c.word_given_name, F_RARE_GIVEN_NAME),
        (c.person_title, F_PERSON_TITLE),
        (Reserved::TitleAbbreviation.index(), F_PERSON_TITLE),
        (Reserved::NameAbbreviation.index(), F_NAME_ABBREVIATION),
        (c.weak_title, F_WEAK_TITLE),
        (c.title_modifier, F_TITLE_MODIFIER),
        (c.particle, F_PARTICLE),
        (c.hyphen_particle, F_HYPHEN_PARTICLE),
        (c.not_a_name, F_NOT_A_NAME),
        (c.name_stop, F_NAME_STOP),
        (c.name_suffix, F_NAME_SUFFIX),
        (c.name_opener, F_NAME_OPENER),
        (c.not_before_name, F_NOT_BEFORE_NAME),
        (c.minor_word, F_MINOR_WORD),
        (c.org_head, F_ORG_HEAD),
        (c.org_head_before_of, F_ORG_HEAD_OF),
        (c.agent_noun, F_AGENT_NOUN),
        (c.weapon_noun, F_WEAPON_NOUN),
        (c.weapon_verb, F_WEAPON_VERB),
        (c.ship_prefix, F_SHIP_PREFIX),
    ];
    let mut feats = classes.row_bits(&table);
    // The first words of agent phrases ("armed" of "armed forces").
    for phrase in classes.phrases(c.agent_noun) {
        let Some(first) = phrase.first() else {
            continue;
        };
        if let Some(row) = classes
            .words()
            .get(first.as_bytes(), crate::words::key_hash(first.as_bytes()))
        {
            if let Some(f) = feats.get_mut(row as usize) {
                *f |= F_AGENT_NOUN;
            }
        }
    }
    feats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_capitals_reads_as_the_characters_do() {
        let by_chars = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
        let words = [
            "",
            "NATO",
            "Nato",
            "nato",
            "F-16",
            "16",
            "-",
            "AZ",
            "@[`{",
            "A",
            "a",
            "Z",
            "z",
            "SUPPLIED",
            "SUPPLIEDX",
            "SUPPLIEDx",
            "SUPPLIEDS.",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "ABCDEFGHIJKLMNOPq",
            "ÉLYSÉE",
            "Élysée",
            "ÉLYSÉe",
            "ÑANDÚ-16",
            "Москва",
            "МОСКВА",
            "北京",
            "US1",
            "1US",
            "\u{7f}A",
        ];
        for w in words {
            assert_eq!(in_capitals(w), by_chars(w), "{w:?}");
        }
        for b in 0u8..0x80 {
            for pad in ["", "1234567", "ABCDEFG", "abcdefg"] {
                let w = format!("{pad}{}", b as char);
                assert_eq!(in_capitals(&w), by_chars(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn tokens_with_table() {
        // (features per token, range, bits, the tokens expected): runs
        // longer than eight, runs that end mid-chunk, ranges past the end.
        let mut long = vec![0u32; 40];
        long[0] = 1;
        long[9] = 2;
        long[17] = 3;
        long[39] = 1;
        type Case<'c> = (&'c [u32], Range<usize>, u32, &'c [usize]);
        let cases: &[Case] = &[
            (&[], 0..0, 1, &[]),
            (&[1, 0, 1], 0..3, 1, &[0, 2]),
            (&[1, 0, 1], 1..3, 1, &[2]),
            (&[1, 0, 1], 0..2, 2, &[]),
            (&long, 0..40, 1, &[0, 17, 39]),
            (&long, 0..40, 2, &[9, 17]),
            (&long, 1..39, 1, &[17]),
            (&long, 10..99, 3, &[17, 39]),
            (&long, 18..39, 3, &[]),
        ];
        for (tf, range, bits, want) in cases {
            let got: Vec<usize> = tokens_with(tf, range.clone(), *bits).collect();
            assert_eq!(&got, want, "{range:?} bits {bits}");
        }
    }

    #[test]
    fn dates_table() {
        // (text, first and last day it may mean)
        let cases: &[(&str, Option<(u32, u32)>)] = &[
            ("2016", Some((20160101, 20161231))),
            ("2016-05", Some((20160501, 20160531))),
            ("2016-05-07", Some((20160507, 20160507))),
            ("2016-05-07T09:30:00Z", Some((20160507, 20160507))),
            (" 2016-05-07 ", Some((20160507, 20160507))),
            ("2016-13", None),
            ("2016-05-32", None),
            ("20160507", None),
            ("May 7, 2016", None),
            ("", None),
            ("201", None),
        ];
        for &(text, want) in cases {
            assert_eq!(Date::parse(text).map(|d| (d.first, d.last)), want, "{text:?}");
        }
        let d = Date::parse("2008-03").unwrap();
        // (from, to, in office)
        let tenures: &[(Option<&str>, Option<&str>, bool)] = &[
            (Some("2006"), Some("2010"), true),
            (Some("2008-03-31"), None, true),
            (None, Some("2008-03-01"), true),
            (Some("2008-04"), None, false),
            (None, Some("2007"), false),
            (None, None, true),
        ];
        for &(from, to, want) in tenures {
            assert_eq!(d.within(from, to), want, "{from:?}..{to:?}");
        }
    }

    #[test]
    fn bad_patterns_are_located() {
        let err = compile_patterns("p.txt", "# ok\n^[A-Z]+$\n  ^[A-Z+$\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("p.txt:3:3: bad designation pattern"), "{msg}");
        assert!(msg.contains('^'), "{msg}");
        assert_eq!(compile_patterns("p.txt", "# none\n\n").unwrap().len(), 0);
    }

    #[test]
    fn the_embedded_patterns_compile_and_match_designations() {
        let (name, text) = crate::defaults::DESIGNATIONS;
        let patterns = compile_patterns(name, text).unwrap();
        let matches = |s: &str| patterns.iter().any(|p| p.is_match(s));
        for yes in [
            "Kh-101",
            "Su-35S",
            "Tu-22M3",
            "CH-4",
            "MQ-9B",
            "S-400",
            "F-16s",
            "9M133",
            "Tornado-S",
            "Magura V5",
        ] {
            assert!(matches(yes), "{yes}");
        }
        for no in ["1996", "3:45", "Monday", "kh-101", "Ministry-of", "ABCDEFG-1"] {
            assert!(!matches(no), "{no}");
        }
    }
}
