//! Writes the adversarial corpus that `benches/adversarial.sh` runs the
//! `extract` binary on: the seven inputs of `tests/adversarial/inputs.rs`,
//! each one JSON Lines document of `--mb` megabytes (10^6 bytes of text).
//! Nothing is committed: the inputs are made here, at run time.
//!
//! ```text
//! cargo run --release --example adversarial_corpus -- OUT_DIR [--mb 8]
//! ```
//!
//! Writes `OUT_DIR/NAME.jsonl` for each input; a file already there is
//! kept.

use std::io::{BufWriter, Write};
use std::path::Path;

#[path = "../tests/adversarial/inputs.rs"]
mod inputs;

const USAGE: &str = "usage: adversarial_corpus OUT_DIR [--mb 8]";

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut out, mut mb) = (None, 8.0f64);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mb" => {
                mb = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| fail("--mb needs a number"))
            }
            "-h" | "--help" => fail(USAGE),
            dir => out = Some(dir.to_string()),
        }
    }
    let out = out.unwrap_or_else(|| fail(USAGE));
    std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    let ex = newsie::Extractor::default();
    for input in inputs::inputs(&ex, (mb * 1e6) as usize) {
        let path = Path::new(&out).join(format!("{}.jsonl", input.name));
        if !path.exists() {
            let line = serde_json::json!({ "id": input.name, "text": input.text });
            let written = std::fs::File::create(&path).and_then(|file| {
                let mut w = BufWriter::new(file);
                writeln!(w, "{line}")?;
                w.flush()
            });
            written.unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        }
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("adversarial_corpus: {msg}");
    std::process::exit(2)
}
