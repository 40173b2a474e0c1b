//! Issue 16, blind batch G (branch n50): people in the kinds of text a
//! government press office and a broadcaster's website publish: press
//! statements with long titles ("Assistant Secretary for European and
//! Eurasian Affairs ...", "Chargé d'Affaires ...", "Secretary ..."),
//! briefing transcripts (speaker labels in capitals, "QUESTION:",
//! "MODERATOR:", the reporter spoken to by a given name: "Go ahead,
//! Matt."), remarks that open by addressing someone ("Foreign Minister
//! Wang Yi, thank you"), and BBC-style stories ("Mr Khan, 49, said",
//! "Labour MP ...", "Lord ...", "Baroness ...", "Dr ..."). The texts are
//! the newsie authors' own; the names are real people's of 2015-2024
//! (facts).
//!
//! Each text lists the people it names, written as the text of the name
//! (with `#n` for its n-th occurrence); a name is found when a PERSON
//! mention overlaps it. A gold string opening with `?` may be found or
//! not (a title standing alone for a person, "the Secretary"). A PERSON
//! mention that overlaps no gold is a false hit, except pronouns,
//! possessives and descriptions ("he", "his", "a diplomat"), which are
//! counted by other tables.
//!
//! Written and committed before the engine ran on it, and scored once as
//! written at main 8d56fa2: 86 of 93 names found, no false hit, 2 of 10
//! traps named a person ("Lord Chief Justice", "Dr Martens shares").
//! Missed: four reporters and officials spoken to by a given name in a
//! turn ("QUESTION: Ned, on ...", "Dear Tony,", "MR MILLER: Said, go
//! ahead.", "Look, Peter, I think"), "James O'Brien" after a long title,
//! "Hemedti" after "better known as", and "Kemi Badenoch" (no evidence).
//! One of the two trap hits was a mistake of the trap, not of the engine:
//! "The Lord Chief Justice said" is a title standing alone after "the",
//! which the project's tables (`tests/people_in_transcripts.rs`, re3d's
//! convention) mark as a person mention; it moved to the table with an
//! optional gold, as "The Secretary" has.
//!
//! After branch n50 (a given name opening a transcript's turn before a
//! comma, or after a capitalized English word opening it, or after "Dear",
//! "Hi", or before "welcome"; a portfolio of two parts joined by "and"; an alias
//! after "known as" and a person's name): 91 of 93, no false hit, 1 of 9
//! traps. Still missed: "Said" (a reporter's given name that is an English
//! word, on no list of given names) and "Kemi Badenoch" (no evidence, no
//! list). A later commit of the branch reads "Dr Martens shares fell" as a
//! brand (an honorific and one word before a noun of trading and a verb):
//! 0 of 9 traps.
//!
//! The same branch also reads the titles BBC news gives police officers
//! without a full stop ("Det Ch Insp", "Det Supt", "Insp") and "Lord",
//! "Lady" and "Judge" before a word that is no English word ("Lord
//! Ashcroft"), and a name between commas after a relative a possessive
//! owns ("His mother, Grace, said"), and a title standing alone that goes
//! on over "of" ("the Emir of Qatar", "the Secretary of State"), and a
//! short surname in capitals in a speaker label ("MR LEE:"), found while
//! probing the styles of this batch; tests below.

#[path = "common/people_sets.rs"]
#[allow(dead_code)]
mod people_sets;
use newsie::Extractor;
use people_sets::{named_people, person_texts, score_people};

