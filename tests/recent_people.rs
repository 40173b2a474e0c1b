//! Issue 16: recent people (2015-2024) with given names of every language,
//! in neutral contexts and with no title, and the trap sentences where a
//! capitalized word before another must stay no person. The sentences are
//! the newsie authors' own; the names are real people's (facts).
//!
//! Before the given names of Wikidata (`rare_given_name`) 74 of the 99
//! people of this probe were found, after them 90. Still missed, their
//! given names on no list we ship: Assimi Goita, Prabowo Subianto,
//! Hibatullah Akhundzada, Kais Saied, Hun Manet, Ayman al-Zawahiri, Naim
//! Qassem, Khalifa Haftar, Herzi Halevi. One trap fails and is left out:
//! "Lada Niva sales rose last year." names a person (a car maker's name
//! is a given name).
//!
//! Blind batch C (branch n21, `BLIND_C_PEOPLE`, `BLIND_C_TRAPS`), written
//! and committed before the engine ran on it: at 6cf7711 45 of its 50
//! people were found and 1 of its 30 traps named a person or a weapon;
//! after the fixes of that branch 48 of 50 and 0 of 30.

use newsie::{EntityType, Extractor};

/// The people a text names (not the descriptions, "a diplomat", which
/// name no one: evidence `description`).
fn people(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Person && !described(e))
        .map(|e| e.text().to_string())
        .collect()
}

/// Whether a mention is a description of a person ("a diplomat"), not a
/// name.
fn described(e: &newsie::Entity<'_>) -> bool {
    e.evidence()
        .is_some_and(|v| v.kind() == newsie::EvidenceKind::Description)
}

/// Fails when a trap sentence names a person.
fn assert_no_person(ex: &Extractor, traps: &[&str]) {
    let hits = person_hits(ex, traps);
    assert!(hits.is_empty(), "{hits:?}");
}

/// How many sentences of `table` name the person each must name.
fn found_people(ex: &Extractor, table: &[(&str, &str)]) -> usize {
    table
        .iter()
        .filter(|(text, person)| people(ex, text).iter().any(|p| p == person))
        .count()
}

/// Each sentence and the person it must name.
const PEOPLE: &[(&str, &str)] = &[
    (
        "Kyrylo Budanov said on Monday that the strikes would continue.",
        "Kyrylo Budanov",
    ),
    (
        "Yoav Gallant met the visiting delegation in Tel Aviv.",
        "Yoav Gallant",
    ),
    (
        "According to Tedros Adhanom Ghebreyesus, the outbreak is slowing.",
        "Tedros Adhanom Ghebreyesus",
    ),
    (
        "Naftali Bennett told reporters the talks had stalled.",
        "Naftali Bennett",
    ),
    (
        "Volodymyr Zelensky met Emmanuel Macron in Paris.",
        "Volodymyr Zelensky",
    ),
    (
        "Oleksandr Syrskyi said the front line was holding.",
        "Oleksandr Syrskyi",
    ),
    (
        "Dmytro Kuleba spoke with his counterpart by phone.",
        "Dmytro Kuleba",
    ),
    (
        "Mykhailo Podolyak wrote that the offer was a trap.",
        "Mykhailo Podolyak",
    ),
    (
        "Denys Shmyhal announced new measures on Tuesday.",
        "Denys Shmyhal",
    ),
    ("Andriy Yermak said the plan had support.", "Andriy Yermak"),
    ("Itamar Ben-Gvir visited the site on Thursday.", "Itamar Ben-Gvir"),
    ("Bezalel Smotrich said the budget would pass.", "Bezalel Smotrich"),
    ("Benny Gantz left the government in June.", "Benny Gantz"),
    ("Gadi Eisenkot criticized the decision.", "Gadi Eisenkot"),
    ("Ebrahim Raisi died in a helicopter crash.", "Ebrahim Raisi"),
    (
        "Hossein Amir-Abdollahian met the envoy in Tehran.",
        "Hossein Amir-Abdollahian",
    ),
    ("Masoud Pezeshkian said Iran wanted talks.", "Masoud Pezeshkian"),
    (
        "Yahya Sinwar was killed in Rafah, officials said.",
        "Yahya Sinwar",
    ),
    ("Ismail Haniyeh met Qatari officials in Doha.", "Ismail Haniyeh"),
    ("Hakan Fidan said Turkey would mediate.", "Hakan Fidan"),
    (
        "Recep Tayyip Erdogan spoke after the vote.",
        "Recep Tayyip Erdogan",
    ),
    (
        "Nikol Pashinyan said the border deal was fair.",
        "Nikol Pashinyan",
    ),
    ("Ilham Aliyev met the delegation in Baku.", "Ilham Aliyev"),
    ("Abiy Ahmed said the war was over.", "Abiy Ahmed"),
    ("Isaias Afwerki rarely speaks to foreign media.", "Isaias Afwerki"),
    (
        "Hakainde Hichilema met investors in Lusaka.",
        "Hakainde Hichilema",
    ),
    ("Emmerson Mnangagwa won a second term.", "Emmerson Mnangagwa"),
    ("Samia Suluhu Hassan opened the summit.", "Samia Suluhu Hassan"),
    (
        "Evariste Ndayishimiye spoke at the ceremony.",
        "Evariste Ndayishimiye",
    ),
    (
        "Faure Gnassingbe signed the new constitution.",
        "Faure Gnassingbe",
    ),
    (
        "Bassirou Diomaye Faye was sworn in on Tuesday.",
        "Bassirou Diomaye Faye",
    ),
    (
        "Umaro Sissoco Embalo dissolved parliament.",
        "Umaro Sissoco Embalo",
    ),
    ("Ibrahim Traore spoke in Ouagadougou.", "Ibrahim Traore"),
    ("Nayib Bukele said crime had fallen.", "Nayib Bukele"),
    ("Gustavo Petro met rebel negotiators.", "Gustavo Petro"),
    ("Giorgia Meloni said Italy would send aid.", "Giorgia Meloni"),
    ("Kaja Kallas called for more sanctions.", "Kaja Kallas"),
    ("Josep Borrell said the bloc was united.", "Josep Borrell"),
    (
        "Kyriakos Mitsotakis met the commission president.",
        "Kyriakos Mitsotakis",
    ),
    ("Joko Widodo inaugurated the new capital.", "Joko Widodo"),
    ("Shehbaz Sharif met the army chief.", "Shehbaz Sharif"),
    (
        "Ngozi Okonjo-Iweala said trade was recovering.",
        "Ngozi Okonjo-Iweala",
    ),
    ("Hichem Mechichi was dismissed.", "Hichem Mechichi"),
    ("Narendra Modi met Xi Jinping in Kazan.", "Narendra Modi"),
    ("Shinzo Abe was shot in Nara.", "Shinzo Abe"),
    ("Fumio Kishida said Japan would double spending.", "Fumio Kishida"),
    ("Yoon Suk Yeol declared martial law.", "Yoon Suk Yeol"),
    ("Anwar Ibrahim formed a unity government.", "Anwar Ibrahim"),
    (
        "Ferdinand Marcos said the coast guard would stay.",
        "Ferdinand Marcos",
    ),
    ("Min Aung Hlaing led the coup.", "Min Aung Hlaing"),
    (
        "Tamim bin Hamad Al Thani hosted the talks.",
        "Tamim bin Hamad Al Thani",
    ),
    ("Sergei Shoigu visited the troops.", "Sergei Shoigu"),
    ("Yevgeny Prigozhin led the mutiny.", "Yevgeny Prigozhin"),
    ("Alexei Navalny died in prison.", "Alexei Navalny"),
    ("Ramzan Kadyrov sent fighters to the front.", "Ramzan Kadyrov"),
    ("Aleksandr Lukashenko hosted the talks.", "Aleksandr Lukashenko"),
    (
        "Sviatlana Tsikhanouskaya addressed the parliament.",
        "Sviatlana Tsikhanouskaya",
    ),
    ("Volker Turk said the reports were alarming.", "Volker Turk"),
    ("Rafael Grossi visited the plant.", "Rafael Grossi"),
    ("Antonio Guterres called for a ceasefire.", "Antonio Guterres"),
    ("Mohammed bin Salman met the delegation.", "Mohammed bin Salman"),
    (
        "Abu Mohammed al-Julani spoke to the crowd.",
        "Abu Mohammed al-Julani",
    ),
    ("Hassan Nasrallah gave a televised speech.", "Hassan Nasrallah"),
    // (The whole name since branch n45: a known person's alias joined to
    // "al-" after it is a given name of a longer name, not a name alone.)
    ("Abdel Fattah al-Burhan met the envoy.", "Abdel Fattah al-Burhan"),
    (
        "Mohamed Hamdan Dagalo denied the charges.",
        "Mohamed Hamdan Dagalo",
    ),
    (
        "Abdulhamid Dbeibah said the elections would go ahead.",
        "Abdulhamid Dbeibah",
    ),
    ("Mahmoud Abbas rejected the plan.", "Mahmoud Abbas"),
    ("Mohammad Shtayyeh resigned on Monday.", "Mohammad Shtayyeh"),
    ("Oleksiy Reznikov was replaced.", "Oleksiy Reznikov"),
    ("Rustem Umerov took over the ministry.", "Rustem Umerov"),
    ("Vitali Klitschko said the city was ready.", "Vitali Klitschko"),
    ("Yulia Svyrydenko signed the minerals deal.", "Yulia Svyrydenko"),
    ("Iryna Vereshchuk urged civilians to leave.", "Iryna Vereshchuk"),
    ("Olena Zelenska addressed Congress.", "Olena Zelenska"),
    (
        "Valerii Zaluzhnyi wrote an essay on the war.",
        "Valerii Zaluzhnyi",
    ),
    ("Daniel Hagari briefed reporters.", "Daniel Hagari"),
    ("Yair Lapid said the coalition would fall.", "Yair Lapid"),
    ("Avigdor Lieberman demanded new elections.", "Avigdor Lieberman"),
    ("Ahmed al-Sharaa met the envoy in Damascus.", "Ahmed al-Sharaa"),
    ("Asma Assad was treated for leukemia.", "Asma Assad"),
    ("Mohammed Deif was targeted in the strike.", "Mohammed Deif"),
    ("Saleh al-Arouri was killed in Beirut.", "Saleh al-Arouri"),
    ("Fuad Shukr was killed in the strike.", "Fuad Shukr"),
    ("Abdul Malik al-Houthi gave a speech.", "Abdul Malik al-Houthi"),
    (
        "Mohammed Abdulsalam said the attacks would continue.",
        "Mohammed Abdulsalam",
    ),
    (
        "Qasem Soleimani was killed near Baghdad airport.",
        "Qasem Soleimani",
    ),
    ("Esmail Qaani visited Baghdad.", "Esmail Qaani"),
    ("Ali Khamenei said Iran would respond.", "Ali Khamenei"),
    ("Abbas Araghchi met the envoy in Oman.", "Abbas Araghchi"),
    ("Mojtaba Khamenei was seen at the funeral.", "Mojtaba Khamenei"),
];

