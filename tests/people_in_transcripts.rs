//! Issue 16: people in the genres of press offices and broadcasters'
//! websites: transcript turns with speaker labels in capitals, press
//! releases with their bylines, briefing questions and answers, reports
//! with correspondents, officials named only by a title, and people named
//! by a kunya or by one name after a word that describes them. The texts
//! are the newsie authors' own; names of real people are facts.
//!
//! Each text lists the person mentions a reader marks: names (with the
//! title or label they stand in), titles standing alone for a person, and
//! pronouns of people ("I", "he", "his"). A plural "we" is no one person
//! and is not marked. Decisions on speaker labels: "MODERATOR:" and
//! "OPERATOR:" name the one person who speaks in that role, and are
//! marked; "QUESTION:", "PARTICIPANT:" and "Q:" name a turn of whoever asks
//! and are not. Headings in capitals, "END", places and operations named
//! after a person ("Abu Dhabi", "Abu Kamal"), and a brand ("Mr Kipling
//! cakes") are no person.
//!
//! A gold mention is written as the text it covers, with `#n` for its n-th
//! occurrence in the text; it is found when a PERSON mention overlaps it.
//!
//! Blind set O (branch n36) was written before newsie ran on it: at main
//! 77e4d0f 58 of its 79 mentions were found, with 1 false hit; after the
//! fixes of that branch (the "I" of a byline, titles in lower case no one
//! holds) 59. Blind set P was written after those fixes and scored once:
//! 26 of 37, no false hit (main 77e4d0f, counted afterwards: 25). After
//! branch n37 (possessive pronouns, speaker labels that name a role): O
//! 64 of 79 (1 false hit), P 29 of 37 (none).
//!
//! Blind sets AT and AU (branch n42) are of first-person pronouns of a
//! known speaker ("I", "me", "my", "myself", "mine"): AT written before
//! that branch's change (main 0e27a1c: 53 of 59, no false hit; after: 54),
//! AU after it, scored once (24 of 26, no false hit).

use newsie::Extractor;

#[path = "common/people_sets.rs"]
#[allow(dead_code)]
mod people_sets;
use people_sets::{assert_scores, check_rows};