/// Blind batch G: each text and the people it names.
const BLIND_G: &[(&str, &[&str])] = &[
    // Press statements.
    (
        "Assistant Secretary for European and Eurasian Affairs James O'Brien traveled to Warsaw on Tuesday, where he met Deputy Foreign Minister Marcin Przydacz.",
        &["James O'Brien", "Marcin Przydacz"],
    ),
    (
        "Deputy Spokesperson Vedant Patel announced that the United States would provide further humanitarian assistance.",
        &["Vedant Patel"],
    ),
    (
        "Under Secretary for Political Affairs Victoria Nuland will lead the delegation to Kyiv, accompanied by Special Representative for Syria Engagement Joel Rayburn.",
        &["Victoria Nuland", "Joel Rayburn"],
    ),
    (
        "Chargé d'Affaires Natalie Baker met Indian officials in New Delhi to discuss maritime security.",
        &["Natalie Baker"],
    ),
    (
        "The Secretary spoke today with Saudi Foreign Minister Prince Faisal bin Farhan about the fighting in Sudan. Secretary Blinken welcomed the kingdom's role in the Jeddah talks.",
        &["?The Secretary", "Faisal bin Farhan", "Blinken"],
    ),
    (
        "Special Envoy for Iran Robert Malley and Special Envoy for Yemen Tim Lenderking held consultations in Muscat with Omani Foreign Minister Sayyid Badr Albusaidi.",
        &["Robert Malley", "Tim Lenderking", "Badr Albusaidi"],
    ),
    (
        "Ambassador Linda Thomas-Greenfield condemned the missile launch at the Security Council on Friday.",
        &["Linda Thomas-Greenfield"],
    ),
    (
        "Counselor Derek Chollet traveled to Khartoum, where he met General Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo.",
        &["Derek Chollet", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"],
    ),
    (
        "The following is attributable to Spokesperson Morgan Ortagus: Secretary Pompeo met today with Crown Prince Salman bin Hamad Al Khalifa of Bahrain.",
        &["Morgan Ortagus", "Pompeo", "Salman bin Hamad Al Khalifa"],
    ),
    (
        "Ambassador-at-Large for Global Criminal Justice Beth Van Schaack briefed reporters on the findings.",
        &["Beth Van Schaack"],
    ),
    (
        "Deputy Secretary Wendy Sherman spoke with Vice Foreign Minister Xie Feng in Tianjin.",
        &["Wendy Sherman", "Xie Feng"],
    ),
    (
        "The Department of the Treasury today designated Esmail Qaani, commander of the Quds Force, and his deputy Mohammad Reza Fallahzadeh.",
        &["Esmail Qaani", "Mohammad Reza Fallahzadeh"],
    ),
    (
        "Acting Assistant Secretary for Near Eastern Affairs Yael Lempert met Speaker Nabih Berri in Beirut.",
        &["Yael Lempert", "Nabih Berri"],
    ),
    // Briefing transcripts.
    (
        "MR PRICE: Good afternoon, everybody. I have two items at the top.\n\nQUESTION: Ned, on Ukraine, can you confirm the report?\n\nMR PRICE: Go ahead, Matt.",
        &["MR PRICE", "Ned", "MR PRICE#2", "Matt"],
    ),
    (
        "SECRETARY BLINKEN: Thank you very much, Foreign Minister Kuleba, and thank you for hosting us.\n\nFOREIGN MINISTER KULEBA: (Via interpreter) Dear Tony, welcome back to Kyiv.",
        &["SECRETARY BLINKEN", "Kuleba", "FOREIGN MINISTER KULEBA", "Tony"],
    ),
    (
        "MODERATOR: Our next question comes from Humeyra Pamuk of Reuters.\n\nQUESTION: Thank you. Ambassador Hochstein, can you say whether the government has agreed?",
        &["MODERATOR", "Humeyra Pamuk", "Hochstein"],
    ),
    (
        "MR MILLER: Said, go ahead.\n\nQUESTION: Thank you, Matt. On Gaza, has Secretary Blinken spoken with Prime Minister Netanyahu today?\n\nMR MILLER: He spoke with him this morning.",
        &["MR MILLER", "Said", "Matt", "Blinken", "Netanyahu", "MR MILLER#2"],
    ),
    (
        "MS PORTER: Thanks, Shaun. We have seen the reports about Alexei Navalny and we are deeply concerned.",
        &["MS PORTER", "Shaun", "Alexei Navalny"],
    ),
    (
        "AMBASSADOR THOMAS-GREENFIELD: Thank you, Mr President. I thank Special Envoy Grundberg for his briefing.",
        &["AMBASSADOR THOMAS-GREENFIELD", "Grundberg"],
    ),
    (
        "QUESTION: Thank you. The Secretary met President Erdogan for two hours. Was the Finland question raised?\n\nMODERATOR: Next we will go to Jennifer Hansler.",
        &["?The Secretary", "Erdogan", "MODERATOR", "Jennifer Hansler"],
    ),
    (
        "MR KIRBY: Look, Peter, I think the President has been very clear about this.",
        &["MR KIRBY", "Peter", "?the President"],
    ),
    // Remarks.
    (
        "Foreign Minister Wang Yi, thank you for your hospitality. I also want to thank Vice President Han Zheng for our meeting this morning.",
        &["Wang Yi", "Han Zheng"],
    ),
    (
        "Prime Minister Shehbaz Sharif, thank you for welcoming us to Islamabad.",
        &["Shehbaz Sharif"],
    ),
    (
        "Minister Jaishankar, it is good to see you again, and I look forward to meeting Minister Rajnath Singh tomorrow.",
        &["Jaishankar", "Rajnath Singh"],
    ),
    (
        "President Ruto, Cabinet Secretary Musalia Mudavadi, distinguished guests: thank you.",
        &["Ruto", "Musalia Mudavadi"],
    ),
    // BBC-style stories.
    (
        "Mr Khan, 49, said he would appeal against the ruling. His lawyer, Salman Safdar, told the BBC the case was politically motivated.",
        &["Khan", "Salman Safdar"],
    ),
    (
        "The 32-year-old, who was arrested in Yekaterinburg in March, denies the charges. Evan Gershkovich's employer has called for his release.",
        &["Evan Gershkovich"],
    ),
    (
        "Labour MP Jess Phillips said the figures were shocking.",
        &["Jess Phillips"],
    ),
    (
        "Lord Cameron told peers the UK would keep up its support. Baroness Chapman asked whether aid to Gaza would resume.",
        &["Cameron", "Chapman"],
    ),
    (
        "Dr Tedros said the health system in Gaza was on its knees.",
        &["Tedros"],
    ),
    (
        "Nnamdi Kanu's lawyer, Ifeanyi Ejiofor, said his client had been held in solitary confinement.",
        &["Nnamdi Kanu", "Ifeanyi Ejiofor"],
    ),
    (
        "Narges Mohammadi, who is serving a prison sentence in Tehran, was awarded the Nobel Peace Prize. Ms Mohammadi's children accepted it on her behalf.",
        &["Narges Mohammadi", "Mohammadi#2"],
    ),
    (
        "The RSF, led by Gen Mohamed Hamdan Dagalo, better known as Hemedti, denied the claim.",
        &["Mohamed Hamdan Dagalo", "Hemedti"],
    ),
    (
        "Alexei Navalny's widow, Yulia Navalnaya, said she would continue his work.",
        &["Alexei Navalny", "Yulia Navalnaya"],
    ),
    (
        "Yevgeny Prigozhin, the Wagner boss, died in a plane crash two months after his mutiny. Prigozhin, 62, had fallen out with the defence ministry.",
        &["Yevgeny Prigozhin", "Prigozhin#2"],
    ),
    (
        "Opposition leader Bobi Wine, whose real name is Robert Kyagulanyi, said he had been placed under house arrest.",
        &["Bobi Wine", "Robert Kyagulanyi"],
    ),
    (
        "Former Tory minister Nadhim Zahawi was sacked by Rishi Sunak in January.",
        &["Nadhim Zahawi", "Rishi Sunak"],
    ),
    (
        "Sir Keir Starmer faced questions from Kemi Badenoch over the budget.",
        &["Keir Starmer", "Kemi Badenoch"],
    ),
    (
        "The BBC's Lyse Doucet, reporting from Kyiv, said the mood was grim.",
        &["Lyse Doucet"],
    ),
    (
        "Mr Kagame, who has led Rwanda since 2000, won 99% of the vote.",
        &["Kagame"],
    ),
    (
        "Journalist Shireen Abu Akleh was shot dead while covering a raid in Jenin.",
        &["Shireen Abu Akleh"],
    ),
    (
        "Chinese citizen journalist Zhang Zhan was jailed for four years for reporting on the outbreak in Wuhan.",
        &["Zhang Zhan"],
    ),
    (
        "Belarusian opposition leader Sviatlana Tsikhanouskaya met Lithuanian President Gitanas Nauseda in Vilnius.",
        &["Sviatlana Tsikhanouskaya", "Gitanas Nauseda"],
    ),
    (
        "Getachew Reda, a spokesman for the Tigrayan forces, said the deal would hold.",
        &["Getachew Reda"],
    ),
    (
        "Iran's foreign minister, Hossein Amir-Abdollahian, met his Omani counterpart in Muscat.",
        &["Hossein Amir-Abdollahian"],
    ),
    (
        "Kremlin spokesman Dmitry Peskov said Mr Putin had no plans to meet Mr Zelensky.",
        &["Dmitry Peskov", "Putin", "Zelensky"],
    ),
    // Written as a trap; moved here after the blind score, see the module
    // doc.
    (
        "The Lord Chief Justice said the courts were under strain.",
        &["?The Lord Chief Justice"],
    ),
];

/// Blind batch G's traps: capitalized words that are no name where names
/// stand (speaker labels, addresses, titles alone, headings, a brand).
const BLIND_G_TRAPS: &[&str] = &[
    "SECURITY COUNCIL: Members called for calm after the strikes.",
    "Mr Speaker, I beg to move that the bill be now read a second time.",
    "The Secretary General's office said the report would be released on Monday.",
    "QUESTION: Thank you. On the Black Sea Grain Initiative, is there any update?",
    "Office of the Deputy Spokesperson\nFor Immediate Release\nJune 4, 2019",
    "Labour MPs Rebel Over Welfare Cuts",
    "Dr Martens shares fell by a fifth on Thursday.",
    "DEPARTMENT PRESS BRIEFING\nWASHINGTON, D.C.\nMonday, March 4, 2024",
    "Thank you, Mr Chairman, and thank you to the Ukrainian delegation.",
];

#[test]
fn blind_batch_g_of_people_in_statements_transcripts_and_stories() {
    let ex = Extractor::default();
    let (found, total, misses, wrong) = score_people(&ex, BLIND_G);
    let traps: Vec<_> = BLIND_G_TRAPS.iter().map(|t| (*t, &[][..])).collect();
    let (_, _, _, trap_hits) = score_people(&ex, &traps);
    eprintln!(
        "batch G: {found}/{total} found, {} false hits, {} trap hits\nmisses:\n  {}\nfalse hits:\n  {}\ntrap hits:\n  {}",
        wrong.len(),
        trap_hits.len(),
        misses.join("\n  "),
        wrong.join("\n  "),
        trap_hits.join("\n  ")
    );
    // At main 8d56fa2 (blind): 86 of 93, no false hit, 2 trap hits (one
    // a mistake of the trap). After branch n50: 91 of 93, no trap hit.
    assert!(found + 2 >= total && wrong.is_empty() && trap_hits.is_empty());
}

/// Fails unless each text names its person, and unless no text of
/// `traps` names one.
fn check(ex: &Extractor, found: &[(&str, &str)], traps: &[&str]) {
    for (text, person) in found {
        let people = person_texts(ex, text);
        assert!(people.iter().any(|p| p == person), "{text:?}: {people:?}");
    }
    for text in traps {
        let people = named_people(ex, text);
        assert!(people.is_empty(), "{text:?}: {:?}", person_texts(ex, text));
    }
}

/// Batch G: a given name spoken to in a transcript's turn: opening it
/// before a comma and a word in lower case, after a capitalized English
/// word that opens it, after "Dear", before "welcome".
#[test]
fn a_given_name_spoken_to_in_a_turn() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            ("QUESTION: Ned, on Ukraine, can you confirm?", "Ned"),
            ("MR KIRBY: Look, Peter, I think so.", "Peter"),
            ("MR KIRBY: Well, Peter, I think so.", "Peter"),
            ("Dear Tony, welcome back to Kyiv.", "Tony"),
            ("MINISTER KULEBA: Dear Tony, thank you for coming.", "Tony"),
            ("Tony, welcome back.", "Tony"),
            ("QUESTION: Hi, Ned. Thanks for doing this.", "Ned"),
            ("QUESTION: Yes, thanks, Ned.", "Ned"),
            ("Hi Ned, thanks for doing this.", "Ned"),
        ],
        &[
            "F.A. : Ferris , Baker Watts , Inc. , Charleston",
            "Paris, I think, is lovely.",
            "Dear Sir, thank you for your letter.",
            "QUESTION: Jordan, on the talks, is there news?",
            "Chatham, Kent, is a town.",
            "They visited London, Paris.",
            "Hello, World.",
        ],
    );
}