#[test]
fn recent_people_with_given_names_of_every_language() {
    let ex = Extractor::default();
    let missed: Vec<_> = PEOPLE
        .iter()
        .filter(|(text, person)| !people(&ex, text).iter().any(|p| p == person))
        .map(|(text, person)| format!("{person} in {text:?}: {:?}", people(&ex, text)))
        .collect();
    assert!(missed.is_empty(), "missed: {missed:#?}");
}

/// Sentences that name no person: headlines in title case, clubs and
/// results lines, places, products, months, days in tables.
const TRAPS: &[&str] = &[
    "Fire damaged the Mount Zion Missionary Baptist Church on Sunday.",
    "Shares in EMI Music fell on Monday.",
    "Avalon Borough approved the bond issue.",
    "Storm Hits Coastal Towns As Rivers Rise",
    "Markets Rally After Central Bank Holds Rates",
    "Sao Paulo beat Santos two goals to one.",
    "Hansa Rostock 2 Hamburg 1",
    "Polonia Warsaw 7 3 1 3 7 9 10",
    "Viktoria Plzen v Sparta Prague",
    "The Kharkiv Region saw heavy shelling on Sunday.",
    "Shares in Subaru Impreza makers fell.",
    "Talks resume in March, diplomats said.",
    "TUE Iscor YR DIV 15.0 14.5-16.5",
    "Real Madrid signed the striker on Friday.",
    "The Aston Villa manager praised the team.",
    "Victory Day parades were held across the country.",
    "The Golden Gate Bridge was closed on Monday.",
    "Pembroke Pines police arrested five men.",
    "Ukraine Says Drones Hit Oil Depot",
    "Mount Zion Church held a vigil.",
    "New Delhi hosted the summit.",
];

#[test]
fn no_person_in_the_traps() {
    assert_no_person(&Extractor::default(), TRAPS);
}

/// A rare given name (one only Wikidata has) before a post held in an
/// organization is the organization's first word, not a person's.
#[test]
fn a_rare_given_name_opens_an_organization_before_its_post() {
    let ex = Extractor::default();
    // (Nor before a post in lower case.)
    let text = "Aston Villa manager Ann Okafor praised the squad.";
    assert_eq!(people(&ex, text), ["Ann Okafor"], "in {text:?}");
    let text = "The Prasar Bharati CEO, Mr Ivo Vega, said the network would bid.";
    assert_eq!(people(&ex, text), ["Ivo Vega"], "in {text:?}");
    let out = ex.extract(text);
    assert!(
        out.entities()
            .iter()
            .any(|e| e.entity_type() == EntityType::Organization && e.text() == "Prasar Bharati"),
        "in {text:?}: {:?}",
        out.entities()
            .iter()
            .map(|e| (e.text(), e.entity_type()))
            .collect::<Vec<_>>()
    );
}

/// Issue 16, weapons: a designation after a capitalized article opening
/// the sentence is read where it starts, as it is after a lower-case one.
#[test]
fn designations_after_an_article_opening_a_sentence() {
    let ex = Extractor::default();
    for (text, weapon) in [
        ("The Shahed-238 drone was shot down.", "Shahed-238 drone"),
        ("A Zarnitsa-4 missile hit the depot.", "Zarnitsa-4 missile"),
    ] {
        let out = ex.extract(text);
        let weapons: Vec<_> = out
            .entities()
            .iter()
            .filter(|e| e.entity_type() == EntityType::Weapon)
            .map(|e| e.text())
            .collect();
        assert_eq!(weapons, [weapon], "in {text:?}");
    }
    // (No weapon where there is none.)
    assert!(ex.extract("The Times reported it.").entities().is_empty());
}