/// Blind set O: 45 texts with people and 15 traps (texts with no gold).
const SET_O: &[(&str, &[&str])] = &[
    (
        "SECRETARY KERRY: Thank you all for coming. I want to begin with Syria.",
        &["SECRETARY KERRY", "I"],
    ),
    (
        "MR TONER: Good afternoon. I have one thing at the top.",
        &["MR TONER", "I"],
    ),
    (
        "QUESTION: Can you say more about the talks?\nMR TONER: I can't, not today.",
        &["MR TONER", "I"],
    ),
    (
        "FOREIGN MINISTER LAVROV: (Via interpreter) We discussed the ceasefire at length, and I thank my colleague.",
        &["FOREIGN MINISTER LAVROV", "I", "my colleague"],
    ),
    (
        "MS PSAKI: Let me start with one announcement. The Secretary will travel to Geneva on Sunday.",
        &["MS PSAKI", "me", "The Secretary"],
    ),
    (
        "AMBASSADOR POWER: We will vote against this text. I say that with regret.",
        &["AMBASSADOR POWER", "I"],
    ),
    (
        "PRESIDENT OBAMA: Thank you. Please have a seat.",
        &["PRESIDENT OBAMA"],
    ),
    (
        "SECRETARY CLINTON: Good morning. Let me thank the Foreign Minister for his hospitality.",
        &["SECRETARY CLINTON", "me", "the Foreign Minister", "his"],
    ),
    (
        "Press Statement\nJohn Kirby\nDepartment Spokesperson\nWashington, DC\nMarch 3, 2016\n\nThe United States condemns the attack on the hospital in Aleppo.",
        &["John Kirby"],
    ),
    (
        "Remarks\nJohn Kerry\nSecretary of State\nLondon, United Kingdom\nFebruary 4, 2016\n\nWell, thank you very much. I am delighted to be here.",
        &["John Kerry", "I"],
    ),
    (
        "Under Secretary for Political Affairs Wendy Sherman will travel to Vienna next week.",
        &["Wendy Sherman"],
    ),
    (
        "Assistant Secretary of State for Near Eastern Affairs Anne Patterson met the delegation on Tuesday.",
        &["Anne Patterson"],
    ),
    (
        "Deputy Spokesperson Mark Toner told reporters that the convoy had not reached the town.",
        &["Mark Toner"],
    ),
    (
        "Ambassador-at-Large for Counterterrorism Tina Kaidanow will lead the U.S. delegation.",
        &["Tina Kaidanow"],
    ),
    (
        "The delegation includes Special Envoy Brett McGurk, Deputy Assistant Secretary Michael Ratney and Ambassador Stuart Jones.",
        &["Brett McGurk", "Michael Ratney", "Stuart Jones"],
    ),
    (
        "The Secretary spoke by phone with the Turkish foreign minister on Monday.",
        &["The Secretary", "the Turkish foreign minister"],
    ),
    (
        "QUESTION: Is the Secretary planning to meet him?\nMR KIRBY: He has no plans to do so at this time.",
        &["the Secretary", "him", "MR KIRBY", "He"],
    ),
    (
        "MODERATOR: Our next question comes from the line of Ann Vega.\nQUESTION: Thank you. My question is about the border.",
        &["MODERATOR", "Ann Vega", "My"],
    ),
    (
        "Mr Assad said the army would retake the whole country.",
        &["Mr Assad"],
    ),
    (
        "The BBC's Middle East editor Jeremy Bowen, who visited the city, said the streets were empty.",
        &["Jeremy Bowen"],
    ),
    (
        "Lyse Doucet, the BBC's chief international correspondent, reports from Damascus.",
        &["Lyse Doucet"],
    ),
    (
        "\"We have no bread left,\" said Ahmed, a resident of eastern Aleppo.",
        &["Ahmed"],
    ),
    (
        "Syrian activist Abu Omar told the BBC that the shelling had lasted all night.",
        &["Abu Omar"],
    ),
    (
        "A rebel commander, Abu Mohammed, said his men had withdrawn from the hill.",
        &["A rebel commander", "Abu Mohammed", "his"],
    ),
    (
        "Witness Karim said he saw three aircraft above the market.",
        &["Karim", "he"],
    ),
    (
        "The foreign secretary said Britain would host the conference in February.",
        &["The foreign secretary"],
    ),
    (
        "The prime minister told MPs that no troops would be sent.",
        &["The prime minister"],
    ),
    (
        "A senior Iraqi general said the offensive would begin within days.",
        &["A senior Iraqi general"],
    ),
    (
        "Our correspondent Quentin Sommerville says the front line has barely moved.",
        &["Quentin Sommerville"],
    ),
    (
        "Speaking in Kabul, Mr Ghani said the Taliban must choose peace.",
        &["Mr Ghani"],
    ),
    (
        "Local commander Haji Rahim said the district had fallen overnight.",
        &["Haji Rahim"],
    ),
    (
        "President Putin's spokesman, Dmitry Peskov, denied the claim.",
        &["President Putin", "Dmitry Peskov"],
    ),
    (
        "Mullah Omar's son has been named as the group's new military chief.",
        &["Mullah Omar"],
    ),
    (
        "The UN envoy, Staffan de Mistura, said he hoped talks would resume.",
        &["The UN envoy", "Staffan de Mistura", "he"],
    ),
    (
        "Foreign Secretary Philip Hammond said: \"I do not believe the regime can be part of the solution.\"",
        &["Philip Hammond", "I"],
    ),
    (
        "The Defence Secretary said he had approved the deployment.",
        &["The Defence Secretary", "he"],
    ),
    (
        "SECRETARY KERRY: Sergey and I have spent many hours on this.",
        &["SECRETARY KERRY", "Sergey", "I"],
    ),
    (
        "SPOKESPERSON PRICE: We are watching it closely, and I would refer you to the Pentagon.",
        &["SPOKESPERSON PRICE", "I"],
    ),
    (
        "Minister for the Middle East Tobias Ellwood visited the camp on Friday.",
        &["Tobias Ellwood"],
    ),
    (
        "The Minister for the Middle East said the aid would reach 200,000 people.",
        &["The Minister for the Middle East"],
    ),
    (
        "General Dunford told the committee that he expected a long campaign.",
        &["General Dunford", "he"],
    ),
    (
        "The Special Envoy met opposition leaders in Riyadh on Thursday.",
        &["The Special Envoy"],
    ),
    (
        "DEPUTY SECRETARY BLINKEN: Thanks very much, and thanks to my friend the Foreign Minister.",
        &["DEPUTY SECRETARY BLINKEN", "my", "the Foreign Minister"],
    ),
    (
        "Zainab, a 34-year-old teacher from Mosul, said she fled with her children.",
        &["Zainab", "a 34-year-old teacher from Mosul", "she", "her"],
    ),
    (
        "Gunmen loyal to warlord Abdul Rashid Dostum seized the checkpoint.",
        &["Abdul Rashid Dostum"],
    ),
    // Traps.
    ("QUESTION: What is the status of the convoy?", &[]),
    ("PARTICIPANT: (Inaudible.)", &[]),
    ("END\n\n(The briefing was concluded at 2:14 p.m.)", &[]),
    (
        "NOTE TO EDITORS\nThe statement is available in Arabic and French.",
        &[],
    ),
    (
        "Operation Inherent Resolve continues to target the group in Iraq and Syria.",
        &[],
    ),
    ("The talks were held in Abu Dhabi on Wednesday.", &[]),
    ("Sales of Mr Kipling cakes rose last year.", &[]),
    ("BACKGROUND BRIEFING ON THE SYRIA TALKS", &[]),
    ("FACT SHEET: U.S. ASSISTANCE TO SYRIA", &[]),
    ("Abu Ghraib prison was closed in 2014.", &[]),
    ("MEDIA NOTE\nOffice of the Spokesperson\nWashington, DC", &[]),
    ("Abu Kamal was shelled again overnight.", &[]),
    ("PRESS AVAILABILITY WITH FOREIGN MINISTERS", &[]),
    (
        "The Foreign Office issued a travel warning for the region.",
        &[],
    ),
    (
        "The Ministry of Defence said the strike hit a weapons store.",
        &[],
    ),
];