/// Batch G: a title's portfolio of two parts joined by "and" before a
/// given name ("for European and Eurasian Affairs James O'Brien").
#[test]
fn a_portfolio_of_two_parts() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            (
                "Assistant Secretary for European and Eurasian Affairs James O'Brien traveled to Warsaw.",
                "James O'Brien",
            ),
            (
                "Officials said Assistant Secretary for Oceans and Fisheries Ana Okafor would attend.",
                "Ana Okafor",
            ),
        ],
        &["The Bureau of European and Eurasian Affairs issued a statement."],
    );
}

/// Batch G: the capitalized words after "known as", "nicknamed",
/// "dubbed" right after a person's name are that person's other name;
/// not after a group or a place.
#[test]
fn an_alias_after_known_as() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            (
                "The RSF, led by Gen Mohamed Hamdan Dagalo, better known as Hemedti, denied the claim.",
                "Hemedti",
            ),
            (
                "Mohamed Hamdan Dagalo (also known as Hemedti) denied the claim.",
                "Hemedti",
            ),
            ("Officials said Ana Okafor, known as Nena, was freed.", "Nena"),
        ],
        &[
            "The group known as Ahrar Hills denied the claim.",
            "The area, known as Wrenfield Flats, flooded.",
        ],
    );
}

/// The titles BBC news writes without a full stop before police officers,
/// and "Lord", "Lady", "Judge" before one word that is no English word;
/// not before a second capitalized word ("Lord Howe Island").
#[test]
fn police_titles_and_peers() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            (
                "Det Ch Insp Jane Okonkwo said inquiries were continuing.",
                "Jane Okonkwo",
            ),
            ("Det Supt Okonkwo said inquiries were continuing.", "Okonkwo"),
            ("Ch Supt Okonkwo said two men were held.", "Okonkwo"),
            ("Insp Okonkwo said two men were arrested.", "Okonkwo"),
            ("Lord Ashcroft funded the poll.", "Ashcroft"),
            ("Judge Okafor dismissed the case.", "Okafor"),
        ],
        &[
            "They flew to Lord Howe Island on Monday.",
            "He read Lord of the Flies at school.",
            "Lord Frost blew across the fields in the poem.",
        ],
    );
}