/// A blind probe, written before the engine ran on it: 30 more recent people
/// whose given names were guessed rare (Africa, South and Southeast Asia,
/// the Gulf, Central Asia, Latin America), in neutral sentences with no
/// title. 26 of 30 were found when it was written; 27 once a word before a
/// person the gazetteer knows by a full name reads as a relative's given
/// name ("Mahamat Idriss Deby"). Still missed: Paetongtarn Shinawatra (a
/// surname alias after a capitalized word is no mention), Asim Munir (read
/// "Asim"), Masrour Barzani (two words no list knows).
const BLIND_PEOPLE: &[(&str, &str)] = &[
    (
        "Mamadi Doumbouya said the transition would last three years.",
        "Mamadi Doumbouya",
    ),
    (
        "Abdourahamane Tiani told state television that the troops would leave.",
        "Abdourahamane Tiani",
    ),
    (
        "Ousmane Sonko was named prime minister on Tuesday.",
        "Ousmane Sonko",
    ),
    (
        "Mahamat Idriss Deby won the presidential vote in May.",
        "Mahamat Idriss Deby",
    ),
    ("Salva Kiir dismissed the finance minister again.", "Salva Kiir"),
    (
        "Riek Machar was placed under house arrest, his party said.",
        "Riek Machar",
    ),
    ("Yoweri Museveni signed the bill into law.", "Yoweri Museveni"),
    (
        "Bola Tinubu removed the fuel subsidy in his first week.",
        "Bola Tinubu",
    ),
    (
        "Netumbo Nandi-Ndaitwah became the first woman to lead the country.",
        "Netumbo Nandi-Ndaitwah",
    ),
    (
        "Andry Rajoelina denied that the vote had been rigged.",
        "Andry Rajoelina",
    ),
    (
        "Abdelmadjid Tebboune recalled the ambassador from Paris.",
        "Abdelmadjid Tebboune",
    ),
    (
        "Gibran Rakabuming Raka was sworn in as vice president.",
        "Gibran Rakabuming Raka",
    ),
    (
        "Srettha Thavisin was removed by the constitutional court.",
        "Srettha Thavisin",
    ),
    (
        "The party chose Paetongtarn Shinawatra as its candidate.",
        "Paetongtarn Shinawatra",
    ),
    (
        "Pham Minh Chinh met investors in Hanoi on Friday.",
        "Pham Minh Chinh",
    ),
    (
        "Ranil Wickremesinghe warned that the economy had collapsed.",
        "Ranil Wickremesinghe",
    ),
    (
        "Gotabaya Rajapaksa fled the country after the protests.",
        "Gotabaya Rajapaksa",
    ),
    (
        "Pushpa Kamal Dahal lost a confidence vote in parliament.",
        "Pushpa Kamal Dahal",
    ),
    ("Asim Munir visited troops near the border.", "Asim Munir"),
    (
        "Tshering Tobgay returned to office after the election.",
        "Tshering Tobgay",
    ),
    (
        "Shavkat Mirziyoyev hosted the regional summit in Samarkand.",
        "Shavkat Mirziyoyev",
    ),
    (
        "The election was won by Sadyr Japarov, who had been freed from prison.",
        "Sadyr Japarov",
    ),
    (
        "Emomali Rahmon has ruled the country since 1992.",
        "Emomali Rahmon",
    ),
    (
        "Kassym-Jomart Tokayev ordered troops to fire without warning.",
        "Kassym-Jomart Tokayev",
    ),
    (
        "Masrour Barzani said the oil exports should resume.",
        "Masrour Barzani",
    ),
    (
        "Rashad al-Alimi heads the presidential council.",
        "Rashad al-Alimi",
    ),
    ("Xiomara Castro ended the extradition treaty.", "Xiomara Castro"),
    ("Protesters demanded that Dina Boluarte resign.", "Dina Boluarte"),
    (
        "Diosdado Cabello accused the opposition of plotting a coup.",
        "Diosdado Cabello",
    ),
    ("Yamandu Orsi won the runoff in November.", "Yamandu Orsi"),
];

/// The blind probe's traps: two capitalized words of a company, a team, a
/// band, an event, a place or a product before the verbs people's names
/// come before. None named a person when written.
const BLIND_TRAPS: &[&str] = &[
    "Rio Tinto said output would rise this year.",
    "Tata Motors told investors that sales had slowed.",
    "Kuehne Nagel warned of weaker freight demand.",
    "Boca Juniors said the striker would miss the final.",
    "Kaizer Chiefs denied the reports about the coach.",
    "Arctic Monkeys announced a new tour on Monday.",
    "Imagine Dragons cancelled the concert in Jakarta.",
    "Glastonbury Festival sold out within an hour.",
    "Burning Man was postponed after heavy rain.",
    "Port Harcourt was flooded after days of rain.",
    "Galaxy Fold sales rose after the update.",
    "Corolla Cross sold more units than expected.",
    "Mekong Delta farmers said the drought had worsened.",
    "Copa America was moved to the United States.",
    "Maersk Line said shipping through the Red Sea had stopped.",
];

#[test]
fn blind_probe_of_rare_given_names() {
    let ex = Extractor::default();
    let found = found_people(&ex, BLIND_PEOPLE);
    assert!(found >= 27, "{found} of {} found", BLIND_PEOPLE.len());
    assert_no_person(&ex, BLIND_TRAPS);
}

/// A word before a person the gazetteer knows by a full name is a
/// relative's given name, the name a person of its own; not a title, a
/// frequent word, a demonym or a noun of nationality.
#[test]
fn a_word_before_a_known_full_name_is_a_relatives_given_name() {
    let ex = Extractor::default();
    let text = "Kemal Idriss Deby led the parade in the capital.";
    assert_eq!(people(&ex, text), ["Kemal Idriss Deby"], "in {text:?}");
    for text in [
        "Yesterday Idriss Deby led the parade.",
        "Interior Minister Idriss Deby led the parade.",
        "Chadian Idriss Deby led the parade.",
        "Finn Idriss Deby led the parade.",
    ] {
        assert_eq!(people(&ex, text), ["Idriss Deby"], "in {text:?}");
    }
}

/// A given name that is also a known person's surname alone ("Stuart" for
/// Freundel Stuart) opens the name of the capitalized word after it.
#[test]
fn a_given_name_that_is_a_known_surname_before_a_surname() {
    let ex = Extractor::default();
    let text = "Stuart Okafor met the envoy in the capital.";
    // ("the envoy", whom the document names no holder of: a person too.)
    assert_eq!(people(&ex, text), ["Stuart Okafor", "envoy"], "in {text:?}");
}

/// Two capitalized words no list knows are a person's name when the
/// document later makes the last word alone the subject of a verb of
/// saying: a company or a team is called by its first word, a person by
/// the surname.
#[test]
fn a_full_name_whose_surname_speaks_later() {
    let ex = Extractor::default();
    let text = "Zorvek Talandi opened the clinic on Monday. Talandi said it would serve the district.";
    assert_eq!(people(&ex, text), ["Zorvek Talandi", "Talandi"], "in {text:?}");
    for text in [
        "Vexor Dynamo cut jobs on Monday. Vexor said demand was weak.",
        "The Vexor Dynamo plant closed. Dynamo said demand was weak.",
        "Vexor Dynamo cut jobs. On Monday Dynamo said demand was weak.",
    ] {
        assert!(
            people(&ex, text).is_empty(),
            "in {text:?}: {:?}",
            people(&ex, text)
        );
    }
}

