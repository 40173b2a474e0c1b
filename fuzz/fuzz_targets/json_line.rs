//! The extract binary's JSON Lines reader on any bytes (decoded lossily, as
//! `--lossy` does): it never panics, and what it returns holds together:
//! the raw fields passed through are JSON that parses, with each key once,
//! sorted; a string id or text is what a JSON parser reads there.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../examples/extract/json_line.rs"]
#[allow(dead_code)]
mod json_line;

use json_line::{Fields, Line};

fuzz_target!(|data: &[u8]| {
    let line = String::from_utf8_lossy(data);
    let fields = Fields {
        id: "id",
        text: "text",
        extra: [Some("title"), Some("date"), None, None],
    };
    let Ok(Line { id, text, meta, extra, .. }) = json_line::parse(&line, fields) else {
        return;
    };
    // A line the reader accepts is an object to a JSON parser too.
    let value: serde_json::Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        // serde_json's Value refuses numbers out of range and nesting past
        // 128 levels; the reader passes such fields through untouched.
        Err(e) if e.to_string().contains("out of range") || e.to_string().contains("recursion limit") => {
            return
        }
        Err(e) => panic!("accepted, but serde_json says {e}: {line:?}"),
    };
    let object = value.as_object().expect("an object");
    if let Ok(t) = &text {
        assert_eq!(object.get("text").and_then(|v| v.as_str()), Some(&**t));
    }
    if let Some(serde_json::Value::String(s)) = object.get("id") {
        assert_eq!(id.as_deref(), Some(s.as_str()));
    }
    for window in meta.windows(2) {
        assert!(window[0].0 < window[1].0, "meta keys sorted and unique");
    }
    for (key, raw) in &meta {
        let parsed: serde_json::Value = serde_json::from_str(raw.get()).expect("raw values are JSON");
        assert_eq!(object.get(&**key), Some(&parsed), "the last value of a key");
    }
    if let (Some(title), Some(serde_json::Value::String(s))) = (&extra[0], object.get("title")) {
        assert_eq!(title, s);
    }
});
