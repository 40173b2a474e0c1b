//! Issue 16: people named by a speaker label in capitals, by a title
//! standing alone, by a description with a country's adjective, and by
//! possessive pronouns. The texts are the newsie authors' own; names of
//! real people are facts.
//!
//! Each text lists the person mentions a reader marks, as in
//! `tests/people_in_transcripts.rs` (whose decisions hold here:
//! "MODERATOR:" is the person who moderates; "QUESTION:", "PARTICIPANT:"
//! name a turn of whoever asks, and are no mention; headings in capitals
//! and "NOTE TO EDITORS:", "BACKGROUND:", "UPDATE:" are none). "His" or
//! "Her" of a form of address ("Her Majesty's Government", "His
//! Excellency") is no pronoun of a person; "Secretary-General's report"
//! with no holder named is no mention; "Abu" of a place or a group
//! ("Abu Dhabi", "the Abu Sayyaf group") is no person.
//!
//! A gold mention is written as the text it covers, with `#n` for its
//! n-th occurrence in the text; it is found when a PERSON mention
//! overlaps it.

use newsie::Extractor;

#[path = "common/people_sets.rs"]
#[allow(dead_code)]
mod people_sets;
use people_sets::{assert_scores, check_rows};

/// Blind set S: 38 texts with people and 12 traps (texts with no gold),
/// written before newsie ran on them.
const SET_S: &[(&str, &[&str])] = &[
    (
        "SECRETARY KERRY: Good evening. I have just met with the Foreign Minister of Jordan.",
        &["SECRETARY KERRY", "I", "the Foreign Minister of Jordan"],
    ),
    (
        "MS. PSAKI: Let's go to the next one. I don't have anything new on Yemen.",
        &["MS. PSAKI", "I"],
    ),
    (
        "MR TONER: Thanks, everybody. I'll start with a readout of the Secretary's call.",
        &["MR TONER", "I", "the Secretary"],
    ),
    (
        "FOREIGN MINISTER ZARIF: (Via interpreter) I thank my colleague for his patience.",
        &["FOREIGN MINISTER ZARIF", "I", "my colleague", "his"],
    ),
    (
        "UNDER SECRETARY NULAND: We have been clear. I said so in Kyiv last week.",
        &["UNDER SECRETARY NULAND", "I"],
    ),
    (
        "AMBASSADOR HALEY: Thank you, Madam President. I will be brief.",
        &["AMBASSADOR HALEY", "Madam President", "I"],
    ),
    (
        "DEPUTY SPOKESPERSON HARF: I can check on that for you.",
        &["DEPUTY SPOKESPERSON HARF", "I"],
    ),
    (
        "PRIME MINISTER NETANYAHU: (Via interpreter) I welcome the Secretary to Jerusalem.",
        &["PRIME MINISTER NETANYAHU", "I", "the Secretary"],
    ),
    (
        "QUESTION: Will the Secretary go to Cairo?\nMS. HARF: I don't have travel to announce.",
        &["the Secretary", "MS. HARF", "I"],
    ),
    (
        "MODERATOR: Next we go to Lara Jakes.\nQUESTION: Hi, thanks. Can you talk about the sanctions?",
        &["MODERATOR", "Lara Jakes"],
    ),
    (
        "GENERAL ALLEN: The coalition now has sixty members, and I expect more.",
        &["GENERAL ALLEN", "I"],
    ),
    (
        "SENIOR STATE DEPARTMENT OFFICIAL: I would not characterize it that way.",
        &["SENIOR STATE DEPARTMENT OFFICIAL", "I"],
    ),
    (
        "Secretary of State John Kerry met Iraqi Prime Minister Haider al-Abadi in Baghdad. The Secretary pledged further support.",
        &["John Kerry", "Haider al-Abadi", "The Secretary"],
    ),
    (
        "Interior Minister Mohammed Ghabban resigned on Tuesday. The Minister had been under pressure since the bombing.",
        &["Mohammed Ghabban", "The Minister"],
    ),
    (
        "A senior Syrian army officer said the road to the airport was secure.",
        &["A senior Syrian army officer"],
    ),
    (
        "The commander of U.S. Central Command, General Lloyd Austin, told senators the campaign would take years.",
        &["The commander of U.S. Central Command", "Lloyd Austin"],
    ),
    (
        "The commander of the Kurdish forces in Kobane said his fighters held the eastern districts.",
        &["The commander of the Kurdish forces in Kobane", "his"],
    ),
    (
        "A Pakistani intelligence official, speaking on condition of anonymity, said the men had been arrested.",
        &["A Pakistani intelligence official"],
    ),
    (
        "An Afghan police chief said five officers were killed.",
        &["An Afghan police chief"],
    ),
    (
        "Mr Maliki said his government would not negotiate with the militants.",
        &["Mr Maliki", "his"],
    ),
    (
        "Hassan Nasrallah said his movement would keep fighting in Syria.",
        &["Hassan Nasrallah", "his"],
    ),
    (
        "Federica Mogherini said her talks in Tehran had been constructive.",
        &["Federica Mogherini", "her"],
    ),
    (
        "The BBC's diplomatic correspondent James Robbins said the vote was close.",
        &["James Robbins"],
    ),
    (
        "\"The water has been cut for a week,\" said Umm Ahmed, a resident of Douma.",
        &["Umm Ahmed"],
    ),
    (
        "Syrian opposition activist Abu Rami said barrel bombs fell on the market.",
        &["Abu Rami"],
    ),
    (
        "Mohammed, a 22-year-old student, said he left Raqqa in March.",
        &["Mohammed", "he"],
    ),
    (
        "The Iraqi defence minister said the army would need months to retrain.",
        &["The Iraqi defence minister"],
    ),
    (
        "Assistant Secretary of State for Democracy, Human Rights and Labor Tom Malinowski visited Bahrain.",
        &["Tom Malinowski"],
    ),
    (
        "Special Envoy for Syria Michael Ratney briefed the opposition in Istanbul.",
        &["Michael Ratney"],
    ),
    (
        "The delegation was led by Deputy Secretary of State Antony Blinken and included Ambassador Robert Ford.",
        &["Antony Blinken", "Robert Ford"],
    ),
    (
        "The Foreign Secretary told the Commons that Britain would not take part.",
        &["The Foreign Secretary"],
    ),
    (
        "A spokesman for the Kurdish Peshmerga said the attack had been repelled.",
        &["A spokesman"],
    ),
    (
        "The head of the UN refugee agency, Antonio Guterres, called for more funds.",
        &["The head of the UN refugee agency", "Antonio Guterres"],
    ),
    (
        "SECRETARY KERRY: Well, let me say first that Foreign Minister Lavrov and I agree on the goal.",
        &["SECRETARY KERRY", "me", "Lavrov", "I"],
    ),
    (
        "MR. KIRBY: I'd point you to what the Secretary said this morning.",
        &["MR. KIRBY", "I", "the Secretary"],
    ),
    (
        "PRESIDENT ROUHANI: (Via interpreter) We are ready. I have told my ministers to prepare.",
        &["PRESIDENT ROUHANI", "I", "my"],
    ),
    (
        "Iraqi Kurdish leader Massoud Barzani said his forces would defend Kirkuk.",
        &["Massoud Barzani", "his"],
    ),
    (
        "A senior Taliban commander told the BBC he had not been consulted.",
        &["A senior Taliban commander", "he"],
    ),
    // Traps.
    ("QUESTION: And on Libya, any comment?", &[]),
    ("PARTICIPANT: (Off-mike.)", &[]),
    ("UPDATE: The convoy reached the town at noon.", &[]),
    (
        "NOTE TO EDITORS: Photographs of the signing are available on request.",
        &[],
    ),
    (
        "BACKGROUND: The talks began in 2013 and were suspended twice.",
        &[],
    ),
    ("SYRIA: CEASEFIRE HOLDS IN THE NORTH", &[]),
    (
        "We thank His Majesty's Government for its generous offer.",
        &[],
    ),
    (
        "The Secretary-General's report on the mission will be issued in May.",
        &[],
    ),
    ("Delegates arrived in Abu Dhabi on Sunday for the summit.", &[]),
    ("READOUT OF THE MINISTERIAL MEETING ON LIBYA", &[]),
    ("The Abu Sayyaf group freed two hostages.", &[]),
    ("TRANSCRIPT: PRESS BRIEFING, 12:40 P.M.", &[]),
];