/// Blind batch C, written before the engine ran on it (and committed
/// before any fix): 50 people of 2015-2024 news of many nationalities and
/// name shapes, with a title, with a post after a comma, alone after an
/// earlier full mention, as the subject of a verb, in a headline, in a
/// possessive. The code of 6cf7711 found 45 of 50. Missed: Hamza bin Laden
/// (read "bin Laden"), Khalil al-Hayya (read "Khalil"), Mohammed Shia
/// al-Sudani (read "Sudani"), Muqtada al-Sadr and Narges Mohammadi (no
/// person). After the fixes of branch n21 (a given name before a known
/// name with a particle, a known surname before a surname with its
/// particle, the shape of a word and a surname with its article) 48 of 50
/// are found. Known misses: Mohammed Shia al-Sudani (the gazetteer spells
/// him "Mohammed Shia' al-Sudani", and the apostrophe is a token of its
/// own; read "Sudani"), Narges Mohammadi (a given name on no list, no
/// evidence around it).
const BLIND_C_PEOPLE: &[(&str, &str)] = &[
    (
        "Defence Minister Andrei Belousov visited a drone factory on Friday.",
        "Andrei Belousov",
    ),
    (
        "Valery Gerasimov, the chief of the general staff, appeared in a video released by the ministry.",
        "Valery Gerasimov",
    ),
    (
        "Foreign ministry spokeswoman Maria Zakharova called the decision hostile.",
        "Maria Zakharova",
    ),
    (
        "Mao Ning, a foreign ministry spokeswoman, said Beijing opposed the arms sale.",
        "Mao Ning",
    ),
    (
        "Wang Yi met his Indian counterpart on the sidelines of the summit.",
        "Wang Yi",
    ),
    ("Li Qiang pledged to open the economy further.", "Li Qiang"),
    (
        "General Zhang Youxia told the forum that China wanted stability.",
        "Zhang Youxia",
    ),
    (
        "China's defence minister, Dong Jun, did not attend the meeting in Singapore.",
        "Dong Jun",
    ),
    (
        "Kim Yo Jong warned Seoul against sending more leaflets.",
        "Kim Yo Jong",
    ),
    (
        "Choe Son Hui travelled to Moscow for talks on Monday.",
        "Choe Son Hui",
    ),
    (
        "Lee Jae-myung was stabbed in the neck during a visit to Busan.",
        "Lee Jae-myung",
    ),
    (
        "Han Duck-soo, the prime minister, was impeached by parliament.",
        "Han Duck-soo",
    ),
    (
        "Abu Bakr al-Baghdadi blew himself up during the raid, officials said.",
        "Abu Bakr al-Baghdadi",
    ),
    (
        "Hamza bin Laden was killed in a counterterrorism operation, the White House said.",
        "Hamza bin Laden",
    ),
    ("Saif al-Adel is believed to be living in Iran.", "Saif al-Adel"),
    (
        "Khalil al-Hayya, a senior Hamas official, said the group would not disarm.",
        "Khalil al-Hayya",
    ),
    (
        "Osama Hamdan told a news conference in Beirut that the talks had stalled.",
        "Osama Hamdan",
    ),
    (
        "Faisal bin Farhan said the kingdom would not recognise Israel without a Palestinian state.",
        "Faisal bin Farhan",
    ),
    (
        "Sheikh Tahnoun bin Zayed met investors in Washington.",
        "Tahnoun bin Zayed",
    ),
    (
        "Ayman Safadi, Jordan's foreign minister, warned of a regional war.",
        "Ayman Safadi",
    ),
    (
        "Mohammed Shia al-Sudani ordered an investigation into the blast.",
        "Mohammed Shia al-Sudani",
    ),
    (
        "Muqtada al-Sadr told his followers to leave the streets.",
        "Muqtada al-Sadr",
    ),
    (
        "Ukrainian commander Oleksandr Tarnavskyi said the offensive had slowed.",
        "Oleksandr Tarnavskyi",
    ),
    (
        "Mikhail Mishustin presented the budget to the Duma.",
        "Mikhail Mishustin",
    ),
    (
        "Radoslaw Sikorski said Poland would not send troops.",
        "Radoslaw Sikorski",
    ),
    ("Peter Szijjarto flew to Minsk for talks.", "Peter Szijjarto"),
    (
        "Robert Fico was shot several times outside a cultural centre.",
        "Robert Fico",
    ),
    (
        "Aleksandar Vucic said Serbia would not impose sanctions on Russia.",
        "Aleksandar Vucic",
    ),
    ("Maia Sandu won a second term in the runoff.", "Maia Sandu"),
    (
        "Irakli Kobakhidze suspended the accession talks.",
        "Irakli Kobakhidze",
    ),
    (
        "Cyril Ramaphosa's spokesman said the president would not resign.",
        "Cyril Ramaphosa",
    ),
    (
        "Felix Tshisekedi accused Rwanda of backing the rebels.",
        "Felix Tshisekedi",
    ),
    (
        "William Ruto, Kenya's president, withdrew the finance bill.",
        "William Ruto",
    ),
    (
        "Corneille Nangaa, who leads the rebel alliance, said the city would be held.",
        "Corneille Nangaa",
    ),
    (
        "Abdoulaye Diop, Mali's foreign minister, expelled the envoy.",
        "Abdoulaye Diop",
    ),
    (
        "Yasser al-Atta, a senior army commander, vowed to fight on.",
        "Yasser al-Atta",
    ),
    (
        "Javier Milei cut the number of ministries by half.",
        "Javier Milei",
    ),
    ("Claudia Sheinbaum took office in October.", "Claudia Sheinbaum"),
    (
        "Maria Corina Machado went into hiding after the vote.",
        "Maria Corina Machado",
    ),
    (
        "Daniel Noboa declared an internal armed conflict.",
        "Daniel Noboa",
    ),
    (
        "Subrahmanyam Jaishankar said India would buy oil where it was cheapest.",
        "Subrahmanyam Jaishankar",
    ),
    (
        "National Security Adviser Ajit Doval met the Chinese envoy in Beijing.",
        "Ajit Doval",
    ),
    (
        "Rahul Gandhi's conviction was suspended by the Supreme Court.",
        "Rahul Gandhi",
    ),
    ("Sunak Calls Snap Election for July", "Sunak"),
    ("Barnier Named French Prime Minister", "Barnier"),
    (
        "Keir Starmer won a large majority. Starmer promised to rebuild the country.",
        "Starmer",
    ),
    (
        "Gabriel Attal was named prime minister in January. Attal, 34, is the youngest to hold the post.",
        "Attal",
    ),
    ("George Weah conceded defeat in the runoff.", "George Weah"),
    (
        "Boeing chief executive Kelly Ortberg announced job cuts.",
        "Kelly Ortberg",
    ),
    (
        "Narges Mohammadi won the Nobel Peace Prize while in prison.",
        "Narges Mohammadi",
    ),
];

/// Blind batch C's traps, written with it: places, teams, films, ferries,
/// holidays, months, products and sentence-initial nouns that are given
/// names. None may name a person or a weapon; when written, one named a
/// weapon ("Gun" of the film "Top Gun: Maverick"), none once a capitalized
/// class word after a capitalized word ends a name.
const BLIND_C_TRAPS: &[&str] = &[
    "Jackson Hole hosted the central bankers' meeting in August.",
    "Santa Cruz voted to raise the minimum wage.",
    "The Los Angeles Rams beat the Eagles on Sunday.",
    "Manchester City clinched the title on the final day.",
    "Paris Saint-Germain sold the forward to a Saudi club.",
    "Inter Miami signed the midfielder in July.",
    "Oppenheimer won seven Oscars, including best picture.",
    "Barbie earned more than a billion dollars worldwide.",
    "Top Gun: Maverick was the biggest hit of the year.",
    "The Spirit of Britain ferry was delayed by the strike.",
    "The Stena Hollandica sailed four hours late.",
    "Ramadan began on Monday in most countries.",
    "Eid al-Fitr celebrations were muted this year.",
    "Diwali sales lifted the retailers' profits.",
    "Thanksgiving travel hit a record, the agency said.",
    "August saw record temperatures across Europe.",
    "May Day marches were held in several cities.",
    "Nvidia Blackwell chips sold out for the year.",
    "Microsoft Copilot will be added to the office apps.",
    "The Tesla Cybertruck was recalled over a faulty pedal.",
    "ChatGPT Plus subscribers got the new model first.",
    "The GMC Hummer EV sold out in minutes.",
    "Residents said Khan Younis had no water for days.",
    "Deir al-Balah was crowded with displaced families.",
    "Sharm el-Sheikh hosted the climate summit.",
    "Abu Dhabi signed a deal with the port operator.",
    "Sterling weakened after the budget.",
    "Brent crude climbed above ninety dollars a barrel.",
    "Patience ran out among the negotiators, a diplomat said.",
    "Hope Street was closed for the parade.",
];

#[test]
fn blind_batch_c_of_recent_people() {
    let ex = Extractor::default();
    let found = found_people(&ex, BLIND_C_PEOPLE);
    assert!(found >= 48, "{found} of {} found", BLIND_C_PEOPLE.len());
    let hits: Vec<_> = BLIND_C_TRAPS
        .iter()
        .map(|text| {
            let out = ex.extract(text);
            let named: Vec<_> = out
                .entities()
                .iter()
                .filter(|e| {
                    matches!(e.entity_type(), EntityType::Person | EntityType::Weapon) && !described(e)
                })
                .map(|e| e.text().to_string())
                .collect();
            (text, named)
        })
        .filter(|(_, named)| !named.is_empty())
        .collect();
    assert!(
        hits.is_empty(),
        "{} traps name a person or weapon: {hits:#?}",
        hits.len()
    );
}

/// Batch C: a given name that is also a known person's surname alone
/// ("Khalil" for Mustafa Khalil) opens the name of a surname with its
/// particle after it, hyphened or not.
#[test]
fn a_given_name_that_is_a_known_surname_before_a_particle() {
    let ex = Extractor::default();
    for (text, person) in [
        (
            "Khalil al-Masri told reporters the crossing was closed.",
            "Khalil al-Masri",
        ),
        ("Officials met Khalil bin Tariq in Doha.", "Khalil bin Tariq"),
    ] {
        assert_eq!(people(&ex, text), [person], "in {text:?}");
    }
}

