//! How far a factuality cue reaches (issue 17), in sentences of our own:
//! a negation or uncertainty cue in one clause and a deed in another
//! (after, before, while, because, although, until clauses, relative
//! clauses, coordinated clauses), and the nouns of a ban or an embargo that
//! are a sanction themselves. Each row of `MUST_GIVE` gives the relations
//! the sentence must give, with their factuality; `MUST_NOT_GIVE` the
//! wrong readings.
//!
//! - A word the token pattern reads itself is the relation's own, as its
//!   trigger is: "imposed a ban on Belarusian potash" is the sanction, not
//!   a negated one (`Cues::judge`, `src/rule/factuality.rs`). The ban still
//!   negates what it bans: "a ban on arms sales to Peru" gives a negated
//!   supply.
//! - The noun before a subordinator is a cue only before a complementizer
//!   ("claims that ..."): "a ban on arms sales after Peru moved to attack
//!   Bolivia" does not negate the attack (`cue_ranges`).
//! - The look-back for cues before a token match stops past a word that
//!   opens a clause of time, cause or contrast (`cue_clause_opener` in
//!   `rules/english.rules`), and past the comma that closes such a clause:
//!   "Because Chile would not pay, Peru imposed a ban on Chilean fish" is
//!   asserted; "If ..." and "Unless ..." still make the next clause
//!   uncertain.
//! - A parsed frame does not read the cues of a phrase or clause fronted
//!   before its subject and closed by a comma, when a word of
//!   `fronted_opener` opens it ("Without waiting for the UN, France
//!   imposed sanctions", "Despite no evidence, Peru accused Chile", "After
//!   refusing to sell tanks, Germany sent howitzers"); "According to
//!   Bolivia, ..." and "Reportedly, ..." still allege.
//!
//! The rows were written before the engine was run on them. Before the
//! change (main at bd51054) the `MUST_NOT_GIVE` rows gave their wrong
//! readings, and five rows of `MUST_GIVE` failed: the potash ban, the ban
//! after Peru's move, the ban because Chile would not pay, and the bans
//! that Bolivia claims or that are according to Bolivia (negated, not
//! alleged). The other rows passed already (the parsed frames keep each
//! clause's cues to their clause). The rows of fronted phrases were
//! written after a second probe: the first three and "Without Chile's
//! help" gave negated before the change (the three are in
//! `MUST_NOT_GIVE`); the traps passed.
//!
//! Not fixed, left out: a negated verb over a noun deed it does not deny
//! ("Peru has not explained its ban on Bolivian beef", "Chile could not
//! stop Peru's attack": negated; a negated verb of telling over a clause
//! is fixed, see `UNSAID`), and "suggested that X is implicating Y only to
//! ..." (uncertain; whether a suggestion of motive leaves the accusation
//! asserted is not settled by the schema or the gold).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, wrong_readings};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const MUST_GIVE: &[(&str, &[&str])] = &[
    // A ban or an embargo imposed is the sanction.
    (
        "Canada imposed a ban on Belarusian potash.",
        &["sanction sanctioner=CAN target=BLR asserted"],
    ),
    (
        "Canada imposed an embargo on Belarus.",
        &["sanction sanctioner=CAN target=BLR asserted"],
    ),
    (
        "Chile imposed a ban on arms sales to Peru.",
        &[
            "sanction sanctioner=CHL target=PER asserted",
            "supply supplier=CHL recipient=PER negated",
        ],
    ),
    (
        "Canada announced a ban on arms exports to Belarus.",
        &["supply supplier=CAN recipient=BLR negated"],
    ),
    (
        "Peru did not impose a ban on Chilean fish.",
        &["sanction sanctioner=PER target=CHL negated"],
    ),
    (
        "Peru refused to impose a ban on Chilean fish.",
        &["sanction sanctioner=PER target=CHL negated"],
    ),
    (
        "According to Bolivia, Peru imposed a ban on Chilean fish.",
        &["sanction sanctioner=PER target=CHL alleged"],
    ),
    (
        "Peru imposed a ban on Chilean fish, Bolivia claims.",
        &["sanction sanctioner=PER target=CHL alleged"],
    ),
    (
        "Greece vetoed new EU sanctions on Turkey.",
        &["sanction sanctioner=eu target=TUR negated"],
    ),
    // A cue before a clause boundary, a deed after it.
    (
        "Chile imposed a ban on arms sales after Peru moved to attack Bolivia.",
        &["attack attacker=PER target=BOL asserted"],
    ),
    (
        "Because Chile would not pay, Peru imposed a ban on Chilean fish.",
        &["sanction sanctioner=PER target=CHL asserted"],
    ),
    (
        "Although Chile never asked, Peru imposed sanctions on Bolivia.",
        &["sanction sanctioner=PER target=BOL asserted"],
    ),
    (
        "Chile did not protest when Peru imposed sanctions on Bolivia.",
        &["sanction sanctioner=PER target=BOL asserted"],
    ),
    (
        "Peru refused to sell drones to Chile after Bolivia attacked Chile.",
        &[
            "supply supplier=PER recipient=CHL negated",
            "attack attacker=BOL target=CHL asserted",
        ],
    ),
    (
        "Chile did not impose sanctions on Peru, although Bolivia attacked Peru.",
        &[
            "sanction sanctioner=CHL target=PER negated",
            "attack attacker=BOL target=PER asserted",
        ],
    ),
    (
        "Bolivia attacked Peru because Chile would not sell tanks to Bolivia.",
        &[
            "attack attacker=BOL target=PER asserted",
            "supply supplier=CHL recipient=BOL negated",
        ],
    ),
    (
        "While Chile may send drones to Peru, Bolivia shelled Peru on Monday.",
        &[
            "supply supplier=CHL recipient=PER uncertain",
            "attack attacker=BOL target=PER asserted",
        ],
    ),
    (
        "Argentina shelled Uruguay before Brazil vowed to send tanks to Uruguay.",
        &[
            "attack attacker=ARG target=URY asserted",
            "supply supplier=BRA recipient=URY uncertain",
        ],
    ),
    (
        "Brazil suspended arms sales to Peru while Peru shelled Bolivia.",
        &[
            "supply supplier=BRA recipient=PER negated",
            "attack attacker=PER target=BOL asserted",
        ],
    ),
    (
        "Germany opposed sending tanks to Ukraine until Russia attacked Kyiv.",
        &[
            "supply supplier=DEU recipient=UKR negated",
            "attack attacker=RUS target=UKR asserted",
        ],
    ),
    (
        "The EU imposed an arms embargo on Syria because Syria attacked Turkey.",
        &[
            "sanction sanctioner=eu target=SYR asserted",
            "attack attacker=SYR target=TUR asserted",
        ],
    ),
    (
        "Peru did not attack Chile after Bolivia sent troops to Chile.",
        &["attack attacker=PER target=CHL negated"],
    ),
    (
        "Chile refused to comment after Russia's attack on Ukraine.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    // A phrase fronted before a comma keeps its cues.
    (
        "After refusing to sell tanks, Germany sent howitzers to Ukraine.",
        &["supply supplier=DEU recipient=UKR item=artillery asserted"],
    ),
    (
        "Without waiting for the UN, France imposed sanctions on Syria.",
        &["sanction sanctioner=FRA target=SYR asserted"],
    ),
    (
        "Despite no evidence, Peru accused Chile of the bombing.",
        &["accuse accuser=PER accused=CHL asserted"],
    ),
    (
        "Without Chile's help, Peru attacked Bolivia.",
        &["attack attacker=PER target=BOL asserted"],
    ),
    (
        "Peru sent troops without attacking Bolivia.",
        &["attack attacker=PER target=BOL negated"],
    ),
    (
        "After the talks, Peru did not impose sanctions on Chile.",
        &["sanction sanctioner=PER target=CHL negated"],
    ),
    (
        "According to Bolivia, Peru sold drones to Chile.",
        &["supply supplier=PER recipient=CHL alleged"],
    ),
    (
        "Reportedly, Peru sold drones to Chile.",
        &["supply supplier=PER recipient=CHL alleged"],
    ),
    // Conditions still reach the next clause.
    (
        "If Chile refuses, Peru will impose sanctions on Bolivia.",
        &["sanction sanctioner=PER target=BOL uncertain"],
    ),
    (
        "If Chile attacks Peru, Brazil will send tanks to Peru.",
        &[
            "attack attacker=CHL target=PER uncertain",
            "supply supplier=BRA recipient=PER uncertain",
        ],
    ),
    (
        "Unless Chile pays, Peru will impose a ban on Chilean fish.",
        &["sanction sanctioner=PER target=CHL uncertain"],
    ),
    // Coordinated and relative clauses.
    (
        "Chile refused to comment, and Peru shelled Bolivia.",
        &["attack attacker=PER target=BOL asserted"],
    ),
    (
        "Japan blocked the deal, while Russia sold drones to Iran.",
        &["supply supplier=RUS recipient=IRN asserted"],
    ),
    (
        "Chile imposed a ban on arms sales to Peru, and Peru attacked Bolivia.",
        &[
            "attack attacker=PER target=BOL asserted",
            "supply supplier=CHL recipient=PER negated",
        ],
    ),
    (
        "Peru, which Chile refused to arm, attacked Bolivia.",
        &[
            "supply supplier=CHL recipient=PER negated",
            "attack attacker=PER target=BOL asserted",
        ],
    ),
    (
        "Uruguay may impose sanctions on Chile, which shelled Peru last week.",
        &[
            "sanction sanctioner=URY target=CHL uncertain",
            "attack attacker=CHL target=PER asserted",
        ],
    ),
];

