//! A thirty-second blind table, for issue 17: an estimate of main on text
//! nobody tuned on, in the style of wire news on arms, sanctions and war.
//! Set BL: 62 texts in our own words about real actors and weapons of
//! 2018-2025: 32 single news sentences of 20 to 45 words (attribution,
//! relative clauses, appositions, passives, negation, reported
//! allegations, hedges), 15 headlines (title case and sentence case) and
//! 15 two-sentence snippets whose second sentence names its actor by a
//! reference to the first ("the company", "the group", "the country",
//! "it", a surname, "the agency", "the military"). The required relations
//! cover every type (supply 22, attack 14, role 10, sanction 7, accuse 7,
//! use 6, train 5, support 5) and every factuality (asserted, negated,
//! denied, alleged, uncertain), with the secondary relations a text also
//! states as optional; 12 texts are traps, the relations' words in other
//! senses (a supply chain, an attack on a record, a chief executive fired,
//! nurses on strike, a wrist shot fired, the use of drones sanctioned by a
//! council, a freight train, the drone of turbines, two football clubs and
//! a national team that beat their rivals, staff fired, a robotaxi fleet
//! deployed and shipped).
//!
//! Written, and its gold committed (3b2fba4), before the engine ran on
//! any of it; scored once on main as it was (4942a20), with
//! `target/release/examples/evaluate tests/unseen_wordings_32.bl.gold.jsonl`.
//! The blind score, before anything was changed and with no gold mended:
//!
//! | type     | tp | fp | fn | P     | R     | F1    |
//! | -------- | -- | -- | -- | ----- | ----- | ----- |
//! | accuse   |  3 |  0 |  4 | 1.000 | 0.429 | 0.600 |
//! | attack   |  8 |  0 |  6 | 1.000 | 0.571 | 0.727 |
//! | role     |  4 |  0 |  6 | 1.000 | 0.400 | 0.571 |
//! | sanction |  6 |  3 |  1 | 0.667 | 0.857 | 0.750 |
//! | supply   | 12 |  0 | 10 | 1.000 | 0.545 | 0.706 |
//! | support  |  4 |  0 |  1 | 1.000 | 0.800 | 0.889 |
//! | train    |  1 |  0 |  4 | 1.000 | 0.200 | 0.333 |
//! | use      |  2 |  0 |  4 | 1.000 | 0.333 | 0.500 |
//! | micro    | 40 |  3 | 36 | 0.930 | 0.526 | 0.672 |
//!
//! Factuality accuracy 0.800 (32/40), optional roles 0.933 (14/15); supply
//! F1 0.706. No trap gave a relation. Against the bar of issue 17 (micro
//! F1 at least 0.75 with precision at least 0.85, supply F1 at least 0.85,
//! factuality at least 0.85) only precision passes on this set: far below
//! BK (P .983 R .838), mostly for its two-sentence snippets, whose second
//! sentence names its actor by a reference to the first, which the engine
//! did not read at all (18 of the 36 misses).
//!
//! The errors of the blind run, by kind, most frequent first:
//! - 18 misses in the two-sentence snippets: a reference to the actor
//!   the first sentence named ("the country", "the group", "the
//!   company", "It", "the military", "the force"), a name the engine does
//!   not resolve there ("Kim" for Kim Jong Un), an arms maker no list
//!   held (Kongsberg), or words the engine misses anyway (a shipment
//!   "paused", "help from" jets, an attack on captives);
//! - 11 factuality errors (scored apart), of which 6 by the engine's
//!   conventions (a third party's "according to" is alleged, a party's
//!   own negation is negated, keeping on is going on) where the gold
//!   reads otherwise;
//! - 6 roles: "President X" with no country beside the title (3), an
//!   organization or a person no list holds ("foreign ministry", Naim
//!   Qassem), a post in a relative clause after an apposition;
//! - 5 supplies: under a clause the engine does not read ("whether to
//!   send", "the way for X to sell", "so that it can ship"), a deal "for"
//!   jets, and "the country" inside its sentence;
//! - 3 attacks: on vessels no list names, and on sites of cities no list
//!   held (Hodeidah, Nyala); 3 trainings ("around 400" read as a
//!   preposition's phrase, "Africa Corps"); 1 accusation of a body no
//!   list held (UNRWA);
//! - 3 false positives: a possessor after "sanctions on" given as a
//!   second target (2), and one sanction per demonym of "Chinese and
//!   Indian firms", which the gold reads as one target.
//!
//! Fixed since, by general mechanisms, most frequent kind first: a
//! reference to the actor the text has just named is a mention of it
//! (`src/names/anaphors.rs`), and relations give the name it stands for;
//! a possessor after "sanctions on" is no target of its own before a
//! person ("Venezuela's Maduro"; before a force of the state it stays one,
//! by set H's convention, so one of the two is left); a post in a
//! relative clause after an apposition; a deal, contract or order for
//! weapons a buyer signs (`supply/frame-deal`); an infinitive right after
//! a subordinator ("is considering whether to send") done by the subject
//! of the verb that governs it (`controller` in `src/grammar/link.rs`);
//! and gazetteer gaps
//! (arms makers such as Kongsberg, places such as Hodeidah and Nyala,
//! Taurus KEPD 350, Virginia-class submarines, UNRWA). After them (and
//! tests/blind_bl_fixes.rs for their traps):
//!
//! | type     | tp | fp | fn | P     | R     | F1    |
//! | -------- | -- | -- | -- | ----- | ----- | ----- |
//! | accuse   |  6 |  0 |  1 | 1.000 | 0.857 | 0.923 |
//! | attack   | 10 |  0 |  4 | 1.000 | 0.714 | 0.833 |
//! | role     |  5 |  0 |  5 | 1.000 | 0.500 | 0.667 |
//! | sanction |  6 |  2 |  1 | 0.750 | 0.857 | 0.800 |
//! | supply   | 17 |  0 |  5 | 1.000 | 0.773 | 0.872 |
//! | support  |  4 |  0 |  1 | 1.000 | 0.800 | 0.889 |
//! | train    |  2 |  0 |  3 | 1.000 | 0.400 | 0.571 |
//! | use      |  5 |  0 |  1 | 1.000 | 0.833 | 0.909 |
//! | micro    | 55 |  2 | 21 | 0.965 | 0.724 | 0.827 |
//!
//! Factuality 0.800 (44/55), optional roles 1.000 (22/22); supply F1
//! 0.872. What is left is
//! in `KNOWN_MISSES` (each with its reason, by kind) and
//! `KNOWN_FALSE_POSITIVES`.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{extra_relations, failures, stale_misses, unexpected_relations};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`. Written before the engine ran on it; the
/// gold is `tests/unseen_wordings_32.bl.gold.jsonl`.
const SET_BL: &[(&str, &[&str])] = &[
    (
        "Germany delivered a further IRIS-T air defence system to Ukraine last week, officials in Berlin said, adding that a fourth unit would follow before the end of the year.",
        &["supply supplier=DEU recipient=UKR item=IRIS-T asserted"],
    ),
    (
        "The Treasury Department on Thursday sanctioned three Hong Kong-based companies that it said had helped Iran procure drone components, according to a statement from the Office of Foreign Assets Control.",
        &["sanction sanctioner=Treasury target=Hong Kong asserted"],
    ),
    (
        "Russia has not received any North Korean artillery shells, Kremlin spokesman Dmitry Peskov insisted on Monday, dismissing reports from Seoul as fabrications spread by Western intelligence agencies.",
        &["supply supplier=PRK recipient=RUS item=ammunition denied", "role person=Dmitry Peskov organization=RUS asserted"],
    ),
    (
        "Washington is considering whether to send long-range Tomahawk cruise missiles to Kyiv, two U.S. officials said, though no decision has been made and the White House declined to comment.",
        &["supply supplier=USA recipient=UKR item=Tomahawk uncertain"],
    ),
    (
        "Israeli fighter jets struck port facilities in Hodeidah on Sunday, the military said, days after the Houthis launched a ballistic missile at Ben Gurion Airport near Tel Aviv.",
        &["attack attacker=ISR target=Hodeidah asserted", "attack attacker=Houthis target=Ben Gurion asserted"],
    ),
    (
        "Beijing has denied supplying lethal weapons to Moscow, with foreign ministry spokesperson Lin Jian saying China strictly controls exports of drones and their parts to all countries.",
        &["supply supplier=CHN recipient=RUS item=weapon denied", "role person=Lin Jian organization=ministry asserted"],
    ),
    (
        "Ukrainian forces used U.S.-made Abrams tanks in the fighting around Avdiivka, according to a brigade commander, who said several of the vehicles had been hit by Russian drones.",
        &["use user=UKR item=Abrams asserted"],
    ),
    (
        "The European Union added 19 Chinese and Indian firms to its sanctions list on Wednesday, accusing them of helping Moscow evade export controls on battlefield goods.",
        &["sanction sanctioner=European Union target=Chinese asserted"],
    ),
    (
        "Hezbollah fired dozens of rockets at northern Israel overnight in what the group described as retaliation for the killing of one of its senior commanders in an Israeli strike.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Turkey's parliament approved Sweden's membership of NATO in January 2024, clearing the way for Washington to sell 40 new F-16 fighter jets to Ankara.",
        &["supply supplier=USA recipient=TUR item=F-16 uncertain"],
    ),
    (
        "Apple said it would diversify its supply chain away from China after pandemic lockdowns disrupted shipments of iPhones to customers in the United States and Europe.",
        &[],
    ),
    (
        "Opposition leader Pierre Poilievre launched a blistering attack on the government's carbon tax record during Wednesday's question period, calling the levy a failure.",
        &[],
    ),
    (
        "The board fired chief executive Sam Altman in November 2023, only to reinstate him days later after most OpenAI staff threatened to quit the company.",
        &[],
    ),
    (
        "Thousands of nurses went on strike across England on Tuesday in the biggest walkout in the history of the National Health Service, union leaders said.",
        &[],
    ),
    (
        "The United States accused Iran of transferring close-range ballistic missiles to Russia for use in Ukraine, a charge Tehran rejected as baseless propaganda.",
        &["accuse accuser=USA accused=IRN asserted", "supply supplier=IRN recipient=RUS item=missile alleged"],
    ),
    (
        "South Korea will not provide lethal weapons directly to Ukraine, President Yoon Suk Yeol's office said, although the country has sold hundreds of tanks and howitzers to Poland.",
        &["supply supplier=KOR recipient=UKR item=weapon negated", "supply supplier=KOR recipient=POL item=tank asserted", "role person=Yoon Suk Yeol organization=KOR asserted"],
    ),
    (
        "British and Canadian instructors trained around 400 Ukrainian marines in amphibious assault tactics this summer, the Ministry of Defence in London said on Friday.",
        &["train trainer=GBR trainee=UKR asserted", "train trainer=CAN trainee=UKR asserted"],
    ),
    (
        "Russia's Africa Corps is expected to train soldiers in Niger under a security agreement signed with the military junta in Niamey last year, diplomats in the region said.",
        &["train trainer=Africa Corps trainee=NER uncertain"],
    ),
    (
        "Poland's defence minister Wladyslaw Kosiniak-Kamysz said Warsaw had signed a contract to buy 96 AH-64 Apache attack helicopters from the United States, the largest helicopter deal in its history.",
        &["supply supplier=USA recipient=POL item=Apache asserted", "role person=Kosiniak-Kamysz organization=POL asserted"],
    ),
    (
        "Japan is considering easing its export rules so that it can ship Patriot interceptor missiles made under U.S. licence back to the United States, officials familiar with the matter said.",
        &["supply supplier=JPN recipient=USA item=Patriot uncertain"],
    ),
    (
        "The Houthis have attacked more than 100 merchant vessels in the Red Sea since November 2023, forcing many shipping companies to send their ships around the Cape of Good Hope.",
        &["attack attacker=Houthis target=merchant vessels asserted"],
    ),
    (
        "Connor McDavid scored twice as the Oilers beat Dallas 6-3 on Thursday, firing a wrist shot past the Stars goalie in the third period to seal a place in the final.",
        &[],
    ),
    (
        "France will continue to back the Lebanese army with equipment and training, President Emmanuel Macron said during a visit to Beirut, pledging 100 million euros in assistance.",
        &["support supporter=FRA supported=Leban uncertain", "role person=Emmanuel Macron organization=FRA asserted"],
    ),
    (
        "Kyiv has rejected Russian claims that its forces shelled the Zaporizhzhia nuclear plant, saying Moscow was staging provocations at the site it has occupied since March 2022.",
        &["attack attacker=UKR target=Zaporizhzhia denied"],
    ),
    (
        "The United Nations Security Council failed to renew sanctions on Mali in August 2023 after Russia vetoed the draft resolution, ending the work of the panel of experts that monitored them.",
        &["sanction sanctioner=Security Council target=MLI negated"],
    ),
    (
        "Human Rights Watch accused the Sudanese army of dropping barrel bombs on residential districts of Nyala in 2024, killing dozens of civilians, in a report published on Thursday.",
        &["accuse accuser=Human Rights Watch accused=Sudan asserted", "attack attacker=Sudan target=Nyala alleged"],
    ),
    (
        "The city council sanctioned the use of drones for traffic monitoring during the marathon, despite complaints from residents who said the machines would invade their privacy.",
        &[],
    ),
    (
        "Mark Rutte, the former Dutch prime minister who took over as NATO secretary general in October 2024, urged European allies on Monday to raise defence spending sharply.",
        &["role person=Mark Rutte organization=NATO asserted"],
    ),
    (
        "Iran has armed and financed the Houthis for years, United Nations experts said in a report that traced components of missiles seized off Yemen to Iranian manufacturers.",
        &["supply supplier=IRN recipient=Houthis asserted", "support supporter=IRN supported=Houthis asserted"],
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan blamed Russian peacekeepers for failing to stop Azerbaijan's offensive in Nagorno-Karabakh in September 2023, deepening a rift with Moscow.",
        &["accuse accuser=Pashinyan accused=Russian asserted", "role person=Pashinyan organization=ARM asserted", "attack attacker=AZE target=Nagorno-Karabakh asserted"],
    ),
    (
        "Kazakhstan will not help Russia get around Western sanctions, President Kassym-Jomart Tokayev said in 2022, adding that his country would respect the restrictions imposed on Moscow.",
        &["support supporter=KAZ supported=RUS negated", "role person=Tokayev organization=KAZ asserted"],
    ),
    (
        "A freight train carrying Ukrainian grain to Poland derailed near the border on Sunday, blocking the main rail line between Kyiv and Warsaw for several hours, the operator said.",
        &[],
    ),
    (
        "Netherlands to Deliver F-16 Jets to Ukraine by Year's End",
        &["supply supplier=NLD recipient=UKR item=F-16 uncertain"],
    ),
    (
        "US slaps fresh sanctions on Venezuela's Maduro over disputed election",
        &["sanction sanctioner=USA target=Maduro asserted"],
    ),
    (
        "Ukraine Strikes Russian Oil Refinery in Ryazan With Long-Range Drones",
        &["attack attacker=UKR target=Russian asserted", "use user=UKR item=drone asserted"],
    ),
    (
        "Germany Will Not Send Taurus Missiles to Ukraine, Scholz Says",
        &["supply supplier=DEU recipient=UKR item=Taurus negated"],
    ),
    (
        "Israel accuses UNRWA staff of taking part in October 7 attack",
        &["accuse accuser=ISR accused=UNRWA asserted"],
    ),
    (
        "China's Xi vows support for Russia in talks with Putin",
        &["support supporter=Xi supported=RUS uncertain"],
    ),
    (
        "Residents complain of constant drone from new wind turbines",
        &[],
    ),
    (
        "Real Madrid beat Bayern to reach Champions League final",
        &[],
    ),
    (
        "Indonesia signs deal for 42 Rafale jets from France",
        &["supply supplier=FRA recipient=IDN item=Rafale asserted"],
    ),
    (
        "Australia Imposes Cyber Sanctions on Russian Hacker Aleksandr Ermakov",
        &["sanction sanctioner=AUS target=Ermakov asserted"],
    ),
    (
        "Kremlin denies training North Korean troops for combat in Kursk",
        &["train trainer=RUS trainee=PRK denied"],
    ),
    (
        "Hezbollah names Naim Qassem as new secretary general",
        &["role person=Naim Qassem organization=Hezbollah asserted"],
    ),
    (
        "US, UK strike Houthi missile sites after Red Sea attacks",
        &["attack attacker=USA target=Houthi asserted", "attack attacker=GBR target=Houthi asserted"],
    ),
    (
        "Australia could acquire up to five Virginia-class submarines from US under AUKUS",
        &["supply supplier=USA recipient=AUS item=Virginia uncertain"],
    ),
    (
        "Meta Fires 3,600 Workers in Performance Review Cull",
        &[],
    ),
    (
        "Kongsberg, the Norwegian defence group, delivered two NASAMS air defence systems to Lithuania last year. The company said on Tuesday that it would also train Lithuanian crews to operate a third battery.",
        &["supply supplier=Kongsberg recipient=LTU item=NASAMS asserted", "train trainer=kongsberg trainee=LTU uncertain"],
    ),
    (
        "Hamas released a video of two Israeli hostages on Saturday. The group accused Israel of killing several captives in air strikes on Gaza.",
        &["accuse accuser=hamas accused=ISR asserted", "attack attacker=ISR target=captives alleged"],
    ),
    (
        "Ukraine's military intelligence agency said on Wednesday that it had destroyed a Russian Su-30 fighter jet near Novorossiysk. The agency said its naval drones had struck the aircraft over the Black Sea.",
        &["attack attacker=Ukraine target=Su-30 asserted", "use user=Ukraine item=drone asserted"],
    ),
    (
        "North Korean leader Kim Jong Un inspected a new artillery factory in June 2024. Kim has sent millions of shells to Russia since the start of the war in Ukraine, according to South Korean officials.",
        &["role person=Kim Jong Un organization=PRK asserted", "supply supplier=Kim recipient=RUS item=ammunition asserted"],
    ),
    (
        "Germany's Rheinmetall opened a new ammunition plant in Unterluess in August 2025. The company plans to ship much of the plant's output of artillery shells to Ukraine.",
        &["supply supplier=Rheinmetall recipient=UKR item=ammunition uncertain"],
    ),
    (
        "Britain imposed sanctions on Iran's Islamic Revolutionary Guard Corps in 2023. London has since resisted calls from lawmakers to proscribe the force as a terrorist organisation.",
        &["sanction sanctioner=GBR target=Revolutionary Guard asserted", "sanction sanctioner=GBR target=Revolutionary Guard negated"],
    ),
    (
        "The Pentagon announced a new $725 million weapons package for Ukraine on Monday. It includes Stinger missiles, HIMARS ammunition and anti-personnel mines, officials said.",
        &["supply supplier=Pentagon recipient=UKR item=weapon asserted"],
    ),
    (
        "Ukraine's national football team beat Iceland 2-1 in Wroclaw to qualify for Euro 2024. The country will face Belgium, Slovakia and Romania in the group stage.",
        &[],
    ),
    (
        "India struck nine sites in Pakistan on May 7, 2025, saying they were camps used by militant groups. The country's air force used French-built Rafale jets and SCALP cruise missiles in the raids, according to defence analysts.",
        &["attack attacker=IND target=PAK asserted", "use user=IND item=Rafale asserted", "use user=IND item=missile asserted"],
    ),
    (
        "The United States paused a shipment of 2,000-pound bombs to Israel in May 2024 over concerns about civilian casualties in Rafah. The country continued to send Israel other munitions, officials said.",
        &["supply supplier=USA recipient=ISR item=ammunition negated", "supply supplier=USA recipient=ISR item=ammunition asserted"],
    ),
    (
        "Poland scrambled fighter jets in September 2025 after Russian drones crossed into its airspace during an attack on western Ukraine. The country shot down several of the drones with help from Dutch F-35 jets, officials in Warsaw said.",
        &["support supporter=NLD supported=POL asserted"],
    ),
    (
        "Tesla unveiled its long-awaited robotaxi in Austin on Thursday. The company said it would deploy the fleet across Texas next year and ship units to customers in Europe.",
        &[],
    ),
    (
        "Hungary vetoed a new package of EU military aid for Ukraine in 2024. The country has accused Kyiv of mistreating its ethnic Hungarian minority.",
        &["accuse accuser=HUN accused=UKR asserted"],
    ),
    (
        "Colombia's government suspended peace talks with the ELN in January 2025 after a wave of deadly attacks in the Catatumbo region. It accused the rebel group of killing dozens of civilians.",
        &["accuse accuser=COL accused=ELN asserted", "attack attacker=ELN target=civilians alleged"],
    ),
    (
        "Sudan's army has received Iranian Mohajer-6 drones, according to satellite images analysed by researchers. The military has used the drones against the Rapid Support Forces around Khartoum.",
        &["supply supplier=IRN recipient=Sudan item=Mohajer-6 asserted", "use user=SDN item=drone target=Rapid Support Forces asserted"],
    ),
];