/// Batch C: a capitalized word before a person the gazetteer knows by a
/// name that opens with a particle in lower case ("bin Laden") is a
/// relative's given name, on a list or not; not a frequent word nor a
/// demonym.
#[test]
fn a_word_before_a_known_name_with_a_particle_is_a_given_name() {
    let ex = Extractor::default();
    let text = "Qutaybah bin Laden gave an interview in Jeddah.";
    assert_eq!(people(&ex, text), ["Qutaybah bin Laden"], "in {text:?}");
    for text in [
        "Yesterday bin Laden was praised in a video.",
        "Saudi bin Laden relatives issued a statement.",
    ] {
        assert_eq!(people(&ex, text), ["bin Laden"], "in {text:?}");
    }
}

/// Batch C: a word and a surname with its article joined by a hyphen are
/// an Arabic name by their shape, where the words around say a person may
/// stand ("told", a comma), whatever the first word; not after a word that
/// opens the names of places and groups (`article_name_place`), even one
/// that is also a given name ("Liwa").
#[test]
fn a_word_and_a_surname_with_its_article() {
    let ex = Extractor::default();
    let text = "Qutaybah al-Rawi told reporters the talks would resume.";
    assert_eq!(people(&ex, text), ["Qutaybah al-Rawi"], "in {text:?}");
    assert_no_person(
        &ex,
        &[
            "Jaish al-Tahrir said it had lost fighters.",
            "Wadi al-Nahr, the valley, was flooded.",
            "Liwa al-Fajr said it had taken the hill.",
        ],
    );
}