/// A name between commas after a relative that a possessive owns ("His
/// mother, Grace, said"), as BBC stories name a victim's family; not an
/// organization's name nor a title.
#[test]
fn a_name_after_a_relative() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            ("Mrs Okafor's husband, Tunde, died in 2019.", "Tunde"),
            ("His mother, Grace, said he was a kind boy.", "Grace"),
            ("Her son, Kwame Mensah, was arrested.", "Kwame Mensah"),
        ],
        &[
            "Its parent, Acme Holdings, said profits fell.",
            "Their father, a farmer, said the land was flooded.",
        ],
    );
}

/// A capitalized title standing alone after "the" goes on over "of" and a
/// country's name or title modifiers ("the Emir of Qatar", "the Secretary
/// of State"): a person of its own, or the holder the document named by
/// the whole title; not "the Lord of the Rings", "the President of Acme".
#[test]
fn a_title_of_a_country_or_a_state() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            ("The Secretary of State arrived in Riyadh.", "Secretary of State"),
            ("He met the Emir of Qatar in Doha.", "Emir"),
            (
                "The Foreign Secretary joined the US Secretary of State for talks.",
                "Secretary of State",
            ),
        ],
        &[
            "He read the Lord of the Rings.",
            "The President of Acme Holdings said so.",
        ],
    );
    let out = ex.extract(
        "Foreign Secretary Ann Vega met Secretary of State Ivo Ruiz. The Secretary of State said so.",
    );
    let nominal = out
        .entities()
        .iter()
        .find(|e| e.text() == "Secretary of State" && e.span().start > 60)
        .expect("the Secretary of State");
    assert_eq!(nominal.id(), "ivo_ruiz");
}

/// A speaker label of a title and a short surname in capitals ("MR LEE:",
/// "SECRETARY ROE:"), which elsewhere reads as an acronym.
#[test]
fn a_short_surname_in_a_speaker_label() {
    let ex = Extractor::default();
    check(
        &ex,
        &[
            ("MR LEE: Thank you.", "LEE"),
            ("MS WU: Thanks, Matt.", "WU"),
            ("SECRETARY ROE: Thank you all.", "ROE"),
        ],
        &[
            "MR UN: Hello.",
            "The WHO: a profile.",
            "SECURITY COUNCIL: Members called for calm.",
        ],
    );
}

/// An honorific and one word before a noun of trading and a verb name a
/// brand ("Dr Martens shares fell"); not before "shares" the verb.
#[test]
fn a_brand_named_with_an_honorific() {
    let ex = Extractor::default();
    check(
        &ex,
        &[("Dr Okafor shares his view.", "Okafor")],
        &[
            "Dr Martens shares fell by a fifth.",
            "Mr Kipling sales rose last year.",
        ],
    );
}
