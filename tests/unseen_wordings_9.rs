//! A ninth blind table, of sanctions, uses, posts, support and blame in
//! the wordings of headlines and wire news: sanctions widened, an asset
//! freeze ordered, a country "hit with" sanctions in a headline's bare
//! passive, firms put on a trade blacklist, a department or a visa rule as
//! the sanctioner; weapons relied on, made heavy use of, armed with; a post
//! given by "was named NATO secretary general", "sworn in as", "steps down
//! as", "re-elected as", a title after a possessive ("the UN's human
//! rights chief"); "stands with", "sides with", "offers full backing",
//! "-backed"; blame by "charged that", "points finger at", "holds ...
//! responsible"; with traps where these words have another sense (a club
//! sanctioned by its league, used cars, a film role, a bill backed, the
//! Treasury's inflation target, a murder charge, a coach fired, shoes worn
//! to run, a referee's card, a player named man of the match). Written in
//! two sets before the engine was run on them: set Q (50 sentences: 38
//! with events, 12 traps) was scored before the changes it led to; set R
//! (25 sentences: 18 and 7) was written after them, with new wordings, and
//! scored once. Every relation the engine finds is asserted; the ones it
//! still misses are listed in `KNOWN_MISSES`, and asserted to be missed.
//! (Relations the engine gives beyond the gold are not asserted against:
//! an attack on a city, a class word beside a system's name.)
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_9.q.gold.jsonl` and `.r.gold.jsonl`):
//! set Q before: sanction R 0.500, role R 0.500, support R 0.800, use P
//! 0.778 R 0.778, accuse 1.000, micro P 0.897 R 0.634 F1 0.743,
//! factuality 1.000; no trap gave a relation;
//! set Q after: sanction R 0.750, role R 0.900, support 1.000, use P 0.778
//! R 0.778, micro P 0.919 R 0.829 F1 0.872, factuality 1.000;
//! set R (once, after): sanction, use, support, accuse 1.000, role R
//! 0.667, micro P 0.950 R 0.950 F1 0.950 (the one false positive an
//! attack on a city), factuality 1.000; no trap gave a relation.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_Q: &[(&str, &[&str])] = &[
    (
        "Britain widens Iran sanctions to cover drone parts makers",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "US blacklists Chinese firms over support for Russian military",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "Treasury targets Hezbollah financiers in Lebanon",
        &["sanction sanctioner=Treasury target=Hezbollah asserted"],
    ),
    (
        "Iran hit with new British sanctions over drone transfers",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "Sanctions on Syria extended by EU for another year",
        &["sanction sanctioner=EU target=SYR asserted"],
    ),
    (
        "Canada orders asset freeze on Myanmar generals",
        &["sanction sanctioner=CAN target=MMR asserted"],
    ),
    (
        "Nicaraguan officials barred from entering US under new visa restrictions",
        &["sanction sanctioner=USA target=NIC asserted"],
    ),
    (
        "US puts Chinese chipmakers on trade blacklist",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "Washington lifts sanctions on Venezuelan state oil company",
        &["sanction sanctioner=USA target=VEN asserted"],
    ),
    (
        "OFAC designates six Houthi procurement agents",
        &["sanction sanctioner=OFAC target=Houthi asserted"],
    ),
    (
        "Japan freezes assets of Russian oligarchs linked to the Kremlin",
        &["sanction sanctioner=JPN target=RUS asserted"],
    ),
    (
        "Britain sanctions Wagner chief Yevgeny Prigozhin",
        &[
            "sanction sanctioner=GBR target=Yevgeny Prigozhin asserted",
            "role person=Yevgeny Prigozhin organization=Wagner asserted",
        ],
    ),
    (
        "Russia used glide bombs to attack Kharkiv overnight",
        &["use user=RUS item=ammunition asserted"],
    ),
    (
        "Russian forces fired Kalibr missiles at Ukrainian ports",
        &[
            "use user=RUS item=Kalibr asserted",
            "attack attacker=RUS target=UKR asserted",
        ],
    ),
    (
        "Moscow deployed Shahed drones against Ukraine's power grid",
        &["use user=RUS item=Shahed asserted"],
    ),
    (
        "Amnesty condemns Syria's use of cluster munitions in Idlib",
        &["use user=SYR item=ammunition asserted"],
    ),
    (
        "Houthi rebels armed with Iranian-made drones threaten Red Sea shipping",
        &["use user=Houthi item=drone asserted"],
    ),
    (
        "The Ethiopian military relied on Turkish-built Bayraktar drones in Tigray",
        &["use user=ETH item=Bayraktar asserted"],
    ),
    (
        "North Korean troops in Kursk are using artillery shells supplied by Moscow",
        &[
            "use user=PRK item=ammunition asserted",
            "supply supplier=RUS recipient=PRK item=ammunition asserted",
        ],
    ),
    (
        "Azerbaijani forces made heavy use of Israeli loitering munitions during the offensive",
        &["use user=AZE item=drone asserted"],
    ),
    (
        "The Taliban have been using American rifles left behind in 2021",
        &["use user=Taliban item=small_arms asserted"],
    ),
    (
        "Ukraine's new army chief Oleksandr Syrskyi vows to hold the line",
        &["role person=Oleksandr Syrskyi organization=UKR asserted"],
    ),
    (
        "Kaja Kallas, who heads the EU's foreign service, visited Kyiv on Monday",
        &["role person=Kaja Kallas organization=EU asserted"],
    ),
    (
        "Mark Rutte was named NATO secretary general on Wednesday",
        &["role person=Mark Rutte organization=NATO asserted"],
    ),
    (
        "Former Colombian president Ivan Duque criticised the peace deal",
        &["role person=Ivan Duque organization=COL asserted"],
    ),
    (
        "Volker Turk, the UN's human rights chief, called for an inquiry",
        &["role person=Volker Turk organization=UN asserted"],
    ),
    (
        "Sergei Shoigu steps down as Russia's defence minister",
        &["role person=Sergei Shoigu organization=RUS asserted"],
    ),
    (
        "Pete Hegseth sworn in as US defense secretary",
        &["role person=Pete Hegseth organization=USA asserted"],
    ),
    (
        "Iran names Abbas Araghchi as foreign minister",
        &["role person=Abbas Araghchi organization=IRN asserted"],
    ),
    (
        "Jens Stoltenberg, NATO's outgoing chief, warned allies against complacency",
        &["role person=Jens Stoltenberg organization=NATO asserted"],
    ),
    (
        "Germany voices support for Moldova's bid to join the EU",
        &["support supporter=DEU supported=MDA asserted"],
    ),
    (
        "Poland stands with Ukraine, Warsaw says",
        &["support supporter=POL supported=UKR asserted"],
    ),
    (
        "Rwanda-backed M23 rebels seize another town in eastern Congo",
        &["support supporter=RWA supported=M23 asserted"],
    ),
    (
        "Turkey sides with Azerbaijan in border dispute",
        &["support supporter=TUR supported=AZE asserted"],
    ),
    (
        "Egypt offers full backing to Sudan's army chief",
        &["support supporter=EGY supported=SDN asserted"],
    ),
    (
        "Kyiv blames Moscow for deadly strike on Sumy",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Armenia charged that Azerbaijan had violated the ceasefire",
        &["accuse accuser=ARM accused=AZE asserted"],
    ),
    (
        "Seoul accuses Pyongyang of sending troops to Russia",
        &["accuse accuser=KOR accused=PRK asserted"],
    ),
    (
        "Chelsea were sanctioned by the league for fielding an ineligible player",
        &[],
    ),
    ("Used car sales in Germany rose 4 percent in March", &[]),
    (
        "Cate Blanchett plays the role of a Ukrainian diplomat in the new film",
        &[],
    ),
    ("Most Canadian senators back the bill on arms exports", &[]),
    (
        "The Treasury targets inflation of 2 percent, Britain's finance minister said",
        &[],
    ),
    ("A Nigerian man was charged with murder in London on Friday", &[]),
    ("Colombian coffee growers face a ban on pesticide imports", &[]),
    (
        "Brazil used its final substitution in the 80th minute against Argentina",
        &[],
    ),
    ("France blamed the weather for a poor wheat harvest", &[]),
    (
        "Italian fans stood with their team after the defeat to Spain",
        &[],
    ),
    ("Mexico fired its coach after the loss to the United States", &[]),
    (
        "Kenyan runners were armed with new shoes for the Berlin marathon",
        &[],
    ),
];

/// Written after the changes, scored once.
const SET_R: &[(&str, &[&str])] = &[
    (
        "Myanmar junta leaders hit with fresh Australian travel bans",
        &["sanction sanctioner=AUS target=MMR asserted"],
    ),
    (
        "Canada expands sanctions list to include Russian steelmakers",
        &["sanction sanctioner=CAN target=RUS asserted"],
    ),
    (
        "Britain freezes the UK assets of two Iranian banks",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "New US sanctions target Venezuelan gold sector",
        &["sanction sanctioner=USA target=VEN asserted"],
    ),
    (
        "South Korea tightens North Korea sanctions after missile launch",
        &["sanction sanctioner=KOR target=PRK asserted"],
    ),
    (
        "Sudanese paramilitary commander sanctioned by Britain",
        &["sanction sanctioner=GBR target=SDN asserted"],
    ),
    (
        "Sudan's army has been using Iranian drones around Khartoum",
        &["use user=SDN item=drone asserted"],
    ),
    (
        "Russia launched Iskander missiles at Odesa overnight",
        &["use user=RUS item=Iskander asserted"],
    ),
    (
        "Hamas fighters fired anti-tank missiles at Israeli soldiers",
        &[
            "use user=Hamas item=missile asserted",
            "attack attacker=Hamas target=ISR asserted",
        ],
    ),
    (
        "Pakistan accused India of using drones to strike Punjab",
        &[
            "accuse accuser=PAK accused=IND asserted",
            "use user=IND item=drone alleged",
        ],
    ),
    (
        "Former NATO commander Wesley Clark backs the plan",
        &["role person=Wesley Clark organization=NATO asserted"],
    ),
    (
        "Kenya's new police chief Douglas Kanja took office on Tuesday",
        &["role person=Douglas Kanja organization=KEN asserted"],
    ),
    (
        "Ursula von der Leyen re-elected as European Commission president",
        &["role person=Ursula von der Leyen organization=European Commission asserted"],
    ),
    (
        "Hungary refuses to back Ukraine's bid to join NATO",
        &["support supporter=HUN supported=UKR negated"],
    ),
    (
        "Iran-backed Houthis claim attack on cargo ship",
        &["support supporter=IRN supported=Houthis asserted"],
    ),
    (
        "Saudi Arabia reaffirms its support for Lebanon's army",
        &["support supporter=SAU supported=LBN asserted"],
    ),
    (
        "Azerbaijan points finger at Armenia over border shooting",
        &["accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "Israel holds Hamas responsible for the killing of hostages",
        &["accuse accuser=ISR accused=Hamas asserted"],
    ),
    ("The referee sanctioned Uruguay's captain with a yellow card", &[]),
    ("Argentina backs up its claim with new data on inflation", &[]),
    ("Hospitals used drones to deliver blood in Rwanda", &[]),
    ("Japan's central bank targets wage growth of 3 percent", &[]),
    (
        "Mexico's goalkeeper was named man of the match against Poland",
        &[],
    ),
    ("Chile blames low copper prices for the slowdown", &[]),
    (
        "Spanish actor Javier Bardem plays a NATO general in the series",
        &[],
    ),
];

/// Relations of the tables the engine does not find yet.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set Q.
    // "Iran sanctions to cover": a word in -s between a name and "to" with a verb is read as the
    // verb of the name ("Peru plans to"), though a verb before them takes the phrase as object.
    (
        "Britain widens Iran sanctions to cover drone parts makers",
        "sanction sanctioner=GBR target=IRN asserted",
    ),
    // "targets" with a department as subject and people of a group as object is no sanction verb
    // (nor should it be alone: "the Treasury targets inflation").
    (
        "Treasury targets Hezbollah financiers in Lebanon",
        "sanction sanctioner=Treasury target=Hezbollah asserted",
    ),
    // Barred from entering a country under its visa restrictions: the country that bars is the
    // one entered.
    (
        "Nicaraguan officials barred from entering US under new visa restrictions",
        "sanction sanctioner=USA target=NIC asserted",
    ),
    // "armed with" a weapon, as a modifier of the group, is not read as its use.
    (
        "Houthi rebels armed with Iranian-made drones threaten Red Sea shipping",
        "use user=Houthi item=drone asserted",
    ),
    // "heads the EU's foreign service": a body owned by the organization, not the organization.
    (
        "Kaja Kallas, who heads the EU's foreign service, visited Kyiv on Monday",
        "role person=Kaja Kallas organization=EU asserted",
    ),
    // Set R.
    // "re-elected as" is not among the verbs that give a post.
    (
        "Ursula von der Leyen re-elected as European Commission president",
        "role person=Ursula von der Leyen organization=European Commission asserted",
    ),
];

#[test]
fn set_q_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_Q, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_r_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_R, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_Q, SET_R], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