#[test]
fn blind_set_s_of_people_by_title_label_and_description() {
    let ex = Extractor::default();
    // At main 3983bc1: 51 of 77, no false hit. After branch n37:
    // possessive pronouns 57, speaker labels that name a role 60; after
    // branch n39's descriptions, 67 (before the branch the misses below
    // included descriptions with "a" and a country's adjective; a title
    // alone after "the" is still the nominal's, found only where the
    // document names a person). Left:
    // descriptions with "a" and a country's adjective ("A Pakistani
    // intelligence official"), titles in lower case in a document that
    // names no one, "the commander of X", a given name alone before a
    // description with a number ("Mohammed, a 22-year-old student").
    // After branch n41's nouns of what a person is ("resident",
    // "student"): two false hits, "a resident of Douma" after "Umm Ahmed"
    // and "a 22-year-old student", descriptions that set Y's convention
    // (re3d's) marks but this set's gold, written before it, does not.
    assert_scores(&ex, "set S", SET_S, 67, 2);
}

#[test]
fn a_possessive_pronoun_stands_for_its_person() {
    // "his", "her" stand for the person named before them as "he" and
    // "she" do; "my" for the speaker as "I" does.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "Tamsin Okafor thanked the nurses for their work. Her visit lasted an hour.",
                &["Tamsin Okafor", "Her"],
                &[],
            ),
            (
                "Gen. Bram Kettering said his brigade would stay in the valley.",
                &["Bram Kettering", "his"],
                &[],
            ),
            (
                "\"This is my last tour,\" said Col. Ivo Marsh.",
                &["Ivo Marsh", "my"],
                &[],
            ),
            // Traps: a form of address, an object "her", no person named.
            (
                "Ivo Marsh thanked His Excellency the Ambassador for the dinner.",
                &["Ivo Marsh"],
                &["His"],
            ),
            (
                "Tamsin Okafor spoke for Her Majesty's Government on Friday.",
                &["Tamsin Okafor"],
                &["Her"],
            ),
            (
                "Tamsin Okafor said the committee had ignored her.",
                &["Tamsin Okafor"],
                &["her"],
            ),
            ("The company said its profits had fallen.", &[], &["its"]),
        ],
    );
}

