//! Constructions that readers of random news samples found read wrong
//! (`/work/judge/verdicts29.md`, `/work/judge/verdicts30.md`), in
//! sentences of our own: each row gives the relations the sentence must
//! give and the ones it must not (the wrong reading), with traps of the
//! same shape that must keep their right relations.
//!
//! - A possessor bound where the phrase names its own actor: "sanctions
//!   on Russia's mercenary firm Wagner Group" is not Russia sanctioned
//!   (`src/rule/check.rs`, `names_own_actor`; Wagner Group is not found
//!   there yet, as the parse reads "firm" as a verb); "sanctions on
//!   Russia's banks" stays Russia, and so does a name alone at the head
//!   ("sanctions against Iran's Revolutionary Guards", a row of
//!   `tests/unseen_wordings_5.rs`); "an arms embargo on Iran's ally
//!   Hezbollah" is not Iran's.
//!
//! - A country's demonym or agent mention at a noun of people or bodies
//!   that are not the state ("US firms", "U.S. senators", "Chinese
//!   companies") as an actor (`private_actor_noun`, `src/rule/sense.rs`);
//!   "Chinese officials", "Russian forces", "Iranian drones" stay the
//!   country, and "two Chinese firms" stay the target of a sanction.
//! - A known person's surname alone that opens another name: "Claes
//!   Lindqvist" is not Willy Claes (`src/names/people.rs`,
//!   `given_name_mention_before`); "Secretary-General Claes" and "Putin
//!   Tuesday" stay the known person.
//! - A place that is only part of the one attacked: the place of a title
//!   ("the mayor of Kharkiv") or where an armed group was ("militants
//!   inside Chile", "pirates off the Gulf of Guinea"), in
//!   `src/rule/sense.rs`; "the outskirts of Kharkiv" and "rebel camps in
//!   Peru" stay the place.
//! - A head of state's title after a capital ("the Madrid president"):
//!   a club's or a region's post, not the country's (`head_of_state_title`
//!   in `rules/role.rules`, `src/rule/sense.rs`); "Tehran envoy" and
//!   "Spanish President" stay the country's.
//!
//! - A demonym counted as people ("three Afghans", "dozens of Syrians")
//!   as the target of an armed group or a person: people, not the state
//!   (`counted_people`, `src/rule/sense.rs`); struck by a state's forces
//!   they stay the country, as `dev.gold.jsonl` reads "Israeli ... two
//!   Palestinians were killed" (an attack on the people, whose text
//!   overlaps the mention), and a state stays a state's target.
//! - A negation of another verb before a noun phrase that names the doer
//!   of its own deed ("calls not to enforce EU sanctions on Belarusian potash":
//!   the sanctions stand), in `src/rule/factuality.rs` (`names_own_doer`,
//!   `own_doer_start`, `not_to`); the phrase's own "no" ("no EU
//!   sanctions"), a negated light verb ("did not impose sanctions") and a
//!   verb of blocking ("vetoed EU sanctions") still negate.
//! - Backing a bid or a plan that a name before it qualifies ("support a
//!   Glazer bid", "Serbia's EU bid" of the EU) is no backing of that name
//!   (`plan_noun`, `rules/support.rules`, read by the token rule and by
//!   the frames' modifiers, `src/rule/frame/fill.rs`); a possessive bid is
//!   its owner's cause ("backed Sudan's bid to join the bloc"), and so is
//!   a country's adjective's ("the Ukrainian bid").
//! - "Treasury" alone ("Shadow Treasury spokesman") is no country's: the
//!   gazetteer's `treasury`, not `us_treasury`, which "U.S. Treasury" and
//!   "Treasury Department" name (`gazetteers/organizations.tsv`).
//! - A given name that is also a small word of headlines ("Will Davies")
//!   before a surname that is no word (`word_given_name_at`,
//!   `src/names/mod.rs`); "Will Peru attack Chile?" is still a question.
//!
//! Each row of `MUST_NOT_GIVE` gives its wrong reading with the check
//! taken out (checked at 0e27a1c, and again when its first row, a
//! headline of the corpus barely reworded, was written anew; the rows of
//! r45 were checked against main at 0883408, where each gave its wrong
//! reading).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, wrong_readings};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const MUST_GIVE: &[(&str, &[&str])] = &[
    // The phrase's own name is the target, not its owner.
    (
        "The EU imposed sanctions on Russia's Wagner Group.",
        &["sanction sanctioner=eu target=wagner_group asserted"],
    ),
    // Traps: a possessor of a noun that names no one of its own.
    (
        "Canada imposed sanctions on Russia's banks.",
        &["sanction sanctioner=CAN target=RUS asserted"],
    ),
    (
        "Japan announced sanctions on North Korea's missile makers.",
        &["sanction sanctioner=JPN target=PRK asserted"],
    ),
    (
        "The UN lifted its arms embargo on Liberia.",
        &["sanction sanctioner=un target=LBR asserted"],
    ),
    // Traps: a country's forces and officials do its deeds, and its firms
    // may be what is sanctioned.
    (
        "Chinese officials accused Japan of hiding the data.",
        &["accuse accuser=CHN accused=JPN asserted"],
    ),
    (
        "Russian forces shelled Kharkiv.",
        &["attack attacker=RUS target=kharkiv asserted"],
    ),
    (
        "Iranian drones struck Kyiv overnight.",
        &["attack attacker=IRN target=UKR asserted"],
    ),
    (
        "Japan sanctioned two Chinese firms.",
        &["sanction sanctioner=JPN target=CHN asserted"],
    ),
    // A surname alone of a known person that opens another name.
    (
        "Wembley chairman Claes Lindqvist opened the new stand on Monday.",
        &["role person=Claes Lindqvist organization=wembley asserted"],
    ),
    // Traps: the surname alone after a title, or before a weekday.
    (
        "NATO Secretary-General Claes said the alliance would act.",
        &["role person=willy_claes organization=nato asserted"],
    ),
    (
        "Putin Tuesday accused Ukraine of shelling the plant.",
        &["accuse accuser=vladimir_putin accused=UKR asserted"],
    ),
    // Traps: a place after "of" that is no title's, and sites in a place.
    (
        "Russian troops shelled the outskirts of Kharkiv.",
        &["attack attacker=RUS target=kharkiv asserted"],
    ),
    (
        "Chile bombed rebel camps in Peru.",
        &["attack attacker=CHL target=PER asserted"],
    ),
    // Traps: a capital's envoy, and a president named by the demonym.
    (
        "Tehran envoy Ana Ruiz spoke.",
        &["role person=ana_ruiz organization=IRN asserted"],
    ),
    (
        "Spanish President Ana Ruiz spoke.",
        &["role person=ana_ruiz organization=ESP asserted"],
    ),
    // Traps: people counted and struck by a state's forces, and a state
    // struck.
    (
        "Israeli soldiers shot dead three Palestinians near Jenin.",
        &["attack attacker=ISR target=PSE asserted"],
    ),
    (
        "Turkish jets struck Iraq overnight.",
        &["attack attacker=TUR target=IRQ asserted"],
    ),
    // A negation of another verb leaves a phrase's own sanctions standing;
    // traps: the phrase's own "no", and a negated light verb.
    (
        "Estonia chose not to enforce EU sanctions on Belarus.",
        &["sanction sanctioner=eu target=BLR asserted"],
    ),
    (
        "There are no EU sanctions on Peruvian copper.",
        &["sanction sanctioner=eu target=PER negated"],
    ),
    (
        "Chile did not impose sanctions on Peru.",
        &["sanction sanctioner=CHL target=PER negated"],
    ),
    // Trap: the US Treasury named as such.
    (
        "The U.S. Treasury blacklisted two Peruvian banks.",
        &["sanction sanctioner=us_treasury target=PER asserted"],
    ),
    // Traps: a possessive bid is its owner's cause, even with its goal
    // named ("Serbia's EU bid"), and so is a country's adjective's.
    (
        "Norway will support Serbia's EU bid.",
        &["support supporter=NOR supported=SRB uncertain"],
    ),
    (
        "Qatar backed the Ukrainian bid to join NATO.",
        &["support supporter=QAT supported=UKR asserted"],
    ),
    (
        "Qatar backed Sudan's bid to join the bloc.",
        &["support supporter=QAT supported=SDN asserted"],
    ),
    // A given name that is also a modal, before a surname that is no word;
    // trap: a question opened by the modal.
    (
        "Will Davies, a fellow at the IPPR, said the plan would fail.",
        &["role person=will_davies organization=ippr asserted"],
    ),
    (
        "Will Peru attack Chile?",
        &["attack attacker=PER target=CHL uncertain"],
    ),
];

