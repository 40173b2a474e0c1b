//! A second blind table, written in two sets before the engine was run on
//! them: set A (84 sentences: 63 with relations over all eight types in
//! varied wordings, 21 where a trigger word is used in another sense) was
//! scored before the changes it led to; set B (44 sentences: 34 and 10) was
//! written after them and scored once, and nothing was tuned on it but one
//! apposition, mended later from the list of misses (see `KNOWN_MISSES`). Every
//! relation the engine finds is asserted; the ones it still misses are
//! listed in `KNOWN_MISSES`, and asserted to be missed, so that a change that
//! finds one moves it into the tables.
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_2.a.gold.jsonl` and `.b.gold.jsonl`):
//! set A before: P 1.000 R 0.750 F1 0.857, factuality 0.944;
//! set A after: P 1.000 R 0.931 F1 0.964, factuality 1.000;
//! set B (once, after): P 1.000 R 0.829 F1 0.906, factuality 0.966.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output). A relation is
/// `type role=value ... factuality`; a value is a canonical id (`PER`,
/// `drone`) or, for people, organizations and named systems, the text of
/// the mention. A sentence with no relation must give none.
const SET_A: &[(&str, &[&str])] = &[
    (
        "Slovakia to send its MiG-29 fleet to Ukraine",
        &["supply supplier=SVK recipient=UKR item=aircraft uncertain"],
    ),
    (
        "Norway's donation of NASAMS air defence systems to Kyiv was announced on Friday.",
        &["supply supplier=NOR recipient=UKR item=air_defense asserted"],
    ),
    (
        "The howitzers, which were shipped by South Korea to Poland in December, have entered service.",
        &["supply supplier=KOR recipient=POL item=artillery asserted"],
    ),
    (
        "Armenia is buying rocket launchers from India, officials in Yerevan confirmed.",
        &["supply supplier=IND recipient=ARM item=rocket launchers asserted"],
    ),
    (
        "Ukraine has received the first batch of Leopard 2 tanks promised by Germany.",
        &["supply supplier=DEU recipient=UKR item=tank asserted"],
    ),
    (
        "Russia reportedly obtained hundreds of attack drones from Iran last summer.",
        &["supply supplier=IRN recipient=RUS item=drone alleged"],
    ),
    (
        "Washington has no plans to provide F-16 jets to Kyiv, a Pentagon spokesman said.",
        &["supply supplier=USA recipient=UKR item=aircraft negated"],
    ),
    (
        "Australia will hand over 40 Bushmaster armoured vehicles to Ukraine.",
        &["supply supplier=AUS recipient=UKR item=armored_vehicle uncertain"],
    ),
    (
        "Belarus denied that it had handed ammunition to the Russian army.",
        &["supply supplier=BLR recipient=RUS item=ammunition denied"],
    ),
    (
        "Israel's refusal to sell air defence systems to Ukraine angered Kyiv.",
        &["supply supplier=ISR recipient=UKR item=air_defense negated"],
    ),
    (
        "Canada is sending Ukraine more anti-tank weapons, Prime Minister Justin Trudeau announced.",
        &[
            "supply supplier=CAN recipient=UKR item=anti-tank weapons asserted",
            "role person=Justin Trudeau organization=CAN asserted",
        ],
    ),
    (
        "Military equipment supplied by China to Myanmar's junta has been used against civilians.",
        &["supply supplier=CHN recipient=MMR item=weapon asserted"],
    ),
    (
        "Turkey agreed to sell Bayraktar drones to Poland in a deal worth $270 million.",
        &["supply supplier=TUR recipient=POL item=drone uncertain"],
    ),
    (
        "Arms deliveries from Serbia to Ukraine were denied by Belgrade.",
        &["supply supplier=SRB recipient=UKR item=weapon denied"],
    ),
    (
        "Russian forces carried out missile strikes on Ukrainian power plants overnight.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Israeli aircraft struck targets in Syria on Sunday, Syrian state media reported.",
        &["attack attacker=ISR target=SYR alleged"],
    ),
    (
        "Azerbaijan launched an offensive against Armenian positions in Nagorno-Karabakh.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Pakistan was hit by cross-border raids from Afghanistan's Taliban, Islamabad said.",
        &["attack attacker=Taliban target=PAK asserted"],
    ),
    (
        "Ethiopian troops are said to have shelled Eritrean border towns.",
        &["attack attacker=ETH target=ERI alleged"],
    ),
    (
        "Iran threatened to strike Israel if it attacks its nuclear sites.",
        &[
            "attack attacker=IRN target=ISR uncertain",
            "attack attacker=ISR target=IRN uncertain",
        ],
    ),
    (
        "Hamas militants infiltrated southern Israel and attacked several villages.",
        &["attack attacker=Hamas target=ISR asserted"],
    ),
    (
        "Russia's invasion of Ukraine has driven millions from their homes.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Moscow denied that its troops had fired on Georgian police.",
        &["attack attacker=RUS target=GEO denied"],
    ),
    (
        "Turkey did not shell Kurdish YPG positions on Tuesday, the ministry insisted.",
        &["attack attacker=TUR target=YPG negated"],
    ),
    (
        "Britain froze the assets of five Iranian officials over the crackdown on protesters.",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "New Zealand adds Russian oligarchs to its sanctions list",
        &["sanction sanctioner=NZL target=RUS asserted"],
    ),
    (
        "The EU is weighing an oil embargo against Moscow.",
        &["sanction sanctioner=EU target=RUS uncertain"],
    ),
    (
        "Japan has not imposed any penalties on Chinese firms, its trade minister said.",
        &["sanction sanctioner=JPN target=CHN negated"],
    ),
    (
        "Venezuelan officials were blacklisted by the U.S. Treasury on Thursday.",
        &["sanction sanctioner=U.S. Treasury target=VEN asserted"],
    ),
    (
        "Switzerland followed the EU in sanctioning Belarusian President Alexander Lukashenko.",
        &[
            "sanction sanctioner=CHE target=Alexander Lukashenko asserted",
            "sanction sanctioner=EU target=Alexander Lukashenko asserted",
            "role person=Alexander Lukashenko organization=BLR asserted",
        ],
    ),
    (
        "Canada's sanctions on Myanmar's military leaders took effect on Monday.",
        &["sanction sanctioner=CAN target=MMR asserted"],
    ),
    (
        "Australia slapped travel bans on six Hamas leaders.",
        &["sanction sanctioner=AUS target=Hamas asserted"],
    ),
    (
        "Kosovo's prime minister Albin Kurti blamed Belgrade for the unrest.",
        &[
            "accuse accuser=Albin Kurti accused=SRB asserted",
            "role person=Albin Kurti organization=XKX asserted",
        ],
    ),
    (
        "Accusations by Beijing that Manila provoked the clash were rejected.",
        &["accuse accuser=CHN accused=PHL asserted"],
    ),
    (
        "Tehran holds Washington responsible for the killing of its general.",
        &["accuse accuser=IRN accused=USA asserted"],
    ),
    (
        "Ukraine's foreign minister charged that Russia was deliberately targeting grain silos.",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Warsaw pointed the finger at Minsk for the migrant crisis.",
        &["accuse accuser=POL accused=BLR asserted"],
    ),
    (
        "Nigeria rejected claims by Amnesty International that its soldiers killed civilians.",
        &["accuse accuser=Amnesty International accused=NGA asserted"],
    ),
    (
        "The Philippines accuses the Chinese coast guard of firing water cannon at its vessels",
        &["accuse accuser=PHL accused=CHN asserted"],
    ),
    (
        "Beijing has thrown its weight behind Moscow's position on NATO.",
        &["support supporter=CHN supported=RUS asserted"],
    ),
    (
        "Eritrea sided with Ethiopia's government during the Tigray war.",
        &["support supporter=ERI supported=ETH asserted"],
    ),
    (
        "Wagner fighters backed by the Kremlin are helping Mali's army fight insurgents.",
        &[
            "support supporter=RUS supported=Wagner asserted",
            "support supporter=Wagner supported=MLI asserted",
        ],
    ),
    (
        "The United Arab Emirates is funding the RSF, according to a UN panel.",
        &["support supporter=ARE supported=RSF alleged"],
    ),
    (
        "Germany pledged 500 million euros in aid to Moldova.",
        &["support supporter=DEU supported=MDA uncertain"],
    ),
    (
        "Hungary refuses to back Ukraine's bid to join the EU.",
        &["support supporter=HUN supported=UKR negated"],
    ),
    (
        "Qatar has long financed Hamas, Israeli officials allege.",
        &["support supporter=QAT supported=Hamas alleged"],
    ),
    (
        "Finnish President Sauli Niinistö met his Turkish counterpart in Ankara.",
        &["role person=Sauli Niinistö organization=FIN asserted"],
    ),
    (
        "Jens Stoltenberg, NATO's secretary general, warned against complacency.",
        &["role person=Jens Stoltenberg organization=NATO asserted"],
    ),
    (
        "The chairman of the Joint Chiefs of Staff, Gen. Mark Milley, spoke to reporters.",
        &["role person=Mark Milley organization=Joint Chiefs of Staff asserted"],
    ),
    (
        "Olena Zelenska, Ukraine's first lady, addressed the U.S. Congress.",
        &["role person=Olena Zelenska organization=UKR asserted"],
    ),
    (
        "Former Pakistani Prime Minister Imran Khan was arrested in Islamabad.",
        &["role person=Imran Khan organization=PAK asserted"],
    ),
    (
        "Kaja Kallas was appointed the EU's top diplomat on Tuesday.",
        &["role person=Kaja Kallas organization=EU asserted"],
    ),
    (
        "Amnesty International's secretary general Agnès Callamard condemned the strike.",
        &["role person=Agnès Callamard organization=Amnesty International asserted"],
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman hosted Chinese leader Xi Jinping in Riyadh.",
        &[
            "role person=Mohammed bin Salman organization=SAU asserted",
            "role person=Xi Jinping organization=CHN asserted",
        ],
    ),
    (
        "Ukraine's army is using Western-supplied HIMARS launchers to hit Russian depots.",
        &[
            "use user=UKR item=artillery asserted",
            "attack attacker=UKR target=RUS asserted",
        ],
    ),
    (
        "Russia deployed Iskander missiles to Belarus in June.",
        &["use user=RUS item=missile asserted"],
    ),
    (
        "The Houthis have fired ballistic missiles toward Israeli territory.",
        &[
            "use user=Houthis item=missile asserted",
            "attack attacker=Houthis target=ISR asserted",
        ],
    ),
    (
        "Israel reportedly employed AI-guided drones in Gaza.",
        &["use user=ISR item=drone alleged"],
    ),
    (
        "Chemical weapons were used by the Syrian government in Douma, investigators concluded.",
        &["use user=SYR item=Chemical weapons asserted"],
    ),
    (
        "British instructors have taught thousands of Ukrainian recruits to fight.",
        &["train trainer=GBR trainee=UKR asserted"],
    ),
    (
        "U.S. special forces will train Taiwanese soldiers, according to a report.",
        &["train trainer=USA trainee=TWN uncertain"],
    ),
    (
        "Russian military advisers are training troops in the Central African Republic.",
        &["train trainer=RUS trainee=CAF asserted"],
    ),
    (
        "The training of Ukrainian pilots on F-16s by Denmark began in August.",
        &["train trainer=DNK trainee=UKR asserted"],
    ),
    (
        "Workers at the Ford plant went on strike over pay on Monday.",
        &[],
    ),
    ("Apple launches a new iPhone in China next week.", &[]),
    ("Chelsea sacked its manager after a run of defeats.", &[]),
    (
        "Brazil's striker scored twice as his side beat Argentina 2-0.",
        &[],
    ),
    ("India and Japan struck a deal on high-speed rail.", &[]),
    ("The World Bank supplied a $500 million loan to Egypt.", &[]),
    (
        "Storms battered the coast of Japan, cutting power to thousands.",
        &[],
    ),
    ("France beat England in the Six Nations on Saturday.", &[]),
    (
        "Germany will supply liquefied gas to Poland under a new pipeline deal.",
        &[],
    ),
    ("Japanese carmaker Toyota targets record sales in India.", &[]),
    (
        "Hungary's foreign minister fired back at critics in Brussels.",
        &[],
    ),
    (
        "Kenya's runners dominated the marathon, with the top three places going to Nairobi athletes.",
        &[],
    ),
    ("China's exports of solar panels to the EU hit a record.", &[]),
    ("Saudi Arabia will host the 2034 World Cup.", &[]),
    (
        "The central bank of Turkey fired its governor after a currency slump.",
        &[],
    ),
    ("Oil prices shot up after OPEC cut output.", &[]),
    ("Russia's team was beaten by Canada in the ice hockey final.", &[]),
    (
        "Ukraine's grain exports to Egypt resumed after the blockade eased.",
        &[],
    ),
    (
        "The U.S. supplied most of the vaccines shipped to Africa last year.",
        &[],
    ),
    (
        "Pakistan's bowlers attacked the Indian batting line-up early.",
        &[],
    ),
    ("Tesla deployed a software update to its cars in China.", &[]),
];

/// Written after the changes, scored once.
const SET_B: &[(&str, &[&str])] = &[
    (
        "Kyiv took delivery of its first Gripen fighters from Sweden on Wednesday.",
        &["supply supplier=SWE recipient=UKR item=aircraft asserted"],
    ),
    (
        "Spain's defence ministry confirmed that more Leopard tanks would be shipped to Ukraine.",
        &["supply supplier=ESP recipient=UKR item=tank uncertain"],
    ),
    (
        "Pyongyang is believed to have provided Moscow with millions of artillery rounds.",
        &["supply supplier=PRK recipient=RUS item=ammunition alleged"],
    ),
    (
        "Egypt quietly halted plans to export rockets to Russia.",
        &["supply supplier=EGY recipient=RUS item=missile negated"],
    ),
    (
        "Weapons bought by Serbia from China arrived in Belgrade on cargo planes.",
        &["supply supplier=CHN recipient=SRB item=weapon asserted"],
    ),
    (
        "Brazil will not sell tank ammunition to Ukraine, its president said.",
        &["supply supplier=BRA recipient=UKR item=ammunition negated"],
    ),
    (
        "Iran's transfer of ballistic missiles to Russia drew new Western sanctions.",
        &["supply supplier=IRN recipient=RUS item=missile asserted"],
    ),
    (
        "Sudan's army launched airstrikes on RSF positions in Khartoum.",
        &["attack attacker=SDN target=RSF asserted"],
    ),
    (
        "Russia is accused of bombing a Ukrainian hospital in Kharkiv.",
        &["attack attacker=RUS target=UKR alleged"],
    ),
    (
        "A Hezbollah drone struck a military base in northern Israel, the army said.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "The shelling of Armenian villages by Azerbaijani forces continued overnight.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Pakistan has not attacked Indian territory, Islamabad insisted.",
        &["attack attacker=PAK target=IND negated"],
    ),
    (
        "Israel could strike Iranian nuclear facilities within months, analysts warned.",
        &["attack attacker=ISR target=IRN uncertain"],
    ),
    (
        "Washington blacklisted three Chinese companies accused of supplying drone parts to Russia.",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "The UK has imposed an asset freeze on a Syrian businessman close to the regime.",
        &["sanction sanctioner=GBR target=SYR asserted"],
    ),
    (
        "The European Union is preparing a fresh package of sanctions on Iran.",
        &["sanction sanctioner=European Union target=IRN uncertain"],
    ),
    (
        "Sanctions imposed by Canada on Nicaraguan officials took effect.",
        &["sanction sanctioner=CAN target=NIC asserted"],
    ),
    (
        "Azerbaijan blamed Armenian saboteurs for the pipeline explosion.",
        &["accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "Beijing lashed out at Tokyo, accusing it of militarising the region.",
        &["accuse accuser=CHN accused=JPN asserted"],
    ),
    (
        "Ukraine alleges that Belarus is hosting Russian nuclear weapons.",
        &["accuse accuser=UKR accused=BLR asserted"],
    ),
    (
        "Venezuela was accused by Guyana of massing troops on the border.",
        &["accuse accuser=GUY accused=VEN asserted"],
    ),
    (
        "Turkey voiced its backing for Azerbaijan's offensive.",
        &["support supporter=TUR supported=AZE asserted"],
    ),
    (
        "Saudi Arabia is bankrolling the Sudanese army, diplomats say.",
        &["support supporter=SAU supported=SDN asserted"],
    ),
    (
        "Japan will not give financial support to Myanmar's junta.",
        &["support supporter=JPN supported=MMR negated"],
    ),
    (
        "India offered humanitarian assistance to Sri Lanka.",
        &["support supporter=IND supported=LKA asserted"],
    ),
    (
        "German Chancellor Olaf Scholz arrived in Kyiv on Friday.",
        &["role person=Olaf Scholz organization=DEU asserted"],
    ),
    (
        "Antony Blinken, the U.S. secretary of state, met his Chinese counterpart.",
        &["role person=Antony Blinken organization=USA asserted"],
    ),
    (
        "Yoav Gallant, who serves as Israel's defence minister, visited the front.",
        &["role person=Yoav Gallant organization=ISR asserted"],
    ),
    (
        "Hamas leader Ismail Haniyeh was killed in Tehran.",
        &["role person=Ismail Haniyeh organization=Hamas asserted"],
    ),
    (
        "Ukrainian troops are relying on Javelin missiles to stop Russian armour.",
        &["use user=UKR item=Javelin asserted"],
    ),
    (
        "Myanmar's junta has deployed fighter jets against rebel-held towns.",
        &["use user=MMR item=aircraft asserted"],
    ),
    (
        "Russia has reportedly used North Korean missiles in strikes on Ukraine.",
        &[
            "use user=RUS item=missile alleged",
            "attack attacker=RUS target=UKR alleged",
        ],
    ),
    (
        "Polish instructors will train Ukrainian tank crews.",
        &["train trainer=POL trainee=UKR uncertain"],
    ),
    (
        "Hundreds of Malian officers have been trained by Russian advisers.",
        &["train trainer=RUS trainee=MLI asserted"],
    ),
    ("The striker was sent off as Germany beat Hungary 3-1.", &[]),
    (
        "Samsung launched its new foldable phone in India on Tuesday.",
        &[],
    ),
    ("Airlines cut flights to China as demand weakened.", &[]),
    ("The IMF approved a $3 billion loan to Pakistan.", &[]),
    ("Heavy rain struck southern Brazil, killing dozens.", &[]),
    (
        "Nigeria's central bank sanctioned five lenders for breaking currency rules.",
        &[],
    ),
    ("Apple's supplier Foxconn shipped fewer iPhones to Europe.", &[]),
    ("The coach blamed the referee for the defeat in Madrid.", &[]),
    ("France's Total struck a gas deal with Qatar.", &[]),
    (
        "Fans attacked the Polish team bus after the match in Warsaw.",
        &[],
    ),
];

/// Relations of the tables the engine still misses (`sentence => want`),
/// with the reason.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set A.
    // A title with no country before it: the organization is the subject of
    // the clause the speaker reports.
    (
        "Canada is sending Ukraine more anti-tank weapons, Prime Minister Justin Trudeau announced.",
        "role person=Justin Trudeau organization=CAN asserted",
    ),
    // "it" of a condition stands for the object of the verb before ("Israel").
    (
        "Iran threatened to strike Israel if it attacks its nuclear sites.",
        "attack attacker=ISR target=IRN uncertain",
    ),
    // "penalties" is left out of the sanction nouns: as often a fine of a
    // regulator or a football penalty.
    (
        "Japan has not imposed any penalties on Chinese firms, its trade minister said.",
        "sanction sanctioner=JPN target=CHN negated",
    ),
    // The Joint Chiefs of Staff are no known organization.
    (
        "The chairman of the Joint Chiefs of Staff, Gen. Mark Milley, spoke to reporters.",
        "role person=Mark Milley organization=Joint Chiefs of Staff asserted",
    ),
    // Set B.
    // A passive with no doer: the supplier is the speaker of the clause
    // that governs it.
    (
        "Spain's defence ministry confirmed that more Leopard tanks would be shipped to Ukraine.",
        "supply supplier=ESP recipient=UKR item=tank uncertain",
    ),
    // "is preparing" a noun is no cue of a plan ("preparing to" is).
    (
        "The European Union is preparing a fresh package of sanctions on Iran.",
        "sanction sanctioner=European Union target=IRN uncertain",
    ),
    // "backing" after a possessive pronoun, for the owner of an offensive.
    (
        "Turkey voiced its backing for Azerbaijan's offensive.",
        "support supporter=TUR supported=AZE asserted",
    ),
    // ("Antony Blinken, the U.S. secretary of state, ..." of set B was
    // here until the merge of this branch: a later change, made after
    // reading this list, gave appositions their title's "of" domain; set B
    // was scored before it.)
];

#[test]
fn set_a_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_A, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_b_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_B, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each known miss is still a miss: one found moves into the tables.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_A, SET_B], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
