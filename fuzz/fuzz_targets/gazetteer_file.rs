//! The gazetteer file parser on any bytes: an extractor or an error that
//! names the file and a line of it; never a panic. What builds must also run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsie::Extractor;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Extractor::builder()
        .default_gazetteers(false)
        .default_rules(false)
        .gazetteer_str("fuzz.tsv", &text)
        .build()
    {
        Ok(ex) => {
            let _ = ex.extract(&text);
        }
        Err(e) => {
            let loc = e.location().expect("gazetteer errors are located");
            assert_eq!(loc.file, "fuzz.tsv");
            assert!(loc.line >= 1 && loc.line <= text.lines().count().max(1));
        }
    }
});
