//! Every default rule's examples, run as written and shifted by a prefix.

#[test]
fn default_rule_examples_pass() {
    let ex = newsie::Extractor::default();
    let failures = ex.check_rule_examples();
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn combinations_past_the_bound_are_counted() {
    let rules =
        "relation sell  seller:COUNTRY!  buyer:COUNTRY!\nrule sell/plain\n  pattern: <seller> sold <buyer>\n";
    let ex = newsie::Extractor::builder()
        .default_rules(false)
        .rules_str("sell.rules", rules)
        .build()
        .unwrap();
    let sellers = "Peru, Chile, Bolivia, Ecuador, Colombia, Uruguay, Paraguay, Brazil and Argentina";
    let buyers = "Spain, France, Italy, Greece, Poland, Norway, Sweden, Finland and Denmark";
    // (sellers, buyers, relations, combinations left out)
    let cases = [
        ("Peru", "Spain", 1, 0),
        ("Peru and Chile", buyers, 18, 0),
        (
            sellers,
            "Spain, France, Italy, Greece, Poland, Norway and Sweden",
            63,
            0,
        ),
        (sellers, buyers, 64, 17),
    ];
    for (s, b, relations, cut) in cases {
        let text = format!("{s} sold {b}.");
        let out = ex.extract(&text);
        assert_eq!(
            (out.relations().len(), out.cut_relations()),
            (relations, cut),
            "{text}"
        );
        let json = serde_json::to_string(&newsie::Record::new("d", &out)).unwrap();
        let field = format!(r#","cut_relations":{cut},"error":null}}"#);
        assert_eq!(json.ends_with(&field), cut > 0, "{json}");
    }
    // The first 64 in role order: every buyer for the first seven sellers,
    // one for the eighth.
    let text = format!("{sellers} sold {buyers}.");
    let out = ex.extract(&text);
    let last = out.relations().last().unwrap();
    assert_eq!(out.argument_entity(last, "seller").unwrap().id(), "BRA");
    assert_eq!(out.argument_entity(last, "buyer").unwrap().id(), "ESP");
}

/// Builds an extractor from `rules` alone and checks how many relations
/// each sentence of `cases` gives.
fn check_counts(rules: &str, cases: &[(&str, usize)]) {
    let ex = newsie::Extractor::builder()
        .default_rules(false)
        .rules_str("test.rules", rules)
        .build()
        .unwrap();
    for &(text, want) in cases {
        assert_eq!(ex.extract(text).relations().len(), want, "{text}");
    }
}

#[test]
fn a_role_of_one_binds_no_list() {
    // (pattern, sentence, relations found)
    let cases = [
        ("<seller> sold <buyer>", "Peru sold Chile and Bolivia rifles.", 2),
        (
            "<seller> sold <buyer.one>",
            "Peru sold Chile and Bolivia rifles.",
            1,
        ),
        (
            "<seller> sold <buyer.one:COUNTRY>",
            "Peru sold Chile and Bolivia rifles.",
            1,
        ),
        ("<seller> sold <buyer.one>", "Peru sold Chile rifles.", 1),
        // A list the role's types do not fit leaves its first mention alone.
        (
            "<seller> sold <buyer>",
            "Peru sold Chile and Acme Corp. rifles.",
            1,
        ),
        (
            "<seller> sold <buyer>",
            "Peru sold Acme Corp. and Chile rifles.",
            0,
        ),
    ];
    for (pattern, text, want) in cases {
        let rules = format!(
            "relation sell  seller:COUNTRY!  buyer:COUNTRY!\nrule sell/plain\n  pattern: {pattern}\n"
        );
        check_counts(&rules, &[(text, want)]);
    }
}

#[test]
fn a_singular_title_before_a_list_is_the_first_persons() {
    let ex = newsie::Extractor::default();
    // (sentence, the people given a post)
    let cases: &[(&str, &[&str])] = &[
        (
            "Acme Holdings chief executive Ann Kettle and Bob Marsh met.",
            &["ann_kettle"],
        ),
        (
            "Chile's defence minister Ana Ruiz and Jorge Mena spoke.",
            &["ana_ruiz"],
        ),
        (
            "Acme Holdings chief executive Ann Kettle and Globex Corp. chairman Bob Marsh met.",
            &["ann_kettle", "bob_marsh"],
        ),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        let people: Vec<&str> = out
            .relations()
            .iter()
            .filter(|r| r.relation_type() == "role")
            .filter_map(|r| out.argument_entity(r, "person").map(|e| e.id()))
            .collect();
        assert_eq!(&people, want, "{text}");
    }
}

#[test]
fn regular_expressions_constrain_a_token_as_written() {
    // A rule that needs a number of units between the verb and the buyer:
    // a digit string, or a written number of the pattern's own list.
    let rules = "relation sell  seller:COUNTRY!  buyer:COUNTRY!\n\
                 rule sell/counted\n  pattern: <seller> sold /[0-9][0-9,]*|dozens?/ ..3 to <buyer>\n";
    // (sentence, relations found)
    check_counts(
        rules,
        &[
            ("Peru sold 40 trucks to Chile.", 1),
            ("Peru sold 1,200 rifles to Chile.", 1),
            ("Peru sold dozens of rifles to Chile.", 1),
            // The expression must match the whole token, not a part of it.
            ("Peru sold 40s trucks to Chile.", 0),
            ("Peru sold old trucks to Chile.", 0),
            // Case is as written: the class has no "(?i)".
            ("Peru sold Dozens of rifles to Chile.", 0),
        ],
    );
    // `!/re/` is zero-width: the next token does not match, or none follows.
    let rules = "relation sell  seller:COUNTRY!  buyer:COUNTRY!\n\
                 rule sell/to-end\n  pattern: <seller> sold ..4 to <buyer> !/\\p{Lu}.*|'s/\n";
    check_counts(
        rules,
        &[
            ("Peru sold tanks to Chile.", 1),
            ("Peru sold tanks to Chile", 1),
            ("Peru sold tanks to Chile's ports.", 0),
            ("Peru sold tanks to Chile Tuesday.", 0),
        ],
    );
}

#[test]
fn class_words_with_hyphens_match_as_the_text_is_split() {
    // The tokenizer splits "Vice-President" at its hyphens; a class member
    // written with the hyphen matches it, with any dash.
    let rules = "relation post  holder:PERSON!  body:COUNTRY!\n\
                 words post_title: vice-president under-secretary\n\
                 rule post/title\n  pattern: <body> @post_title <holder>\n";
    check_counts(
        rules,
        &[
            ("Peru Vice-President Kofi Annan spoke.", 1),
            ("Peru Under-Secretary Kofi Annan spoke.", 1),
            ("Peru Vice–President Kofi Annan spoke.", 1),
            ("Peru Vice President Kofi Annan spoke.", 0),
            ("Peru President Kofi Annan spoke.", 0),
        ],
    );
}

/// The sanction relations of each sentence, exactly: a country or body
/// before the sanction noun is its target only when no preposition names
/// one ("new Peru sanctions"); beside an "against" phrase it imposes them
/// too ("adopted EU sanctions against Peru").
#[test]
fn a_sanction_noun_modifier_is_target_only_without_one_named() {
    let ex = newsie::Extractor::default();
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Norway adopted EU sanctions against Belarus.",
            &[("NOR", "BLR"), ("eu", "BLR")],
        ),
        ("Japan imposed new Peru sanctions.", &[("JPN", "PER")]),
        ("Chile imposed fresh sanctions on Peru.", &[("CHL", "PER")]),
        // What a preposition of reason opens is what the sanctions are
        // about, not their target.
        ("Japan imposed sanctions over arms sales to Peru.", &[]),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        let mut got: Vec<(String, String)> = out
            .relations()
            .iter()
            .filter(|r| r.relation_type() == "sanction")
            .map(|r| {
                let id = |role| {
                    out.argument_entity(r, role)
                        .map_or(String::new(), |e| e.id().to_string())
                };
                (id("sanctioner"), id("target"))
            })
            .collect();
        got.sort();
        got.dedup();
        let want: Vec<(String, String)> = want.iter().map(|&(a, b)| (a.into(), b.into())).collect();
        assert_eq!(got, want, "in {text:?}");
    }
}