#[test]
fn blind_set_o_of_people_in_transcripts_and_reports() {
    let ex = Extractor::default();
    // At main 77e4d0f: 58 of 79, 1 false hit ("Mr Kipling cakes"); after
    // branch n36, 59 (the "I" of a byline). Left: possessives, which the
    // relations would bind as arguments ("used against his own people"),
    // speaker roles ("MODERATOR:"), a weak title before one word
    // ("General Dunford"), one name with a description ("Zainab, a
    // teacher"), titles in lower case in a document that names no one.
    // Branch n39 took re3d's convention, where a description or a title
    // phrase beside a name is a mention of its own ("A rebel commander,
    // Abu Mohammed"), into the gold of three texts (the set had 79 gold
    // mentions, now 82), and found 68 of 82 with its descriptions.
    // Branch n41's nouns of what a person is add a false hit by this
    // gold, "a resident of eastern Aleppo" after "Ahmed", a description
    // the convention marks but the gold of that text does not.
    assert_scores(&ex, "set O", SET_O, 68, 2);
}

#[test]
fn a_title_in_lower_case_that_no_one_holds_is_a_person() {
    // A title in lower case after "the" that ends its phrase stands for
    // its holder; when the document names none, it is a person of its
    // own, as a capitalized title is ("The Foreign Secretary said ...").
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "Omar Haddad flew to Quito on Monday. The foreign minister said the border would reopen.",
                &["Omar Haddad", "foreign minister"],
                &[],
            ),
            (
                "Ann Vega said the home secretary had not been told.",
                &["Ann Vega", "home secretary"],
                &[],
            ),
            // Traps: a title a hyphen joins to more, a plural. (A title
            // of a name beside it is, since branch n39, a mention of that
            // person, evidence `description`, as re3d marks it: see
            // `tests/people_by_title.rs`.)
            (
                "Ann Vega praised the secretary-General of the league for the report.",
                &["Ann Vega"],
                &["secretary"],
            ),
            (
                "Ann Vega, the foreign minister, arrived on Monday.",
                &["Ann Vega", "foreign minister"],
                &[],
            ),
            (
                "Ann Vega met the foreign ministers in Quito.",
                &["Ann Vega"],
                &["foreign ministers", "ministers"],
            ),
        ],
    );
}