/// (text, relations it must not give): the wrong readings.
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "Canada imposed a ban on Belarusian potash.",
        &["sanction sanctioner=CAN target=BLR negated"],
    ),
    (
        "Chile imposed a ban on arms sales after Peru moved to attack Bolivia.",
        &["attack attacker=PER target=BOL negated"],
    ),
    (
        "Because Chile would not pay, Peru imposed a ban on Chilean fish.",
        &["sanction sanctioner=PER target=CHL negated"],
    ),
    (
        "Peru imposed a ban on Chilean fish, Bolivia claims.",
        &["sanction sanctioner=PER target=CHL negated"],
    ),
    (
        "After refusing to sell tanks, Germany sent howitzers to Ukraine.",
        &["supply supplier=DEU recipient=UKR negated"],
    ),
    (
        "Without waiting for the UN, France imposed sanctions on Syria.",
        &["sanction sanctioner=FRA target=SYR negated"],
    ),
    (
        "Despite no evidence, Peru accused Chile of the bombing.",
        &["accuse accuser=PER accused=CHL negated"],
    ),
];

#[test]
fn cues_reach_only_their_own_clause_and_deed() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cues_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A mention inside a relative clause set off by commas lends nothing to
/// the verb after the clause, and the subject of a verb of opposing a
/// measure ("vetoed", "blocked") does not impose it (u48). Before the
/// change (main at fd13e5a) the wrong readings of `LEAKS_NOT_GIVEN` were
/// given: each sanction by the mention inside the clause, Chile's sanction
/// of Bolivia, and Argentina's and Norway's sanctions; the rows of
/// `LEAKS_GIVEN` passed already. Not fixed: "Ecuador, which Chile once
/// armed, imposed a ban on Bolivian fish" still gives Chile's ban (the
/// parse reads "armed" as no verb, so the comma does not close the
/// clause).
const LEAKS_GIVEN: &[(&str, &[&str])] = &[
    (
        "Brazil, which never sold arms to Peru, imposed sanctions on Chile.",
        &[
            "sanction sanctioner=BRA target=CHL asserted",
            "supply supplier=BRA recipient=PER negated",
        ],
    ),
    (
        "Peru, which has never traded with Chile, announced new sanctions on Bolivia.",
        &["sanction sanctioner=PER target=BOL asserted"],
    ),
    // Traps: a deed inside the clause keeps its doer there.
    (
        "Peru, which Chile sanctioned last year, sent troops to Bolivia.",
        &["sanction sanctioner=CHL target=PER asserted"],
    ),
    (
        "Bolivia welcomed Brazil, which imposed sanctions on Chile in May.",
        &["sanction sanctioner=BRA target=CHL asserted"],
    ),
    (
        "Greece vetoed new EU sanctions on Turkey.",
        &["sanction sanctioner=eu target=TUR negated"],
    ),
    (
        "Argentina imposed the sanctions on Chile that Brazil had vetoed.",
        &["sanction sanctioner=ARG target=CHL asserted"],
    ),
];

