//! The rule file parser on any bytes, after a valid relation declaration so
//! that the fuzzer reaches patterns quickly: an extractor or a located error,
//! never a panic. What builds must also run on the input and on a sentence
//! that fires many rules.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsie::Extractor;

const HEADER: &str = "relation give  giver:ACTOR!  taker:ACTOR!  thing:WEAPON\nwords g: give+ sell+\n";

/// A small gazetteer, so that a run builds in microseconds rather than
/// rebuilding the default one.
const GAZETTEER: &str = "PER\tCOUNTRY\tPeru\tdemonym:Peruvian\t\n\
CHL\tCOUNTRY\tChile\t\t\n\
IRN\tCOUNTRY\tIran\tdemonym:Iranian\t\n\
RUS\tCOUNTRY\tRussia\t\t\n\
SYR\tCOUNTRY\tSyria\t\t\n\
un\tORGANIZATION\tUnited Nations\tabbr:UN\t\n\
drone\tWEAPON\tdrone\tdrones\tclass=drone\n\
tank\tWEAPON\ttank\ttanks\tclass=tank\n";

fuzz_target!(|data: &[u8]| {
    let text = format!("{HEADER}{}", String::from_utf8_lossy(data));
    let built = Extractor::builder()
        .default_gazetteers(false)
        .gazetteer_str("g.tsv", GAZETTEER)
        .default_rules(false)
        .rules_str("fuzz.rules", &text)
        .build();
    match built {
        Ok(ex) => {
            let _ = ex.extract(&text);
            let _ = ex.extract("Peru gave Chile drones, and Iran sold Russia tanks to Syria.");
        }
        Err(e) => {
            if let Some(loc) = e.location() {
                assert_eq!(loc.file, "fuzz.rules");
                assert!(loc.line >= 1 && loc.line <= text.lines().count().max(1));
            }
        }
    }
});