#[test]
fn the_person_of_a_byline_speaks_the_first_person() {
    // A press office heads a speech or a statement with the speaker's
    // name alone on a line: "I" outside quotations is that person.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "Statement\nAnn Vega\nMinister for the Andes\nQuito, Ecuador\n\nI am saddened by the loss of life in the floods.",
                &["Ann Vega", "I"],
                &[],
            ),
            (
                "Speech\n\nOmar Haddad\n\nAmbassador to Chile\n\nThank you, Madam Chair. I thank the members for their support: all of them.",
                &["Omar Haddad", "I"],
                &[],
            ),
            // Traps: a name that shares its line, a name below the first
            // lines, a turn from the floor after the byline.
            (
                "Ann Vega spoke first.\nI was not present.",
                &["Ann Vega"],
                &["I"],
            ),
            (
                "Agenda\nItem one\nItem two\nItem three\nItem four\nAnn Vega\n\nI was not present.",
                &[],
                &["I"],
            ),
            (
                "Remarks\nAnn Vega\n\nThank you all.\nQUESTION: Can I ask about the floods?",
                &["Ann Vega"],
                &["I"],
            ),
        ],
    );
}

#[test]
fn a_given_name_alone_before_a_description_opens_a_sentence() {
    // A given name that opens its sentence, alone, before a comma and a
    // description with "a" or "an" ("Karima, a nurse at the clinic,
    // said"), is a person: news names ordinary people so.
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "Karima, a nurse at the clinic, said the wards were full.",
                &["Karima"],
                &[],
            ),
            (
                "Tariq, an activist in Basra, said the pumps had stopped.",
                &["Tariq"],
                &[],
            ),
            // Traps: an adverb, a time word, a description with "the".
            (
                "Separately, an official said the talks would resume.",
                &[],
                &["Separately"],
            ),
            (
                "Yesterday, a spokesman said the wards were full.",
                &[],
                &["Yesterday"],
            ),
            ("Basra, the port city, was quiet on Monday.", &[], &["Basra"]),
        ],
    );
}