/// (text, relations it must not give): the leaked readings.
const LEAKS_NOT_GIVEN: &[(&str, &[&str])] = &[
    (
        "Brazil, which never sold arms to Peru, imposed sanctions on Chile.",
        &[
            "sanction sanctioner=PER target=CHL negated",
            "sanction sanctioner=PER target=CHL asserted",
        ],
    ),
    (
        "Peru, which has never traded with Chile, announced new sanctions on Bolivia.",
        &[
            "sanction sanctioner=CHL target=BOL negated",
            "sanction sanctioner=CHL target=BOL asserted",
        ],
    ),
    (
        "Peru, which Chile sanctioned last year, sent troops to Bolivia.",
        &["sanction sanctioner=CHL target=BOL asserted"],
    ),
    (
        "Argentina vetoed the sanctions on Chile.",
        &[
            "sanction sanctioner=ARG target=CHL negated",
            "sanction sanctioner=ARG target=CHL asserted",
        ],
    ),
    (
        "Norway blocked new sanctions against Iran.",
        &[
            "sanction sanctioner=NOR target=IRN negated",
            "sanction sanctioner=NOR target=IRN asserted",
        ],
    ),
];

#[test]
fn relative_clauses_and_vetoes_keep_their_words() {
    let ex = Extractor::default();
    let failures = failures(&ex, LEAKS_GIVEN, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let wrong = wrong_readings(&ex, LEAKS_NOT_GIVEN);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A negated verb of telling over a deed (`disclosure_verb`): the deed is
/// unsaid, so uncertain, or, after "why" or "how", taken as done (u48).
/// The schema calls uncertain what is possible or not confirmed; no gold
/// row of dev or seeds has such a verb. Before the change (main at
/// fd13e5a) the first three rows of `UNSAID` gave negated; the traps
/// passed.
const UNSAID: &[(&str, &[&str])] = &[
    (
        "Peru did not say why it imposed sanctions on Bolivia.",
        &["sanction sanctioner=PER target=BOL asserted"],
    ),
    (
        "Chile did not confirm that Peru sold drones to Bolivia.",
        &["supply supplier=PER recipient=BOL uncertain"],
    ),
    (
        "Peru never said it sold drones to Chile.",
        &["supply supplier=PER recipient=CHL uncertain"],
    ),
    // Traps: a negation in the complement, or a report after the deed.
    (
        "Peru said it did not sell drones to Chile.",
        &["supply supplier=PER recipient=CHL negated"],
    ),
    (
        "Peru did not sell drones to Chile, officials said.",
        &["supply supplier=PER recipient=CHL negated"],
    ),
    (
        "Chile did not say whether it would impose sanctions on Peru.",
        &["sanction sanctioner=CHL target=PER uncertain"],
    ),
    (
        "Peru denied that it sold drones to Chile.",
        &["supply supplier=PER recipient=CHL denied"],
    ),
];

#[test]
fn a_negated_verb_of_telling_leaves_the_deed_unsaid() {
    let failures = failures(&Extractor::default(), UNSAID, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Attacks one means to stop, end, halt or curb are going on: "moves to
/// stop Israeli attacks" asserts the attacks (`ongoing_attack_verb` with an
/// `attack_noun` object, `ongoing_top` in `src/rule/factuality.rs`), unless
/// a word before the noun makes them attacks to come
/// (`unrealised_modifier`: "any attack"). And a negating verb that is a
/// noun as well, after the deed and a noun modifier, is the plural noun
/// ("shelled apartment blocks"), no negation. Written after probing the
/// engine (f49): before the change (main at 9bad227) the first three rows
/// of `ONGOING_ATTACKS` gave uncertain and the two of blocks gave a
/// negated use; the traps passed. Not fixed, left out: "to prevent
/// Chilean attacks on Peru" and "hopes to stop future Chilean attacks"
/// are asserted (before the change too); "to halt Chilean shelling of
/// Peru", read by a token pattern, stays uncertain.
const ONGOING_ATTACKS: &[(&str, &[&str])] = &[
    (
        "Brazil moved to stop Chilean attacks on Peru.",
        &["attack attacker=CHL target=PER asserted"],
    ),
    (
        "Mediators are pushing to end Chilean attacks against Peru.",
        &["attack attacker=CHL target=PER asserted"],
    ),
    (
        "Brazil called on the UN to curb Chilean raids on Peru.",
        &["attack attacker=CHL target=PER asserted"],
    ),
    (
        "Chilean guns shelled apartment blocks across Peru.",
        &["use user=CHL item=small_arms asserted"],
    ),
    (
        "Chilean missiles hit apartment blocks in Peru.",
        &["use user=CHL item=missile asserted"],
    ),
    // Traps: attacks to come, threatened, and a verb that blocks.
    (
        "Brazil plans to stop any Chilean attack on Peru.",
        &["attack attacker=CHL target=PER uncertain"],
    ),
    (
        "Chile threatened new attacks on Peru.",
        &["attack attacker=CHL target=PER uncertain"],
    ),
    (
        "Hungary again blocks EU sanctions on Russia.",
        &["sanction sanctioner=EU target=RUS negated"],
    ),
];

#[test]
fn attacks_one_means_to_stop_are_going_on() {
    let failures = failures(&Extractor::default(), ONGOING_ATTACKS, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
