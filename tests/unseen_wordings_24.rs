//! A twenty-fourth blind table, of every relation type in wire copy (full
//! sentences with datelines, attributions and subordinate clauses), for
//! issue 17: wordings the rules missed on unseen news. Its kinds are those
//! of the development set's misses: an actor inside a descriptive phrase
//! ("Canadian cargo planes carrying rockets to Ukraine", "Militiamen loyal
//! to the Houthi movement"), a weapon's doer after "by" ("a roadside bomb
//! planted by Boko Haram fighters killed ..."), help given as a purpose
//! ("lent Indonesia $2 billion to help the Indonesian government
//! rebuild"), a name in brackets after a description ("a small Central
//! American country (Panama)"), a descriptive armed group before a post
//! ("Somali insurgent leader"), an owner before an organization ("a senior
//! partner at Rupert Vale's Kestrel Capital"), a resolution that would
//! impose an embargo, a list of suppliers after a colon; with traps in
//! other senses (a union's "message with" a rail strike, firms that expand
//! into "another large market (Brazil)", tourists who travel "to help
//! celebrate", cargo planes carrying maple syrup).
//!
//! Set BD (20 texts, 4 traps) was written and its gold committed before
//! the engine ran on it, and scored once on the main as it was: micro P
//! 0.875, R 0.368, F1 0.519, factuality 0.714 (two of its seven matches
//! paired with the other of two supplies of one sentence, whose items are
//! no required role). Its one false positive is right: "a roadside bomb
//! planted by Boko Haram fighters" is Boko Haram's use of the bomb, which
//! the gold left out; the gold is kept as written. No trap gave a
//! relation. After the changes it led to (help as a purpose after a time
//! phrase, '-ise' verbs, a name in brackets, a weapon's doer, a post at an
//! owner's organization, a resolution's body): P 0.917, R 0.579, F1 0.710;
//! with the names after a colon that a counting subject stands for: P
//! 0.933, R 0.737, F1 0.824 (the factuality misses are the pairing above);
//! with officers by rank as their force ("a Nigerian army colonel"): P
//! 0.938, R 0.789, F1 0.857; with an unknown participle before a particle
//! read as one ("fighters holed up in"): P 0.941, R 0.842, F1 0.889.
//! With the changes of table 25 (a vehicle that carries weapons, a strike
//! in a "with" phrase of a message, a nationality's armed group before a
//! post): P 0.950, R 1.000, F1 0.974.
//!
//! Set BE (20 texts, 4 traps) was written after the changes, its gold
//! committed before the engine ran on it, and scored once: P 0.933, R
//! 0.778, F1 0.848, factuality 1.000 (its false positive the same right
//! use of a car bomb by its doer); no trap gave a relation. Not tuned on.
//! After the changes of table 25 (a year before a purpose infinitive, a
//! time phrase after a modal, "across Ukraine", a nationality's armed
//! group before a post): P 0.944, R 0.944, F1 0.944.
//!
//! Scores: target/release/examples/evaluate on
//! `tests/unseen_wordings_24.bd.gold.jsonl` and `.be.gold.jsonl`.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`. Written before the changes.
const SET_BD: &[(&str, &[&str])] = &[
    (
        "KYIV, March 3 (Reuters) - Canadian cargo planes carrying hundreds of anti-tank rockets to Ukraine landed in southeastern Poland on Tuesday, a Canadian defence official said.",
        &["supply supplier=CAN recipient=UKR asserted"],
    ),
    (
        "ISLAMABAD (AP) - Pakistani soldiers have encircled Taliban fighters holed up in a mountain valley near the Afghan border after a week of heavy fighting, the army said on Sunday.",
        &["attack attacker=PAK target=Taliban asserted"],
    ),
    (
        "MAIDUGURI, Nigeria (AFP) - A roadside bomb planted by Boko Haram fighters killed a Nigerian army colonel and two of his escorts outside the city on Friday, military sources said.",
        &["attack attacker=Boko Haram target=NGA asserted"],
    ),
    (
        "TOKYO - Japan lent Indonesia $2 billion last year to help the Indonesian government rebuild ports wrecked by the tsunami, finance ministry documents show.",
        &["support supporter=JPN supported=IDN asserted"],
    ),
    (
        "ROME, June 9 - Italy sent three helicopters to Mozambique on Monday to help the Mozambican army fight insurgents in Cabo Delgado province, a government spokesman said.",
        &["support supporter=ITA supported=MOZ asserted"],
    ),
    (
        "JERUSALEM (Reuters) - Israel sent Iran a pointed message with Saturday's strike on Hezbollah commanders in Beirut, a senior Israeli official told reporters on Sunday.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "PANAMA CITY - The United States invaded a small Central American country (Panama) in December 1989 to seize Manuel Noriega, newly released documents show.",
        &["attack attacker=USA target=PAN asserted"],
    ),
    (
        "MOGADISHU, Feb 2 (Reuters) - Somali insurgent leader Hassan Dahir Aweys said on Friday that his fighters would not lay down their arms while foreign troops remained in the country.",
        &["role person=Hassan Dahir Aweys organization=Somali asserted"],
    ),
    (
        "Hugh Marren, a senior partner at Rupert Vale's Kestrel Capital, told the inquiry on Wednesday that the fund had broken no rules.",
        &["role person=Hugh Marren organization=Kestrel Capital asserted"],
    ),
    (
        "UNITED NATIONS (AP) - The Security Council will vote next week on a draft resolution that would impose an arms embargo on South Sudan, diplomats said on Thursday.",
        &["sanction sanctioner=Security Council target=SSD uncertain"],
    ),
    (
        "ANKARA - Under a programme agreed last year, Turkish officers are training Somali army recruits at a base in Mogadishu, the Turkish defence ministry said.",
        &["train trainer=TUR trainee=SOM asserted"],
    ),
    (
        "KYIV (Reuters) - Russian forces fired Iskander missiles at a railway hub in Dnipro overnight, killing two workers, Ukraine's air force said on Wednesday.",
        &["use user=RUS item=Iskander asserted"],
    ),
    (
        "BERLIN - Germany, which has already shipped Leopard tanks to Kyiv, said on Friday it would deliver four more IRIS-T air defence systems to Ukraine by the end of the year.",
        &[
            "supply supplier=DEU recipient=UKR uncertain",
            "supply supplier=DEU recipient=UKR asserted",
        ],
    ),
    (
        "BRUSSELS - Three countries have promised F-16 fighter jets to Ukraine: Denmark, the Netherlands and Norway, NATO officials said on Monday.",
        &[
            "supply supplier=DNK recipient=UKR uncertain",
            "supply supplier=NLD recipient=UKR uncertain",
            "supply supplier=NOR recipient=UKR uncertain",
        ],
    ),
    (
        "SANAA, Yemen - Militiamen loyal to the Houthi movement stormed a United Nations compound in the capital on Thursday and detained several local staff, the world body said.",
        &["attack attacker=Houthi target=United Nations asserted"],
    ),
    (
        "CARACAS (Reuters) - Venezuela's foreign minister on Sunday accused Colombia of harbouring armed groups that plot attacks across the border, escalating a row between the neighbours.",
        &["accuse accuser=VEN accused=COL asserted"],
    ),
    (
        "LONDON - Unions sent the government a blunt message with Monday's rail strike, which shut most lines into the capital, organisers said.",
        &[],
    ),
    (
        "NEW DELHI - Indian software firms expanded into another large market (Brazil) last year, the industry body said in its annual report.",
        &[],
    ),
    (
        "BANGKOK - Thousands of Chinese tourists travelled to Thailand this week to help celebrate the Songkran festival, Thai tourism officials said.",
        &[],
    ),
    (
        "VANCOUVER - Canadian cargo planes carrying maple syrup to Japan were held up by fog at the airport on Tuesday, the airline said.",
        &[],
    ),
];