/// Blind set P: 22 texts with people and 8 traps, written after the fixes
/// of branch n36 and before newsie ran on them.
const SET_P: &[(&str, &[&str])] = &[
    (
        "SECRETARY BLINKEN: Good morning, everyone. I just came back from Kyiv.",
        &["SECRETARY BLINKEN", "I"],
    ),
    (
        "MR PRICE: We don't have an update on that. I'd refer you to the White House.",
        &["MR PRICE", "I"],
    ),
    (
        "QUESTION: On Iran, Ned.\nMR PRICE: Sure. I'll take that.",
        &["Ned", "MR PRICE", "I"],
    ),
    (
        "MINISTER JAISHANKAR: (Via interpreter) I am grateful to my friend Tony for hosting us.",
        &["MINISTER JAISHANKAR", "I", "my", "Tony"],
    ),
    (
        "Press Statement\nNed Price\nDepartment Spokesperson\nJune 2, 2021\n\nThe United States welcomes the release of the journalists.",
        &["Ned Price"],
    ),
    (
        "Remarks\nAntony J. Blinken\nSecretary of State\nBrussels, Belgium\nMarch 24, 2021\n\nGood afternoon. I want to thank the Secretary General for his leadership.",
        &["Antony J. Blinken", "I", "the Secretary General", "his"],
    ),
    (
        "Special Presidential Envoy for Climate John Kerry will travel to Shanghai.",
        &["John Kerry"],
    ),
    (
        "Acting Assistant Secretary of State for African Affairs Robert Godec met the delegation.",
        &["Robert Godec"],
    ),
    (
        "The Secretary met the Emir of Qatar on Wednesday.",
        &["The Secretary", "the Emir of Qatar"],
    ),
    (
        "Mr Erdogan said Turkey would not accept the new border.",
        &["Mr Erdogan"],
    ),
    (
        "The BBC's security correspondent Frank Gardner said the threat remained high.",
        &["Frank Gardner"],
    ),
    (
        "Orla Guerin, the BBC's international correspondent, sent this report from Gaza.",
        &["Orla Guerin"],
    ),
    (
        "\"They came at night,\" said Fatima, a mother of four from Idlib.",
        &["Fatima"],
    ),
    (
        "Rebel fighter Abu Khaled said the group had lost a dozen men.",
        &["Abu Khaled"],
    ),
    (
        "The home secretary said the new law would come into force in April.",
        &["The home secretary"],
    ),
    (
        "A senior US official said the strikes were a warning.",
        &["A senior US official"],
    ),
    (
        "Taliban commander Mullah Abdul Salam said the fighting would go on.",
        &["Mullah Abdul Salam"],
    ),
    (
        "The defence secretary told MPs that he had ordered a review.",
        &["The defence secretary", "he"],
    ),
    (
        "Speaking in Moscow, Mr Lavrov said the talks had been useful.",
        &["Mr Lavrov"],
    ),
    (
        "AMBASSADOR THOMAS-GREENFIELD: Thank you, Mr. President. I want to begin by thanking the briefers.",
        &["AMBASSADOR THOMAS-GREENFIELD", "I", "Mr. President"],
    ),
    (
        "OPERATOR: Our next question comes from Omar Haddad of the Associated Press.",
        &["OPERATOR", "Omar Haddad"],
    ),
    (
        "Brig Gen Yahya Rasool, a spokesman for Iraq's joint operations command, said the town had been cleared.",
        &["Yahya Rasool", "a spokesman for Iraq's joint operations command"],
    ),
    // Traps.
    ("Q: Any update on the talks?", &[]),
    ("(Laughter.)\nPARTICIPANT: Thank you.", &[]),
    ("UNITED STATES-JAPAN JOINT STATEMENT", &[]),
    ("The meeting took place in Abu Dhabi and Dubai.", &[]),
    ("Operation Sea Guardian ended last month.", &[]),
    ("OFFICE OF THE SPOKESPERSON\nFor Immediate Release", &[]),
    ("Abu Dhabi Securities Exchange shares fell on Monday.", &[]),
    ("The Defence Ministry said the drills had ended.", &[]),
];

#[test]
fn blind_set_p_of_people_in_transcripts_and_reports() {
    let ex = Extractor::default();
    // Scored once, after the fixes of branch n36: 26 of 37, no false hit.
    // Branch n39 took re3d's convention for a title phrase beside a name
    // into the gold of one text (now 38 gold mentions): 31 found.
    assert_scores(&ex, "set P", SET_P, 31, 0);
}