/// The trap sentences of `traps` that name a person, with the people.
fn person_hits<'t>(ex: &Extractor, traps: &[&'t str]) -> Vec<(&'t str, Vec<String>)> {
    traps
        .iter()
        .map(|&text| (text, people(ex, text)))
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

/// Blind batch D (branch n31), written and committed before the engine ran
/// on it: 62 people of 2015-2024 news in the name shapes and kinds of text
/// that government press releases, designation notices, briefing
/// transcripts and BBC-style news carry: Arabic names with kunya, nasab,
/// "Sheikh" and "Mullah" and aliases after "also known as" and "aka",
/// Persian, Pashto, Somali, Kurdish, Turkish, Chinese with hyphened given
/// names, Korean, Japanese, Russian patronymics, Latin American double
/// surnames, African names, titles as press releases write them
/// ("Ambassador-at-Large", "Under Secretary for ..."), speaker labels in
/// capitals ("MR MILLER:"), lists, brackets, later short mentions, "Sir"
/// and "Prof". The code of 2f5c805 found 49 of 62: missed were the Chinese
/// given names after a hyphen (read "Chen Shui", "Tsai Ing", "Lai Ching",
/// "Hsiao Bi"), a nasab whose first word is a known person's surname
/// alone ("Abdulaziz bin Saud bin Nayef" read "Abdulaziz", King Salman),
/// "Amir" read as a title ("Ali Hajizadeh", "Khan Muttaqi"), a given name
/// joined by a hyphen before a known short form ("Archange Touadera"), the
/// long alias chain of al-Mawla, and four two-word names with no evidence
/// (Sirajuddin Haqqani, Nechirvan Barzani, Bafel Talabani, Devlet
/// Bahceli). After the fixes of branch n31 (the second syllables of
/// Chinese given names, a surname alias next to a nasab is no surname,
/// places whose names open with "Abu", "Umm", "Sheikh", "Dera", "Khan", a
/// word before a known person's surname alias, "Amir" as a given name) 57
/// of 62. Known misses: Faustin-Archange Touadera (read "Archange
/// Touadera"), al-Mawla's alias chain (read "Abdullah"), and Sirajuddin
/// Haqqani, Nechirvan Barzani, Devlet Bahceli (the gazetteer has their
/// relatives by full name only, no surname alias).
const BLIND_D_PEOPLE: &[(&str, &str)] = &[
    ("The group named Abu Hafs al-Hashimi al-Qurashi as its new leader in an audio message.", "Abu Hafs al-Hashimi al-Qurashi"),
    ("Washington offered a reward for information on Abd al-Rahman al-Maghrebi, a media chief of the network.", "Abd al-Rahman al-Maghrebi"),
    ("Abu Ubaida said in a recorded video that the fighters were ready.", "Abu Ubaida"),
    ("Sheikh Abdullah bin Zayed received the minister in Abu Dhabi.", "Abdullah bin Zayed"),
    ("Mullah Abdul Ghani Baradar led the delegation to the talks in Doha.", "Abdul Ghani Baradar"),
    ("Mullah Mohammad Hassan Akhund was named acting prime minister.", "Mohammad Hassan Akhund"),
    ("Abdulaziz bin Saud bin Nayef chaired the meeting of interior ministers.", "Abdulaziz bin Saud bin Nayef"),
    ("The notice lists Ibrahim Ahmed Mahmud al-Qosi, aka Sheikh Khalid bin Abdallah, as a leader of the group.", "Ibrahim Ahmed Mahmud al-Qosi"),
    ("Sami Jasim Muhammad al-Jaburi, also known as Hajji Hamid, was captured in a joint operation.", "Sami Jasim Muhammad al-Jaburi"),
    ("Amir Muhammad Sa'id Abd al-Rahman al-Mawla, also known as Hajji Abdullah, blew himself up during the raid.", "Amir Muhammad Sa'id Abd al-Rahman al-Mawla"),
    ("Ali Shamkhani, a former secretary of the security council, was hurt in the strike.", "Ali Shamkhani"),
    ("Ali Bagheri Kani replaced him as acting foreign minister.", "Ali Bagheri Kani"),
    ("Amir Ali Hajizadeh said the missiles had hit their targets.", "Amir Ali Hajizadeh"),
    ("Amir Saeid Iravani told the council that Iran did not seek a war. Iravani added that the letter had been sent.", "Iravani"),
    ("Zabihullah Mujahid, the Taliban spokesman, denied the report.", "Zabihullah Mujahid"),
    ("Amir Khan Muttaqi met the envoy in Kabul on Sunday.", "Amir Khan Muttaqi"),
    ("Sirajuddin Haqqani gave a rare interview to a news agency.", "Sirajuddin Haqqani"),
    ("Hassan Sheikh Mohamud won the presidential vote in parliament.", "Hassan Sheikh Mohamud"),
    ("Ahmed Diriye, also known as Abu Ubaidah, has led al-Shabaab since 2014.", "Ahmed Diriye"),
    ("Mukhtar Robow was arrested before the regional election.", "Mukhtar Robow"),
    ("Hamza Abdi Barre was appointed prime minister in June.", "Hamza Abdi Barre"),
    ("Mazloum Abdi, the commander of the SDF, met the delegation.", "Mazloum Abdi"),
    ("Nechirvan Barzani flew to Baghdad for talks on the budget.", "Nechirvan Barzani"),
    ("Bafel Talabani rejected the result of the vote.", "Bafel Talabani"),
    ("Devlet Bahceli backed the proposal in parliament.", "Devlet Bahceli"),
    ("Ekrem Imamoglu was detained before dawn.", "Ekrem Imamoglu"),
    ("Yasar Guler said the operation would continue.", "Yasar Guler"),
    ("Chen Shui-bian was released on medical parole.", "Chen Shui-bian"),
    ("Tsai Ing-wen stopped in New York on her way to Guatemala.", "Tsai Ing-wen"),
    ("Lai Ching-te took office in May and pledged to keep the status quo.", "Lai Ching-te"),
    ("Taiwan's vice president, Hsiao Bi-khim, spoke at the forum.", "Hsiao Bi-khim"),
    ("Qin Gang was removed as foreign minister after a month out of sight.", "Qin Gang"),
    ("Foreign ministry spokesperson Lin Jian said China opposed the visit.", "Lin Jian"),
    ("Moon Jae-in met the northern leader at the border village.", "Moon Jae-in"),
    ("Cho Tae-yul said Seoul would respond calmly.", "Cho Tae-yul"),
    ("Yoko Kamikawa visited Kyiv in January.", "Yoko Kamikawa"),
    ("Shigeru Ishiba called a snap election.", "Shigeru Ishiba"),
    ("Nikolai Platonovich Patrushev was moved to a new post in May.", "Nikolai Platonovich Patrushev"),
    ("The designation covers Alexander Vasilyevich Bortnikov, the director of the service.", "Alexander Vasilyevich Bortnikov"),
    ("Andrii Sybiha took over the ministry in September. Sybiha said his first trip would be to Brussels.", "Andrii Sybiha"),
    ("Luis Alberto Arce Catacora won the election in the first round.", "Luis Alberto Arce Catacora"),
    ("Vladimir Padrino Lopez said the armed forces were loyal.", "Vladimir Padrino Lopez"),
    ("Ismael Zambada Garcia was arrested in Texas.", "Ismael Zambada Garcia"),
    ("Ovidio Guzman Lopez pleaded guilty in a Chicago court.", "Ovidio Guzman Lopez"),
    ("Brice Clotaire Oligui Nguema was sworn in as transitional president.", "Brice Clotaire Oligui Nguema"),
    ("Faustin-Archange Touadera won a third term.", "Faustin-Archange Touadera"),
    ("Julius Maada Bio accused the opposition of plotting a coup.", "Julius Maada Bio"),
    ("Mohamed Bazoum has been held since the coup.", "Mohamed Bazoum"),
    ("Assistant Secretary Barbara Leaf travelled to Cairo for consultations.", "Barbara Leaf"),
    ("Special Envoy Amos Hochstein met Lebanese officials in Beirut. Hochstein said a deal was within reach.", "Amos Hochstein"),
    ("Ambassador-at-Large Beth Van Schaack presented the report.", "Beth Van Schaack"),
    ("Under Secretary Uzra Zeya opened the conference.", "Uzra Zeya"),
    ("Deputy Spokesperson Vedant Patel took questions from reporters.", "Vedant Patel"),
    ("Under Secretary for Terrorism and Financial Intelligence Brian Nelson said the network had moved millions.", "Brian Nelson"),
    ("Special Envoy for Yemen Tim Lenderking returned from the Gulf.", "Tim Lenderking"),
    ("MR MILLER: Good afternoon, everyone. I have one announcement at the top.", "MILLER"),
    ("QUESTION: Can you say more about the talks?\nMS PSAKI: I don't have anything more on that.", "PSAKI"),
    ("The sanctions target Hossein Salami, Mohammad Reza Ashtiani and Ali Akbar Ahmadian.", "Ali Akbar Ahmadian"),
    ("The navy chief (Oleksiy Neizhpapa) said the fleet had been pushed back.", "Oleksiy Neizhpapa"),
    ("Ahmad Massoud leads the resistance front from abroad. Mr Massoud said the fighting would go on.", "Massoud"),
    ("Sir Alex Younger, a former head of MI6, said the threat had grown.", "Alex Younger"),
    ("Prof Ciaran Martin said the attack had been sophisticated.", "Ciaran Martin"),
];

/// Blind batch D's traps, written with it: places with "Abu", "Umm",
/// "Sheikh" and "al-", operations, programs, holidays, titles alone, a
/// transcript's "QUESTION:", armed groups with apostrophes. When written,
/// 6 of 25 named a person (Abu Kamal, Abu Ghraib, Umm Qasr, "Jarrah" of
/// Sheikh Jarrah, "Ismail Khan" of Dera Ismail Khan, and "Special Envoy");
/// after the fixes only "The Special Envoy will travel ...", which names
/// its holder by design: a capitalized public office after "the" is a
/// person's mention when the document names no holder (see
/// `names::document`). (Two more named weapons, rightly: "the drone
/// attack", "fighter jets"; only people are checked.)
const BLIND_D_TRAPS: &[&str] = &[
    "Abu Kamal was shelled overnight, residents said.",
    "Abu Ghraib prison was closed in 2014.",
    "Ras al-Ain has been held by Turkish-backed forces since 2019.",
    "Tell al-Abyad residents said the water station had stopped.",
    "Bab al-Hawa crossing reopened for aid trucks.",
    "Sheikh Jarrah has seen protests every week.",
    "Dera Ismail Khan was put under curfew after the attack.",
    "Mazar-i-Sharif airport reopened on Monday.",
    "Operation Prosperity Guardian escorts ships through the strait.",
    "Rewards for Justice is offering up to ten million dollars.",
    "Nowruz celebrations were cancelled in the capital.",
    "Eid al-Adha falls in June this year.",
    "Muharram processions passed off peacefully.",
    "The Special Envoy will travel to the region next week.",
    "The Under Secretary said the review was complete.",
    "QUESTION: Is the ceasefire holding?",
    "Kata'ib Hizballah claimed the drone attack.",
    "Asa'ib Ahl al-Haq denied any role in the attack.",
    "Hay'at Tahrir al-Sham took control of the city.",
    "Ansar Allah said the ships were legitimate targets.",
    "Jabal al-Sheikh was covered in snow.",
    "Umm Qasr port handled more grain this year.",
    "Khor Abdullah waterway deal was ruled unconstitutional.",
    "Sheikh Zayed Road was closed for the race.",
    "Prince Sultan Air Base hosts American fighter jets.",
];

#[test]
fn blind_batch_d_of_name_shapes_and_kinds_of_text() {
    let ex = Extractor::default();
    let found = found_people(&ex, BLIND_D_PEOPLE);
    assert!(found >= 57, "{found} of {} found", BLIND_D_PEOPLE.len());
    let hits = person_hits(&ex, BLIND_D_TRAPS);
    assert!(
        hits.iter().all(|(text, _)| text.starts_with("The Special Envoy")),
        "{hits:#?}"
    );
}

/// Blind batch E (branch n31), written after the fixes and before the
/// engine ran on it (before the last fix, the known surname), not tuned
/// on: 30 people and 10 traps of the same shapes and kinds of text, other
/// people. 27 of 30 were found (the code of 2f5c805 found the same 27),
/// 28 after the known surname fix of batch D (Taro Kono). Missed: Taro
/// Kono (no evidence then), Nemesio
/// Oseguera Cervantes (a double surname, no evidence), "Lady Ashton"
/// (read "Tedros" of "Dr Tedros" only). 4 of 10 traps named a person:
/// "Abu Hamour" and "Umm Salal" (places of the same shape as batch D's,
/// on no list), "Mohammed Bin Rashid Boulevard" (a street named after a
/// person), "The Assistant Secretary" (a title alone, by design).
const BLIND_E_PEOPLE: &[(&str, &str)] = &[
    ("Abu Mohammed al-Adnani called on supporters to strike abroad.", "Abu Mohammed al-Adnani"),
    ("Sheikh Mohammed bin Abdulrahman Al Thani flew to Cairo for the talks.", "Mohammed bin Abdulrahman Al Thani"),
    ("The reward covers Sayf al-Adl, also known as Muhammad Salah al-Din Zaidan.", "Sayf al-Adl"),
    ("Mullah Yaqoob visited the garrison in Kandahar.", "Yaqoob"),
    ("Hajji Mohammad Idris was appointed head of the central bank.", "Mohammad Idris"),
    ("Khalid bin Salman met the Pentagon chief in Washington.", "Khalid bin Salman"),
    ("Mohammad Bagher Ghalibaf was re-elected speaker of parliament.", "Mohammad Bagher Ghalibaf"),
    ("Hossein Salami warned that the response would be crushing.", "Hossein Salami"),
    ("Suhail Shaheen said the group wanted good relations with its neighbours.", "Suhail Shaheen"),
    ("Hassan Ali Khaire stepped down after a vote of no confidence.", "Hassan Ali Khaire"),
    ("Ilham Ahmed asked the visitors to keep the aid flowing.", "Ilham Ahmed"),
    ("Omer Celik said the party would not back the motion.", "Omer Celik"),
    ("Su Tseng-chang resigned after the local elections.", "Su Tseng-chang"),
    ("Yu Shyi-kun stepped down as premier.", "Yu Shyi-kun"),
    ("Zhao Lijian posted the claim on social media.", "Zhao Lijian"),
    ("Kim Yong-hyun was arrested after the decree.", "Kim Yong-hyun"),
    ("Taro Kono said the ministry would tighten the rules.", "Taro Kono"),
    ("Sergei Kuzhugetovich Shoigu was named secretary of the security council.", "Sergei Kuzhugetovich Shoigu"),
    ("Denis Pushilin said the town had been taken.", "Denis Pushilin"),
    ("Manuel Lopez Obrador said Mexico would not pay for the wall.", "Manuel Lopez Obrador"),
    ("Delcy Rodriguez Gomez signed the decree on Monday.", "Delcy Rodriguez Gomez"),
    ("Nemesio Oseguera Cervantes remains at large.", "Nemesio Oseguera Cervantes"),
    ("Denis Sassou Nguesso extended his rule in the vote.", "Denis Sassou Nguesso"),
    ("Acting Assistant Secretary Erin Barclay spoke at the launch.", "Erin Barclay"),
    ("Principal Deputy Spokesperson Vedant Patel briefed the press. Patel declined to comment on the report.", "Patel"),
    ("Ambassador Linda Thomas-Greenfield told the council the vote was shameful.", "Linda Thomas-Greenfield"),
    ("MR KIRBY: Thanks, everybody. I have no announcements today.", "KIRBY"),
    ("The list names Reza Najafi, Mohammad Eslami and Behrouz Kamalvandi.", "Mohammad Eslami"),
    ("The former president (Pedro Castillo) remains in custody.", "Pedro Castillo"),
    ("Dr Tedros spoke to reporters in Geneva. Lady Ashton said the deal had been hard to reach.", "Ashton"),
];

/// Blind batch E's traps.
const BLIND_E_TRAPS: &[&str] = &[
    "Abu Hamour residents complained about the noise.",
    "Umm Salal opened a new market.",
    "Sheikh Mohammed Bin Rashid Boulevard was lit for the holiday.",
    "Operation Epic Fury ended in March.",
    "The Assistant Secretary declined to comment.",
    "MODERATOR: We will take one more question.",
    "Harakat al-Nujaba said it had fired the drones.",
    "Jaish al-Adl claimed the raid on the border post.",
    "Yom Kippur fell on a Saturday.",
    "Shawwal began after the new moon was sighted.",
];

#[test]
fn blind_batch_e_of_name_shapes_and_kinds_of_text() {
    let ex = Extractor::default();
    let found = found_people(&ex, BLIND_E_PEOPLE);
    assert!(found >= 28, "{found} of {} found", BLIND_E_PEOPLE.len());
    let hits = person_hits(&ex, BLIND_E_TRAPS);
    // (Five since branch n37: "MODERATOR:", a trap when batch E was
    // written, names the one person who speaks in that role by the later
    // decision of `tests/people_in_transcripts.rs`, and is found.)
    assert!(hits.len() <= 5, "{hits:#?}");
}

/// Batch D: the second syllable of a Chinese given name, in lower case
/// after a hyphen as Taiwan and Hong Kong write it, belongs to the name,
/// as a Korean one does (`name_syllable`); not the word that ends a
/// compound after a place ("New York-based").
#[test]
fn a_chinese_given_name_joined_by_a_hyphen() {
    let ex = Extractor::default();
    for (text, person) in [
        ("Lee Teng-hui visited Cornell in 1995.", "Lee Teng-hui"),
        ("Ma Ying-jeou said the talks were useful.", "Ma Ying-jeou"),
        ("Chiang Kai-shek fled to the island in 1949.", "Chiang Kai-shek"),
        ("Hou Yu-ih spoke at the rally.", "Hou Yu-ih"),
    ] {
        assert_eq!(people(&ex, text), [person], "in {text:?}");
    }
    assert_no_person(&ex, &["The New York-based group said so."]);
}

/// Batch D: a known person's surname alias next to a nasab ("bin") is a
/// word of someone else's longer name, a father's name after it or a given
/// name before it; the known person's full name is still that person.
#[test]
fn a_surname_alias_next_to_a_nasab_is_no_surname() {
    let ex = Extractor::default();
    for (text, person) in [
        (
            "Officials said Khalid bin Abdulaziz would attend.",
            "Khalid bin Abdulaziz",
        ),
        (
            "Abdulaziz bin Turki al-Faisal opened the stadium.",
            "Abdulaziz bin Turki al-Faisal",
        ),
        ("Salman bin Abdulaziz opened the stadium.", "Salman bin Abdulaziz"),
    ] {
        assert_eq!(people(&ex, text), [person], "in {text:?}");
    }
}

/// Batch D: places whose names open with a word that opens people's names
/// ("Abu", "Umm", "Sheikh", "Dera", "Khan") are places of the gazetteer,
/// no person.
#[test]
fn places_named_like_people() {
    assert_no_person(
        &Extractor::default(),
        &[
            "Residents of Abu Kamal fled east.",
            "Sheikh Maqsoud was cut off from the rest of the city.",
            "Abu Dis lies just outside the city.",
            "Dera Ghazi Khan recorded the highest temperature.",
            "Sheikh Zuweid was under curfew for a week.",
        ],
    );
}

/// Batch D: two capitalized words whose second is the surname alias of a
/// person the gazetteer knows are a person of that family, when no other
/// evidence read them; not a place's name after "town of" and the like,
/// nor a market's name before "index".
#[test]
fn a_word_before_a_known_surname() {
    let ex = Extractor::default();
    for (text, person) in [
        ("Rovan Talabani signed the agreement on Monday.", "Rovan Talabani"),
        (
            "Officials said Thanakorn Shinawatra would run.",
            "Thanakorn Shinawatra",
        ),
    ] {
        assert_eq!(people(&ex, text), [person], "in {text:?}");
    }
    assert_no_person(
        &ex,
        &[
            "Hang Seng index futures rose on Tuesday.",
            "Fighters entered the village of Bou Haroun at night.",
        ],
    );
}

/// Batch D: a title that is also a given name ("Amir") opening a name of
/// two more words, with nothing before it that makes it a title, is the
/// first given name; before one word, or after "the" or a country, it stays
/// a title.
#[test]
fn a_title_that_is_also_a_given_name() {
    let ex = Extractor::default();
    for (text, person) in [
        (
            "Amir Hossein Zarei told reporters the ship had been seized.",
            "Amir Hossein Zarei",
        ),
        (
            "Officials said Amir Reza Tavakoli would attend.",
            "Amir Reza Tavakoli",
        ),
        ("The Amir Nasser Sabah attended.", "Nasser Sabah"),
        ("Amir Tamim met him.", "Tamim"),
        ("Amir Sheikh Nawaf attended.", "Nawaf"),
    ] {
        assert_eq!(people(&ex, text), [person], "in {text:?}");
    }
}

/// Blind batch F (branch n45, issue 16's re3d gap), written and committed
/// before the engine ran on it: 30 people of 2015-2024 news, most not in
/// the gazetteer, in the shapes of conflict reporting and briefings: a
/// name used attributively or as a possessor ("the Dbeibah government",
/// "pro-Haftar", "Alloush's death"), kunya and "Sheikh"/"Mullah" names,
/// names in apposition to a leader or spokesman of an armed group, later
/// surname mentions, and a surname alone after a title ("Special Envoy
/// Lenderking", "Spokesperson Zakharova", "Mr Hochstein").
///
/// Scored once as written, at 0883408: 23 of 30 found, 0 of 6 traps named
/// a person. Missed: "Jamil al-Saleh" and "Raed al-Saleh" (read as the
/// gazetteer's Eritrean minister "Saleh"), "The Assad regime" and "The
/// Putin government" opening a sentence ("The" taken for a given name),
/// "pro-Haftar", "Zahran Alloush" and "Kristalina Georgieva" (no
/// evidence). After branch n45 (a surname alias joined to "al-" after a
/// capitalized word is a word of a longer name; a determiner is no given
/// name) 27 of 30, 0 traps. Still missed: "pro-Haftar", "Alloush",
/// "Kristalina Georgieva".
const BLIND_F_PEOPLE: &[(&str, &str)] = &[
    ("Abdul Hamid Dbeibah refused to step aside. The Dbeibah government called the vote illegal.", "Dbeibah"),
    ("Fighters of the pro-Haftar camp shelled the southern suburbs.", "Haftar"),
    ("Commander Mazloum Abdi said the camps needed more guards.", "Mazloum Abdi"),
    ("Abu Hatem Shaqra, the leader of Ahrar al-Sharqiya, was placed under sanctions.", "Abu Hatem Shaqra"),
    ("Sheikh Hikmat al-Hijri called for calm in Sweida.", "Hikmat al-Hijri"),
    ("Special Envoy Lenderking returned from Riyadh on Thursday.", "Lenderking"),
    ("Spokesperson Zakharova dismissed the report as a fabrication.", "Zakharova"),
    ("Secretary Blinken met Foreign Minister Cavusoglu in Ankara.", "Cavusoglu"),
    ("Ambassador Satterfield said the sanctions would stay in place.", "Satterfield"),
    ("Mr Hochstein told reporters that a deal was close.", "Hochstein"),
    ("Yahya Saree, the Houthi military spokesman, said the ship had been hit.", "Yahya Saree"),
    ("The leader of Jaysh al-Izza, Jamil al-Saleh, said his fighters would hold the line.", "Jamil al-Saleh"),
    ("Ali Mamlouk, the head of national security, travelled to Cairo. Mamlouk met his Egyptian counterpart there.", "Mamlouk"),
    ("Suhail al-Hassan's Tiger Forces led the assault on the town.", "Suhail al-Hassan"),
    ("Zahran Alloush was killed in an air strike east of Damascus. Alloush's death left the group divided.", "Alloush"),
    ("The spokesman, Nasser Kanaani, said Tehran would respond.", "Nasser Kanaani"),
    ("Linda Yaccarino said advertisers were returning to the platform.", "Linda Yaccarino"),
    ("Deputy Spokesperson Jalina Porter took questions from the press.", "Jalina Porter"),
    ("The pro-Erdogan press welcomed the verdict.", "Erdogan"),
    ("Issam Buwaydani, the commander of Jaysh al-Islam, met Turkish officials.", "Issam Buwaydani"),
    ("Abu Khawla, the head of the Deir ez-Zor Military Council, was detained by his allies.", "Abu Khawla"),
    ("Ismail Haniyeh was killed in Tehran. Haniyeh's deputy took over the talks.", "Haniyeh"),
    ("Yahya Sinwar's brother Mohammed commands the armed wing.", "Yahya Sinwar"),
    ("Naim Qassem, the deputy leader of the group, gave a televised speech.", "Naim Qassem"),
    ("Kristalina Georgieva said the fund stood ready to help.", "Kristalina Georgieva"),
    ("Mullah Hibatullah Akhundzada issued a decree on the schools.", "Hibatullah Akhundzada"),
    ("Abu Obeida, the spokesman of the armed wing, appeared in a new video.", "Abu Obeida"),
    ("Militias loyal to the family withdrew from the town. The Assad regime collapsed days later.", "Assad"),
    ("The Putin government denied the claim.", "Putin"),
    ("Raed al-Saleh, the head of the civil defence, said rescuers were still digging.", "Raed al-Saleh"),
];

/// Blind batch F's traps: places and organizations that open with a word
/// of a name or a title, and an organization as a possessor.
const BLIND_F_TRAPS: &[&str] = &[
    "Abu Kamal fell to government forces in November.",
    "Sheikh Maqsoud came under shelling overnight.",
    "Ahrar al-Sham's fighters withdrew from the hill.",
    "Ambassador Bridge traffic slowed after the protest.",
    "Tishreen Dam was damaged in the fighting.",
    "Al Jazeera's correspondent reported heavy clashes.",
];

#[test]
fn blind_batch_f_of_people_beyond_the_gazetteer() {
    let ex = Extractor::default();
    let missed: Vec<_> = BLIND_F_PEOPLE
        .iter()
        .filter(|(text, person)| !people(&ex, text).iter().any(|p| p == person))
        .map(|(text, person)| (*person, people(&ex, text)))
        .collect();
    assert!(missed.len() <= 3, "{missed:#?}");
    assert_no_person(&ex, BLIND_F_TRAPS);
}

/// Batch F: a known person's surname alias joined to "al-" after a
/// capitalized word (no title) is a word of someone else's name; after a
/// title, or opening the sentence after a person the document named, it
/// is still the known person.
#[test]
fn a_surname_alias_joined_to_its_particle_after_a_name() {
    let ex = Extractor::default();
    for (text, person) in [
        ("Officials said Jamil al-Saleh would attend.", "Jamil al-Saleh"),
        ("Saleh al-Arouri was killed in Beirut.", "Saleh al-Arouri"),
        ("President al-Assad spoke on Monday.", "Assad"),
        (
            "Officials said Bashar al-Assad spoke. Later al-Assad said so.",
            "Assad",
        ),
        ("The Assad regime denied the claim.", "Assad"),
    ] {
        assert!(
            people(&ex, text).iter().any(|p| p == person),
            "{text:?}: {:?}",
            people(&ex, text)
        );
    }
}

/// Batch F: after "Mr", "Ms", "Mrs" a frequent word alone is a surname;
/// a particle before a surname after a title is part of it; in a
/// transcript's turn a given name before ", I" is spoken to.
#[test]
fn surnames_after_honorifics_and_particles() {
    let ex = Extractor::default();
    for (text, person) in [
        ("Mr Power told reporters the vote was shameful.", "Power"),
        ("Ms Rice said the talks would go on.", "Rice"),
        ("Ambassador Power said the vote was shameful.", "Power"),
        ("Officials said Secretary Price announced the plan.", "Price"),
        ("He also met Special Envoy de Mistura in Geneva.", "de Mistura"),
        ("Officials said Special Coordinator Malley met them.", "Malley"),
        (
            "MR TONER: Hello.\n\nQUESTION: Elizabeth, I wanted to ask about the convoy.",
            "Elizabeth",
        ),
    ] {
        assert!(
            people(&ex, text).iter().any(|p| p == person),
            "{text:?}: {:?}",
            people(&ex, text)
        );
    }
    assert_no_person(
        &ex,
        &[
            "Mr President, thank you.",
            "Paris, I think, is lovely.",
            "Ambassador Bridge traffic slowed.",
            "The Ambassador Bridge reopened on Monday.",
            "General Assembly voted on the text.",
        ],
    );
}

/// Batch F: a later mention by the surname with its joined particle
/// ("al-Qaduli", "Al-Qaduli") names the person the document named in
/// full, whose name had another particle before (the particles right
/// before the last word make a form of their own).
#[test]
fn a_later_surname_with_its_joined_particle() {
    let ex = Extractor::default();
    for (text, person) in [
        (
            "Officials named Abd al-Rahman Mustafa al-Qaduli. Al-Qaduli joined the group in 2004.",
            "Al-Qaduli",
        ),
        (
            "Officials named Abd al-Rahman Mustafa al-Qaduli. They said al-Qaduli joined in 2004.",
            "al-Qaduli",
        ),
        (
            "Officials named Jamil al-Hijri. They said al-Hijri joined the group.",
            "al-Hijri",
        ),
    ] {
        assert!(
            people(&ex, text).iter().any(|p| p == person),
            "{text:?}: {:?}",
            people(&ex, text)
        );
    }
    assert_no_person(
        &ex,
        &["Police arrested eight people, the official al-Akhbar newspaper said."],
    );
}

/// Batch F: a capitalized military rank among the weak titles before a
/// word that is no English word is a surname's title; not a company's or
/// a league's name, nor a rank in lower case.
#[test]
fn a_rank_before_a_surname() {
    let ex = Extractor::default();
    for (text, person) in [
        ("Forces loyal to Field Marshal Haftar advanced.", "Haftar"),
        ("Officials said General Haftar's forces advanced.", "Haftar"),
    ] {
        assert!(
            people(&ex, text).iter().any(|p| p == person),
            "{text:?}: {:?}",
            people(&ex, text)
        );
    }
    assert_no_person(
        &ex,
        &[
            "Officials said General Dynamics won the contract.",
            "He plays in Major League Baseball.",
            "The pilot told private Ihlas news agency so.",
        ],
    );
}