#[test]
fn a_possessive_pronoun_is_no_argument_of_a_relation() {
    // A mention for the reader, not an actor: "against his own people"
    // names the people.
    let ex = Extractor::default();
    for text in [
        "Bram Kettering ruled Peru for ten years. Peru used chemical weapons against his own people.",
        "Tamsin Okafor said Peru had shelled her village and sold drones to Chile.",
    ] {
        let out = ex.extract(text);
        assert!(
            out.entities().iter().any(|e| e
                .evidence()
                .is_some_and(|v| v.kind() == newsie::EvidenceKind::Possessive)),
            "{text:?}"
        );
        for r in out.relations() {
            for a in r.arguments() {
                let e = out.entity_of(a);
                assert!(
                    e.is_none_or(|e| e
                        .evidence()
                        .is_none_or(|v| v.kind() != newsie::EvidenceKind::Possessive)),
                    "{text:?}: {r:?}"
                );
            }
        }
    }
}

#[test]
fn a_speaker_label_that_names_a_role_is_a_person() {
    // "MODERATOR:", "SENIOR ADMINISTRATION OFFICIAL:" name the one person
    // who speaks in that role; the turn's "I" is that person.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "OPERATOR: Please stand by. The call will begin shortly.",
                &["OPERATOR"],
                &[],
            ),
            (
                "SENIOR ADMINISTRATION OFFICIAL: Thanks. I will keep this short.",
                &["SENIOR ADMINISTRATION OFFICIAL", "I"],
                &[],
            ),
            (
                "QUESTION: One more on the border.\nMODERATOR: Go ahead, Ann.",
                &["MODERATOR"],
                &[],
            ),
            // Traps: a turn of whoever asks, a plural, a heading, a title
            // word that opens a heading, a label inside a line.
            ("QUESTION: Is the port open?", &[], &["QUESTION"]),
            (
                "NOTE FOR CORRESPONDENTS: The vote is at noon.",
                &[],
                &["CORRESPONDENTS"],
            ),
            ("CLIMATE: TALKS RESUME IN BONN", &[], &["CLIMATE"]),
            ("GENERAL: The office is closed on Monday.", &[], &["GENERAL"]),
            (
                "The agenda read as follows. OFFICIAL: to be confirmed.",
                &[],
                &["OFFICIAL"],
            ),
        ],
    );
}

/// Blind set T: 19 texts with people and 6 traps, written after the fixes
/// of branch n37 and before newsie ran on them; scored once.
const SET_T: &[(&str, &[&str])] = &[
    (
        "MS. NAUERT: Hi, everyone. I have two things for you today.",
        &["MS. NAUERT", "I"],
    ),
    (
        "MINISTER WANG: (Via interpreter) I wish to thank my American counterpart.",
        &["MINISTER WANG", "I", "my American counterpart"],
    ),
    (
        "MODERATOR: We have time for two more questions.\nQUESTION: Thank you. Mr. Secretary, on Iraq?",
        &["MODERATOR", "Mr. Secretary"],
    ),
    (
        "SPECIAL ENVOY MCGURK: I was in Erbil last week, and I met the Kurdish leadership.",
        &["SPECIAL ENVOY MCGURK", "I", "I#2"],
    ),
    (
        "Foreign Secretary William Hague arrived in Cairo. The Foreign Secretary met opposition figures.",
        &["William Hague", "The Foreign Secretary"],
    ),
    (
        "Defence Minister Khalid al-Obeidi visited the front. The Minister said his troops were ready.",
        &["Khalid al-Obeidi", "The Minister", "his"],
    ),
    (
        "A senior Kurdish commander said the road had been cut.",
        &["A senior Kurdish commander"],
    ),
    (
        "The commander of the Iraqi counter-terrorism service said the operation would take weeks.",
        &["The commander of the Iraqi counter-terrorism service"],
    ),
    (
        "Mr Abbas said his government would go to the International Criminal Court.",
        &["Mr Abbas", "his"],
    ),
    (
        "Angela Merkel said her coalition would agree a budget by spring.",
        &["Angela Merkel", "her"],
    ),
    (
        "\"I lost my brother in the bombing,\" said Samir, a shopkeeper in Homs.",
        &["I", "my", "Samir"],
    ),
    (
        "The BBC's Arab affairs editor Sebastian Usher said the statement was unusual.",
        &["Sebastian Usher"],
    ),
    (
        "Opposition activist Abu Hamza told the BBC the town was surrounded.",
        &["Abu Hamza"],
    ),
    (
        "An Iranian military adviser was killed near Aleppo, state media said.",
        &["An Iranian military adviser"],
    ),
    (
        "UNDER SECRETARY GOTTEMOELLER: Good afternoon. I am pleased to be here.",
        &["UNDER SECRETARY GOTTEMOELLER", "I"],
    ),
    (
        "The prime minister said the army would remain in the province.",
        &["The prime minister"],
    ),
    (
        "Deputy Spokesperson Marie Harf said the Secretary would travel to Paris.",
        &["Marie Harf", "the Secretary"],
    ),
    (
        "SENIOR DEFENSE OFFICIAL: Let me walk you through the numbers. I think that helps.",
        &["SENIOR DEFENSE OFFICIAL", "me", "I"],
    ),
    (
        "Gen. Martin Dempsey told reporters that his staff had drawn up options.",
        &["Martin Dempsey", "his"],
    ),
    // Traps.
    ("QUESTION: Any comment on the election result?", &[]),
    ("BACKGROUND BRIEFING: PREVIEW OF THE NATO SUMMIT", &[]),
    ("The sultanate's envoy spoke at the Abu Dhabi forum.", &[]),
    (
        "UPDATE (4:15 p.m.): The ministry has withdrawn the statement.",
        &[],
    ),
    ("The Secretary-General's bulletin lists the new rules.", &[]),
    ("PARTICIPANT: Can you hear me?", &[]),
];