/// Blind set AT (branch n42): first-person pronouns of a known speaker
/// ("I", "me", "my", "myself", "mine") in transcript turns and attributed
/// quotations, written before newsie ran on it, and traps: the letter "I"
/// of a numeral or a list, a quotation no one named speaks, a reported
/// "my" of someone else. Decisions: a headline quotation whose speaker
/// follows a colon ("'I will stay': Vega") is not attributed and its "I"
/// is not marked; "we" is no one person.
const SET_AT: &[(&str, &[&str])] = &[
    (
        "MR KIRBY: Good afternoon. I have one note at the top and then I will take your questions.",
        &["MR KIRBY", "I", "I#2"],
    ),
    (
        "MS OKAFOR: Let me be clear about this. My government has not changed its position.",
        &["MS OKAFOR", "me", "My"],
    ),
    (
        "SECRETARY HALDANE: I spoke with the foreign minister this morning.\nQUESTION: Did he agree?\nSECRETARY HALDANE: I would not put it that way myself.",
        &["SECRETARY HALDANE", "I", "foreign minister", "he", "SECRETARY HALDANE#2", "I#2", "myself"],
    ),
    (
        "\u{201c}I will not resign,\u{201d} Ann Vega said on Tuesday.",
        &["I", "Ann Vega"],
    ),
    (
        "Omar Haddad said: \u{201c}I have asked the council to meet again next week.\u{201d}",
        &["Omar Haddad", "I"],
    ),
    (
        "\"My view has not changed,\" said Petra Lindqvist, the defence minister.",
        &["My", "Petra Lindqvist", "defence minister"],
    ),
    (
        "The talks ended without a deal, Kemal Arslan told reporters. \u{201c}I expected more from them,\u{201d} he said.",
        &["Kemal Arslan", "I", "he"],
    ),
    (
        "\u{201c}Nobody asked me before the vote,\u{201d} said Maria Fontaine, a senator from the north.",
        &["me", "Maria Fontaine", "senator"],
    ),
    (
        "Rafael Ortiz said the decision was \u{201c}mine and mine alone\u{201d} and that he would defend it.",
        &["Rafael Ortiz", "mine", "mine#2", "he"],
    ),
    (
        "\u{2018}I told my colleagues the truth,\u{2019} Lena Brandt said.",
        &["I", "my", "Lena Brandt"],
    ),
    (
        "Prime Minister Tomas Rek said: \"I did not authorise the strike and I will find out who did.\"",
        &["Prime Minister Tomas Rek", "I", "I#2"],
    ),
    (
        "AMBASSADOR NOOR: Thank you, Madam President. I wish to make three points.",
        &["AMBASSADOR NOOR", "I"],
    ),
    (
        "\u{201c}They shelled my village for a week,\u{201d} said Yusuf Demir, a farmer who fled to the city.",
        &["my", "Yusuf Demir"],
    ),
    (
        "General Aiko Mori said her troops were ready. \u{201c}I have full confidence in them,\u{201d} Mori added.",
        &["General Aiko Mori", "her", "I", "Mori#2"],
    ),
    (
        "MR PRICE: I do not have anything new on that. Let me check with our team.\nQUESTION: Thank you.",
        &["MR PRICE", "I", "me"],
    ),
    (
        "Minister Julia Brandt released the following statement:\n\nI condemn the attack on the hospital in the strongest terms.",
        &["Minister Julia Brandt", "I"],
    ),
    // Traps.
    ("The treaty that ended World War I was signed at Versailles.", &[]),
    ("Phase I of the project will finish in May, the ministry said.", &[]),
    ("The museum holds a portrait of King Charles I.", &["King Charles I"]),
    (
        "\u{201c}I saw the soldiers take the men away,\u{201d} one witness said.",
        &["witness"],
    ),
    (
        "The agreement requires (i) a ceasefire and (ii) an exchange of prisoners.",
        &[],
    ),
    (
        "\u{201c}I will stay\u{201d}: Vega defies calls to quit",
        &["Vega"],
    ),
    (
        "Ann Vega said her brother had written \u{201c}my home is gone\u{201d} in a letter.",
        &["Ann Vega", "her"],
    ),
    (
        "\u{201c}I am not afraid,\u{201d} said Hana Sato. \u{201c}Neither am I,\u{201d} said Liam Byrne.",
        &["I", "Hana Sato", "I#2", "Liam Byrne"],
    ),
    (
        "QUESTION: I wanted to ask about the convoy.\nMR KIRBY: Sure.",
        &["MR KIRBY"],
    ),
];

#[test]
fn blind_set_at_of_first_person_pronouns() {
    let ex = Extractor::default();
    // Written before running: at main 0e27a1c 48 of 54 as written, with 6
    // false hits that were gold slips (descriptions the set's convention
    // marks, and "Mori#2"); corrected, 53 of 59 and none. After "myself"
    // and "mine" of branch n42: 54 (misses: "mine" right after a quotation
    // mark, single curly quotation marks, a headline's speaker).
    assert_scores(&ex, "set AT", SET_AT, 54, 0);
}

/// "myself" and "mine" stand for the speaker as "my" does; "mine" only
/// where a noun phrase ends before it ("was mine", "of mine"), not the
/// weapon or the pit.
#[test]
fn myself_and_mine_are_the_speakers() {
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "\u{201c}The choice was mine and I stand by it,\u{201d} said Ann Vega.",
                &["mine", "I"],
                &[],
            ),
            (
                "\u{201c}An old friend of mine runs the clinic,\u{201d} Omar Haddad said.",
                &["mine"],
                &[],
            ),
            (
                "MS VEGA: I went to the border myself last week.",
                &["I", "myself"],
                &[],
            ),
            (
                "\u{201c}A mine exploded near the school,\u{201d} said Ann Vega.",
                &[],
                &["mine"],
            ),
            (
                "\u{201c}The mine was cleared on Monday and I saw it,\u{201d} said Ann Vega.",
                &["I"],
                &["mine"],
            ),
            (
                "\u{201c}I did it myself,\u{201d} one soldier said.",
                &[],
                &["I", "myself"],
            ),
        ],
    );
}