/// (text, relations that must not be among its output: the wrong
/// readings).
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "France asked for sanctions on Sudan's mercenary force Wagner Group.",
        &["sanction target=SDN uncertain"],
    ),
    (
        "Britain wants an arms embargo on Iran's ally Hezbollah.",
        &["sanction target=IRN asserted"],
    ),
    // A country's firms, investors, lawmakers or journalists act, buy and
    // are blamed as themselves, not as the state (`private_actor_noun`).
    ("US firms sold drones to Iran.", &["supply supplier=USA asserted"]),
    (
        "U.S. senators accused China of hacking the grid.",
        &["accuse accuser=USA asserted"],
    ),
    (
        "Chinese companies bought drones from Iran.",
        &["supply recipient=CHN asserted"],
    ),
    (
        "Australian journalists accused China of spying.",
        &["accuse accuser=AUS asserted"],
    ),
    // A surname alone of a known person ("Claes", Willy Claes) that opens
    // another name ("Claes Lindqvist") is not that person.
    (
        "Wembley chairman Claes Lindqvist opened the new stand on Monday.",
        &["role person=willy_claes asserted"],
    ),
    // The place of a title ("the mayor of Kharkiv") is not the one
    // attacked, nor is where an armed group was attacked.
    (
        "Mayor of Kharkiv abducted by Russian troops",
        &["attack target=kharkiv asserted"],
    ),
    (
        "Russian soldiers attacked the mayor of Kharkiv.",
        &["attack target=kharkiv asserted"],
    ),
    (
        "Peru bombed militants inside Chile.",
        &["attack target=CHL asserted"],
    ),
    // A capital's president is a club's or a region's, not the country's.
    (
        "Fans booed as the Madrid president Ana Ruiz took her seat.",
        &["role organization=ESP asserted"],
    ),
    (
        "The Peruvian navy killed six pirates off the Gulf of Guinea.",
        &["attack target=gulf_of_guinea asserted"],
    ),
    // People counted by their demonym, killed by an armed group.
    (
        "Taliban fighters killed three Afghans in Kabul.",
        &["attack target=AFG asserted"],
    ),
    (
        "Hezbollah gunmen killed dozens of Syrians near Homs.",
        &["attack target=SYR asserted"],
    ),
    // "not to enforce" is the enforcing's, not the EU's sanctions'.
    (
        "Despite calls from Rome not to enforce EU sanctions on Belarusian potash, Latvia held firm.",
        &["sanction sanctioner=eu target=BLR negated"],
    ),
    // Backing a bid a name qualifies is no backing of the name.
    (
        "Malcolm Glazer made a new offer for the club. Shareholders John Magnier and JP McManus \
         would support a Glazer bid.",
        &["support supported=malcolm_glazer uncertain"],
    ),
    // "Treasury" alone names no country's Treasury (a British post here).
    (
        "Shadow Treasury spokesman Ann Vega called the budget a fantasy.",
        &["role organization=us_treasury asserted"],
    ),
    // A name that modifies a bid may be its goal or its author: no actor
    // backed (`plan_noun` in the frames too, `src/rule/frame/fill.rs`).
    (
        "Norway will support Serbia's EU bid.",
        &["support supported=eu uncertain"],
    ),
    (
        "Greece said it would back an Acme Corp bid for the port.",
        &["support supported=acme_corp uncertain"],
    ),
    // "Will" is the given name, not a modal before a surname alone.
    (
        "Will Davies, a fellow at the IPPR, said the plan would fail.",
        &["role person=davies asserted"],
    ),
];

#[test]
fn rows_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