#[test]
fn blind_set_t_of_people_by_title_label_and_description() {
    let ex = Extractor::default();
    // Scored once, after the fixes of branch n37: 32 of 37, no false hit.
    // The misses: descriptions with "a" and an adjective of a country or
    // group, "the commander of X", a title in lower case in a document
    // that names no one, a form of address inside a question ("Mr.
    // Secretary"). After branch n39's descriptions: 34 (the descriptions
    // with "a").
    // (After branch n41's nouns of what a person is: one false hit, "a
    // shopkeeper in Homs" in apposition to "Samir", a description that set
    // Y's convention marks but this set's gold does not.)
    assert_scores(&ex, "set T", SET_T, 34, 1);
}

/// Blind set Y: 30 texts with people, most of them named by a title
/// phrase or a description, and 10 traps, written before newsie ran on
/// them. re3d's convention: a title phrase in apposition to a name is a
/// mention of its own ("Lt. Gen. Rhys Dormer, commander of the Joint Task
/// Force"), as is a description with "a" or "the" and a noun of office or
/// occupation ("a soldier", "a senior Ruritanian diplomat").
const SET_Y: &[(&str, &[&str])] = &[
    (
        "Lt. Gen. Rhys Dormer, commander of the Joint Task Force, said the strikes would go on.",
        &["Rhys Dormer", "commander of the Joint Task Force"],
    ),
    (
        "Helen Ashcombe, the UK Special Envoy for Yemen, met the Houthi delegation in Muscat.",
        &["Helen Ashcombe", "the UK Special Envoy for Yemen"],
    ),
    (
        "A Foreign Office spokeswoman said the embassy would stay open.",
        &["A Foreign Office spokeswoman"],
    ),
    (
        "A soldier was wounded when a roadside bomb struck his patrol near Kandahar.",
        &["A soldier", "his"],
    ),
    (
        "The American service member died of his injuries on Sunday, the Pentagon said.",
        &["The American service member", "his"],
    ),
    (
        "A senior Turkish general told reporters the operation had ended.",
        &["A senior Turkish general"],
    ),
    (
        "Minister for Africa Dominic Fenwick arrived in Nairobi on Monday.",
        &["Minister for Africa", "Dominic Fenwick"],
    ),
    (
        "A Kenyan police officer was killed in the attack on the border post.",
        &["A Kenyan police officer"],
    ),
    (
        "An Egyptian diplomat said the talks would resume in Cairo next week.",
        &["An Egyptian diplomat"],
    ),
    (
        "A local resident said the shelling began before dawn.",
        &["A local resident"],
    ),
    (
        "A coalition spokesman confirmed that two aircraft had struck the bridge.",
        &["A coalition spokesman"],
    ),
    (
        "The Nigerian army commander in Borno said his men had freed forty hostages.",
        &["The Nigerian army commander in Borno", "his"],
    ),
    (
        "A Syrian opposition activist said government forces shelled the town.",
        &["A Syrian opposition activist"],
    ),
    (
        "Marek Sobczak, a Polish defence ministry official, said the tanks would be delivered in May.",
        &["Marek Sobczak", "a Polish defence ministry official"],
    ),
    (
        "One of the pilots ejected safely, the air force said.",
        &["One of the pilots"],
    ),
    (
        "A US official, speaking on condition of anonymity, said the shipment had been seized.",
        &["A US official"],
    ),
    (
        "The envoy's deputy, Farid Haddad, will lead the mission in Tripoli.",
        &["The envoy's deputy", "Farid Haddad"],
    ),
    (
        "A Red Cross worker was kidnapped outside Goma on Thursday.",
        &["A Red Cross worker"],
    ),
    (
        "Brig. Gen. Anders Holt, spokesman for the coalition, said the raid killed three militants.",
        &["Anders Holt", "spokesman for the coalition"],
    ),
    (
        "Colonel Sipho Ndlovu, the head of the peacekeeping battalion, denied the report.",
        &["Sipho Ndlovu", "the head of the peacekeeping battalion"],
    ),
    (
        "An Iraqi army officer said militants had fled across the river.",
        &["An Iraqi army officer"],
    ),
    (
        "A French journalist was released after six months in captivity.",
        &["A French journalist"],
    ),
    (
        "Defence Secretary announces new funding for army housing",
        &["Defence Secretary"],
    ),
    (
        "Our correspondent in Kabul says the mood in the city is tense.",
        &["Our correspondent in Kabul"],
    ),
    (
        "A former Afghan intelligence chief was shot dead in Kabul.",
        &["A former Afghan intelligence chief"],
    ),
    (
        "The Danish ambassador to Iran, Lars Vinding, was summoned by the ministry.",
        &["The Danish ambassador to Iran", "Lars Vinding"],
    ),
    (
        "A Pakistani Taliban commander was killed in a drone strike, officials said.",
        &["A Pakistani Taliban commander"],
    ),
    (
        "The Russian deputy foreign minister said Moscow would respond.",
        &["The Russian deputy foreign minister"],
    ),
    (
        "Senator Clara Whitlock said she would vote against the arms sale.",
        &["Clara Whitlock", "she"],
    ),
    (
        "A Yemeni government minister accused the rebels of blocking aid.",
        &["A Yemeni government minister"],
    ),
    // Traps.
    (
        "The general public will be able to comment on the plan until June.",
        &[],
    ),
    (
        "The general election will be held in the autumn, the commission said.",
        &[],
    ),
    ("Officials said the border crossing would reopen on Friday.", &[]),
    ("The state will pay for the repairs to the damaged schools.", &[]),
    (
        "He played baseball in the Major League for ten years before the war.",
        &["He"],
    ),
    ("Private Eye published the leaked memo on Wednesday.", &[]),
    (
        "Hundreds of soldiers were deployed to the capital after the protests.",
        &[],
    ),
    (
        "The Secretary-General's annual report on peacekeeping was delayed.",
        &[],
    ),
    (
        "The ministry said a general amnesty would be declared for deserters.",
        &[],
    ),
    (
        "The Office of the Special Envoy published a statement on the talks.",
        &[],
    ),
];

