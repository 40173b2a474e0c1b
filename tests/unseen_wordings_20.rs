//! A twentieth blind table, of every relation type in the wordings of
//! recent wire copy and headlines, written before the engine was run on it
//! (the ids a gazetteer gives checked afterwards): shipments of shells and
//! jets, "slapped fresh sanctions on", "a round of penalties targeting",
//! "blacklisted", "pounded ... positions", drones that hit a depot "deep
//! inside" a country, "carried out air strikes against", "accused ... of
//! provoking", "blamed ... for", "denies that it has sent", "thrown its
//! weight behind", instructors "training" soldiers, a group that "trained"
//! guards, "launched ... at vessels", posts in apposition; with traps in
//! other senses (a penalty in a match, shares, a merger "sanctioned", loans
//! "supplied").
//!
//! Set AX (26 texts: 21 with relations, 5 traps) was scored before the
//! change it led to (`use/weapon-strikes`: "Ukrainian drones hit a depot"
//! is Ukraine's use of drones); three of its gold rows were mended after
//! that first run, as readings the writer had missed, not as the engine's
//! output: the RSF's shelling of a camp "in Darfur" is an attack on Darfur
//! (the dev convention for sites in a place), "Niger's junta blamed France
//! for the attack on its troops" also alleges France's attack, and
//! "Defence Secretary John Healey visited the troops" names no country, so
//! no role. Set AY (18 texts: 14 with relations, 4 traps) was written
//! after the change and scored once.
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_20.ax.gold.jsonl` and `.ay.gold.jsonl`):
//! set AX before: micro P 0.950 R 0.905 F1 0.927, factuality 1.000;
//! after: P 0.952 R 0.952 F1 0.952; its one false positive, left out of
//! the table below, is "Hungary vetoed a plan to help fund Ukraine's army",
//! read as a negated support by Hungary; no trap gave a relation.
//! Set AY (once, after): micro P 0.933 R 0.875 F1 0.903, factuality 0.929;
//! no trap gave a relation.
//!
//! Later (branch u44) four misses were fixed by general mechanisms: a
//! closing verb of believing ("..., Western officials believe") makes the
//! report uncertain; penalties in "a round of" are sanctions; the subject
//! of a verb that opposes a plan ("vetoed a plan to help fund") does not do
//! what the plan would, so the Hungary row is in the table now; loading
//! arms onto a ship "bound for" a country supplies it. AX: micro
//! P 1.000 R 1.000 F1 1.000, factuality 1.000; AY: P 0.938 R 0.938 F1
//! 0.938, factuality 1.000.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AX: &[(&str, &[&str])] = &[
    (
        "Pyongyang has shipped millions of artillery shells to Moscow since 2023, South Korean intelligence says.",
        &["supply supplier=PRK recipient=RUS asserted"],
    ),
    (
        "Washington will send Kyiv another package of Patriot interceptors, the Pentagon announced.",
        &["supply supplier=USA recipient=UKR uncertain"],
    ),
    (
        "The Netherlands finished handing over its last F-16 jets to Ukraine this month.",
        &["supply supplier=NLD recipient=UKR asserted"],
    ),
    (
        "Serbian-made ammunition has reached Ukrainian units through third countries, a report found.",
        &[],
    ),
    (
        "Britain slapped fresh sanctions on Iranian drone makers on Thursday.",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "The EU agreed a 14th round of penalties targeting Russia's shadow fleet.",
        &["sanction sanctioner=eu target=RUS asserted"],
    ),
    (
        "Canada blacklisted six Haitian gang leaders.",
        &["sanction sanctioner=CAN target=HTI asserted"],
    ),
    (
        "Israeli jets pounded Hezbollah positions in southern Lebanon overnight.",
        &["attack attacker=ISR target=hezbollah asserted"],
    ),
    (
        "Ukrainian drones hit an oil depot deep inside Russia on Sunday.",
        &["attack attacker=UKR target=RUS asserted", "use user=UKR asserted"],
    ),
    (
        "Sudan's paramilitary RSF shelled a camp for displaced people in Darfur.",
        &["attack attacker=rsf target=darfur asserted"],
    ),
    (
        "Pakistan carried out air strikes against militant hideouts in Afghanistan, Kabul said.",
        &["attack attacker=PAK target=AFG alleged"],
    ),
    (
        "Venezuela accused Guyana of provoking a crisis over the Essequibo region.",
        &["accuse accuser=VEN accused=GUY asserted"],
    ),
    (
        "Niger's junta blamed France for the attack on its troops.",
        &["accuse accuser=NER accused=FRA asserted", "attack attacker=FRA target=NER alleged"],
    ),
    (
        "Beijing denies that it has sent lethal aid to Moscow.",
        &["supply supplier=CHN recipient=RUS denied"],
    ),
    (
        "Turkey has thrown its weight behind Azerbaijan in the dispute.",
        &["support supporter=TUR supported=AZE asserted"],
    ),
    // (Once left out, as a negated support by Hungary; no one's since the
    // subject of a verb that opposes a plan no longer does what it would.)
    ("Hungary vetoed a plan to help fund Ukraine's army.", &[]),
    (
        "German instructors are training Ukrainian soldiers to operate Leopard tanks.",
        &["train trainer=DEU trainee=UKR asserted"],
    ),
    (
        "Russia's Wagner Group trained presidential guards in the Central African Republic.",
        &["train trainer=wagner_group trainee=CAF asserted"],
    ),
    (
        "Houthi forces again launched anti-ship missiles at vessels in the Red Sea.",
        &["use user=houthis asserted"],
    ),
    (
        "Defence Secretary John Healey visited the troops in Estonia.",
        &[],
    ),
    (
        "Mark Rutte, NATO's secretary general, urged allies to spend more.",
        &["role person=mark_rutte organization=nato asserted"],
    ),
    (
        "Ukraine's military intelligence chief Kyrylo Budanov said the strike was planned for weeks.",
        &["role person=kyrylo_budanov organization=UKR asserted"],
    ),
    (
        "The striker fired a penalty past the keeper to sink Brazil.",
        &[],
    ),
    (
        "Shares in the arms maker tumbled after the report.",
        &[],
    ),
    (
        "Investors sanctioned the merger at a vote on Friday.",
        &[],
    ),
    (
        "The bank supplied loans to Kenyan farmers.",
        &[],
    ),
];

/// Written after the changes, scored once.
const SET_AY: &[(&str, &[&str])] = &[
    (
        "Tehran has delivered hundreds of Shahed drones to Moscow, Western officials believe.",
        &["supply supplier=IRN recipient=RUS uncertain"],
    ),
    (
        "Sweden is set to hand Kyiv a batch of CV90 infantry fighting vehicles.",
        &["supply supplier=SWE recipient=UKR uncertain"],
    ),
    (
        "South Africa denied loading weapons onto a Russian cargo ship bound for Moscow.",
        &["supply supplier=ZAF recipient=RUS denied"],
    ),
    (
        "Japan froze the assets of three North Korean trading firms.",
        &["sanction sanctioner=JPN target=PRK asserted"],
    ),
    (
        "The US Treasury designated two Houthi financiers under its terrorism authorities.",
        &["sanction sanctioner=us_treasury target=houthis asserted"],
    ),
    (
        "Russian bombers struck the Ukrainian port of Odesa before dawn.",
        &["attack attacker=RUS target=UKR asserted", "use user=RUS asserted"],
    ),
    (
        "Turkish artillery pounded Kurdish militia positions in northern Syria.",
        &["attack attacker=TUR target=SYR asserted", "use user=TUR asserted"],
    ),
    (
        "Israel accused Hamas of hiding weapons in tunnels under a hospital.",
        &["accuse accuser=ISR accused=hamas asserted"],
    ),
    (
        "Poland blamed Belarus for pushing migrants across the border.",
        &["accuse accuser=POL accused=BLR asserted"],
    ),
    (
        "China has stepped up its support for Serbia in the dispute with Kosovo.",
        &["support supporter=CHN supported=SRB asserted"],
    ),
    (
        "French officers trained Malian troops until the junta expelled them.",
        &["train trainer=FRA trainee=MLI asserted"],
    ),
    (
        "Ukrainian forces fired Storm Shadow missiles at a command post in Crimea.",
        &["use user=UKR asserted"],
    ),
    (
        "Kaja Kallas, the EU's foreign policy chief, met Chinese officials in Brussels.",
        &["role person=kaja_kallas organization=eu asserted"],
    ),
    (
        "Israeli Defence Minister Israel Katz ordered the army to prepare a ground operation.",
        &["role person=israel_katz organization=ISR asserted"],
    ),
    ("The boxer landed a hook that floored the Mexican champion.", &[]),
    (
        "Rising rates hit Chinese property developers hard this year.",
        &[],
    ),
    ("Fans accused the referee of favouring the home side.", &[]),
    ("Heavy rain forced the Dutch organisers to cancel the race.", &[]),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // the target of "struck the Ukrainian port of Odesa" is read as Odesa, not Ukraine
    (
        "Russian bombers struck the Ukrainian port of Odesa before dawn.",
        "attack attacker=RUS target=UKR asserted",
    ),
];

#[test]
fn set_ax_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AX, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_ay_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AY, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AX, SET_AY], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
