//! A thirteenth blind table, of sanctions, supplies, support, training,
//! blame and posts in wire and headline wordings of recent years: a
//! terrorist listing in a headline's passive ("X proscribed as ... by Y"),
//! entry barred to a country's people, penalties of the kinds states impose,
//! deliveries taken, courses run for soldiers, posts taken office in, with
//! traps where these words have another sense (a club's fine, a coach
//! backed, a chef trained, a course for volunteers). Written in two sets
//! before the engine was run on them: set AC (30 sentences: 24 with
//! events, 6 traps) was scored before the changes it led to; set AD (15
//! sentences: 11 and 4) was written after them and scored once. Every
//! relation the engine finds is asserted; the ones it still misses are
//! listed in `KNOWN_MISSES`, and asserted to be missed.
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_13.ac.gold.jsonl` and
//! `.ad.gold.jsonl`):
//! set AC before: micro P 1.000 R 0.731 F1 0.844 (sanction R 0.333, role
//! 0.667, train 0.667), factuality 1.000; no trap gave a relation;
//! set AC after: micro P 1.000 R 0.885 F1 0.939 (sanction R 0.667, role
//! and train 1.000), factuality 1.000;
//! set AD (once, after): micro P 0.900 R 0.818 F1 0.857, factuality 0.889
//! (the false positive: "stands behind Lithuania in the row with Russia"
//! gave Poland's support to Russia too); no trap gave a relation. That
//! false positive was mended afterwards (a "with" phrase is whom a verb of
//! siding supports only when no "behind" or "by" phrase says it), so set AD
//! now scores P 1.000 and is no longer blind.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AC: &[(&str, &[&str])] = &[
    (
        "Japan tightens sanctions on North Korea after a fresh missile launch",
        &["sanction sanctioner=JPN target=PRK asserted"],
    ),
    (
        "The European Union put the Wagner Group on its terrorism blacklist on Thursday.",
        &["sanction sanctioner=European Union target=Wagner Group asserted"],
    ),
    (
        "Washington barred entry to Nicaraguan judges involved in the trials of opposition leaders.",
        &["sanction sanctioner=USA target=NIC asserted"],
    ),
    (
        "Australia joined Canada in targeting Iranian drone makers with financial penalties.",
        &[
            "sanction sanctioner=AUS target=IRN asserted",
            "sanction sanctioner=CAN target=IRN asserted",
        ],
    ),
    (
        "Seoul is weighing its own penalties against Pyongyang over the satellite launch.",
        &["sanction sanctioner=KOR target=PRK uncertain"],
    ),
    (
        "Norway will donate NASAMS air defence systems to Ukraine, its defence ministry said.",
        &["supply recipient=UKR supplier=NOR uncertain"],
    ),
    (
        "Pyongyang has sent millions of artillery shells to Moscow by rail.",
        &["supply recipient=RUS supplier=PRK asserted"],
    ),
    (
        "Tehran handed over hundreds of Shahed drones to the Kremlin last year.",
        &["supply recipient=RUS supplier=IRN asserted"],
    ),
    (
        "Ukraine took delivery of its first F-16 jets from Denmark this summer.",
        &["supply recipient=UKR supplier=DNK asserted"],
    ),
    (
        "Belarus is arming Russian units with ammunition from its own depots.",
        &["supply recipient=RUS supplier=BLR asserted"],
    ),
    (
        "A shipment of Turkish Bayraktar drones arrived in Kyiv on Tuesday.",
        &["supply recipient=UKR supplier=TUR asserted"],
    ),
    (
        "Hungary refused to back Ukraine's bid to join the European Union.",
        &["support supported=UKR supporter=HUN negated"],
    ),
    (
        "Ankara finally threw its weight behind Sweden's NATO membership.",
        &["support supported=SWE supporter=TUR asserted"],
    ),
    (
        "Brazil voiced solidarity with Venezuela in its border dispute with Guyana.",
        &["support supported=VEN supporter=BRA asserted"],
    ),
    (
        "Paris reaffirmed its backing for Armenia during the minister's visit.",
        &["support supported=ARM supporter=FRA asserted"],
    ),
    (
        "British instructors are drilling Ukrainian recruits on Salisbury Plain.",
        &["train trainee=UKR trainer=GBR asserted"],
    ),
    (
        "Iranian advisers taught Houthi fighters how to assemble drones, officials said.",
        &["train trainee=Houthi trainer=IRN asserted"],
    ),
    (
        "The Netherlands will run a course for Ukrainian F-16 pilots at a Romanian air base.",
        &["train trainee=UKR trainer=NLD uncertain"],
    ),
    (
        "Manila accused Beijing of harassing its supply boats near the shoal.",
        &["accuse accused=CHN accuser=PHL asserted"],
    ),
    (
        "Moscow pinned the blame for the pipeline blasts on Washington.",
        &["accuse accused=USA accuser=RUS asserted"],
    ),
    (
        "Azerbaijan alleges that Armenian troops opened fire on its positions overnight.",
        &[
            "accuse accused=ARM accuser=AZE asserted",
            "attack attacker=ARM target=AZE alleged",
        ],
    ),
    (
        "Mark Rutte took office as NATO secretary general in October.",
        &["role organization=NATO person=Mark Rutte asserted"],
    ),
    (
        "Kaja Kallas, the EU's foreign policy chief, arrived in Kyiv on Monday.",
        &["role organization=EU person=Kaja Kallas asserted"],
    ),
    (
        "Rafael Grossi, who heads the International Atomic Energy Agency, toured the plant.",
        &["role organization=International Atomic Energy Agency person=Rafael Grossi asserted"],
    ),
    (
        "The club slapped a heavy fine on its captain for missing training.",
        &[],
    ),
    (
        "Fans threw their weight behind the coach after the defeat in Madrid.",
        &[],
    ),
    ("Spain routed Germany in the semi-final in Cologne.", &[]),
    (
        "The chef trained in Paris before opening a restaurant in Tokyo.",
        &[],
    ),
    (
        "Critics blamed the rain for the low turnout at the Berlin marathon.",
        &[],
    ),
    (
        "The airline delivered record profits despite sanctions on jet fuel.",
        &[],
    ),
];

const SET_AD: &[(&str, &[&str])] = &[
    (
        "London froze the British assets of two Iranian generals.",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "Switzerland barred entry to Belarusian officials linked to the election fraud.",
        &["sanction sanctioner=CHE target=BLR asserted"],
    ),
    (
        "The United States slapped economic penalties on Venezuela's state oil firm.",
        &["sanction sanctioner=USA target=VEN asserted"],
    ),
    (
        "Sweden is sending Archer howitzers to Ukraine, the government confirmed.",
        &["supply recipient=UKR supplier=SWE asserted"],
    ),
    (
        "Russia took delivery of Iranian ballistic missiles in the autumn.",
        &["supply recipient=RUS supplier=IRN asserted"],
    ),
    (
        "China denies sending lethal aid to Moscow.",
        &["supply recipient=RUS supplier=CHN denied"],
    ),
    (
        "Poland stands firmly behind Lithuania in the transit row with Russia.",
        &["support supported=LTU supporter=POL asserted"],
    ),
    (
        "Egypt has offered to help Sudan end the fighting.",
        &["support supported=SDN supporter=EGY asserted"],
    ),
    (
        "American officers are coaching Taiwanese troops on the use of Javelin missiles.",
        &["train trainee=TWN trainer=USA asserted"],
    ),
    (
        "Seoul faulted Pyongyang for the balloon launches.",
        &["accuse accused=PRK accuser=KOR asserted"],
    ),
    (
        "Antony Blinken took over as US secretary of state in January.",
        &["role organization=USA person=Antony Blinken asserted"],
    ),
    ("The coach backed his goalkeeper after the loss in Lisbon.", &[]),
    (
        "Brazil supplied the winning goal in the final minute against Argentina.",
        &[],
    ),
    (
        "The host city ran a course for volunteers ahead of the Olympics in Paris.",
        &[],
    ),
    ("France was proscribed as a holiday destination by no one.", &[]),
];

const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set AC.
    // A second doer joined by "joined X in" reaches a verb's frame but not a noun's ("targeting ... with financial penalties").
    (
        "Australia joined Canada in targeting Iranian drone makers with financial penalties.",
        "sanction sanctioner=CAN target=IRN asserted",
    ),
    // "its own penalties": a penalty with no word of the kinds states impose stays none.
    (
        "Seoul is weighing its own penalties against Pyongyang over the satellite launch.",
        "sanction sanctioner=KOR target=PRK uncertain",
    ),
    // "its positions": no pronoun stands for a country as a target.
    (
        "Azerbaijan alleges that Armenian troops opened fire on its positions overnight.",
        "attack attacker=ARM target=AZE alleged",
    ),
    // Set AD.
    // An offer to help is read as a plan (uncertain); the gold takes the offer as the support.
    (
        "Egypt has offered to help Sudan end the fighting.",
        "support supported=SDN supporter=EGY asserted",
    ),
    // "coaching" is no verb of training: the coach of sport rules out the sentence.
    (
        "American officers are coaching Taiwanese troops on the use of Javelin missiles.",
        "train trainee=TWN trainer=USA asserted",
    ),
    // "secretary of state" after a country in a post taken over is not read as a title.
    (
        "Antony Blinken took over as US secretary of state in January.",
        "role organization=USA person=Antony Blinken asserted",
    ),
];

#[test]
fn set_ac_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AC, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_ad_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AD, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AC, SET_AD], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