#[test]
fn blind_set_y_of_title_phrases_and_descriptions() {
    let ex = Extractor::default();
    // At main f2ef75b: 11 of 43, no false hit (the names only). After
    // branch n39's descriptions: 31, no false hit. Left: a title alone
    // after "the" in a document that names no one ("The Russian deputy
    // foreign minister said", the nominal's), person nouns that
    // are no title ("a local resident", "a Red Cross worker"), "member",
    // which as often names a state ("the American service member"), plurals after "one of the", a title
    // before a name with no comma ("Minister for Africa Dominic
    // Fenwick"), "the envoy's deputy", the pronouns whose antecedent is a
    // description ("A soldier ... his patrol").
    assert_scores(&ex, "set Y", SET_Y, 31, 0);
}

#[test]
fn a_description_of_office_or_occupation_is_a_person() {
    // An article (or "one"), words, and a title word that ends the
    // phrase: a person of its own. The mention is the words after the
    // last mention inside the phrase.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "A Chilean navy pilot was rescued from the sea on Tuesday.",
                &["pilot"],
                &[],
            ),
            (
                "One senior diplomat said the talks had stalled.",
                &["senior diplomat"],
                &[],
            ),
            (
                "A judge in Lima ordered the release of the two men.",
                &["judge"],
                &[],
            ),
            // A headline's subject: title words alone before a verb.
            (
                "Foreign Minister condemns attack on embassy",
                &["Foreign Minister"],
                &[],
            ),
            // Traps: a title word that goes on into a noun, a predicate, a
            // word of sports, an office's name, a possessive, a plural.
            ("The general strike closed the port for a day.", &[], &["general"]),
            (
                "She was a captain in the reserve for ten years.",
                &[],
                &["captain"],
            ),
            (
                "A key player in the talks, Peru has offered to host them.",
                &[],
                &["key player"],
            ),
            (
                "The Office of the Special Representative issued a statement.",
                &[],
                &["Special Representative"],
            ),
            ("The minister's office declined to comment.", &[], &["minister"]),
            ("Two officers were hurt in the blast.", &[], &["officers"]),
            // A plural opening the sentence is no headline's one holder.
            (
                "Ministers agreed on the budget late on Friday.",
                &[],
                &["Ministers"],
            ),
            (
                "They hired a private security firm to guard the mine.",
                &[],
                &["private"],
            ),
            ("The army began a major offensive in the north.", &[], &["major"]),
            // A word said of states as often, an adjective before no verb.
            (
                "Peru, a full member of the alliance, voted against.",
                &[],
                &["full member"],
            ),
            (
                "The treaty calls for a general and complete ban.",
                &[],
                &["general"],
            ),
        ],
    );
}

#[test]
fn a_title_phrase_beside_a_name_is_that_person() {
    // After a name and a comma, or before a comma and a name: the same
    // person, by id.
    let ex = Extractor::default();
    for (text, phrase, name) in [
        (
            "Col. Ines Farrow, commander of the northern sector, said the road was open.",
            "commander",
            "Ines Farrow",
        ),
        (
            "The brigade commander, Col. Ines Farrow, visited the wounded.",
            "brigade commander",
            "Ines Farrow",
        ),
        (
            "Deputy Minister for Energy, Tomas Brandt, opened the plant.",
            "Deputy Minister",
            "Tomas Brandt",
        ),
    ] {
        let out = ex.extract(text);
        let id = |t: &str| {
            out.entities()
                .iter()
                .find(|e| e.text() == t && e.entity_type() == newsie::EntityType::Person)
                .map(|e| e.id().to_string())
        };
        assert!(
            id(phrase).is_some() && id(phrase) == id(name),
            "{text:?}: {:?}",
            out.entities()
        );
    }
}

#[test]
fn a_description_is_no_argument_of_a_relation() {
    // A mention for the reader, not an actor: the relations bind what
    // they bound before, the country inside the phrase among them.
    let ex = Extractor::default();
    for text in [
        "A Ruritanian official said Peru had sold drones to Chile.",
        "An Iranian commander said Peru had sold drones to Chile.",
        "Col. Ines Farrow, commander of the northern sector, said Peru had shelled Chile.",
    ] {
        let out = ex.extract(text);
        assert!(
            out.entities().iter().any(|e| e
                .evidence()
                .is_some_and(|v| v.kind() == newsie::EvidenceKind::Description)),
            "{text:?}"
        );
        assert!(!out.relations().is_empty(), "{text:?}");
        for r in out.relations() {
            for a in r.arguments() {
                let e = out.entity_of(a);
                assert!(
                    e.is_none_or(|e| e
                        .evidence()
                        .is_none_or(|v| v.kind() != newsie::EvidenceKind::Description)),
                    "{text:?}: {r:?}"
                );
            }
        }
    }
}