/// A given name alone, spoken to, as briefings and quotations write it:
/// after the short opening of a turn and its comma at the end of the
/// sentence, or before a comma and the words of a request or a question.
/// Traps: a place after its town, a group named after a comma that ends a
/// long phrase, a line-up of surnames, a frequent word.
#[test]
fn a_given_name_spoken_to_is_a_person() {
    let ex = Extractor::default();
    check_rows(
        &ex,
        &[
            (
                "MR TONER: That is all I have. Yes, Lesley.",
                &["TONER", "I", "Lesley"],
                &[],
            ),
            (
                "QUESTION: Thank you, Heather. Is the envoy still in Doha?",
                &["Heather"],
                &[],
            ),
            (
                "MS VEGA: Omar, you had one on the ceasefire?",
                &["VEGA", "Omar"],
                &[],
            ),
            (
                "QUESTION: On the border, Marie, was there any contact with the rebels?",
                &["Marie"],
                &[],
            ),
            (
                "\u{201c}Come in, Tomas,\u{201d} the guard said, and the gate opened.",
                &[],
                &["guard"],
            ),
            (
                "The talks moved from Leeds to Harrogate, Yorkshire.",
                &[],
                &["Yorkshire"],
            ),
            (
                "Police raided homes linked to the banned separatist movement, Hanna.",
                &[],
                &["Hanna"],
            ),
            (
                "Dunne, Lowry, Carey, Shane.\nSubs: Byrne, Nolan.",
                &[],
                &["Shane"],
            ),
            ("Thanks, Will.", &[], &["Will"]),
        ],
    );
}

/// Blind set AU (branch n42): written after the change of that branch
/// and scored once, 12 texts of which 4 are traps.
const SET_AU: &[(&str, &[&str])] = &[
    (
        "MS DALTON: I can confirm the visit. I will travel to the region myself on Friday.",
        &["MS DALTON", "I", "I#2", "myself"],
    ),
    (
        "\u{201c}My door is always open,\u{201d} said Governor Ruth Akande.",
        &["My", "Governor Ruth Akande"],
    ),
    (
        "Foreign Minister Pavel Hrabal said: \"I regret that the talks failed. The fault is not mine.\"",
        &["Foreign Minister Pavel Hrabal", "I", "mine"],
    ),
    (
        "\u{201c}Give me one more week,\u{201d} Selim Kaya told the committee.",
        &["me", "Selim Kaya"],
    ),
    (
        "COLONEL BRAND: I would refer you to the ministry on that.\nQUESTION: One more, please.\nCOLONEL BRAND: Go ahead.",
        &["COLONEL BRAND", "I", "COLONEL BRAND#2"],
    ),
    (
        "\u{201c}I was born in this town and I will die here,\u{201d} said Mariam Saleh, a teacher.",
        &["I", "I#2", "Mariam Saleh", "teacher"],
    ),
    (
        "Senator Joan Reyes said her office had received threats. \u{201c}I will not be silenced,\u{201d} Reyes said.",
        &["Senator Joan Reyes", "her", "I", "Reyes#2"],
    ),
    (
        "\u{201c}A mine blew up the truck in front of me,\u{201d} said Ivan Petrov, a driver.",
        &["me", "Ivan Petrov", "driver"],
    ),
    // Traps.
    ("Chapter I of the report deals with the budget.", &[]),
    (
        "\u{201c}I want my son back,\u{201d} read a sign at the protest.",
        &[],
    ),
    ("Pope John Paul I served for only 33 days.", &["Pope John Paul I"]),
    (
        "The mine was closed after the collapse, the company said.",
        &[],
    ),
];

#[test]
fn blind_set_au_of_first_person_pronouns() {
    let ex = Extractor::default();
    // Scored once at branch n42 (a99bb91): 24 of 26, no false hit (misses:
    // "is not mine", a description after a speaker).
    assert_scores(&ex, "set AU", SET_AU, 24, 0);
}
