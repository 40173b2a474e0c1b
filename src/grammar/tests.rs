//! Table tests of the parse, over invented sentences.

use crate::Extractor;

/// A compact rendering of the parse: every verb group as
/// `verb(subj=..., obj=..., to=...)`, with flags.
pub(crate) fn describe(ex: &Extractor, text: &str) -> String {
    ex.describe_grammar(text)
}

#[test]
fn subjects_objects_and_prepositions() {
    let ex = Extractor::default();
    // (sentence, what must appear in the description)
    let table: &[(&str, &[&str])] = &[
        (
            "Peru sold drones to Chile.",
            &["sold(subj=Peru obj=drones to=Chile)"],
        ),
        // A gerund after a bare time phrase is done by the subject of the
        // verb before the time ("spent the past year training"), not by the
        // time; after a noun of actors it still tells of them.
        (
            "Chilean instructors spent the past year training Peruvian soldiers.",
            &["training[gerund](subj=Chilean instructors obj=Peruvian soldiers)"],
        ),
        (
            "Chilean instructors spent two years training Peruvian soldiers.",
            &["training[gerund](subj=Chilean instructors obj=Peruvian soldiers)"],
        ),
        (
            "Peruvian officers training Chilean recruits crossed the border.",
            &["training[gerund](subj=Peruvian officers obj=Chilean recruits)"],
        ),
        // "all" before a preposition is an adverb: "blocks" stays a noun.
        (
            "Chile shelled apartment blocks all over Peru.",
            &["shelled(subj=Chile obj=apartment blocks over=Peru)"],
        ),
        (
            "Peru helped the government renationalise the mines.",
            &["renationalise[infinitive](subj=the government obj=the mines)"],
        ),
        (
            "Peru sent troops to Chile on Monday to help the army.",
            &["to help[infinitive](subj=Peru obj=the army)"],
        ),
        (
            "Peru lent Chile $5 million in 2016 to help the army.",
            &["to help[infinitive](subj=Peru obj=the army)"],
        ),
        (
            "Peru lent Chile $5 million in June 2021 to help the army.",
            &["to help[infinitive](subj=Peru obj=the army)"],
        ),
        (
            "Peru lent Chile $5 million in 300 towns to help the army.",
            &["to help[infinitive](obj=the army)"],
        ),
        (
            "The council will next month vote on a resolution.",
            &["will next month vote[modal,future](subj=The council on=a resolution)"],
        ),
        (
            "Peru would in the coming weeks ship rifles to Chile.",
            &["would in the coming weeks ship[modal](subj=Peru obj=rifles to=Chile)"],
        ),
        (
            "Peru will send troops next week.",
            &["will send[modal,future](subj=Peru obj=troops)"],
        ),
        (
            "Peru encircled rebels holed up in the hills.",
            &["encircled(subj=Peru obj=rebels)"],
        ),
        (
            "Peru (along with Chile) invaded Bolivia.",
            &["invaded(subj=Peru+Chile obj=Bolivia)"],
        ),
        (
            "Drones were sold by Peru to Chile.",
            &["were sold[passive](subj=Peru surf=Drones by=Peru to=Chile)"],
        ),
        (
            "Peru said talks were cheaper than sending troops to Chile.",
            &["sending[gerund](obj=troops to=Chile)"],
        ),
        (
            "Hezbollah proscribed as a terrorist group by Chile",
            &["proscribed[passive,reduced](subj=Chile surf=Hezbollah as=a terrorist group by=Chile)"],
        ),
        (
            "Chile listed Hezbollah as a terrorist group, as Peru did.",
            &[
                "listed(subj=Chile obj=Hezbollah as=a terrorist group)",
                "did(subj=Peru)",
            ],
        ),
        (
            "Peru, facing pressure at home, on Monday sent missiles to Chile.",
            &["sent(subj=Peru obj=missiles to=Chile)"],
        ),
        (
            "Chile says Peru will send tanks.",
            &["will send[modal,future](subj=Peru obj=tanks)"],
        ),
        // "is to" plans the deed as "will" does.
        (
            "Peru is to send tanks.",
            &["is to send[future,infinitive](subj=Peru obj=tanks)"],
        ),
        (
            "Spain to send tanks to Morocco",
            &["to send[infinitive](subj=Spain obj=tanks to=Morocco)"],
        ),
        (
            "Germany says it will send helmets to Ukraine.",
            &["will send[modal,future](subj=Germany surf=it obj=helmets to=Ukraine)"],
        ),
        ("Russia strikes Ukraine.", &["strikes(subj=Russia obj=Ukraine)"]),
        // A bare time phrase is no object, and no part of the phrase
        // before it.
        ("Peru shelled Chile last week.", &["shelled(subj=Peru obj=Chile)"]),
        // A phrase before "and" right before the verb is the object's
        // apposition, not the subject: the verbs are joined.
        (
            "Rebels seized a second Peruvian pilot, Ana Ruiz, and threatened to shoot Chilean crews.",
            &["threatened(subj=Rebels)"],
        ),
        (
            "Officials fear Peru is about to shell Chile.",
            &["to shell[infinitive](subj=Peru obj=Chile)"],
        ),
        ("Peru shelled Chile Monday.", &["shelled(subj=Peru obj=Chile)"]),
        // An ordinal after a determiner opens the noun phrase.
        (
            "Peru shelled the first convoy.",
            &["shelled(subj=Peru obj=the first convoy)"],
        ),
        // An object relative clause: the phrase it modifies is the object
        // of its last verb, unless a phrase after the verb is.
        (
            "Ukraine used the tanks which Poland delivered last month.",
            &["delivered(subj=Poland obj=the tanks)"],
        ),
        // A pronoun that is the subject of a bare relative clause is the
        // doer of the verb before the phrase the clause modifies.
        (
            "Ghana expelled two Togolese diplomats it accused of spying.",
            &["accused(subj=Ghana surf=it obj=two Togolese diplomats)"],
        ),
        (
            "The drones, which Chile began shipping to Peru, are old.",
            &["shipping[gerund](subj=Chile obj=The drones to=Peru)"],
        ),
        (
            "The report that Chile shelled Peru is false.",
            &["shelled(subj=Chile)"],
        ),
        (
            "Peru told Chile that Bolivia attacked.",
            &["attacked(subj=Bolivia)"],
        ),
        // A second finite verb ends a relative clause that has its verb:
        // its subject is the phrase the relative clause modifies.
        (
            "The rifles that Peru sold to Chile were used against Bolivia.",
            &["were used[passive](surf=The rifles against=Bolivia)"],
        ),
        // Not an adverbial clause, whose end is unwritten.
        (
            "If Chile attacks Peru will respond.",
            &["will respond[modal,future](subj=Peru)"],
        ),
        // "it" in a "that" clause under a verb is that verb's subject; the
        // noun before "that" is the verb's object.
        (
            "Chile rejected claims that it had sold drones.",
            &[
                "rejected(subj=Chile obj=claims)",
                "had sold[perfect](subj=Chile surf=it obj=drones)",
            ],
        ),
        // A verb of an addressee leaves the pronoun alone.
        ("Chile urged Peru that it stop shelling.", &["stop(subj=it)"]),
        // A participle before "by" in an aside before the verb tells of the
        // phrase before the comma.
        (
            "Peru, backed by Chile, attacked Bolivia.",
            &[
                "backed[passive,reduced](subj=Chile surf=Peru by=Chile)",
                "attacked(subj=Peru obj=Bolivia)",
            ],
        ),
        // A relative clause with no relative word: the phrase before its
        // subject is its verb's object and the next verb's subject.
        (
            "The rifles Peru sold to Chile were old.",
            &["sold(subj=Peru obj=The rifles to=Chile)", "were(subj=The rifles"],
        ),
        (
            "The sanctions the EU imposed on Peru were lifted.",
            &[
                "imposed(subj=the EU obj=The sanctions on=Peru)",
                "were lifted[passive](surf=The sanctions)",
            ],
        ),
        // Two -ed words joined after a noun, the second before "by", are
        // both passive participles of that noun.
        (
            "Two Peruvian soldiers killed and wounded by Chilean troops were buried.",
            &[
                "killed[passive,reduced](surf=Two Peruvian soldiers)",
                "wounded[passive,reduced](subj=Chilean troops surf=Two Peruvian soldiers by=Chilean troops)",
            ],
        ),
        // A verb that always takes an object, right after an actor and
        // before a preposition, is a headline's passive; another verb there
        // is the clause's verb.
        (
            "Two Chilean soldiers killed in a Peruvian raid",
            &["killed[passive,reduced](surf=Two Chilean soldiers in=a Peruvian raid)"],
        ),
        (
            "Chilean troops advanced in the north.",
            &["advanced(subj=Chilean troops)"],
        ),
        // A dash before "and" joins the verbs as a comma would; a dash
        // alone ends the clause.
        (
            "Chile blames Peru -- and backs Bolivia.",
            &["blames(subj=Chile obj=Peru)", "backs(subj=Chile obj=Bolivia)"],
        ),
        (
            "Chile blames Peru — and backs Bolivia.",
            &["blames(subj=Chile obj=Peru)", "backs(subj=Chile obj=Bolivia)"],
        ),
        // A word that may be a noun or a past tense, joined to a past tense
        // with an object, is a verb: the two share the subject.
        (
            "Chilean police on Monday shot and wounded a Peruvian smuggler.",
            &[
                "shot(subj=Chilean police obj=a Peruvian smuggler)",
                "wounded(subj=Chilean police obj=a Peruvian smuggler)",
            ],
        ),
        // "up to" before a number belongs to it, and is no particle; a lone
        // "to" before a number stays a preposition.
        (
            "Peru sent up to 40 tanks to Chile.",
            &["sent(subj=Peru obj=up to 40 tanks to=Chile)"],
        ),
        (
            "Peru sent tanks to 3 ports.",
            &["sent(subj=Peru obj=tanks to=3 ports)"],
        ),
        // An infinitive or gerund that completes a noun keeps its object
        // before the next finite verb, whose subject is that noun.
        (
            "Peru's decision to shell Chile was a mistake.",
            &["to shell[infinitive](subj=Peru obj=Chile)", "was(subj=decision"],
        ),
        (
            "The reasons for shelling Chile are unclear.",
            &["shelling[gerund](obj=Chile)", "are(subj=The reasons"],
        ),
        // A contracted modal is split from its pronoun and is a modal.
        (
            "Chile says it’ll send tanks to Peru.",
            &["’ll send[modal,future](subj=Chile surf=it obj=tanks to=Peru)"],
        ),
        // A result word between a participle and "by" keeps the headline
        // passive ("shot dead by").
        (
            "Two Peruvian rebels shot dead by Chilean police.",
            &["shot[passive,reduced](subj=Chilean police surf=Two Peruvian rebels by=Chilean police)"],
        ),
        // A word that makes a number approximate belongs to its phrase;
        // a lone preposition before a number after a verb stays one.
        (
            "Chile ordered the deployment of over 40 tanks.",
            &["ordered(subj=Chile obj=the deployment of=over 40 tanks)"],
        ),
        (
            "Peru sent more than 30 drones to Chile.",
            &["sent(subj=Peru obj=more than 30 drones to=Chile)"],
        ),
        ("Peru fired at 3 villages.", &["fired(subj=Peru at=3 villages)"]),
        ("Peruvian jets flew over 3 villages.", &["over=3 villages"]),
        // A verb that takes no object is the clause's verb after a noun,
        // not a passive participle modifying it.
        (
            "A convoy of Peruvian trucks arrived in Chile.",
            &["arrived(subj=A convoy in=Chile)"],
        ),
        (
            "Two colonels were charged Friday with planning to attack Peru.",
            &["planning[gerund](subj=Two colonels)"],
        ),
        // Headline lists with commas alone: weapons one after another, and
        // actors opening the sentence before a plural verb; a singular
        // verb after two actors names its source ("Peru, Chile says").
        (
            "Peru to send drones, howitzers to Chile",
            &["to send[infinitive](subj=Peru obj=drones+howitzers to=Chile)"],
        ),
        (
            "Peru, Bolivia pledge howitzers for Chile",
            &["pledge(subj=Peru+Bolivia obj=howitzers for=Chile)"],
        ),
        ("Peru, Bolivia says Chile attacked", &["says(subj=Bolivia)"]),
        // A headline's passive of a verb of blame before "of" and a gerund:
        // the phrase before did the gerund's deed.
        (
            "Chilean troops accused of shelling Peruvian towns",
            &["shelling[gerund](subj=Chilean troops obj=Peruvian towns)"],
        ),
        // After a phrasal verb's particle, a compound noun is its object
        // ("air" is no verb there).
        (
            "Chile carried out air strikes on Peru.",
            &["carried out(subj=Chile obj=air strikes on=Peru)"],
        ),
        // An ordinal after a determiner is no verb ("third" is one in the
        // dictionary).
        (
            "Peru is in its third week of shelling Chile.",
            &["its/Det third/Noun"],
        ),
        // An infinitive of purpose after the "by" phrase of a full passive
        // is the agent's; after a reduced one it is not.
        (
            "The drones were used by Chile to attack Peru.",
            &["to attack[infinitive](subj=Chile obj=Peru)"],
        ),
        (
            "Rebels used rifles supplied by Chile to attack Peru.",
            &["to attack[infinitive](obj=Peru)"],
        ),
        // An actor joined to a weapon opened by a country adjective is a
        // modifier of the same noun: two sides' jets.
        (
            "Peru and Chilean warplanes bombed Bolivia.",
            &["bombed(subj=Peru+Chilean warplanes obj=Bolivia)"],
        ),
        // A bracketed aside before an infinitive is passed over: the
        // verb before it governs.
        (
            "Chile lent Peru $6bn ($5bn in euros) to help Bolivia.",
            &["to help[infinitive](subj=Chile obj=Bolivia)"],
        ),
        // A phrasal verb before its particle, and its object after it.
        (
            "The Peruvian navy shot down a Chilean helicopter.",
            &["shot down(subj=The Peruvian navy obj=a Chilean helicopter)"],
        ),
        // A participle after a prepositional phrase modifies the noun the
        // phrase belongs to, except after "of".
        (
            "The new school in Chile funded by Peru opened.",
            &["funded[passive,reduced](subj=Peru surf=The new school by=Peru)"],
        ),
        (
            "Italy doubled the number of howitzers sent to Albania.",
            &["sent[passive,reduced](surf=howitzers to=Albania)"],
        ),
        // A participle after a comma tells more of the clause's doer.
        (
            "Peruvian troops stormed the town, killing ten Chilean soldiers.",
            &["killing[gerund](subj=Peruvian troops obj=ten Chilean soldiers)"],
        ),
        (
            "Peru shelled the town, prompting Chile to respond.",
            &["to respond[infinitive](subj=Chile)"],
        ),
        // A gerund of means after the object is the subject's deed.
        (
            "Peru struck the town using drones.",
            &["using[gerund](subj=Peru obj=drones)"],
        ),
        // A comment clause ("as ... called him") closes at its comma; a
        // past verb after it is the main verb, not a participle aside.
        (
            "Old Ana, as the press liked to call him, shelled Peru in 1990, seized a port, and left.",
            &["shelled(subj=Old Ana obj=Peru in=1990)"],
        ),
        // An infinitive of purpose after the object and a phrase of
        // destination is the sender's, not the possessor's there.
        (
            "Chile sent two jets to Peru's troubled border region to help patrol it.",
            &["to help[infinitive](subj=Chile)"],
        ),
        (
            "Chile objected to Peru's decision to leave.",
            &["to leave[infinitive](subj=Peru)"],
        ),
        // A weapon word that can be a verb is one after an infinitive
        // "to" with a phrase after it, not before a noun.
        (
            "Chile plans to bomb Peruvian positions.",
            &["to bomb[infinitive](subj=Chile obj=Peruvian positions)"],
        ),
        (
            "Chile moved families to bomb shelters.",
            &["moved(subj=Chile obj=families to=bomb shelters)"],
        ),
        // ... and after a modal, and after a plural before a phrase that
        // is no noun.
        (
            "Chile will bomb Peru.",
            &["will bomb[modal,future](subj=Chile obj=Peru)"],
        ),
        (
            "Chilean warplanes bomb Peruvian convoy",
            &["bomb(subj=Chilean warplanes obj=Peruvian convoy)"],
        ),
        (
            "Chilean rocket fire hit Peru.",
            &["hit(subj=Chilean rocket fire obj=Peru)"],
        ),
        // A time or place phrase that opens the sentence with no comma
        // ends before an actor after a number or a noun, when that
        // actor's phrase runs into a finite verb.
        (
            "In 1977 Somalia invaded Ethiopia.",
            &["invaded(subj=Somalia obj=Ethiopia)"],
        ),
        (
            "Near the river Ethiopian gunboats shelled Eritrean positions.",
            &["shelled(subj=Ethiopian gunboats obj=Eritrean positions)"],
        ),
        (
            "After the talks Chile shelled Peru.",
            &["shelled(subj=Chile obj=Peru)"],
        ),
        // A plural weapon word after a name is a verb before a participle
        // that modifies a noun, and a noun before a participle with an
        // object after it.
        (
            "Chile bombs suspected hideouts.",
            &["bombs(subj=Chile obj=suspected hideouts)"],
        ),
        (
            "Hezbollah drones struck Haifa.",
            &["struck(subj=Hezbollah drones obj=Haifa)"],
        ),
        (
            "Hezbollah drones struck a base.",
            &["struck(subj=Hezbollah drones obj=a base)"],
        ),
        (
            "Peru rockets killed two Chilean sailors.",
            &["killed(subj=Peru rockets obj=two Chilean sailors)"],
        ),
        // A tensed verb after "and" does not join a verb under a modal.
        (
            "Chile fears Peru will attack Bolivia and sends ships north.",
            &["sends(subj=Chile obj=ships)"],
        ),
        // A post is an actor noun: the past verb after it is finite.
        (
            "Chile's navy chief called for talks with Peru.",
            &["called(subj=navy chief for=talks with=Peru)"],
        ),
        // A comment on who says it, between the subject and its verb, is
        // an aside with a subject of its own.
        (
            "Chilean forces, the ministry said, shelled Peru.",
            &["said(subj=the ministry)", "shelled(subj=Chilean forces obj=Peru)"],
        ),
        // A bracketed aside between a phrase and its relative clause.
        (
            "The Chilean navy (its largest arm), which shelled Peru, withdrew.",
            &["shelled(subj=The Chilean navy obj=Peru)"],
        ),
        (
            "Peru carried out strikes on Chile.",
            &["carried out(subj=Peru obj=strikes on=Chile)"],
        ),
        (
            "Canada did not deliver howitzers to Ghana.",
            &["did not deliver[negated](subj=Canada obj=howitzers to=Ghana)"],
        ),
        (
            "The missiles supplied by Serbia to Cyprus were old.",
            &["supplied[passive,reduced](subj=Serbia surf=The missiles by=Serbia to=Cyprus)"],
        ),
        (
            "Chile promised Peru new helicopter gunships.",
            &["promised(subj=Chile obj=new helicopter gunships ind=Peru)"],
        ),
        (
            "Ukraine accused Russia of shelling Kharkiv.",
            &["shelling[gerund](subj=Russia obj=Kharkiv)"],
        ),
        (
            "Iran and Syria sent drones to Russia.",
            &["sent(subj=Iran+Syria obj=drones to=Russia)"],
        ),
        // Right after "which", a participle form is a loose past tense.
        (
            "The Chilean navy, which sunk two Peruvian frigates, sailed home.",
            &["sunk(subj=The Chilean navy obj=two Peruvian frigates)"],
        ),
        // People before an -ed word with no other verb: its subject...
        (
            "Peruvian lawmakers called for a strike on Chile.",
            &["called(subj=Peruvian lawmakers for=a strike"],
        ),
        // ... but with a later verb, a reduced passive.
        (
            "Chilean troops sent to Peru arrived on Monday.",
            &[
                "sent[passive,reduced](surf=Chilean troops to=Peru)",
                "arrived(subj=Chilean troops",
            ],
        ),
        // A participle joined to a passive is passive too.
        ("Ana Soto was shot and killed in Lima.", &["killed[passive]"]),
        // A bare infinitive after the object of "help" or "let": the object
        // does it.
        (
            "Chile will let Peru use the missiles.",
            &[
                "will let[modal,future](subj=Chile obj=Peru)",
                "use[infinitive](subj=Peru obj=the missiles)",
            ],
        ),
        // A gerund after a reporting verb is its object, done by its
        // subject, unless a verb follows that it is the subject of.
        (
            "Peru Confirms Firing Missiles At Chile",
            &["Firing[gerund](subj=Peru obj=Missiles at=Chile)"],
        ),
        // A list after "between" names two sides, and no subject of the
        // verb after it.
        (
            "Clashes between Chile and Peru killed ten.",
            &["killed(subj=Clashes obj=ten)"],
        ),
        (
            "Peru says imposing sanctions on Chile would hurt trade.",
            &["imposing[gerund](obj=sanctions on=Chile)"],
        ),
        // A relative clause on an actor noun that describes the name before
        // it is about that name, as subject or as object; not on a noun of
        // no actor ("a move").
        (
            "Peru, a country that shelled Chile in 1990, hosted the talks.",
            &["shelled(subj=Peru obj=Chile"],
        ),
        (
            "Peru, a nation that Chile invaded in 1990, hosted the talks.",
            &["invaded(subj=Chile obj=Peru"],
        ),
        (
            "Hamas, a group that fired rockets at Chile, denied it.",
            &["fired(subj=Hamas obj=rockets at=Chile)"],
        ),
        (
            "Chile joined the UN, a move that Peru opposed.",
            &["opposed(subj=Peru obj=a move)"],
        ),
        // A bare present form with no "-s" does not agree with one name
        // before the relative word: the clause is not about that name. A
        // list, a verb in "-s" and a verb with an auxiliary agree.
        (
            "Chile handed Peruvian documents to President Ortiz that back Bolivian claims.",
            &["back(obj=Bolivian claims)"],
        ),
        (
            "Peru and Chile, which support Bolivia, met on Monday.",
            &["support(subj=Peru+Chile obj=Bolivia)"],
        ),
        (
            "Peru, which supports Bolivia, met Chile on Monday.",
            &["supports(subj=Peru obj=Bolivia)"],
        ),
        (
            "Peru, which will support Bolivia, met Chile.",
            &["will support[modal,future](subj=Peru obj=Bolivia)"],
        ),
        // A participle before "by" joined to a passive past that one's
        // "by" phrase shares its auxiliary; "by" before an -ing form is a
        // means, and the verb stays active.
        (
            "Chile was armed by Peru and trained by Bolivia.",
            &["trained[passive](subj=Bolivia surf=Chile by=Bolivia)"],
        ),
        (
            "Chile was attacked by Peru and retaliated by shelling Lima.",
            &["retaliated(subj=Chile)"],
        ),
        // Two active verbs joined by "and" alone, the first with nothing
        // after it, share the second's object; "then" is no adjective
        // that makes a participle of the verb after it.
        (
            "Peru armed and trained the rebels.",
            &["armed(subj=Peru obj=the rebels)"],
        ),
        (
            "Peru massed troops and then invaded Chile.",
            &["invaded(subj=Peru obj=Chile)"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, wants) in table {
        let got = describe(&ex, text);
        for want in *wants {
            if !got.contains(want) {
                failures.push(format!("{text}\n  want {want}\n  got  {got}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn title_case_verbs_after_plural_subjects() {
    let ex = Extractor::default();
    // (headline, what must appear, what must not)
    let table: &[(&str, &str, &str)] = &[
        (
            "Turkish Drones Strike Kurdish Militants In Northern Iraq",
            "Strike(subj=Turkish Drones obj=Kurdish Militants",
            "",
        ),
        (
            "Rebels Attack Army Base Near Capital",
            "Attack(subj=Rebels obj=Army Base",
            "",
        ),
        ("Car Bomb Kills Five In Market", "Kills(subj=Car Bomb", "Bomb("),
        (
            "Air Strike Hits Clinic In North",
            "Hits(subj=Air Strike",
            "Strike(",
        ),
        (
            "General Strike Shuts Ports Across Peru",
            "Shuts(subj=General Strike",
            "Strike(",
        ),
        ("Arms Supply Deal Collapses After Talks", "", "Supply("),
        (
            "Russian Warplanes Pound Rebel Towns In Idlib",
            "Pound(subj=Russian Warplanes obj=Rebel Towns",
            "",
        ),
        (
            "Troops Attack Supply Convoy Near Lima",
            "Attack(subj=Troops obj=Supply Convoy",
            "",
        ),
        ("Drones Strike Force Unveiled In Lima", "", "Strike("),
    ];
    for (text, want, not) in table {
        let got = describe(&ex, text);
        assert!(got.contains(want), "{text}\nwant {want}\ngot {got}");
        assert!(
            not.is_empty() || !got.contains(not),
            "{text}\nnot {not}\ngot {got}"
        );
    }
}