/// Blind set Z: 15 texts with people and 5 traps, written after the
/// descriptions of branch n39 and before newsie ran on them; scored once.
const SET_Z: &[(&str, &[&str])] = &[
    (
        "A Ukrainian army spokesman said two drones were shot down overnight.",
        &["A Ukrainian army spokesman"],
    ),
    (
        "Maj. Gen. Petra Lindqvist, head of the Swedish contingent, visited the camp on Friday.",
        &["Petra Lindqvist", "head of the Swedish contingent"],
    ),
    (
        "An Israeli military official told reporters the operation was over.",
        &["An Israeli military official"],
    ),
    (
        "The UN envoy for Libya, Omar Benhaddou, called for calm.",
        &["The UN envoy for Libya", "Omar Benhaddou"],
    ),
    (
        "A senior Iranian commander was killed in an air strike near Damascus.",
        &["A senior Iranian commander"],
    ),
    (
        "Navy Secretary announces review of shipbuilding contracts",
        &["Navy Secretary"],
    ),
    (
        "A Saudi diplomat said the kingdom would host the next round.",
        &["A Saudi diplomat"],
    ),
    (
        "Rear Admiral Tomas Ekberg, commander of the Baltic task group, said the exercise went well.",
        &["Tomas Ekberg", "commander of the Baltic task group"],
    ),
    (
        "A government spokeswoman declined to comment on the report.",
        &["A government spokeswoman"],
    ),
    (
        "One US defence official said more troops could be sent.",
        &["One US defence official"],
    ),
    (
        "A Somali police officer was shot dead in Mogadishu on Monday.",
        &["A Somali police officer"],
    ),
    (
        "Foreign Minister for the region, Aiko Tanabe, arrived in Manila.",
        &["Foreign Minister for the region", "Aiko Tanabe"],
    ),
    (
        "A Turkish soldier died in clashes on the border, the ministry said.",
        &["A Turkish soldier"],
    ),
    (
        "The Afghan police chief of Helmand said the road was cleared of mines.",
        &["The Afghan police chief of Helmand"],
    ),
    (
        "A former Colombian rebel commander was arrested in Bogota.",
        &["A former Colombian rebel commander"],
    ),
    // Traps.
    ("The general assembly of the union voted on Saturday.", &[]),
    ("Soldiers and police officers patrolled the streets.", &[]),
    ("The chief reason for the delay was the weather.", &[]),
    ("Nigeria, a key partner of the coalition, sent troops.", &[]),
    ("The minister's plane landed in Oslo.", &[]),
];

#[test]
fn blind_set_z_of_title_phrases_and_descriptions() {
    let ex = Extractor::default();
    // Scored once, after the descriptions of branch n39: 17 of 19, no
    // false hit. The misses: "died" after "a Turkish soldier", "chief"
    // (as often an adjective) before "of".
    assert_scores(&ex, "set Z", SET_Z, 17, 0);
}

#[test]
fn a_title_with_its_complement_before_a_name_is_in_apposition() {
    // A title phrase in lower case with its complement ("of", "for", "in",
    // "at", "with", "from" and the words after it), a comma and capitalized
    // words that the apposition closes after: those words are a person,
    // though no list knows their given name.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "The deputy head of the provincial council in Kirkuk, Darbaz Hamarash, said the curfew was lifted.",
                &["Darbaz Hamarash"],
                &[],
            ),
            (
                "Turkish troops crossed the border, according to the spokesman for the rebel alliance, Zerdesht Korkmaz.",
                &["Zerdesht Korkmaz"],
                &[],
            ),
            (
                "The governor of the central bank of Lorn, Teodric Benedek, resigned.",
                &["Teodric Benedek"],
                &[],
            ),
            // The apposition does not close after the words: a subject.
            (
                "For the head of the mission, Qasr Tilal remains the priority.",
                &[],
                &["Qasr Tilal"],
            ),
            (
                "The commander of the brigade in Marwan, Tilal Kassab Street was closed.",
                &[],
                &["Tilal Kassab Street", "Tilal Kassab"],
            ),
        ],
    );
}

#[test]
fn a_noun_of_what_a_person_is_heads_a_description() {
    // Nouns of `person_description_noun` (no office nor occupation:
    // "resident", "witness", "hostage") head a description as titles do;
    // capitalized before another capitalized word they are weak titles,
    // no evidence of a person.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "An eyewitness told reporters that the convoy was hit twice.",
                &["eyewitness"],
                &[],
            ),
            (
                "A shopkeeper in the old market was wounded by shrapnel.",
                &["shopkeeper"],
                &[],
            ),
            (
                "One detainee said guards beat him every night.",
                &["detainee"],
                &[],
            ),
            (
                "Survivor Series tickets went on sale.",
                &[],
                &["Series", "Survivor Series"],
            ),
            (
                "The Witness Protection Programme was expanded.",
                &[],
                &["Protection", "Protection Programme"],
            ),
            (
                "Volunteer Fire Department crews arrived.",
                &[],
                &["Fire", "Fire Department"],
            ),
        ],
    );
}

#[test]
fn a_name_after_a_titles_portfolio_is_a_person() {
    // Capitalized words after "for" and a capitalized title, ending in a
    // title modifier ("Affairs"), are the title's portfolio: a known given
    // name after them opens a person's name.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "Deputy Assistant Secretary for Arabian Peninsula Affairs Lorna Kettering spoke to reporters in Muscat.",
                &["Lorna Kettering"],
                &[],
            ),
            (
                "The Minister of State for Northern Affairs Peter Ashdown visited the border posts.",
                &["Peter Ashdown"],
                &[],
            ),
            (
                "The Minister for Rural Affairs Grant Scheme paid farmers late.",
                &[],
                &["Grant Scheme"],
            ),
            (
                "The Minister for Eastern Affairs Jordan Valley plan was shelved.",
                &[],
                &["Jordan Valley"],
            ),
        ],
    );
}