/// The gold's optional relations of the rows above (readings that may be
/// given or not: a use inside an attack, a supply implied by a maker's
/// adjective, a reading inside an accusation, a second role).
const OPTIONAL_BL: &[(&str, &[&str])] = &[
    (
        "The Treasury Department on Thursday sanctioned three Hong Kong-based companies that it said had helped Iran procure drone components, according to a statement from the Office of Foreign Assets Control.",
        &["support supporter=Hong Kong supported=IRN alleged", "supply supplier=Hong Kong recipient=IRN item=drone alleged"],
    ),
    (
        "Israeli fighter jets struck port facilities in Hodeidah on Sunday, the military said, days after the Houthis launched a ballistic missile at Ben Gurion Airport near Tel Aviv.",
        &["use user=ISR item=aircraft asserted", "use user=Houthis item=missile asserted"],
    ),
    (
        "Beijing has denied supplying lethal weapons to Moscow, with foreign ministry spokesperson Lin Jian saying China strictly controls exports of drones and their parts to all countries.",
        &["role person=Lin Jian organization=CHN asserted"],
    ),
    (
        "Ukrainian forces used U.S.-made Abrams tanks in the fighting around Avdiivka, according to a brigade commander, who said several of the vehicles had been hit by Russian drones.",
        &["supply supplier=USA recipient=UKR item=Abrams asserted", "attack attacker=RUS target=UKR asserted", "use user=RUS item=drone asserted"],
    ),
    (
        "The European Union added 19 Chinese and Indian firms to its sanctions list on Wednesday, accusing them of helping Moscow evade export controls on battlefield goods.",
        &["accuse accuser=European Union accused=Chinese asserted", "support supporter=Chinese supported=RUS alleged"],
    ),
    (
        "Hezbollah fired dozens of rockets at northern Israel overnight in what the group described as retaliation for the killing of one of its senior commanders in an Israeli strike.",
        &["use user=Hezbollah item=missile asserted", "attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "The board fired chief executive Sam Altman in November 2023, only to reinstate him days later after most OpenAI staff threatened to quit the company.",
        &["role person=Sam Altman organization=OpenAI asserted"],
    ),
    (
        "The United States accused Iran of transferring close-range ballistic missiles to Russia for use in Ukraine, a charge Tehran rejected as baseless propaganda.",
        &["use user=RUS item=missile alleged"],
    ),
    (
        "South Korea will not provide lethal weapons directly to Ukraine, President Yoon Suk Yeol's office said, although the country has sold hundreds of tanks and howitzers to Poland.",
        &["supply supplier=KOR recipient=POL item=artillery asserted"],
    ),
    (
        "Russia's Africa Corps is expected to train soldiers in Niger under a security agreement signed with the military junta in Niamey last year, diplomats in the region said.",
        &["train trainer=RUS trainee=NER uncertain"],
    ),
    (
        "France will continue to back the Lebanese army with equipment and training, President Emmanuel Macron said during a visit to Beirut, pledging 100 million euros in assistance.",
        &["train trainer=FRA trainee=Leban uncertain", "supply supplier=FRA recipient=Leban uncertain"],
    ),
    (
        "Kyiv has rejected Russian claims that its forces shelled the Zaporizhzhia nuclear plant, saying Moscow was staging provocations at the site it has occupied since March 2022.",
        &["accuse accuser=RUS accused=UKR asserted", "accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Human Rights Watch accused the Sudanese army of dropping barrel bombs on residential districts of Nyala in 2024, killing dozens of civilians, in a report published on Thursday.",
        &["attack attacker=Sudan target=civilians alleged", "use user=Sudan item=ammunition alleged"],
    ),
    (
        "Mark Rutte, the former Dutch prime minister who took over as NATO secretary general in October 2024, urged European allies on Monday to raise defence spending sharply.",
        &["role person=Mark Rutte organization=NLD asserted"],
    ),
    (
        "US slaps fresh sanctions on Venezuela's Maduro over disputed election",
        &["role person=Maduro organization=VEN asserted"],
    ),
    (
        "Israel accuses UNRWA staff of taking part in October 7 attack",
        &["attack attacker=UNRWA target=ISR alleged"],
    ),
    (
        "China's Xi vows support for Russia in talks with Putin",
        &["role person=Xi organization=CHN asserted"],
    ),
    (
        "Hamas released a video of two Israeli hostages on Saturday. The group accused Israel of killing several captives in air strikes on Gaza.",
        &["attack attacker=ISR target=Gaza alleged"],
    ),
    (
        "Ukraine's military intelligence agency said on Wednesday that it had destroyed a Russian Su-30 fighter jet near Novorossiysk. The agency said its naval drones had struck the aircraft over the Black Sea.",
        &["attack attacker=Ukraine target=RUS asserted"],
    ),
    (
        "North Korean leader Kim Jong Un inspected a new artillery factory in June 2024. Kim has sent millions of shells to Russia since the start of the war in Ukraine, according to South Korean officials.",
        &["supply supplier=PRK recipient=RUS item=ammunition asserted", "attack attacker=RUS target=UKR asserted"],
    ),
    (
        "The Pentagon announced a new $725 million weapons package for Ukraine on Monday. It includes Stinger missiles, HIMARS ammunition and anti-personnel mines, officials said.",
        &["support supporter=Pentagon supported=UKR asserted", "supply supplier=Pentagon recipient=UKR item=Stinger asserted", "supply supplier=Pentagon recipient=UKR item=ammunition asserted"],
    ),
    (
        "India struck nine sites in Pakistan on May 7, 2025, saying they were camps used by militant groups. The country's air force used French-built Rafale jets and SCALP cruise missiles in the raids, according to defence analysts.",
        &["supply supplier=FRA recipient=IND item=Rafale asserted"],
    ),
    (
        "Poland scrambled fighter jets in September 2025 after Russian drones crossed into its airspace during an attack on western Ukraine. The country shot down several of the drones with help from Dutch F-35 jets, officials in Warsaw said.",
        &["attack attacker=RUS target=UKR asserted", "attack attacker=POL target=RUS asserted", "use user=RUS item=drone asserted", "use user=POL item=aircraft asserted", "use user=NLD item=aircraft asserted"],
    ),
    (
        "Hungary vetoed a new package of EU military aid for Ukraine in 2024. The country has accused Kyiv of mistreating its ethnic Hungarian minority.",
        &["support supporter=EU supported=UKR negated", "supply supplier=EU recipient=UKR negated"],
    ),
    (
        "Sudan's army has received Iranian Mohajer-6 drones, according to satellite images analysed by researchers. The military has used the drones against the Rapid Support Forces around Khartoum.",
        &["attack attacker=SDN target=Rapid Support Forces asserted"],
    ),
];

/// Relations the engine misses on the blind run, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // factuality: a source inside a relative clause after the object ("companies that it said had
    // helped") is read as the main verb's
    (
        "The Treasury Department on Thursday sanctioned three Hong Kong-based companies that it said had helped Iran procure drone components, according to a statement from the Office of Foreign Assets Control.",
        "sanction sanctioner=Treasury target=Hong Kong asserted",
    ),
    // factuality: a party's own negation, reported by its spokesman, is negated by the engine's
    // convention (tests/unseen_wordings_2.rs: "..., Islamabad insisted"); the gold says denied
    (
        "Russia has not received any North Korean artillery shells, Kremlin spokesman Dmitry Peskov insisted on Monday, dismissing reports from Seoul as fabrications spread by Western intelligence agencies.",
        "supply supplier=PRK recipient=RUS item=ammunition denied",
    ),
    // factuality: "a contract to buy" reads the purchase as a plan
    (
        "Poland's defence minister Wladyslaw Kosiniak-Kamysz said Warsaw had signed a contract to buy 96 AH-64 Apache attack helicopters from the United States, the largest helicopter deal in its history.",
        "supply supplier=USA recipient=POL item=Apache asserted",
    ),
    // factuality: a deed one will keep on doing is going on (`ongoing_complement_verb`, by
    // design); the gold reads "will continue to back" as to come
    (
        "France will continue to back the Lebanese army with equipment and training, President Emmanuel Macron said during a visit to Beirut, pledging 100 million euros in assistance.",
        "support supporter=FRA supported=Leban uncertain",
    ),
    // factuality: a denial cue with a demonym between ("rejected Russian claims that") is none;
    // the claims make it alleged
    (
        "Kyiv has rejected Russian claims that its forces shelled the Zaporizhzhia nuclear plant, saying Moscow was staging provocations at the site it has occupied since March 2022.",
        "attack attacker=UKR target=Zaporizhzhia denied",
    ),
    // factuality: "failed to" is no negation cue (tried: on the reference corpora it negated
    // "fails to relinquish its claims" and a "possible" sanction, for one double negation put right)
    (
        "The United Nations Security Council failed to renew sanctions on Mali in August 2023 after Russia vetoed the draft resolution, ending the work of the panel of experts that monitored them.",
        "sanction sanctioner=Security Council target=MLI negated",
    ),
    // factuality: an attack inside what one is blamed for failing to stop is read as alleged (and
    // "failing to stop" of the pattern rule as negated: the frame knows attacks to stop go on)
    (
        "Armenian Prime Minister Nikol Pashinyan blamed Russian peacekeepers for failing to stop Azerbaijan's offensive in Nagorno-Karabakh in September 2023, deepening a rift with Moscow.",
        "attack attacker=AZE target=Nagorno-Karabakh asserted",
    ),
    // factuality: "according to" a third party is alleged by the engine's convention (a rule
    // example: "..., according to Bolivia"); the gold reads analysts and images as facts
    (
        "India struck nine sites in Pakistan on May 7, 2025, saying they were camps used by militant groups. The country's air force used French-built Rafale jets and SCALP cruise missiles in the raids, according to defence analysts.",
        "use user=IND item=Rafale asserted",
    ),
    (
        "India struck nine sites in Pakistan on May 7, 2025, saying they were camps used by militant groups. The country's air force used French-built Rafale jets and SCALP cruise missiles in the raids, according to defence analysts.",
        "use user=IND item=missile asserted",
    ),
    (
        "Sudan's army has received Iranian Mohajer-6 drones, according to satellite images analysed by researchers. The military has used the drones against the Rapid Support Forces around Khartoum.",
        "supply supplier=IRN recipient=Sudan item=Mohajer-6 asserted",
    ),
    // a shipment "paused" gives no supply: the verb is no cue and the noun's frame wants a verb
    // of sending
    (
        "The United States paused a shipment of 2,000-pound bombs to Israel in May 2024 over concerns about civilian casualties in Rafah. The country continued to send Israel other munitions, officials said.",
        "supply supplier=USA recipient=ISR item=ammunition negated",
    ),
    // an infinitive under "the way for X to", a verb under "so that it can" is not read
    (
        "Turkey's parliament approved Sweden's membership of NATO in January 2024, clearing the way for Washington to sell 40 new F-16 fighter jets to Ankara.",
        "supply supplier=USA recipient=TUR item=F-16 uncertain",
    ),
    (
        "Japan is considering easing its export rules so that it can ship Patriot interceptor missiles made under U.S. licence back to the United States, officials familiar with the matter said.",
        "supply supplier=JPN recipient=USA item=Patriot uncertain",
    ),
    // "President X" with no country beside the title: the gazetteer knows the person's country,
    // but a role's organization must be a mention
    (
        "South Korea will not provide lethal weapons directly to Ukraine, President Yoon Suk Yeol's office said, although the country has sold hundreds of tanks and howitzers to Poland.",
        "role person=Yoon Suk Yeol organization=KOR asserted",
    ),
    (
        "France will continue to back the Lebanese army with equipment and training, President Emmanuel Macron said during a visit to Beirut, pledging 100 million euros in assistance.",
        "role person=Emmanuel Macron organization=FRA asserted",
    ),
    (
        "Kazakhstan will not help Russia get around Western sanctions, President Kassym-Jomart Tokayev said in 2022, adding that his country would respect the restrictions imposed on Moscow.",
        "role person=Tokayev organization=KAZ asserted",
    ),
    // "foreign ministry" with no country is no organization
    (
        "Beijing has denied supplying lethal weapons to Moscow, with foreign ministry spokesperson Lin Jian saying China strictly controls exports of drones and their parts to all countries.",
        "role person=Lin Jian organization=ministry asserted",
    ),
    // a name no list holds after "names" in a headline is no person ("names Naim Qassem as")
    (
        "Hezbollah names Naim Qassem as new secretary general",
        "role person=Naim Qassem organization=Hezbollah asserted",
    ),
    // "around 400" after a verb is read as a preposition's phrase, so the verb has no object (an
    // approximator alone that may be a preposition stays one: "fired at 3 villages")
    (
        "British and Canadian instructors trained around 400 Ukrainian marines in amphibious assault tactics this summer, the Ministry of Defence in London said on Friday.",
        "train trainer=GBR trainee=UKR asserted",
    ),
    (
        "British and Canadian instructors trained around 400 Ukrainian marines in amphibious assault tactics this summer, the Ministry of Defence in London said on Friday.",
        "train trainer=CAN trainee=UKR asserted",
    ),
    // "Africa Corps" is no organization, and "soldiers in Niger" no trainee
    (
        "Russia's Africa Corps is expected to train soldiers in Niger under a security agreement signed with the military junta in Niamey last year, diplomats in the region said.",
        "train trainer=Africa Corps trainee=NER uncertain",
    ),
    // an attack on people or things no list names (vessels, captives, civilians, a jet): a target
    // must be an actor or a place
    (
        "The Houthis have attacked more than 100 merchant vessels in the Red Sea since November 2023, forcing many shipping companies to send their ships around the Cape of Good Hope.",
        "attack attacker=Houthis target=merchant vessels asserted",
    ),
    (
        "Hamas released a video of two Israeli hostages on Saturday. The group accused Israel of killing several captives in air strikes on Gaza.",
        "attack attacker=ISR target=captives alleged",
    ),
    (
        "Colombia's government suspended peace talks with the ELN in January 2025 after a wave of deadly attacks in the Catatumbo region. It accused the rebel group of killing dozens of civilians.",
        "attack attacker=ELN target=civilians alleged",
    ),
    (
        "Ukraine's military intelligence agency said on Wednesday that it had destroyed a Russian Su-30 fighter jet near Novorossiysk. The agency said its naval drones had struck the aircraft over the Black Sea.",
        "attack attacker=Ukraine target=Su-30 asserted",
    ),
    // a reference the names stage does not read: an object ("accused the rebel group"), a
    // possessive pronoun ("its naval drones"), a surname that opens a Korean name ("Kim"; a
    // surname alias for him made "Kim" of Kim Yo Jong his), an item inside "much of the
    // plant's output of", and "the force" after "proscribe"
    (
        "Colombia's government suspended peace talks with the ELN in January 2025 after a wave of deadly attacks in the Catatumbo region. It accused the rebel group of killing dozens of civilians.",
        "accuse accuser=COL accused=ELN asserted",
    ),
    (
        "Ukraine's military intelligence agency said on Wednesday that it had destroyed a Russian Su-30 fighter jet near Novorossiysk. The agency said its naval drones had struck the aircraft over the Black Sea.",
        "use user=Ukraine item=drone asserted",
    ),
    (
        "North Korean leader Kim Jong Un inspected a new artillery factory in June 2024. Kim has sent millions of shells to Russia since the start of the war in Ukraine, according to South Korean officials.",
        "supply supplier=Kim recipient=RUS item=ammunition asserted",
    ),
    (
        "Germany's Rheinmetall opened a new ammunition plant in Unterluess in August 2025. The company plans to ship much of the plant's output of artillery shells to Ukraine.",
        "supply supplier=Rheinmetall recipient=UKR item=ammunition uncertain",
    ),
    (
        "Britain imposed sanctions on Iran's Islamic Revolutionary Guard Corps in 2023. London has since resisted calls from lawmakers to proscribe the force as a terrorist organisation.",
        "sanction sanctioner=GBR target=Revolutionary Guard negated",
    ),
    // support by "help from" a country's jets
    (
        "Poland scrambled fighter jets in September 2025 after Russian drones crossed into its airspace during an attack on western Ukraine. The country shot down several of the drones with help from Dutch F-35 jets, officials in Warsaw said.",
        "support supporter=NLD supported=POL asserted",
    ),
];

/// Relations the engine gives on the blind run that the gold does not
/// have (required or optional), with why.
const KNOWN_FALSE_POSITIVES: &[(&str, &str)] = &[
    // a country before its state's force after "sanctions on" is a target
    // too, by the convention of set H (`tests/unseen_wordings_5.rs`:
    // "sanctions against Iran's Revolutionary Guards"); the gold says the
    // force alone
    (
        "Britain imposed sanctions on Iran's Islamic Revolutionary Guard Corps in 2023. London has since resisted calls from lawmakers to proscribe the force as a terrorist organisation.",
        "sanction sanctioner=GBR target=IRN asserted",
    ),
    // one sanction per demonym of "Chinese and Indian firms", which the gold
    // reads as one target
    (
        "The European Union added 19 Chinese and Indian firms to its sanctions list on Wednesday, accusing them of helping Moscow evade export controls on battlefield goods.",
        "sanction sanctioner=eu target=IND asserted",
    ),
];

#[test]
fn set_bl_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BL, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BL], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn no_relation_beyond_the_gold_but_the_known_false_positives() {
    let ex = Extractor::default();
    let extra = extra_relations(&ex, SET_BL, OPTIONAL_BL);
    let wrong = unexpected_relations(&extra, KNOWN_FALSE_POSITIVES);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