/// Written after the changes, scored once.
const SET_BE: &[(&str, &[&str])] = &[
    (
        "NAIROBI (Reuters) - Kenya sent 400 police officers to Haiti last year to help the Haitian government restore order in the capital, the interior ministry said.",
        &["support supporter=KEN supported=HTI asserted"],
    ),
    (
        "BEIRUT - Syrian troops have encircled Islamic State fighters in the desert town of Palmyra, state media reported on Tuesday.",
        &["attack attacker=SYR target=Islamic State asserted"],
    ),
    (
        "DAMASCUS, Aug 4 (AFP) - A car bomb detonated by Islamic State militants killed five Syrian soldiers at a checkpoint near Deir ez-Zor, a monitoring group said.",
        &["attack attacker=Islamic State target=SYR asserted"],
    ),
    (
        "WASHINGTON - The United States lent Egypt $1 billion in 2016 to help the Egyptian central bank shore up the pound, Treasury records show.",
        &["support supporter=USA supported=EGY asserted"],
    ),
    (
        "In 1990 Iraq invaded a small oil-rich neighbour (Kuwait), setting off a war that drew in dozens of countries, the report recalls.",
        &["attack attacker=IRQ target=KWT asserted"],
    ),
    (
        "UNITED NATIONS - The General Assembly will next month vote on a resolution that would impose an arms embargo on Myanmar, diplomats told Reuters.",
        &["sanction sanctioner=General Assembly target=MMR uncertain"],
    ),
    (
        "Maria Lopes, a senior fellow at Jorge Vidal's Lisbon Policy Institute, said the sanctions had failed.",
        &["role person=Maria Lopes organization=Lisbon Policy Institute asserted"],
    ),
    (
        "PARIS - France will deliver 12 Caesar howitzers to Ukraine by the end of the month, Defence Minister Sebastien Lecornu said on Wednesday.",
        &["supply supplier=FRA recipient=UKR uncertain"],
    ),
    (
        "SEOUL (Yonhap) - South Korea on Friday blacklisted four North Korean shipping firms it accused of smuggling coal, the foreign ministry said.",
        &["sanction sanctioner=KOR target=PRK asserted"],
    ),
    (
        "TAIPEI - American instructors have been training Taiwanese marines at a base in Kaohsiung since last year, officials on the island confirmed.",
        &["train trainer=USA trainee=TWN asserted"],
    ),
    (
        "KYIV, Oct 10 (Reuters) - Russian forces launched dozens of Kalibr cruise missiles at power plants across Ukraine overnight, the Ukrainian air force said.",
        &["use user=RUS item=Kalibr asserted", "attack attacker=RUS target=UKR alleged"],
    ),
    (
        "ADDIS ABABA - Ethiopia accused Eritrean troops on Monday of looting towns in northern Tigray, a charge Asmara rejected.",
        &["accuse accuser=ETH accused=ERI asserted"],
    ),
    (
        "ISLAMABAD - China lent Pakistan $2 billion on Monday to help Islamabad meet its debt payments, the finance ministry said.",
        &["support supporter=CHN supported=PAK asserted"],
    ),
    (
        "KHARTOUM (AP) - Sudanese paramilitary commander Mohamed Hamdan Dagalo said on Sunday that his forces would hold their ground in the capital.",
        &["role person=Mohamed Hamdan Dagalo organization=Sudanese asserted"],
    ),
    (
        "ANKARA - Turkey, which has long backed Azerbaijan in its dispute with Armenia, said on Tuesday it would send military advisers to Baku.",
        &["support supporter=TUR supported=AZE asserted"],
    ),
    (
        "MOSCOW - Russia, along with Belarus, has been supplying artillery shells to the Myanmar junta, according to a UN report published on Thursday.",
        &[
            "supply supplier=RUS recipient=MMR alleged",
            "supply supplier=BLR recipient=MMR alleged",
        ],
    ),
    (
        "LONDON - Shoppers surrounded the new Apple store on Regent Street on Friday, hours before the launch of its latest phone, police said.",
        &[],
    ),
    (
        "GENEVA - The football association will vote on a motion that would ban Russian clubs from European competitions, officials said.",
        &[],
    ),
    (
        "TOKYO - Japanese carmakers lent their engineers to Thai partners last year to help them build a new factory, the trade ministry said.",
        &[],
    ),
    (
        "BERLIN - The committee considered a bill on Monday that would ban smoking in cars carrying children, a spokesman said.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "help the Egyptian central bank shore up the pound": a bank is no stand-in for its country
    (
        "WASHINGTON - The United States lent Egypt $1 billion in 2016 to help the Egyptian central bank shore up the pound, Treasury records show.",
        "support supporter=USA supported=EGY asserted",
    ),
];

#[test]
fn set_bd_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BD, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_be_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BE, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BD, SET_BE], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