#[test]
fn a_militant_listed_among_groups_is_a_person() {
    // The Phoenix dictionaries list some militants among the armed groups
    // (coded IMG...); the generated gazetteer leaves them out, so that the
    // names stage finds them as people.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "Ayman al-Zawahiri urged his followers to keep up the fight.",
                &["Ayman al-Zawahiri"],
                &[],
            ),
            (
                "In a new recording, Hafiz Saeed praised the attackers.",
                &["Hafiz Saeed"],
                &[],
            ),
        ],
    );
}

/// Blind set AI: 30 texts with people in the manner of press statements
/// and briefings and of news reports from the Syria and Iraq wars
/// (people unknown to the gazetteers, names with "al-", "Abu", "bin",
/// long titles with "for" and "of"), and 10 traps (places and groups
/// that look like names), written before newsie ran on them.
const SET_AI: &[(&str, &[&str])] = &[
    (
        "Deputy Spokesperson Marcus Delaney told reporters the convoy had reached Madaya.",
        &["Marcus Delaney"],
    ),
    (
        "Special Envoy for the Global Coalition to Counter ISIL Brett Hollister will travel to Erbil next week.",
        &["Brett Hollister"],
    ),
    (
        "Under Secretary for Political Affairs Wendy Ashgrove met Russian Deputy Foreign Minister Oleg Ryabkin in Geneva.",
        &["Wendy Ashgrove", "Oleg Ryabkin"],
    ),
    (
        "Ambassador Corinne Vaughan called the attack on the hospital a war crime.",
        &["Corinne Vaughan"],
    ),
    (
        "Assistant Secretary for Near Eastern Affairs Anne Patterfield will lead the delegation.",
        &["Anne Patterfield"],
    ),
    (
        "QUESTION: Does the Secretary plan to meet Lavrov?\nMR. TALBOT: He does, on Thursday in Vienna.",
        &["the Secretary", "Lavrov", "MR. TALBOT", "He"],
    ),
    (
        "MS. HALVERSON: I'd refer you to the Pentagon on that.",
        &["MS. HALVERSON", "I"],
    ),
    (
        "The Secretary also spoke with Saudi Foreign Minister Adel al-Mutairi about the ceasefire.",
        &["The Secretary", "Adel al-Mutairi"],
    ),
    (
        "Secretary Kerry and Foreign Minister Lavrov agreed to meet again in Geneva.",
        &["Secretary Kerry", "Foreign Minister Lavrov"],
    ),
    (
        "We condemn the detention of journalist Yusuf Demirtas by the Turkish authorities.",
        &["Yusuf Demirtas"],
    ),
    (
        "The United States welcomes the release of aid worker Karim Haddad, who was held for eight months in Idlib.",
        &["Karim Haddad"],
    ),
    (
        "Coordinator for Counterterrorism Gregory Linwood briefed Congress on foreign fighters.",
        &["Gregory Linwood"],
    ),
    (
        "Rebel commander Abu Hamza al-Shami said his men had withdrawn from the village.",
        &["Abu Hamza al-Shami", "his"],
    ),
    (
        "Activist Rami Abdulkarim told the BBC that at least 20 people had died.",
        &["Rami Abdulkarim"],
    ),
    (
        "A resident of Aleppo, Ahmad Nabulsi, said the shelling went on all night.",
        &["A resident of Aleppo", "Ahmad Nabulsi"],
    ),
    (
        "Mr Barzani said the referendum would go ahead.",
        &["Mr Barzani"],
    ),
    (
        "President Assad's forces retook the town after a month of fighting.",
        &["President Assad"],
    ),
    (
        "The group's leader, Abu Bakr al-Baghdadi, has not been seen in public since 2014.",
        &["The group's leader", "Abu Bakr al-Baghdadi"],
    ),
    (
        "Kurdish commander Nasrin Abdullah said female fighters led the assault.",
        &["Nasrin Abdullah"],
    ),
    (
        "Sheikh Ahmed bin Khalid, a tribal elder in Anbar, said his clan would fight the militants.",
        &["Sheikh Ahmed bin Khalid", "a tribal elder in Anbar", "his"],
    ),
    (
        "Grand Ayatollah Ali al-Sistani urged Iraqis to take up arms.",
        &["Ali al-Sistani"],
    ),
    (
        "Hussein Fadel, 34, fled Mosul with his family in June.",
        &["Hussein Fadel", "his"],
    ),
    (
        "Speaking from Gaziantep, Omar Khattab said many families could not afford to leave.",
        &["Omar Khattab"],
    ),
    (
        "Dr Hamza Kheder, who runs a field hospital in Douma, said supplies were running out.",
        &["Dr Hamza Kheder"],
    ),
    (
        "Lt Col Yevgeny Morozov was killed near Palmyra, the Russian defence ministry said.",
        &["Yevgeny Morozov"],
    ),
    (
        "Abu Ali, a fighter with a rebel brigade, said the front line had not moved.",
        &["Abu Ali", "a fighter with a rebel brigade"],
    ),
    (
        "The spokesman for the Kurdish YPG militia, Siyamend Hassan, denied the claim.",
        &["The spokesman for the Kurdish YPG militia", "Siyamend Hassan"],
    ),
    (
        "Mrs Farhadi, whose son was arrested in Tehran, said she had not seen him for weeks.",
        &["Mrs Farhadi", "she", "him"],
    ),
    (
        "Human rights lawyer Shirin Tehrani said the trial was unfair.",
        &["Shirin Tehrani"],
    ),
    (
        "Kremlin spokesman Anatoly Vereshchagin said Moscow had not been informed.",
        &["Anatoly Vereshchagin"],
    ),
    ("Al-Nusra Front fighters seized the border crossing at Bab al-Hawa.", &[]),
    ("Government forces advanced towards Abu Kamal on the Euphrates.", &[]),
    ("Air strikes hit Deir ez-Zor and the Sheikh Maqsoud district of Aleppo.", &[]),
    ("Jabhat Fateh al-Sham denied any link to the bombing.", &[]),
    ("Engineers warned that the Mosul Dam could fail.", &[]),
    ("Shelling resumed in Khan Sheikhoun and Ras al-Ain on Friday.", &[]),
    ("Convoys crossed at Tal Abyad and reached Ain Issa by nightfall.", &[]),
    ("Ahrar al-Sham and Jaish al-Islam signed the truce.", &[]),
    ("The Abu Ghraib prison was closed in 2014.", &[]),
    ("Fighting spread to Bab al-Nairab and the Salah al-Din province.", &[]),
];