/// The items each sentence's supplies name: a weapon that modifies another
/// weapon in its phrase is not the thing sent ("HIMARS rockets" are
/// rockets), while a system alone or joined with its own class word is.
#[test]
fn a_weapon_modifying_another_is_not_the_item() {
    let ex = newsie::Extractor::default();
    let cases: &[(&str, &[&str])] = &[
        (
            "Kenya will send HIMARS precision rockets to Uganda.",
            &["missile"],
        ),
        ("Kenya shipped tank ammunition to Uganda.", &["ammunition"]),
        ("Kenya sent HIMARS launchers to Uganda.", &["himars"]),
        ("Kenya sold Kalibr missiles to Uganda.", &["kalibr"]),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        let mut got: Vec<String> = out
            .relations()
            .iter()
            .filter(|r| r.relation_type() == "supply")
            .map(|r| {
                out.argument_entity(r, "item")
                    .map_or(String::new(), |e| e.id().to_string())
            })
            .collect();
        got.sort();
        got.dedup();
        assert_eq!(got, *want, "in {text:?}");
    }
}

/// The factuality of each sentence's one relation: having stopped, ceased
/// or suspended what a relation says negates it as halting does.
#[test]
fn stopping_a_deed_negates_it() {
    let ex = newsie::Extractor::default();
    let cases: &[(&str, &str)] = &[
        ("Peru stopped selling rifles to Chile.", "negated"),
        ("Peru suspended deliveries of tanks to Chile.", "negated"),
        ("Peru ceased shelling Chile in May.", "negated"),
        ("Peru sold rifles to Chile.", "asserted"),
        // Asked to stop, it goes on.
        ("Bolivia told Peru to stop selling rifles to Chile.", "asserted"),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        let got: Vec<&str> = out.relations().iter().map(|r| r.factuality().as_str()).collect();
        assert_eq!(got, [*want], "in {text:?}");
    }
}

