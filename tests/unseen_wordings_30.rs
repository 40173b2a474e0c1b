//! A thirtieth blind table, for issue 17: an honest estimate of main as it
//! is on text nobody tuned on. Set BK: 72 texts in our own words, in the
//! style of the held-out set (about a third headlines, some in title case,
//! the rest one-sentence news items), 60 of them spread over the types in
//! rough news proportion (role 12, attack 12, supply 10, sanction 8,
//! support 6, accuse 5, use 4, train 3, with the secondary relations a
//! sentence also states, some of them optional) and every factuality
//! (asserted, negated, denied, alleged, uncertain), about real actors and
//! weapons of 2015-2024; and 12 traps, the relations' words in other
//! senses or no relation at all (a film role, a minister who attacked a
//! plan, a free kick fired, a heatwave that strikes, memory chips shipped,
//! a loan sanctioned, a car maker that supports a standard, reserves used,
//! a coach who trained his players, an assistant deployed, orders for
//! ammunition, grain trucks blocked).
//!
//! Written, and its gold committed (cb753c8), before the engine ran on
//! it; scored once on main as it was (ba427c3), with
//! `target/release/examples/evaluate tests/unseen_wordings_30.bk.gold.jsonl`.
//! Nothing in the engine was changed after that run, and no gold was
//! mended (no slip of the gold was found among the errors):
//!
//! | type     | tp | fp | fn | P     | R     | F1    |
//! | -------- | -- | -- | -- | ----- | ----- | ----- |
//! | accuse   |  5 |  0 |  0 | 1.000 | 1.000 | 1.000 |
//! | attack   | 10 |  1 |  5 | 0.909 | 0.667 | 0.769 |
//! | role     | 11 |  0 |  1 | 1.000 | 0.917 | 0.957 |
//! | sanction |  7 |  0 |  1 | 1.000 | 0.875 | 0.933 |
//! | supply   | 10 |  0 |  2 | 1.000 | 0.833 | 0.909 |
//! | support  |  5 |  0 |  2 | 1.000 | 0.714 | 0.833 |
//! | train    |  3 |  0 |  0 | 1.000 | 1.000 | 1.000 |
//! | use      |  6 |  0 |  0 | 1.000 | 1.000 | 1.000 |
//! | micro    | 57 |  1 | 11 | 0.983 | 0.838 | 0.905 |
//!
//! Factuality accuracy 1.000 (57/57), optional roles 1.000 (24/24); supply
//! F1 0.909. No trap gave a relation. Against the bar of issue 17 (micro F1
//! at least 0.75 with precision at least 0.85, supply F1 at least 0.85,
//! factuality at least 0.85) every figure passes on this set; recall is
//! what is short, mostly of attack.
//!
//! One gold factuality was changed after the score, by a convention, not
//! a slip: the Kenyan military's report of Al-Shabab's attack on its base
//! is alleged since reading 38 (`tests/reading_errors_38.rs`), as dev's
//! gold reads a side's report of what its enemy did to it.
//!
//! The errors, by kind, most frequent first (each row still missed is in
//! `KNOWN_MISSES` or `KNOWN_FALSE_POSITIVES` below). After the fixes of
//! x50 (tests/unseen_wordings_31.rs) the same evaluation gives P 0.985,
//! R 0.971 (66 tp, 1 fp, 2 fn: Kurdish Militia, and Syria as the one
//! helped):
//! - 4 misses of an attack noun whose attacker stands outside its noun
//!   phrase: the subject of a light verb ("launched a military operation
//!   against", found since: `attack/frame-military-operation`), of a verb
//!   of joining ("have not joined the attack on", found since: `join` in
//!   `light_verb`), of a verb of denial ("Ukraine denies drone attack on
//!   Kremlin", found since: a verb of denying or admitting lends its
//!   subject to the deed its object names, `light_verb` in
//!   `rules/grammar.rules`), or of the clause the noun sits in ("Hamas
//!   gunmen killed ... in the October 7 assault on southern Israel",
//!   found since: a month and its day modify the noun after them in a
//!   noun phrase).
//! - 2 misses of support by a noun: "Pledges Continued Support for
//!   Ukraine" (the pledger is the supporter of the noun; found since: a
//!   light verb in -s after a name, before a participle and a noun, is a
//!   verb), and an event noun as subject ("Russia's military intervention
//!   ... helped Bashar al-Assad's government survive": the event's owner
//!   is the helper; found since, `support/frame-deed-helped`, but with
//!   Assad, the optional reading, as the one helped).
//! - 2 misses of supply in a noun phrase: a compound participle adjective
//!   ("U.S.-supplied ATACMS missiles" used by Ukraine; found since:
//!   `supply/frame-used-supplied`), and a recipient inside "to more than
//!   30 countries, including Poland" (found since: "to" before "more than
//!   30" stays a preposition, and a comma may come before "including" in
//!   the examples a common noun gives).
//! - 1 miss of role: an appointment ("names X as Ukraine's new army
//!   chief"), the title after "as" with its country as possessor (found
//!   since: `role/appointed-owner-country`).
//! - 1 miss of sanction: "listed ... as a terrorist entity" is no sanction
//!   verb the rules know (found since: `sanction/frame-listed-as`).
//! - 1 miss of an entity: an armed group named by an ethnic adjective and
//!   a group noun ("Kurdish Militia"); the shelling is read as of Syria,
//!   the place after "in" (the gold's optional reading).
//! - 1 false positive: a duplicate, one attack per item of a coordinated
//!   list ("fired more than 300 drones and missiles at Israel" gives the
//!   attack of Iran on Israel twice, with drones and with missiles; the
//!   evaluator counts the second as a false positive).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{extra_relations, failures, stale_misses, unexpected_relations};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`. Written before the engine ran on it; the
/// gold is `tests/unseen_wordings_30.bk.gold.jsonl`.
const SET_BK: &[(&str, &[&str])] = &[
    (
        "Pentagon chief Lloyd Austin lands in Kyiv for unannounced visit",
        &["role person=Lloyd Austin organization=Pentagon asserted"],
    ),
    (
        "Turkish Foreign Minister Mevlut Cavusoglu said on Tuesday that Ankara would not block the agreement.",
        &["role person=Mevlut Cavusoglu organization=TUR asserted"],
    ),
    (
        "Jens Stoltenberg, the secretary general of NATO, told reporters in Brussels that allies must produce more artillery shells.",
        &["role person=Jens Stoltenberg organization=NATO asserted"],
    ),
    (
        "Wagner Chief Yevgeny Prigozhin Says His Fighters Will Pull Out of Bakhmut",
        &["role person=Yevgeny Prigozhin organization=Wagner asserted"],
    ),
    (
        "The head of the International Atomic Energy Agency, Rafael Grossi, visited the Zaporizhzhia plant on Thursday.",
        &["role person=Rafael Grossi organization=International Atomic Energy Agency asserted"],
    ),
    (
        "Ali Khamenei, Iran's supreme leader, praised the country's missile forces in a speech on Wednesday.",
        &["role person=Ali Khamenei organization=IRN asserted"],
    ),
    (
        "Hamas political chief Ismail Haniyeh killed in Tehran",
        &["role person=Ismail Haniyeh organization=Hamas asserted"],
    ),
    (
        "Mohammed bin Salman, Saudi Arabia's crown prince, hosted the Chinese delegation in Riyadh on Sunday.",
        &["role person=Mohammed bin Salman organization=SAU asserted"],
    ),
    (
        "Kremlin spokesman Dmitry Peskov dismisses report of rift with Beijing",
        &["role person=Dmitry Peskov organization=RUS asserted"],
    ),
    (
        "Lockheed Martin chief executive Jim Taiclet said demand for the F-35 remained strong across Europe.",
        &["role person=Jim Taiclet organization=Lockheed Martin asserted"],
    ),
    (
        "Houthi spokesman Yahya Saree said the group had targeted a cargo ship in the Red Sea.",
        &["role person=Yahya Saree organization=Houthi asserted"],
    ),
    (
        "Zelensky names Oleksandr Syrskyi as Ukraine's new army chief",
        &["role person=Oleksandr Syrskyi organization=UKR asserted"],
    ),
    (
        "Russian missiles pound Ukrainian power grid overnight",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Israel's air force hit a Hezbollah weapons depot near Baalbek early on Tuesday, the military said.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "Azerbaijan launched a military operation against ethnic Armenian forces in Nagorno-Karabakh in September 2023.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Ukraine denies drone attack on Kremlin",
        &["attack attacker=UKR target=RUS denied"],
    ),
    (
        "Russia may be preparing a fresh offensive against Ukraine in the spring, Ukrainian military intelligence warned.",
        &["attack attacker=RUS target=UKR uncertain"],
    ),
    (
        "Al-Shabab fighters attacked a Kenyan army base in Lamu county on Sunday, the Kenyan military said.",
        // (Written as asserted; alleged since reading 38, as dev's gold
        // reads a side's report of what its enemy did to it.)
        &["attack attacker=Al-Shabab target=KEN alleged"],
    ),
    (
        "The United States and Britain carried out strikes on Houthi targets in Yemen on Thursday in response to attacks on shipping.",
        &["attack attacker=USA target=Houthi asserted", "attack attacker=GBR target=Houthi asserted"],
    ),
    (
        "Hamas gunmen killed hundreds of Israelis in the October 7 assault on southern Israel.",
        &["attack attacker=Hamas target=ISR asserted"],
    ),
    (
        "Turkey Shells Kurdish Militia Positions in Northern Syria",
        &["attack attacker=TUR target=Kurdish Militia asserted"],
    ),
    (
        "Iran fired more than 300 drones and missiles at Israel in April 2024, its first direct attack on Israeli territory.",
        &["attack attacker=IRN target=ISR asserted", "use user=IRN item=drone target=ISR asserted", "use user=IRN item=missile target=ISR asserted"],
    ),
    (
        "Belarusian troops have not joined the attack on Ukraine so far, officials in Kyiv say.",
        &["attack attacker=BLR target=UKR negated"],
    ),
    (
        "Sudan's army bombed positions of the Rapid Support Forces in Khartoum on Sunday, witnesses said.",
        &["attack attacker=SDN target=Rapid Support Forces asserted"],
    ),
    (
        "Germany Delivers Patriot Air Defence System to Ukraine",
        &["supply supplier=DEU recipient=UKR item=Patriot asserted"],
    ),
    (
        "Iran has delivered hundreds of Shahed drones to Russia since 2022, U.S. officials say.",
        &["supply supplier=IRN recipient=RUS item=drone asserted"],
    ),
    (
        "Tehran has denied sending ballistic missiles to Russia for use in Ukraine.",
        &["supply supplier=IRN recipient=RUS item=missile denied"],
    ),
    (
        "India bought five S-400 air defence systems from Russia in a $5.4 billion deal.",
        &["supply supplier=RUS recipient=IND item=S-400 asserted"],
    ),
    (
        "North Korea shipped artillery shells to Russia, South Korea says",
        &["supply supplier=PRK recipient=RUS item=ammunition asserted"],
    ),
    (
        "Britain will supply Ukraine with Storm Shadow cruise missiles, the defence secretary announced on Thursday.",
        &["supply supplier=GBR recipient=UKR item=Storm Shadow uncertain"],
    ),
    (
        "Israel has refused to sell its Iron Dome system to Kyiv despite repeated requests.",
        &["supply supplier=ISR recipient=UKR item=Iron Dome negated"],
    ),
    (
        "Turkish drone maker Baykar has exported its Bayraktar TB2 to more than 30 countries, including Poland.",
        &["supply supplier=Baykar recipient=POL item=Bayraktar TB2 asserted"],
    ),
    (
        "Russia may be buying rockets from North Korea, White House says",
        &["supply supplier=PRK recipient=RUS item=missile uncertain"],
    ),
    (
        "Denmark delivered its first F-16 fighter jets to Ukraine in the summer of 2024.",
        &["supply supplier=DNK recipient=UKR item=F-16 asserted"],
    ),
    (
        "US sanctions Chinese firms over support for Russia's war",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "The European Union adopted its twelfth package of sanctions against Russia in December 2023.",
        &["sanction sanctioner=European Union target=RUS asserted"],
    ),
    (
        "Britain froze the assets of Russian billionaire Roman Abramovich in March 2022.",
        &["sanction sanctioner=GBR target=Roman Abramovich asserted"],
    ),
    (
        "Washington is considering sanctions on Israeli army units accused of abuses in the West Bank.",
        &["sanction sanctioner=USA target=ISR uncertain"],
    ),
    (
        "Japan imposes export ban on Russian military firms",
        &["sanction sanctioner=JPN target=RUS asserted"],
    ),
    (
        "The U.N. Security Council did not renew sanctions on Mali after Russia vetoed the resolution.",
        &["sanction sanctioner=Security Council target=MLI negated"],
    ),
    (
        "Canada listed Iran's Revolutionary Guards as a terrorist entity in June 2024.",
        &["sanction sanctioner=CAN target=Revolutionary Guards asserted"],
    ),
    (
        "Treasury Targets Houthi Financial Network With New Sanctions",
        &["sanction sanctioner=Treasury target=Houthi asserted"],
    ),
    (
        "Iran has long backed Hezbollah with money and weapons.",
        &["support supporter=IRN supported=Hezbollah asserted"],
    ),
    (
        "Biden Pledges Continued Support for Ukraine",
        &["support supporter=Biden supported=UKR uncertain"],
    ),
    (
        "Russia's military intervention in 2015 helped Bashar al-Assad's government survive the civil war.",
        &["support supporter=RUS supported=SYR asserted"],
    ),
    (
        "Rwanda denies supporting M23 rebels in eastern Congo",
        &["support supporter=RWA supported=M23 denied"],
    ),
    (
        "Washington provided intelligence to help Kyiv locate Russian command posts, officials said.",
        &["support supporter=USA supported=UKR asserted"],
    ),
    (
        "Qatar has funded the Hamas government in Gaza for years, Israeli officials say.",
        &["support supporter=QAT supported=Hamas asserted"],
    ),
    (
        "Moscow accused Kyiv of shelling a market in Donetsk, an allegation Ukraine rejected.",
        &["accuse accuser=RUS accused=UKR asserted"],
    ),
    (
        "Seoul Accuses Pyongyang of Jamming GPS Signals",
        &["accuse accuser=KOR accused=PRK asserted"],
    ),
    (
        "Azerbaijan blamed Armenia for the deaths of two soldiers in a border clash on Monday.",
        &["accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "Israel accused Iran of supplying the Houthis with the missiles fired at Eilat.",
        &["accuse accuser=ISR accused=IRN asserted", "supply supplier=IRN recipient=Houthis item=missile alleged"],
    ),
    (
        "Washington has repeatedly accused Beijing of helping Moscow rebuild its defence industry.",
        &["accuse accuser=USA accused=CHN asserted", "support supporter=CHN supported=RUS alleged"],
    ),
    (
        "North Korea fires ballistic missile toward Japan",
        &["use user=PRK item=missile asserted"],
    ),
    (
        "Ukraine used U.S.-supplied ATACMS missiles to hit Russian airfields for the first time in October 2023.",
        &["use user=UKR item=ATACMS asserted", "attack attacker=UKR target=RUS asserted", "supply supplier=USA recipient=UKR item=ATACMS asserted"],
    ),
    (
        "Russian forces have deployed glide bombs against Ukrainian front-line positions, the general staff said.",
        &["use user=RUS item=ammunition target=UKR asserted", "attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Syria Denies Using Chemical Weapons in Douma",
        &["use user=SYR item=Chemical Weapons denied"],
    ),
    (
        "British instructors have trained thousands of Ukrainian recruits under Operation Interflex.",
        &["train trainer=GBR trainee=UKR asserted"],
    ),
    (
        "US to train Ukrainian pilots on F-16s in Arizona",
        &["train trainer=USA trainee=UKR uncertain"],
    ),
    (
        "Russian Wagner fighters have trained government troops in Mali since 2021.",
        &["train trainer=Wagner trainee=MLI asserted"],
    ),
    (
        "Actor Cillian Murphy Lands Role in New War Drama",
        &[],
    ),
    (
        "Germany's health minister attacked the opposition's plan to cut hospital funding.",
        &[],
    ),
    (
        "Lionel Messi fired a free kick past the French goalkeeper in the second half.",
        &[],
    ),
    (
        "Shares in Rheinmetall jumped after the company reported record orders for ammunition.",
        &[],
    ),
    (
        "Heatwave Strikes Southern Europe as Temperatures Top 45C",
        &[],
    ),
    (
        "South Korea shipped record volumes of memory chips to China last year.",
        &[],
    ),
    (
        "The bank sanctioned a loan of $40 million to a Kenyan farmers' cooperative.",
        &[],
    ),
    (
        "Tesla supports the new charging standard adopted by Ford.",
        &[],
    ),
    (
        "Russia's central bank used its reserves to prop up the rouble in August.",
        &[],
    ),
    (
        "The coach trained his players hard before the match against Italy.",
        &[],
    ),
    (
        "Polish farmers blocked grain trucks from Ukraine at the border crossing.",
        &[],
    ),
    (
        "Microsoft Deploys AI Assistant Across Office Apps",
        &[],
    ),
];

/// The gold's optional relations of the rows above (readings that may be
/// given or not: a second target, a use inside an attack, a reading inside
/// an accusation or denial).
const OPTIONAL_BK: &[(&str, &[&str])] = &[
    (
        "Zelensky names Oleksandr Syrskyi as Ukraine's new army chief",
        &["role person=Zelensky organization=UKR asserted"],
    ),
    (
        "Russian missiles pound Ukrainian power grid overnight",
        &["use user=RUS item=missile asserted"],
    ),
    (
        "Ukraine denies drone attack on Kremlin",
        &["use user=UKR item=drone denied"],
    ),
    (
        "The United States and Britain carried out strikes on Houthi targets in Yemen on Thursday in response to attacks on shipping.",
        &["attack attacker=USA target=YEM asserted", "attack attacker=GBR target=YEM asserted"],
    ),
    (
        "Turkey Shells Kurdish Militia Positions in Northern Syria",
        &["attack attacker=TUR target=SYR asserted"],
    ),
    (
        "Tehran has denied sending ballistic missiles to Russia for use in Ukraine.",
        &["use user=RUS item=missile denied"],
    ),
    (
        "US sanctions Chinese firms over support for Russia's war",
        &["support supporter=CHN supported=RUS alleged"],
    ),
    (
        "Iran has long backed Hezbollah with money and weapons.",
        &["supply supplier=IRN recipient=Hezbollah item=weapon asserted"],
    ),
    (
        "Russia's military intervention in 2015 helped Bashar al-Assad's government survive the civil war.",
        &["support supporter=RUS supported=Bashar al-Assad asserted"],
    ),
    (
        "Moscow accused Kyiv of shelling a market in Donetsk, an allegation Ukraine rejected.",
        &["attack attacker=UKR target=Donetsk alleged"],
    ),
    (
        "Azerbaijan blamed Armenia for the deaths of two soldiers in a border clash on Monday.",
        &["attack attacker=ARM target=AZE alleged"],
    ),
    (
        "Israel accused Iran of supplying the Houthis with the missiles fired at Eilat.",
        &["use user=Houthis item=missile alleged"],
    ),
    (
        "North Korea fires ballistic missile toward Japan",
        &["attack attacker=PRK target=JPN asserted"],
    ),
    (
        "Russian Wagner fighters have trained government troops in Mali since 2021.",
        &["train trainer=RUS trainee=MLI asserted"],
    ),
];

/// Relations the engine misses on the blind run, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // an armed group named by an ethnic adjective and a group noun
    // ("Kurdish Militia") is no entity
    (
        "Turkey Shells Kurdish Militia Positions in Northern Syria",
        "attack attacker=TUR target=Kurdish Militia asserted",
    ),
    // an event noun as the subject of "helped": its owner is the helper
    // (found since: `support/frame-deed-helped`; but "Bashar al-Assad's
    // government" stands for Assad, `led_by_person`, the gold's optional
    // reading, not for Syria)
    (
        "Russia's military intervention in 2015 helped Bashar al-Assad's government survive the civil war.",
        "support supporter=RUS supported=SYR asserted",
    ),
];

/// Relations the engine gives on the blind run that the gold does not
/// have (required or optional), with why.
const KNOWN_FALSE_POSITIVES: &[(&str, &str)] = &[
    // one attack per item of a coordinated list: the second is a duplicate
    (
        "Iran fired more than 300 drones and missiles at Israel in April 2024, its first direct attack on Israeli territory.",
        "attack attacker=IRN target=ISR item=missile asserted",
    ),
];

#[test]
fn set_bk_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BK, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BK], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn no_relation_beyond_the_gold_but_the_known_false_positives() {
    let ex = Extractor::default();
    let extra = extra_relations(&ex, SET_BK, OPTIONAL_BK);
    let wrong = unexpected_relations(&extra, KNOWN_FALSE_POSITIVES);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
