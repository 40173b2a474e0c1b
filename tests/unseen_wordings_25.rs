//! A twenty-fifth blind table, of every relation type in wire copy, for
//! issue 17: the kinds the twenty-fourth table's set BD and BE left missed,
//! in new wordings: a vehicle of transport that carries weapons to a
//! country ("Dutch navy ships ferrying artillery shells to Ukraine"), a time
//! phrase with a year or a month and year before a purpose infinitive ("in
//! June 2021 to help"), a time phrase between a modal and its verb ("will
//! later this month approve", "would in the coming weeks ship"), a country
//! after "across" or "throughout" after the sites struck, a nationality and
//! an armed group word before a post ("Iraqi militia leader"), a strike
//! inside a "with" phrase of a clause ("sent Washington a warning with
//! Sunday's raids on PKK positions"); with plain rows of the other types,
//! and traps in other senses (ships carrying tulip bulbs, trains carrying
//! passengers, a coach's message with a win, an orchestra's concerts
//! across Germany).
//!
//! Set BF (20 texts, 4 traps) was written, and its gold committed, before
//! the engine ran on it, and scored once on the main as it was (bd51054):
//! micro P 0.857, R 0.545, F1 0.667, factuality 1.000. Of its two false
//! positives one is right (Israeli warplanes that struck are Israel's use of
//! them, which the gold left out) and one is wrong (military advisers sent
//! "to help the Malian army fight" read as training). No trap gave a
//! relation. After the changes (a year or a month and year before a purpose
//! infinitive, a time phrase between a modal and its verb, "across" and
//! "throughout" after the sites struck, a vehicle carrying weapons, a
//! nationality's armed group before a post, a strike in a "with" phrase of
//! a message): P 0.895, R 0.773, F1 0.829, factuality 1.000; the misses
//! left are in `KNOWN_MISSES`. Later (x47): advisers sent to a state are
//! no trainers (the false positive above), P 0.944, R 0.773, F1 0.850; a
//! gerund after a bare time phrase ("have spent the past year training")
//! is done by the subject of the verb before it: P 0.947, R 0.818, F1 0.878.
//!
//! Scores: target/release/examples/evaluate on
//! `tests/unseen_wordings_25.bf.gold.jsonl`.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`. Written before the engine ran on it.
const SET_BF: &[(&str, &[&str])] = &[
    (
        "OTTAWA (Reuters) - Dutch navy ships ferrying artillery shells to Ukraine docked in the Polish port of Gdansk on Thursday, the Dutch defence ministry said.",
        &["supply supplier=NLD recipient=UKR asserted"],
    ),
    (
        "BEIRUT - Qatar gave Lebanon $60 million in 2022 to help the Lebanese army pay its soldiers' salaries, the Lebanese government said.",
        &["support supporter=QAT supported=LBN asserted"],
    ),
    (
        "BRUSSELS - European Union foreign ministers will later this month approve new sanctions on Belarus over the migrant crisis, diplomats said on Tuesday.",
        &["sanction sanctioner=European Union target=BLR uncertain"],
    ),
    (
        "KYIV (AP) - Russian forces shelled apartment blocks across Ukraine on Saturday, killing at least 12 civilians, regional governors said.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "BAGHDAD, May 4 (Reuters) - Iraqi militia leader Qais al-Khazali said on Monday that his men would not disarm while American troops stayed in the country.",
        &["role person=Qais al-Khazali organization=Iraqi militia asserted"],
    ),
    (
        "ANKARA - Turkey sent Washington a blunt warning with Sunday's raids on PKK positions in northern Iraq, a Turkish official said.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "TEHRAN - Iran on Tuesday accused Israel of sabotaging its Natanz nuclear facility, state television reported.",
        &["accuse accuser=IRN accused=ISR asserted"],
    ),
    (
        "NAIROBI - British army instructors have spent the past year training Kenyan soldiers at a camp north of the capital, the British High Commission said.",
        &["train trainer=GBR trainee=KEN asserted"],
    ),
    (
        "SANAA (AFP) - Houthi fighters fired a Scud missile at Riyadh late on Saturday, the Saudi-led coalition said.",
        &["use user=Houthi item=Scud alleged", "attack attacker=Houthi target=SAU alleged"],
    ),
    (
        "KYIV - Iranian transport flights carrying Shahed drones to Russia have landed at an air base in Crimea since August, Ukrainian intelligence said.",
        &["supply supplier=IRN recipient=RUS asserted"],
    ),
    (
        "LONDON - Britain froze the assets of five Russian banks on Thursday over the invasion of Ukraine, the finance ministry said.",
        &["sanction sanctioner=GBR target=RUS asserted"],
    ),
    (
        "PARIS - France will next year send 200 military advisers to Mali to help the Malian army fight jihadist groups, the defence ministry said.",
        &["support supporter=FRA supported=MLI uncertain"],
    ),
    (
        "GAZA (Reuters) - Israeli warplanes struck Hamas positions in the Gaza Strip early on Sunday, the Israeli army said.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "BERLIN - Germany would in the coming weeks ship another 20 Marder fighting vehicles to Ukraine, a government spokesman said on Monday.",
        &["supply supplier=DEU recipient=UKR uncertain"],
    ),
    (
        "SEOUL (Yonhap) - North Korea's state news agency on Sunday accused South Korea of flying propaganda balloons across the border.",
        &["accuse accuser=PRK accused=KOR asserted"],
    ),
    (
        "KYIV - Ukrainian troops have used HIMARS rocket launchers to strike Russian ammunition depots behind the front line, a Ukrainian commander said.",
        &["use user=UKR item=HIMARS asserted", "attack attacker=UKR target=RUS asserted"],
    ),
    (
        "ABUJA - The World Bank lent Nigeria $750 million in June 2021 to help the government expand access to electricity, the bank said.",
        &["support supporter=World Bank supported=NGA asserted"],
    ),
    (
        "TOKYO - Japan on Friday added 20 Russian entities to its export blacklist over the war in Ukraine, the trade ministry said.",
        &["sanction sanctioner=JPN target=RUS asserted"],
    ),
    (
        "N'DJAMENA - Chadian rebel chief Mahamat Mahdi Ali told reporters on Wednesday that his fighters were ready to march on the capital.",
        &["role person=Mahamat Mahdi Ali organization=Chadian rebel asserted"],
    ),
    (
        "DAMASCUS - Russian jets bombed hospitals throughout Syria last month, a rights group said in a report on Tuesday.",
        &["attack attacker=RUS target=SYR asserted"],
    ),
    (
        "ROTTERDAM - Dutch cargo ships carrying tulip bulbs to Japan were held up by a storm in the North Sea, the port authority said.",
        &[],
    ),
    (
        "MADRID - Spanish trains carrying passengers to France were cancelled on Friday during a strike by French rail workers, the operator said.",
        &[],
    ),
    (
        "PARIS - The coach sent his players a clear message with Saturday's win over Lyon, local newspapers said.",
        &[],
    ),
    (
        "VIENNA - The orchestra will next month play concerts across Germany, its manager said.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "Dutch navy ships" is a weapon mention (warships), whose country adjective is its origin;
    // a weapon as a carrier stands for no supplier
    (
        "OTTAWA (Reuters) - Dutch navy ships ferrying artillery shells to Ukraine docked in the Polish port of Gdansk on Thursday, the Dutch defence ministry said.",
        "supply supplier=NLD recipient=UKR asserted",
    ),
    // "warning" is a cue of threat: the strike after "with" is read as uncertain, so frame-message-with takes no "warning"
    (
        "ANKARA - Turkey sent Washington a blunt warning with Sunday's raids on PKK positions in northern Iraq, a Turkish official said.",
        "attack attacker=TUR target=PKK asserted",
    ),
    // "North Korea's state news agency on Sunday accused": the agency stands for no accuser
    (
        "SEOUL (Yonhap) - North Korea's state news agency on Sunday accused South Korea of flying propaganda balloons across the border.",
        "accuse accuser=PRK accused=KOR asserted",
    ),
    // "help the government expand": "the government" names no country; the one lent to is not read as it
    (
        "ABUJA - The World Bank lent Nigeria $750 million in June 2021 to help the government expand access to electricity, the bank said.",
        "support supporter=World Bank supported=NGA asserted",
    ),
];

#[test]
fn set_bf_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BF, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BF], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
