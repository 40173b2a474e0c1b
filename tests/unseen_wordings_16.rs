//! A sixteenth blind table, of posts (`role`) in the wordings of news
//! reports, written before the engine was run on it: a title after a
//! country's or a company's possessive with the name in apposition after
//! it, a rank before that name ("Norway's navy chief, Vice Admiral ..."),
//! a post held "once" or "formerly" in a relative clause, "serves as", an
//! appointment, "took over as", ministries of home affairs and climate, a
//! company named with the apostrophe alone ("Barclays' chief economist");
//! with traps where a post is another person's ("a critic of Gazprom's
//! chief executive", "met the Colombian president", "thanked ..., the
//! doctor who led"). Set AK (28 texts: 23 posts, 5 traps) was scored
//! before the changes it led to; set AL (12 texts: 9 posts, 2 traps, and a
//! king's adviser whose post is left out of the gold) was written after
//! them and scored once. Every relation the engine finds is asserted; the
//! ones it still misses are listed in `KNOWN_MISSES`, and asserted to be
//! missed.
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_16.ak.gold.jsonl` and `.al.gold.jsonl`):
//! set AK before: role P 1.000 R 0.696 F1 0.821; no trap gave a relation;
//! set AK after: role P 1.000 R 0.870 F1 0.930; no trap gave a relation;
//! set AL (once, after): role P 1.000 R 0.778 F1 0.875 (main before the
//! changes: R 0.556); no trap gave a relation.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AK: &[(&str, &[&str])] = &[
    (
        "Peru's foreign minister, Teodora Salas, flew to Lima on Tuesday.",
        &["role organization=PER person=Teodora Salas asserted"],
    ),
    (
        "Marek Dvorak, who heads the Czech central bank, warned that prices would keep rising.",
        &["role organization=Czech central bank person=Marek Dvorak asserted"],
    ),
    (
        "Siemens chief executive Roland Busch said orders were strong.",
        &["role organization=siemens person=Roland Busch asserted"],
    ),
    (
        "Ingrid Solberg, the head of Equinor, told investors the field would open in May.",
        &["role organization=Equinor person=Ingrid Solberg asserted"],
    ),
    (
        "Former Kenyan prime minister Joseph Mwangi died on Sunday at the age of 81.",
        &["role organization=KEN person=Joseph Mwangi asserted"],
    ),
    (
        "Anita Okafor was appointed defence minister of Nigeria last week.",
        &["role organization=NGA person=Anita Okafor asserted"],
    ),
    (
        "Chile named Rodrigo Fuentes as its new ambassador to Argentina.",
        &["role organization=CHL person=Rodrigo Fuentes asserted"],
    ),
    (
        "Lena Berg, Sweden's ambassador to the United Nations, called for a ceasefire.",
        &["role organization=SWE person=Lena Berg asserted"],
    ),
    (
        "The chairman of Gazprom, Viktor Zubarev, did not attend the meeting.",
        &["role organization=gazprom person=Viktor Zubarev asserted"],
    ),
    (
        "Tomas Ruiz, president of Uruguay, opened the summit in Montevideo.",
        &["role organization=URY person=Tomas Ruiz asserted"],
    ),
    (
        "Amara Diallo became leader of the African Union commission in 2021.",
        &["role organization=African Union person=Amara Diallo asserted"],
    ),
    (
        "Karim Haddad, a spokesman for the Lebanese army, said two soldiers were hurt.",
        &["role organization=Lebanese army person=Karim Haddad asserted"],
    ),
    (
        "Pakistan's new army chief, General Tariq Malik, visited the border on Friday.",
        &["role organization=PAK person=Tariq Malik asserted"],
    ),
    (
        "Olga Petrenko took over as chief executive of Naftogaz in March.",
        &["role organization=Naftogaz person=Olga Petrenko asserted"],
    ),
    (
        "Unilever said its finance chief, Graham Pike, would retire next year.",
        &["role organization=unilever person=Graham Pike asserted"],
    ),
    (
        "Daniel Ashford, Barclays' chief economist, expects rates to fall.",
        &["role organization=Barclays person=Daniel Ashford asserted"],
    ),
    (
        "Nadia Rahman serves as Bangladesh's home minister.",
        &["role organization=BGD person=Nadia Rahman asserted"],
    ),
    (
        "Hungarian Prime Minister Viktor Orban met the Austrian chancellor in Vienna.",
        &["role organization=HUN person=Viktor Orban asserted"],
    ),
    (
        "Oscar Lindqvist, the Finnish envoy to the talks, left early.",
        &["role organization=FIN person=Oscar Lindqvist asserted"],
    ),
    (
        "Interpol's secretary general, Jurgen Stock, spoke at the conference.",
        &["role organization=Interpol person=Jurgen Stock asserted"],
    ),
    (
        "Egypt's president, Abdel Fattah al-Sisi, received the delegation in Cairo.",
        &["role organization=EGY person=Abdel Fattah al-Sisi asserted"],
    ),
    (
        "Yusuf Demir, mayor of Istanbul's Fatih district and a member of Turkey's ruling party, resigned.",
        &[],
    ),
    (
        "Peru's defence minister met Chile's foreign minister, Ana Soto, in Santiago.",
        &["role organization=CHL person=Ana Soto asserted"],
    ),
    (
        "Rosa Jimenez, who met the Colombian president on Monday, said the talks went well.",
        &[],
    ),
    ("Ben Carter told Reuters the plan was dead.", &[]),
    (
        "Clara Voss, a critic of Gazprom's chief executive, wrote the report.",
        &[],
    ),
    (
        "Kenya's president thanked Sami Otieno, the doctor who led the vaccine drive.",
        &[],
    ),
    (
        "Farid Aziz, who was once Jordan's finance minister, now runs a bakery.",
        &["role organization=JOR person=Farid Aziz asserted"],
    ),
];

/// Written after the changes, scored once.
const SET_AL: &[(&str, &[&str])] = &[
    (
        "Ghana's trade minister, Kwesi Boateng, signed the deal in Accra.",
        &["role organization=GHA person=Kwesi Boateng asserted"],
    ),
    (
        "Helga Brandt, Deutsche Bank's head of research, cut her forecast.",
        &["role organization=Deutsche Bank person=Helga Brandt asserted"],
    ),
    (
        "Mexico's interior minister, Luis Carrasco, resigned on Thursday.",
        &["role organization=MEX person=Luis Carrasco asserted"],
    ),
    (
        "Priya Nair, who was once India's health minister, joined the board.",
        &["role organization=IND person=Priya Nair asserted"],
    ),
    (
        "The Dutch defence minister, Pieter de Vries, visited troops in Lithuania.",
        &["role organization=NLD person=Pieter de Vries asserted"],
    ),
    (
        "Samir Khalil was sworn in as Lebanon's prime minister on Monday.",
        &["role organization=LBN person=Samir Khalil asserted"],
    ),
    (
        "Toyota's president, Koji Sato, announced the new plant.",
        &["role organization=Toyota person=Koji Sato asserted"],
    ),
    (
        "Norway's navy chief, Vice Admiral Erik Lund, inspected the frigate.",
        &["role organization=NOR person=Erik Lund asserted"],
    ),
    (
        "Yara Haddad, a senior adviser to the Jordanian king, met the envoy.",
        &[],
    ),
    (
        "Amos Kiprop, Kenya Airways' chief executive, announced new routes.",
        &["role organization=Kenya Airways person=Amos Kiprop asserted"],
    ),
    (
        "Marta Silva praised Brazil's foreign minister in a speech on Friday.",
        &[],
    ),
    (
        "The children of Peru's president, Ines Vargas said, were safe.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // 'heads the Czech central bank': a country's adjective before a lower-case institution is no organization the rule reads.
    (
        "Marek Dvorak, who heads the Czech central bank, warned that prices would keep rising.",
        "role organization=Czech central bank person=Marek Dvorak asserted",
    ),
    // 'the African Union commission': an organization before a lower-case head word is not read as the post's organization.
    (
        "Amara Diallo became leader of the African Union commission in 2021.",
        "role organization=African Union person=Amara Diallo asserted",
    ),
    // 'Unilever said its finance chief': a company named by one word before 'said' is no entity, so 'its' has no antecedent.
    (
        "Unilever said its finance chief, Graham Pike, would retire next year.",
        "role organization=unilever person=Graham Pike asserted",
    ),
    // 'Deutsche Bank's head of research': a title with 'of' and a portfolio after an owner is not read.
    (
        "Helga Brandt, Deutsche Bank's head of research, cut her forecast.",
        "role organization=Deutsche Bank person=Helga Brandt asserted",
    ),
    // 'Toyota's president, Koji Sato,': a company named by one word is no entity.
    (
        "Toyota's president, Koji Sato, announced the new plant.",
        "role organization=Toyota person=Koji Sato asserted",
    ),
];

#[test]
fn set_ak_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AK, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_al_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AL, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AK, SET_AL], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
