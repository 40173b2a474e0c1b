//! A twenty-eighth blind table, for issue 17: role, use and sanction in the
//! style of the dev set's headlines and one-sentence news items (the three
//! types whose dev recall was lowest when the issue was filed). Set BJ: 16
//! rows of role (posts before and after names, appositions, "X's defence
//! minister Y", "Y, who heads Z", "Z spokesman Y", leaders of armed groups,
//! company chiefs, a club captain), 16 of use (fired, launched, deployed,
//! "strikes using", passives, "the use of ... by", an accusation, a
//! denial), 17 of sanction (imposes, slaps, extends, widens, blacklists,
//! froze the assets of, bans exports to, added to the entity list, "new EU
//! sanctions on", "targets ... with sanctions", "faces sanctions from", a
//! negation, "its sanctions" after a verb of backing), and 10 traps
//! (used car prices, a leader who sanctioned talks, played the role of, a
//! role model, firefighters' drones, a club sanctioned by its league,
//! electricity, reserves and chips used, a role in an exchange).
//!
//! Written, and its gold committed, before the engine ran on it; scored
//! once on main as it was (2a0a43d): micro P 0.873 R 0.828 F1 0.850
//! (role P 1.000 R 0.941; use P 1.000 R 0.938; sanction P 0.688 R 0.647
//! F1 0.667; attack P 0.714 R 0.833; supply R 0.000), factuality 1.000.
//! One gold mistake was mended after that run: "PKK" was written as a
//! country code by the script that wrote the gold; as the text "PKK" the
//! same output scores P 0.891 R 0.845 F1 0.867. One false positive is right
//! and stays counted: the Houthi attack on Jazan (the gold's optional
//! attack named Saudi Arabia). One trap gave a relation: "Iran's supreme
//! leader sanctioned fresh talks with the United States".
//!
//! The misses were mostly sanction targets: a name after a country and a
//! common noun ("Russian oligarch Roman Abramovich", "Venezuela's state oil
//! firm PDVSA", "Russia's nuclear agency Rosatom") read as the country;
//! companies the gazetteer lacked (Huawei, Rosatom); nouns of sanctioned
//! people and a list ("businessmen", "smugglers", "the entity list"); and
//! "its sanctions" after "to join" or "to back" read as the joiner's; and
//! one each of role ("who heads the Wagner mercenary group": a kind noun
//! after the name) and use ("the use of chemical weapons by Syrian
//! government forces": no "by" slot), and the supply of weapons a country
//! uses that another supplied ("using Storm Shadow missiles supplied by
//! Britain"). After the changes: role P 1.000 R 1.000, use P 1.000 R
//! 1.000, sanction P 0.941 R 0.941 F1 0.941, supply P 1.000 R 1.000; micro
//! P 0.966 R 0.983 F1 0.974, factuality 1.000; no trap gives a relation;
//! the misses left are in `KNOWN_MISSES`.
//!
//! Scores: target/release/examples/evaluate on
//! `tests/unseen_wordings_28.bj.gold.jsonl`.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses, wrong_readings};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`. Written before the engine ran on it.
const SET_BJ: &[(&str, &[&str])] = &[
    (
        "KYIV - Ukraine's defence minister Oleksii Reznikov said on Friday that more Western tanks were on their way.",
        &["role person=Oleksii Reznikov organization=UKR asserted"],
    ),
    (
        "BEIRUT - Hezbollah leader Hassan Nasrallah said in a televised speech on Sunday that the group was ready for a long war.",
        &["role person=Hassan Nasrallah organization=Hezbollah asserted"],
    ),
    (
        "MOSCOW - Yevgeny Prigozhin, who heads the Wagner mercenary group, said on Tuesday his men had taken the town of Soledar.",
        &["role person=Yevgeny Prigozhin organization=Wagner asserted"],
    ),
    (
        "WASHINGTON - Pentagon spokesman John Kirby told reporters on Tuesday the balloon posed no threat to people on the ground.",
        &["role person=John Kirby organization=Pentagon asserted"],
    ),
    (
        "BRUSSELS - Josep Borrell, the EU's foreign policy chief, told reporters the bloc would stay united on Ukraine.",
        &["role person=Josep Borrell organization=EU asserted"],
    ),
    (
        "PARIS - Germany's chancellor Olaf Scholz met French President Emmanuel Macron at the Elysee on Wednesday.",
        &["role person=Olaf Scholz organization=DEU asserted", "role person=Emmanuel Macron organization=FRA asserted"],
    ),
    (
        "TEHRAN - Mohammad Bagheri, chief of staff of Iran's armed forces, visited troops near the Iraqi border on Monday.",
        &["role person=Mohammad Bagheri organization=IRN asserted"],
    ),
    (
        "Elon Musk, the chief executive of SpaceX, said on Saturday that Starlink would keep working in Ukraine.",
        &["role person=Elon Musk organization=SpaceX asserted"],
    ),
    (
        "SEATTLE - Boeing CEO Dave Calhoun told analysts on Wednesday the company would slow output of its jets.",
        &["role person=Dave Calhoun organization=Boeing asserted"],
    ),
    (
        "KABUL - Taliban spokesman Zabihullah Mujahid said the new government would not let foreign fighters use Afghan soil.",
        &["role person=Zabihullah Mujahid organization=Taliban asserted"],
    ),
    (
        "SANAA - Abdul Malik al-Houthi, the leader of Yemen's Houthi movement, vowed on Thursday to keep up attacks on shipping.",
        &["role person=Abdul Malik al-Houthi organization=Houthi asserted"],
    ),
    (
        "JERUSALEM - Israeli Prime Minister Benjamin Netanyahu spoke with President Joe Biden by phone on Sunday, his office said.",
        &["role person=Benjamin Netanyahu organization=ISR asserted"],
    ),
    (
        "PYONGYANG - Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Saturday for talks, state media said.",
        &["role person=Sergei Lavrov organization=RUS asserted"],
    ),
    (
        "KYIV - Dynamo Kyiv captain Serhiy Sydorchuk played the full match on Sunday despite a knee injury.",
        &["role person=Serhiy Sydorchuk organization=Dynamo Kyiv asserted"],
    ),
    (
        "DOHA - Hamas political chief Ismail Haniyeh met Qatar's emir on Monday, the group said.",
        &["role person=Ismail Haniyeh organization=Hamas asserted"],
    ),
    (
        "BRUSSELS - NATO Secretary General Jens Stoltenberg urged the alliance's members on Thursday to step up ammunition output.",
        &["role person=Jens Stoltenberg organization=NATO asserted"],
    ),
    (
        "KYIV - Russian forces fired Iranian-made drones at Kyiv overnight, Ukraine's air force said on Monday.",
        &["use user=RUS item=drone alleged", "attack attacker=RUS target=UKR alleged"],
    ),
    (
        "RIYADH - Houthi rebels launched ballistic missiles at the Saudi city of Jazan on Monday, the coalition said.",
        &["use user=Houthi item=missile asserted"],
    ),
    (
        "BAKU - The Azerbaijani army deployed Bayraktar drones against Armenian positions in Nagorno-Karabakh, the defence ministry said.",
        &["use user=AZE item=Bayraktar asserted", "attack attacker=AZE target=ARM asserted"],
    ),
    (
        "KYIV - Ukraine carried out strikes using HIMARS on Russian command posts in the Kherson region this week.",
        &["use user=UKR item=HIMARS asserted", "attack attacker=UKR target=RUS asserted"],
    ),
    (
        "THE HAGUE - Inspectors confirmed the use of chemical weapons by Syrian government forces in Douma in 2018.",
        &["use user=SYR item=chemical asserted"],
    ),
    (
        "KHARKIV - Cluster munitions were used by Russian troops in the shelling of Kharkiv, Human Rights Watch said.",
        &["use user=RUS item=munitions asserted"],
    ),
    (
        "TEL AVIV - Israel used F-35 stealth fighters in its strike on Iranian air defences last month, a military official said.",
        &["use user=ISR item=F-35 asserted", "attack attacker=ISR target=IRN asserted"],
    ),
    (
        "SEOUL - North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's military said.",
        &["use user=PRK item=missile asserted"],
    ),
    (
        "KHARTOUM - Sudan's paramilitary Rapid Support Forces have used armed drones to hit army bases in the capital, residents said.",
        &["use user=Rapid Support Forces item=drone asserted"],
    ),
    (
        "GAZA - Hamas fighters fired thousands of rockets into Israel on October 7, the Israeli military said.",
        &["use user=Hamas item=rockets alleged", "attack attacker=Hamas target=ISR alleged"],
    ),
    (
        "MINSK - Russia has deployed S-400 air defence systems to Belarus, the Belarusian defence ministry said.",
        &["use user=RUS item=S-400 asserted"],
    ),
    (
        "KYIV - Ukrainian forces are using Storm Shadow missiles supplied by Britain to strike targets in occupied Crimea.",
        &["use user=UKR item=Storm Shadow asserted", "supply supplier=GBR recipient=UKR asserted"],
    ),
    (
        "YANGON - The Myanmar military has used helicopter gunships against ethnic armed groups in Shan state, rights groups said.",
        &["use user=MMR item=helicopter asserted"],
    ),
    (
        "KYIV - Ukraine accused Russia on Sunday of using phosphorus bombs in Bakhmut.",
        &["accuse accuser=UKR accused=RUS asserted", "use user=RUS item=bombs alleged"],
    ),
    (
        "TEHRAN - Iran denied on Tuesday that its Shahed drones had been used by Russia in Ukraine.",
        &["use user=RUS item=Shahed denied"],
    ),
    (
        "ANKARA - Turkey's military used Bayraktar TB2 drones to strike PKK targets in northern Iraq, the ministry said.",
        &["use user=TUR item=Bayraktar TB2 asserted", "attack attacker=TUR target=PKK asserted"],
    ),
    (
        "WASHINGTON - The United States imposed sanctions on Iranian drone makers on Thursday.",
        &["sanction sanctioner=USA target=IRN asserted"],
    ),
    (
        "Britain slaps sanctions on Russian oligarch Roman Abramovich",
        &["sanction sanctioner=GBR target=Roman Abramovich asserted"],
    ),
    (
        "EU extends economic sanctions on Russia for another six months",
        &["sanction sanctioner=EU target=RUS asserted"],
    ),
    (
        "Washington widens sanctions against Venezuela's state oil firm PDVSA",
        &["sanction sanctioner=USA target=PDVSA asserted"],
    ),
    (
        "WASHINGTON - The U.S. Treasury blacklisted three Chinese companies on Friday for supplying drone parts to Russia.",
        &["sanction sanctioner=Treasury target=CHN asserted"],
    ),
    (
        "BERN - Switzerland froze the assets of 20 Russian businessmen on Monday in line with EU measures.",
        &["sanction sanctioner=CHE target=RUS asserted"],
    ),
    (
        "Japan bans exports of luxury goods to Russia",
        &["sanction sanctioner=JPN target=RUS asserted"],
    ),
    (
        "WASHINGTON - The Commerce Department added Huawei to the entity list in May 2019.",
        &["sanction sanctioner=Commerce Department target=Huawei asserted"],
    ),
    (
        "New EU sanctions on Iran target drone and missile makers",
        &["sanction sanctioner=EU target=IRN asserted"],
    ),
    (
        "Washington targets Iranian oil smugglers with fresh sanctions",
        &["sanction sanctioner=USA target=IRN asserted"],
    ),
    (
        "LONDON - Belarus faces new sanctions from Britain over the forced landing of a Ryanair jet.",
        &["sanction sanctioner=GBR target=BLR asserted"],
    ),
    (
        "OTTAWA - Canada imposed an arms embargo on Turkey in 2019 over its offensive in northern Syria.",
        &["sanction sanctioner=CAN target=TUR asserted"],
    ),
    (
        "Australia sanctions Myanmar generals after coup",
        &["sanction sanctioner=AUS target=MMR asserted"],
    ),
    (
        "BRUSSELS - The EU has not sanctioned Russia's nuclear agency Rosatom, diplomats said.",
        &["sanction sanctioner=EU target=Rosatom negated"],
    ),
    (
        "WARSAW - Poland called on its EU partners to back its sanctions on Belarusian potash.",
        &["sanction sanctioner=POL target=BLR asserted"],
    ),
    (
        "China sanctions US defence firms over Taiwan arms sales",
        &["sanction sanctioner=CHN target=USA asserted"],
    ),
    (
        "NEW YORK - The UN Security Council voted on Thursday to extend an arms embargo on South Sudan for a year.",
        &["sanction sanctioner=UN Security Council target=SSD asserted"],
    ),
    (
        "BERLIN - Used car prices in Germany rose 8 percent in March, the ADAC motoring club said.",
        &[],
    ),
    (
        "TEHRAN - Iran's supreme leader sanctioned fresh talks with the United States on the nuclear deal, officials said.",
        &[],
    ),
    (
        "LONDON - Cillian Murphy played the role of Robert Oppenheimer in Christopher Nolan's film.",
        &[],
    ),
    (
        "PARIS - Kylian Mbappe said Cristiano Ronaldo had been his role model as a boy.",
        &[],
    ),
    (
        "MOSCOW - Firefighters deployed drones to spot forest fires outside Moscow on Tuesday.",
        &[],
    ),
    (
        "MANCHESTER - Everton were sanctioned by the league for breaching spending rules, the club said.",
        &[],
    ),
    (
        "WASHINGTON - Americans used more electricity in July than in any month on record, the Energy Department said.",
        &[],
    ),
    (
        "BEIJING - China's central bank used its reserves to prop up the yuan, traders said.",
        &[],
    ),
    (
        "SEOUL - Samsung said on Tuesday it used its own chips in its latest phones.",
        &[],
    ),
    (
        "GENEVA - The Red Cross said it would play a role in the prisoner exchange between Russia and Ukraine.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "its EU partners" is parsed with "partners" as a verb, so "to back its sanctions" has no subject and "its" is read as the EU's;
    // and "on Belarusian potash": potash is no noun a country adjective stands for
    (
        "WARSAW - Poland called on its EU partners to back its sanctions on Belarusian potash.",
        "sanction sanctioner=POL target=BLR asserted",
    ),
];

/// A reader's finding (another helper's, in our own words): "its
/// sanctions" after a verb of joining or following are the sanctions of
/// whoever asks, not of the ones asked to join them. Written after the
/// change.
const JOINED_SANCTIONS: &[(&str, &[&str])] = &[
    (
        "Lithuania asked EU members to follow its sanctions on Belarus.",
        &["sanction sanctioner=LTU target=BLR asserted"],
    ),
    (
        "Lithuania asked the EU to follow its sanctions on Belarus.",
        &["sanction sanctioner=LTU target=BLR asserted"],
    ),
];

/// What the rows above must not give.
const JOINED_MUST_NOT: &[(&str, &[&str])] = &[
    (
        "Lithuania asked EU members to follow its sanctions on Belarus.",
        &["sanction sanctioner=eu target=BLR asserted"],
    ),
    (
        "Lithuania asked the EU to follow its sanctions on Belarus.",
        &["sanction sanctioner=eu target=BLR asserted"],
    ),
];

#[test]
fn joined_sanctions_are_the_askers() {
    let ex = Extractor::default();
    let mut wrong = failures(&ex, JOINED_SANCTIONS, &[]);
    wrong.extend(wrong_readings(&ex, JOINED_MUST_NOT));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn set_bj_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BJ, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BJ], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