#[test]
fn blind_set_ai_of_people_in_statements_and_reports() {
    let ex = Extractor::default();
    // At main b569714: 39 of 47, no false hit. After branch n41: 41 (a
    // title's complement before an apposition: "The spokesman for the
    // Kurdish YPG militia, Siyamend Hassan"), 42 (nouns of what a person
    // is: "A resident of Aleppo"), 43 (a given name after a title's
    // portfolio: "Assistant Secretary for Near Eastern Affairs Anne
    // Patterfield"). Left: a title after a possessive before an apposition
    // ("The group's leader, Abu Bakr al-Baghdadi"), "elder" (a surname
    // too) and "fighter" (an aircraft too) as heads of descriptions, an
    // object "him" whose person is the subject of its sentence.
    assert_scores(&ex, "set AI", SET_AI, 43, 0);
}

/// Blind set AJ: 15 texts with people in the manner of press statements
/// and news reports, and 5 traps, written after the changes of branch n41
/// and before newsie ran on them; scored once.
const SET_AJ: &[(&str, &[&str])] = &[
    (
        "Principal Deputy Spokesperson Dana Whitcombe said the United States was deeply concerned.",
        &["Dana Whitcombe"],
    ),
    (
        "Special Representative for Syria Engagement Howard Keel travelled to Amman on Sunday.",
        &["Howard Keel"],
    ),
    (
        "MR. ASHBY: Thank you. I have one announcement at the top.",
        &["MR. ASHBY", "I"],
    ),
    (
        "The Secretary will meet Qatari Foreign Minister Khalid bin Hamad al-Thani on Friday.",
        &["The Secretary", "Khalid bin Hamad al-Thani"],
    ),
    (
        "The head of the Raqqa civil council, Leyla Mustafa, said water had been restored.",
        &["The head of the Raqqa civil council", "Leyla Mustafa"],
    ),
    (
        "Opposition fighter Abu Yazan al-Halabi said the rebels had run out of ammunition.",
        &["Abu Yazan al-Halabi"],
    ),
    (
        "A doctor in Douma, who asked not to be named, said 30 patients had breathing problems.",
        &["A doctor in Douma"],
    ),
    (
        "Mr Erdogan said Turkey would not wait for permission.",
        &["Mr Erdogan"],
    ),
    (
        "Kurdish official Nawaf Khalil told the BBC the offensive would start within days.",
        &["Nawaf Khalil"],
    ),
    (
        "Ibrahim Jalal, a father of four from Manbij, said he had paid smugglers to cross the border.",
        &["Ibrahim Jalal", "a father of four from Manbij", "he"],
    ),
    (
        "The militant group's spokesman, Abu Mohammed al-Adnani, called for attacks abroad.",
        &["The militant group's spokesman", "Abu Mohammed al-Adnani"],
    ),
    (
        "A local resident said the smell of gas filled the street.",
        &["A local resident"],
    ),
    (
        "Deputy Prime Minister Rustam Yakubov met Iranian Vice-President Eshaq Nowruzi in Tehran.",
        &["Rustam Yakubov", "Eshaq Nowruzi"],
    ),
    (
        "General Qasim Suleiman was photographed near the front line outside Tal Afar.",
        &["Qasim Suleiman"],
    ),
    (
        "Samira, a nurse at the only working hospital, said she had not slept in two days.",
        &["Samira", "a nurse at the only working hospital", "she"],
    ),
    (
        "Regime forces shelled Jisr al-Shughour and Maarat al-Numan overnight.",
        &[],
    ),
    (
        "The Tishreen Dam was captured from the militants in December.",
        &[],
    ),
    ("Abu Dhabi hosted the donors' conference.", &[]),
    ("Fighters of Faylaq al-Rahman withdrew from Ain Tarma.", &[]),
    ("The road from Bab al-Salama to Azaz was reopened.", &[]),
];

#[test]
fn blind_set_aj_of_people_in_statements_and_reports() {
    let ex = Extractor::default();
    // Scored once, after the changes of branch n41: 21 of 24, one false
    // hit ("Salama" of the crossing "Bab al-Salama", a place). The
    // misses: a given name unknown to the lists after a portfolio with no
    // title modifier ("for Syria Engagement Howard Keel"), "father" as a
    // description's head, a title after a possessive before an
    // apposition ("The militant group's spokesman, Abu Mohammed
    // al-Adnani").
    assert_scores(&ex, "set AJ", SET_AJ, 21, 1);
}