/// A deed others are alleging is alleged.
#[test]
fn a_deed_others_are_alleging_is_alleged() {
    let ex = newsie::Extractor::default();
    let out = ex.extract("Protesters alleging that Chile is using chemical weapons marched.");
    let got: Vec<(&str, &str)> = out
        .relations()
        .iter()
        .map(|r| (r.relation_type(), r.factuality().as_str()))
        .collect();
    assert!(got.contains(&("use", "alleged")), "{got:?}");
}

/// A sentence that closes with a speaker and an allegation verb ("...,
/// Bolivian officials allege") reports an allegation, and one with a verb
/// of guessing ("..., satellite images suggest") a guess; one that closes
/// with "said" asserts, and a cue word that is the relation's own trigger
/// is none.
#[test]
fn a_closing_allegation_makes_the_deed_alleged() {
    let ex = newsie::Extractor::default();
    let cases: &[(&str, &str)] = &[
        (
            "Peru has been funding the Chilean navy, Bolivian officials allege.",
            "alleged",
        ),
        (
            "Chilean gunboats shelled a Peruvian port, the navy in Lima claimed.",
            "alleged",
        ),
        (
            "Chilean gunboats shelled a Peruvian port, the navy in Lima said.",
            "asserted",
        ),
        ("Peru sold rifles to Chile, claims.", "asserted"),
        (
            "Peru has been shipping rifles to Chile, satellite images suggest.",
            "uncertain",
        ),
        (
            "Peru has shipped rifles to Chile, Bolivian officials fear.",
            "uncertain",
        ),
        (
            "Peru has shipped rifles to Chile, Bolivian officials believe.",
            "uncertain",
        ),
        (
            "Peru sold mortars to Chile, analysts in Quito think.",
            "uncertain",
        ),
        (
            "Peru has been arming Chile for years, Western agencies estimate.",
            "uncertain",
        ),
        (
            "Peru is funding the Chilean rebels, Bolivia suspects.",
            "uncertain",
        ),
        // (A verb of believing inside the clause is no cue.)
        (
            "Peru, which believes in deterrence, sold mortars to Chile.",
            "asserted",
        ),
        (
            "Peru sold mortars to Chile, which it thinks of as an ally.",
            "asserted",
        ),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        // (Every relation of the sentence reads the same closing: the
        // shelling and the gunboats' use.)
        let mut got: Vec<&str> = out.relations().iter().map(|r| r.factuality().as_str()).collect();
        got.dedup();
        assert_eq!(got, [*want], "in {text:?}");
    }
}

/// A report of a deed that the sentence calls untrue after it is a denial;
/// a report alone is not.
#[test]
fn a_report_called_untrue_is_a_denial() {
    let ex = newsie::Extractor::default();
    let cases: &[(&str, &str)] = &[
        ("Reports that Peru sold rifles to Chile are false.", "denied"),
        (
            "Claims that Peru shelled Chile were completely baseless.",
            "denied",
        ),
        (
            "Peru sold rifles to Chile, and the reports were accurate.",
            "asserted",
        ),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        let got: Vec<&str> = out.relations().iter().map(|r| r.factuality().as_str()).collect();
        assert_eq!(got, [*want], "in {text:?}");
    }
}

/// The source of an allegation made in the passive ("Chile accused of
/// ...") is whoever makes it, in a "by" phrase or a closing "..., Peru
/// says", never the accused the cue follows.
#[test]
fn a_passive_allegation_has_its_maker_as_source() {
    let ex = newsie::Extractor::default();
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Chile accused of selling rifles to Bolivia, Peru says",
            Some("PER"),
        ),
        (
            "Chile was accused by Peru of selling rifles to Bolivia.",
            Some("PER"),
        ),
        ("Chile was accused of selling rifles to Bolivia.", None),
        ("Peru accused Chile of selling rifles to Bolivia.", Some("PER")),
    ];
    for (text, want) in cases {
        let out = ex.extract(text);
        let supply = out
            .relations()
            .iter()
            .find(|r| r.relation_type() == "supply")
            .unwrap_or_else(|| panic!("no supply in {text:?}"));
        assert_eq!(supply.factuality().as_str(), "alleged", "in {text:?}");
        let source = out.source_entity(supply).map(|e| e.id());
        assert_eq!(source, *want, "in {text:?}");
    }
}
