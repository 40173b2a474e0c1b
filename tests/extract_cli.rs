//! The extract example binary, end to end: inputs, formats, failures and
//! exit statuses. `cargo test` builds examples, so the binary sits next to
//! this test's own executable.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::{json, Value};

fn binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let bin = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} not built: run `cargo test`, which builds examples",
        bin.display()
    );
    bin
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsie-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Starts the binary with `stdin` fed from a thread (so a large input cannot
/// deadlock against unread output).
fn spawn(args: &[&str], stdin: &[u8]) -> (Child, std::thread::JoinHandle<()>) {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    (child, feeder)
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let (child, feeder) = spawn(args, stdin);
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn ids(recs: &[Value]) -> Vec<String> {
    recs.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn walks_a_directory_in_sorted_order_and_skips_hidden_files() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "Chile bought tanks from Peru.").unwrap();
    std::fs::write(dir.join("a.txt"), "Peru sold drones to Chile.").unwrap();
    std::fs::write(dir.join("sub/c.txt"), "Nothing happened today.").unwrap();
    std::fs::write(dir.join(".hidden"), "Iran").unwrap();
    let out = run(&["-q", path_str(&dir)], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out);
    let want: Vec<String> = ["a.txt", "b.txt", "sub/c.txt"]
        .iter()
        .map(|f| dir.join(f).display().to_string())
        .collect();
    assert_eq!(ids(&recs), want);
    assert_eq!(recs[0]["relations"][0]["type"], "supply");
    assert!(recs[2]["entities"].as_array().unwrap().is_empty());
}

#[test]
fn reads_text_and_json_lines_from_stdin() {
    let out = run(&["-q"], b"Peru sold drones to Chile.");
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(ids(&recs), ["-"]);
    assert_eq!(recs[0]["relations"][0]["args"]["supplier"]["id"], "PER");

    let out = run(
        &["-q", "-"],
        b"{\"id\":\"x1\",\"text\":\"Chile attacked Peru.\"}\n\n{\"id\":\"x2\",\"text\":\"\"}\n",
    );
    assert!(out.status.success());
    assert_eq!(ids(&records(&out)), ["x1", "x2"]);
}

#[test]
fn json_lines_with_custom_fields_pass_the_rest_through() {
    let dir = scratch("fields");
    let file = dir.join("news.ndjson");
    std::fs::write(
        &file,
        "{\"url\":\"u/1\",\"body\":\"Peru sold drones to Chile.\",\"lang\":\"en\",\"tags\":[1,2]}\n\
         {\"url\":\"u/2\",\"body\":\"Chile thanked Peru.\"}\n\
         {\"body\":\"No id here.\"}\n",
    )
    .unwrap();
    let out = run(
        &["-q", "--id-field", "url", "--text-field", "body", path_str(&file)],
        b"",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out);
    assert_eq!(ids(&recs), ["u/1", "u/2", &format!("{}:3", file.display())]);
    assert_eq!(recs[0]["meta"], serde_json::json!({"lang": "en", "tags": [1, 2]}));
    assert!(recs[1].get("meta").is_none());
}

#[test]
fn gzip_input_is_decompressed_for_text_and_json_lines() {
    let dir = scratch("gzip");
    std::fs::write(dir.join("a.txt.gz"), gzip(b"Peru sold drones to Chile.")).unwrap();
    std::fs::write(
        dir.join("b.jsonl.gz"),
        gzip(b"{\"id\":\"g1\",\"text\":\"Chile attacked Peru.\"}\n"),
    )
    .unwrap();
    let out = run(&["-q", path_str(&dir)], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["relations"][0]["type"], "supply");
    assert_eq!(recs[1]["id"], "g1");
    assert_eq!(recs[1]["relations"][0]["type"], "attack");
}

#[test]
fn bad_documents_are_reported_and_the_rest_processed() {
    let dir = scratch("bad");
    std::fs::write(dir.join("1.txt"), "Peru sold drones to Chile.").unwrap();
    std::fs::write(dir.join("2.txt"), b"Peru \xff\xfe sold drones to Chile.").unwrap();
    std::fs::write(
        dir.join("3.jsonl"),
        "{\"id\":\"ok1\",\"text\":\"Chile attacked Peru.\"}\n{\"id\": broken\n{\"id\":\"ok2\",\"text\":\"Peru thanked Chile.\"}\n",
    )
    .unwrap();
    let truncated = gzip(
        b"{\"id\":\"t1\",\"text\":\"Chile attacked Peru.\"}\n"
            .repeat(50)
            .as_slice(),
    );
    std::fs::write(dir.join("4.jsonl.gz"), &truncated[..truncated.len() / 2]).unwrap();
    let out = run(&["-q", path_str(&dir), path_str(&dir.join("missing.txt"))], b"");
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    let errors: Vec<&str> = recs.iter().filter_map(|r| r["error"].as_str()).collect();
    assert!(errors[0].contains("invalid UTF-8"), "{errors:?}");
    assert!(errors[1].contains("line 2: invalid JSON"), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("cannot read")),
        "truncated gzip: {errors:?}"
    );
    assert!(errors.last().unwrap().contains("cannot read file"), "{errors:?}");
    let good: Vec<String> = recs
        .iter()
        .filter(|r| r["error"].is_null())
        .map(|r| r["id"].to_string())
        .collect();
    assert_eq!(good.len(), 3, "{good:?}");
    assert!(recs.iter().any(|r| r["id"] == "ok2"));

    // With --lossy the bad bytes are replaced and the document processed.
    let out = run(&["-q", "--lossy", path_str(&dir.join("2.txt"))], b"");
    assert!(out.status.success());
    assert_eq!(records(&out)[0]["relations"][0]["type"], "supply");
}

#[test]
fn a_broken_data_file_stops_the_run_with_its_location() {
    let dir = scratch("data");
    let gaz = dir.join("mine.tsv");
    std::fs::write(&gaz, "# mine\nokland\tCOUNTRY\tOkland\t\nbad\tPLANET\tMars\t\n").unwrap();
    let out = run(
        &["-q", "--gazetteer", path_str(&gaz)],
        b"Peru sold drones to Chile.",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no document is read");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:3:", gaz.display())), "{err}");
    assert!(err.contains("unknown entity type 'PLANET'"), "{err}");

    let rules = dir.join("mine.rules");
    std::fs::write(&rules, "rule x/y\n  pattern: <nobody> sold\n").unwrap();
    let out = run(&["-q", "--rules", path_str(&rules)], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{}:", rules.display())));

    let out = run(&["--threads", "zero"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let mut jsonl = String::new();
    let sentences = [
        "Peru sold drones to Chile.",
        "Chile attacked Peru, officials said.",
        "The EU imposed sanctions on Iran.",
        "Quiet day in the markets.",
    ];
    for i in 0..300 {
        let text = sentences[i % 4].repeat(1 + i % 5);
        jsonl.push_str(&serde_json::json!({"id": format!("d{i}"), "text": text}).to_string());
        jsonl.push('\n');
    }
    let one = run(
        &["-q", "--threads", "1", "--batch", "7", "--input", "jsonl"],
        jsonl.as_bytes(),
    );
    let two = run(
        &["-q", "--threads", "2", "--batch", "7", "--input", "jsonl"],
        jsonl.as_bytes(),
    );
    assert!(one.status.success() && two.status.success());
    assert_eq!(records(&one).len(), 300);
    assert!(one.stdout == two.stdout, "--threads 1 and --threads 2 differ");
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let lines = "{\"text\":\"Peru sold drones to Chile. Chile attacked Peru.\"}\n".repeat(20_000);
    let (mut child, feeder) = spawn(&["--input", "jsonl", "--threads", "2"], lines.as_bytes());
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head -1`
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
    assert!(first.starts_with(b"{\"id\""));
}

#[test]
fn tsv_gives_one_relation_or_entity_a_line() {
    let text = b"Peru sold drones to Chile. Chile attacked Peru.";
    let out = run(&["-q", "--format", "tsv"], text);
    let s = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert!(lines[0].starts_with("document\ttype\tfactuality"));
    assert_eq!(lines.len(), 3, "{s}");
    for l in &lines {
        assert_eq!(l.split('\t').count(), 20, "{l:?}");
    }
    assert!(lines[1].starts_with("-\tsupply\tasserted\tsupplier\tPeru\tPER"));

    let out = run(&["-q", "--format", "tsv", "--relations", "attack"], text);
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), 2);
    assert!(s.lines().nth(1).unwrap().starts_with("-\tattack\t"));

    let out = run(&["-q", "--format", "tsv", "--entities-only"], text);
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        s.lines().next().unwrap(),
        "document\ttype\tid\ttext\tstart\tend\tdate\ttitle\turl"
    );
    assert_eq!(s.lines().nth(1).unwrap(), "-\tCOUNTRY\tPER\tPeru\t0\t4\t\t\t");
    assert_eq!(s.lines().count(), 1 + 5);
}

/// The JSON blob of a report: what its script renders.
fn report_data(html: &str) -> Value {
    let open = "<script id=\"data\" type=\"application/json\">";
    let start = html.find(open).expect("the report has its data") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    let blob = &html[start..end];
    assert!(
        !blob.contains('<'),
        "no text of a document can end the script element"
    );
    serde_json::from_str(blob).unwrap()
}

#[test]
fn html_report_holds_every_document_entity_and_relation() {
    let dir = scratch("html");
    let doc = "Peru sold drones to Chile & \"friends\" <quietly></script>. Chile attacked Peru.\n\
               قالت إيران 🛩️ إن Iran sold drones to Russia.";
    std::fs::write(dir.join("a.txt"), doc).unwrap();
    std::fs::write(dir.join("b.txt"), b"\xff broken").unwrap();
    let news = dir.join("news.jsonl");
    std::fs::write(
        &news,
        "{\"id\":\"n1\",\"title\":\"Drones for Chile\",\"text\":\"Peru sold drones to Chile.\",\"date\":\"2022-02-24T06:00:00Z\",\"source\":\"example.org\",\"url\":\"https://example.org/n1\"}\n",
    )
    .unwrap();
    let json = records(&run(&["-q", path_str(&dir.join("a.txt"))], b""));
    let out_file = dir.join("report.html");
    let out = run(
        &[
            "-q",
            "--format",
            "html",
            "-o",
            path_str(&out_file),
            path_str(&dir.join("a.txt")),
            path_str(&dir.join("b.txt")),
            path_str(&news),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "one document failed");
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    for outside in ["<link", "src=", "@import", "url(http", "fetch(", "XMLHttpRequest"] {
        assert!(!html.contains(outside), "self-contained: no {outside}");
    }
    let data = report_data(&html);
    assert_eq!(data["documents"], 3);
    let docs = data["docs"].as_array().unwrap();
    assert_eq!(docs.len(), 3);

    // Entities and relations at UTF-16 offsets, as the script slices text.
    let a = &docs[0];
    let text: Vec<u16> = a["text"].as_str().unwrap().encode_utf16().collect();
    let slice = |s: &Value, e: &Value| {
        String::from_utf16(&text[s.as_u64().unwrap() as usize..e.as_u64().unwrap() as usize]).unwrap()
    };
    let entities = json[0]["entities"].as_array().unwrap();
    let ents = a["ents"].as_array().unwrap();
    assert_eq!(ents.len(), entities.len());
    for (e, want) in ents.iter().zip(entities) {
        assert_eq!(slice(&e[0], &e[1]), want["text"].as_str().unwrap());
        assert_eq!(e[2], want["id"]);
        assert_eq!(data["actors"][want["id"].as_str().unwrap()][0], want["type"]);
    }
    let relations = json[0]["relations"].as_array().unwrap();
    let rels = a["rels"].as_array().unwrap();
    assert_eq!(rels.len(), relations.len());
    for (r, want) in rels.iter().zip(relations) {
        assert_eq!(
            (&r[0], &r[1], &r[4]),
            (&want["type"], &want["factuality"], &want["rule"])
        );
        for arg in r[5].as_array().unwrap() {
            let role = arg[0].as_str().unwrap();
            assert_eq!(
                slice(&arg[1], &arg[2]),
                want["args"][role]["text"].as_str().unwrap()
            );
        }
    }
    assert!(
        a["text"].as_str().unwrap().contains("<quietly></script>"),
        "escaped in the page, intact in the data"
    );

    // The failed document, and the fields of a JSON Lines document.
    assert!(docs[1]["error"].as_str().unwrap().starts_with("invalid UTF-8"));
    let n1 = &docs[2];
    assert_eq!(
        (&n1["title"], &n1["date"], &n1["source"], &n1["url"]),
        (
            &json!("Drones for Chile"),
            &json!("2022-02-24T06:00:00Z"),
            &json!("example.org"),
            &json!("https://example.org/n1")
        )
    );
    let supply = data["schema"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "supply")
        .unwrap();
    assert_eq!(supply["actors"], json!(["supplier", "recipient"]));

    // --html-only-relations leaves documents without relations out of the
    // data, not out of the count; a failed document stays.
    std::fs::write(dir.join("c.txt"), "Nothing happened.").unwrap();
    let only = dir.join("only.html");
    run(
        &[
            "-q",
            "--format",
            "html",
            "--html-only-relations",
            "-o",
            path_str(&only),
            path_str(&news),
            path_str(&dir.join("b.txt")),
            path_str(&dir.join("c.txt")),
        ],
        b"",
    );
    let data = report_data(&std::fs::read_to_string(&only).unwrap());
    assert_eq!(
        (data["documents"].as_u64(), data["leftOut"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(data["docs"].as_array().unwrap().len(), 2);
}

#[test]
fn plover_format_writes_one_event_a_line() {
    let dir = scratch("plover");
    let news = dir.join("news.jsonl");
    std::fs::write(
        &news,
        "{\"id\":\"n1\",\"text\":\"Peru and Chile sold drones to Bolivia. Markets were calm.\",\"date\":\"2022-02-24T06:00:00Z\",\"source\":\"example.org\"}\n\
         {\"id\":\"n2\",\"text\":\"Nothing happened.\"}\n\
         {\"id\":\"n3\",\"text\":\"Ecuador attacked Peru with drones. Peruvian President Dina Boluarte spoke.\",\"outlet\":\"example.net\"}\n",
    )
    .unwrap();
    let out = run(
        &[
            "-q",
            "--format",
            "plover",
            "--source-field",
            "outlet",
            path_str(&news),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = records(&out);
    let summary: Vec<(String, String, String)> = events
        .iter()
        .map(|e| {
            let codes = |k: &str| {
                e[k].as_array()
                    .map(|l| {
                        l.iter()
                            .map(|p| p["code"].as_str().unwrap())
                            .collect::<Vec<_>>()
                            .join("+")
                    })
                    .unwrap_or_default()
            };
            (
                e["id"].as_str().unwrap().to_string(),
                e["event"].as_str().unwrap().to_string(),
                format!("{}->{}", codes("actor"), codes("recipient")),
            )
        })
        .collect();
    let want = [("n1:1", "AID", "PER+CHL->BOL"), ("n3:1", "ASSAULT", "ECU->PER")];
    assert_eq!(
        summary,
        want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );
    assert_eq!(events[0]["date"], "2022-02-24");
    assert!(
        events[0].get("publication").is_none(),
        "--source-field names another field"
    );
    assert_eq!(events[1]["publication"], "example.net");
    assert_eq!(events[1]["mode"], "drone");

    // A changed table, and a broken one.
    let map = dir.join("map.tsv");
    let with_map = |table: &str| {
        std::fs::write(&map, table).unwrap();
        let args = [
            "-q",
            "--format",
            "plover",
            "--plover-map",
            path_str(&map),
            path_str(&news),
        ];
        run(&args, b"")
    };
    let out = with_map("supply * COOPERATE - military 062\nattack * FIGHT - - 190\n");
    let events = records(&out);
    let kinds: Vec<&str> = events.iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["COOPERATE", "FIGHT"]);
    assert!(events[1].get("mode").is_none(), "the * row has no mode");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the PLOVER table has no row for use, sanction, train, support, accuse, role"),
        "{err}"
    );

    let out = with_map("supply * AID - military 072\nattack * ASSAULT - military 19x\n");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{}:2:29: CAMEO code '19x' is not 2 to 4 digits",
            map.display()
        )),
        "{err}"
    );
}

#[test]
fn a_full_disk_is_reported_and_fails_the_run() {
    if !Path::new("/dev/full").exists() {
        eprintln!("SKIPPED: no /dev/full on this system");
        return;
    }
    let out = run(
        &["-q", "-o", "/dev/full", "-"],
        "Peru sold tanks to Chile.\n".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot write to /dev/full"), "{err}");
}

#[test]
fn output_cut_short_keeps_only_complete_records() {
    // A file size limit makes the system refuse writes part-way through, as
    // a full disk would; the shell ignores the signal that limit raises so
    // that the binary sees the write error itself.
    if Command::new("bash")
        .arg("-c")
        .arg("ulimit -f 4")
        .status()
        .map(|s| !s.success())
        .unwrap_or(true)
    {
        eprintln!("SKIPPED: bash with ulimit -f not available");
        return;
    }
    let dir = scratch("cut");
    let output = dir.join("out.jsonl");
    let line = r#"{"id":"ID","text":"Iran sold drones to Russia, and Peru bought tanks from Chile."}"#;
    let input: String = (0..2000)
        .map(|i| line.replace("ID", &i.to_string()) + "\n")
        .collect();
    std::fs::write(dir.join("in.jsonl"), &input).unwrap();
    let status = Command::new("bash")
        .arg("-c")
        .arg(r#"trap '' XFSZ; ulimit -f 8; exec "$0" -q -o "$1" "$2""#)
        .arg(binary())
        .arg(&output)
        .arg(dir.join("in.jsonl"))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let err = String::from_utf8_lossy(&status.stderr);
    assert!(err.contains("cannot write to"), "{err}");
    assert!(err.contains("bytes of complete records"), "{err}");
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(
        !written.is_empty() && written.len() < 8 * 1024,
        "{} bytes",
        written.len()
    );
    assert!(written.ends_with('\n'), "the file ends with a whole record");
    for (i, rec) in written.lines().enumerate() {
        let v: Value = serde_json::from_str(rec).unwrap_or_else(|e| panic!("record {i} is cut: {e}"));
        assert_eq!(v["id"], i.to_string(), "records are whole and in order");
    }
}

#[test]
fn a_file_gone_before_it_is_read_costs_only_that_file() {
    let dir = scratch("gone");
    std::fs::write(dir.join("a.txt"), "Peru sold tanks to Chile.").unwrap();
    std::fs::write(dir.join("c.txt"), "Chile sold tanks to Peru.").unwrap();
    // Listed with the directory, but its target is gone when it is opened.
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("deleted.txt"), dir.join("b.txt")).unwrap();
    #[cfg(not(unix))]
    return;
    let out = run(&[path_str(&dir)], b"");
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    let errs: Vec<&Value> = recs.iter().filter(|r| r["error"].is_string()).collect();
    assert_eq!(recs.len(), 3, "every file has a record, in order");
    assert_eq!(errs.len(), 1, "{recs:?}");
    assert!(errs[0]["id"].as_str().unwrap().ends_with("b.txt"), "{}", errs[0]);
    assert_eq!(
        recs[2]["relations"].as_array().unwrap().len(),
        1,
        "the file after it is read"
    );
}

/// Fails on an object with a key twice, which `serde_json::Value` would
/// silently collapse.
fn assert_unique_keys(line: &str) {
    use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
    struct Unique;
    impl<'de> Deserialize<'de> for Unique {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unique, D::Error> {
            d.deserialize_any(UniqueVisitor)
        }
    }
    struct UniqueVisitor;
    impl<'de> Visitor<'de> for UniqueVisitor {
        type Value = Unique;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if !seen.insert(key.clone()) {
                    return Err(serde::de::Error::custom(format!("key {key:?} twice")));
                }
                map.next_value::<Unique>()?;
            }
            Ok(Unique)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
            while seq.next_element::<Unique>()?.is_some() {}
            Ok(Unique)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_unit<E>(self) -> Result<Unique, E> {
            Ok(Unique)
        }
    }
    if let Err(e) = serde_json::from_str::<Unique>(line) {
        panic!("{e}: {line}");
    }
}

#[test]
fn bug1_entity_records_have_each_key_once() {
    // Organizations carried the alias kind and a `kind=` attribute, both as
    // "kind"; the attribute is now `category`.
    let out = run(
        &["-q"],
        b"NATO and the UN said Hezbollah fired rockets; the Red Cross helped.",
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    assert_unique_keys(stdout.trim_end());
    let recs = records(&out);
    let un = recs[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "un")
        .expect("the UN is found");
    assert_eq!(
        (&un["kind"], &un["category"]),
        (&Value::from("name"), &Value::from("igo"))
    );

    // A user's attribute may not take a key of the record's own: the run
    // stops at the attribute, naming the reserved keys.
    let dir = scratch("reserved");
    let table = [
        ("type=rebel", "type"),
        ("country=PER;kind=party", "kind"),
        ("start=1990", "start"),
        ("name=Acme;region=Andes", "name"),
    ];
    for (attributes, key) in table {
        let gaz = dir.join("mine.tsv");
        std::fs::write(
            &gaz,
            format!("# mine\nacme\tORGANIZATION\tAcme Arms\tAcme\t{attributes}\n"),
        )
        .unwrap();
        let out = run(
            &["-q", "--gazetteer", path_str(&gaz)],
            b"Acme sold drones to Chile.",
        );
        assert_eq!(out.status.code(), Some(2), "{attributes}");
        let err = String::from_utf8_lossy(&out.stderr);
        let col = "acme\tORGANIZATION\tAcme Arms\tAcme\t".len() + attributes.find(key).unwrap() + 1;
        assert!(
            err.contains(&format!("{}:2:{col}: attribute '{key}'", gaz.display())),
            "{err}"
        );
        assert!(
            err.contains("reserved: type, id, text, start, end, byte_start, byte_end, kind, name"),
            "{err}"
        );
    }
    // Nor give the same attribute twice.
    let gaz = dir.join("twice.tsv");
    std::fs::write(
        &gaz,
        "acme\tORGANIZATION\tAcme Arms\tAcme\tregion=Andes;region=Alps\n",
    )
    .unwrap();
    let out = run(&["-q", "--gazetteer", path_str(&gaz)], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("attribute 'region' given twice"));
}

#[test]
fn bug2_tsv_error_rows_have_as_many_columns_as_the_header() {
    let dir = scratch("tsv-errors");
    std::fs::write(dir.join("a.txt"), "Peru sold drones to Chile.").unwrap();
    std::fs::write(dir.join("b.txt"), b"Peru \xff sold drones.").unwrap();
    for flags in [&["--format", "tsv"][..], &["--format", "tsv", "--entities-only"]] {
        let mut args = vec!["-q"];
        args.extend_from_slice(flags);
        args.push(path_str(&dir));
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{flags:?}");
        let s = String::from_utf8(out.stdout).unwrap();
        let columns = s.lines().next().unwrap().split('\t').count();
        let error_rows: Vec<&str> = s.lines().filter(|l| l.contains("\tERROR\t")).collect();
        assert_eq!(error_rows.len(), 1, "{s}");
        for l in s.lines() {
            assert_eq!(l.split('\t').count(), columns, "{flags:?}: {l:?}");
        }
        assert!(error_rows[0].contains("invalid UTF-8"), "{}", error_rows[0]);
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn title_field_makes_the_title_the_first_sentence() {
    let line = r#"{"id":"h1","headline":"Peru sold drones to Chile","text":"Officials confirmed it.","date":"2024-05-01"}"#;
    let out = run(
        &[
            "-q",
            "--input",
            "jsonl",
            "--title-field",
            "headline",
            "--evidence",
        ],
        line.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let rec = &records(&out)[0];
    let text = "Peru sold drones to Chile\n\nOfficials confirmed it.";
    let r = &rec["relations"][0];
    assert_eq!(r["type"], "supply");
    assert_eq!(
        r["evidence"], "Peru sold drones to Chile",
        "the title is a sentence of its own"
    );
    let chile = &r["args"]["recipient"];
    let (start, end) = (
        chile["start"].as_u64().unwrap() as usize,
        chile["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "Chile", "offsets count from the title");
    // The title stays among the fields passed through.
    assert_eq!(rec["meta"]["headline"], "Peru sold drones to Chile");

    // Without the flag the title is only passed through.
    let out = run(&["-q", "--input", "jsonl"], line.as_bytes());
    assert!(records(&out)[0]["relations"].as_array().unwrap().is_empty());
}

#[test]
fn tsv_carries_date_title_and_url_of_each_document() {
    let lines = "{\"id\":\"a\",\"text\":\"Peru sold drones to Chile.\",\"date\":\"2024-05-01\",\"title\":\"Drones\\tdeal\",\"url\":\"https://example.org/a\"}\n\
                 {\"id\":\"b\",\"text\":\"Chile attacked Peru.\",\"published\":\"2024-06-02\",\"link\":\"u/b\"}\n";
    let out = run(&["-q", "--input", "jsonl", "--format", "tsv"], lines.as_bytes());
    let s = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = s.lines().map(|l| l.split('\t').collect()).collect();
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    assert_eq!(rows[1][col("date")], "2024-05-01");
    assert_eq!(
        rows[1][col("title")],
        "Drones deal",
        "tabs in fields become spaces"
    );
    assert_eq!(rows[1][col("url")], "https://example.org/a");
    assert_eq!(
        (rows[2][col("date")], rows[2][col("url")]),
        ("", ""),
        "no such fields"
    );

    let out = run(
        &[
            "-q",
            "--input",
            "jsonl",
            "--format",
            "tsv",
            "--date-field",
            "published",
            "--url-field",
            "link",
        ],
        lines.as_bytes(),
    );
    let s = String::from_utf8(out.stdout).unwrap();
    let b = s.lines().find(|l| l.starts_with("b\t")).unwrap();
    assert!(b.ends_with("\t2024-06-02\t\tu/b"), "{b:?}");
}

#[test]
fn disable_rule_switches_off_a_rule_or_a_family() {
    let text = b"Peru sold drones to Chile. Chile attacked Peru.";
    let types = |args: &[&str]| -> Vec<String> {
        let out = run(args, text);
        assert!(out.status.success(), "{}", stderr(&out));
        records(&out)[0]["relations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| format!("{} {}", r["type"].as_str().unwrap(), r["rule"].as_str().unwrap()))
            .collect()
    };
    let all = types(&["-q"]);
    assert!(all.iter().any(|t| t.starts_with("supply")) && all.iter().any(|t| t.starts_with("attack")));
    let no_supply = types(&["-q", "--disable-rule", "supply"]);
    assert!(
        no_supply.iter().all(|t| !t.starts_with("supply")),
        "{no_supply:?}"
    );
    assert!(no_supply.iter().any(|t| t.starts_with("attack")));
    let rule = all
        .iter()
        .find(|t| t.starts_with("supply"))
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .to_string();
    let no_rule = types(&["-q", "--disable-rule", &rule, "--disable-rule", "attack"]);
    assert!(
        !no_rule
            .iter()
            .any(|t| t.ends_with(&rule) || t.starts_with("attack")),
        "{no_rule:?}"
    );

    let out = run(&["-q", "--disable-rule", "suply"], text);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no rule or rule family 'suply'"),
        "{}",
        stderr(&out)
    );
}

/// Texts where bytes and characters differ, as JSON Lines.
const NON_ASCII: [&str; 3] = [
    "Über Nacht: Perú? No — Peru sold drones to Chile, said Zoë. 🛩️ Then Chile attacked Peru.",
    "قالت إيران إن Iran sold drones to Russia.",
    "北京 — Russia attacked Ukraine, and the EU imposed sanctions on Russia.",
];

#[test]
fn char_offsets_slice_like_python() {
    let input: String = NON_ASCII
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": i.to_string(), "text": t}).to_string() + "\n")
        .collect();
    let out = run(
        &["-q", "--input", "jsonl", "--offsets", "chars", "--evidence"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    let bytes = records(&run(&["-q", "--input", "jsonl"], input.as_bytes()));
    // In Rust, over char_indices: every span, counted in characters.
    for (rec, text) in recs.iter().zip(NON_ASCII) {
        let chars: Vec<char> = text.chars().collect();
        let slice = |v: &Value| -> String {
            let (s, e) = (
                v["start"].as_u64().unwrap() as usize,
                v["end"].as_u64().unwrap() as usize,
            );
            let by_bytes =
                &text[v["byte_start"].as_u64().unwrap() as usize..v["byte_end"].as_u64().unwrap() as usize];
            let by_chars: String = chars[s..e].iter().collect();
            assert_eq!(by_chars, by_bytes, "{v}");
            by_chars
        };
        let entities = rec["entities"].as_array().unwrap();
        assert!(!entities.is_empty());
        for e in entities {
            assert_eq!(slice(e), e["text"].as_str().unwrap());
        }
        for r in rec["relations"].as_array().unwrap() {
            assert_eq!(slice(&r["sentence"]), r["evidence"].as_str().unwrap());
            for (_, a) in r["args"].as_object().unwrap() {
                assert_eq!(slice(a), a["text"].as_str().unwrap());
            }
        }
    }
    // The same entities as with byte offsets.
    let ids = |r: &Value| -> Vec<Value> {
        r["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].clone())
            .collect()
    };
    assert_eq!(
        recs.iter().map(ids).collect::<Vec<_>>(),
        bytes.iter().map(ids).collect::<Vec<_>>()
    );

    // And in Python, which is what the offsets are for.
    let script = r#"
import json, sys
texts = json.loads(sys.argv[1])
n = 0
for line, text in zip(sys.stdin, texts):
    rec = json.loads(line)
    spans = [(e, e["text"]) for e in rec["entities"]]
    for r in rec["relations"]:
        spans.append((r["sentence"], r["evidence"]))
        spans += [(a, a["text"]) for a in r["args"].values()]
    for span, want in spans:
        assert text[span["start"]:span["end"]] == want, (span, want)
        n += 1
print(n)
"#;
    let python = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(serde_json::to_string(&NON_ASCII).unwrap())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut python) = python else {
        eprintln!("SKIPPED: python3 not available; the Rust check above ran");
        return;
    };
    python.stdin.take().unwrap().write_all(&out.stdout).unwrap();
    let checked = python.wait_with_output().unwrap();
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let n: usize = String::from_utf8_lossy(&checked.stdout).trim().parse().unwrap();
    assert!(n > 10, "{n} spans checked");
}

#[test]
fn no_input_on_a_terminal_prints_usage_instead_of_waiting() {
    // `script` gives the binary a terminal as standard input.
    let probe = Command::new("script").arg("--version").output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("SKIPPED: script(1) not available to provide a terminal");
        return;
    }
    let dir = scratch("tty");
    let log = dir.join("typescript");
    let out = Command::new("timeout")
        .arg("20")
        .arg("script")
        .args(["-qec", &binary().display().to_string(), path_str(&log)])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{screen}");
    assert!(screen.contains("extract: no input"), "{screen}");
    assert!(screen.contains("extract --help"), "{screen}");
}

#[test]
fn the_summary_names_the_first_failed_documents() {
    let dir = scratch("failures");
    for i in 0..7 {
        std::fs::write(dir.join(format!("bad{i}.txt")), b"\xff\xfe not text").unwrap();
    }
    std::fs::write(dir.join("good.txt"), "Peru sold drones to Chile.").unwrap();
    let out = run(&[path_str(&dir)], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let named: Vec<String> = (0..5)
        .map(|i| dir.join(format!("bad{i}.txt")).display().to_string())
        .collect();
    assert!(
        err.contains(&format!("extract: failed: {} and 2 more", named.join(", "))),
        "{err}"
    );
    assert!(!err.contains("bad5.txt"), "{err}");

    let out = run(&["-q", path_str(&dir.join("good.txt"))], b"");
    assert!(out.status.success() && out.stderr.is_empty());
}

#[test]
fn binary_files_are_reported_once_as_binary() {
    let dir = scratch("binary");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(std::iter::repeat_n(0xffu8, 3000));
    std::fs::write(dir.join("image.png"), &png).unwrap();
    // UTF-16 text: NUL bytes between the letters, over many lines.
    let utf16: Vec<u8> = "{\"id\":\"x\",\"text\":\"Peru sold drones.\"}\n"
        .repeat(50)
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.join("wide.jsonl"), &utf16).unwrap();
    std::fs::write(dir.join("ok.txt"), "Peru sold drones to Chile.").unwrap();
    let out = run(&["-q", path_str(&dir)], b"");
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 3, "one record per file, not per line: {recs:?}");
    for name in ["image.png", "wide.jsonl"] {
        let rec = recs
            .iter()
            .find(|r| r["id"].as_str().unwrap().ends_with(name))
            .unwrap();
        let error = rec["error"].as_str().unwrap();
        assert!(error.starts_with("binary file"), "{error}");
        assert!(!error.contains("UTF-8"), "{error}");
    }
    assert!(recs.iter().any(|r| r["error"].is_null()));
}

#[test]
fn default_output_has_none_of_the_optional_keys() {
    let out = run(&["-q"], "Peru sold drones to Chile, Zoë said.".as_bytes());
    let s = String::from_utf8(out.stdout).unwrap();
    for key in ["byte_start", "evidence", "\"meta\""] {
        assert!(!s.contains(key), "{key} in {s}");
    }
}

#[test]
fn fields_passed_through_must_decode() {
    // Found by the json_line fuzz target: a lone surrogate escape is valid
    // JSON syntax, so skipping the field accepted it, and the output line
    // would then have been refused by JSON readers.
    let lines = "{\"id\":\"a\",\"text\":\"Peru sold drones.\",\"title\":\"x\\uDDDD y\"}\n\
                 {\"id\":\"b\\uD800\",\"text\":\"Peru sold drones.\"}\n\
                 {\"id\":\"c\",\"text\":\"Peru sold drones.\",\"title\":\"caf\\u00e9 \\uD83D\\uDE00\"}\n";
    let out = run(&["-q", "--input", "jsonl"], lines.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 3);
    for rec in &recs[..2] {
        let error = rec["error"].as_str().unwrap();
        assert!(
            error.contains("invalid JSON") && error.contains("escape"),
            "{error}"
        );
    }
    assert_eq!(recs[2]["meta"]["title"], "caf\u{e9} \u{1F600}");
}

#[test]
fn usage_mistakes_are_named_with_exit_status_2() {
    // (arguments, what standard error must say)
    let table: &[(&[&str], &str)] = &[
        (
            &["--threads", "zero"],
            "--threads: expected a positive number, got 'zero'",
        ),
        (
            &["--format", "xml"],
            "--format: expected jsonl, tsv, html or plover, got 'xml'",
        ),
        (&["--input"], "--input needs a value"),
        (&["--frobnicate"], "unknown option '--frobnicate' (see --help)"),
        (&["-x"], "unknown option '-x' (see --help)"),
        (&["--quiet=yes"], "--quiet takes no value"),
        (
            &["--offsets", "graphemes"],
            "--offsets: expected bytes or chars, got 'graphemes'",
        ),
        (&["--disable-rule"], "--disable-rule needs a value"),
        (
            &["--relations", ","],
            "--relations: expected a comma-separated list of relation types",
        ),
        (
            &["--plover-map", "m.tsv"],
            "--plover-map: only with --format plover",
        ),
    ];
    for (args, want) in table {
        let out = run(args, b"");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}

#[test]
fn short_flags_join_and_a_double_dash_ends_the_options() {
    let dir = scratch("flags");
    let doc = dir.join("-b.txt");
    std::fs::write(&doc, "Peru sold drones to Chile.").unwrap();
    // "-qj2" is -q and -j 2; after "--", "-b.txt" is a path.
    let out = Command::new(binary())
        .current_dir(&dir)
        .args(["-qj2", "--format=tsv", "--batch", "7", "--", "-b.txt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.stderr.is_empty(),
        "quiet: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(
        tsv.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("-b.txt\tsupply")),
        "{tsv}"
    );
}

#[test]
fn plain_lines_and_lines_serde_must_read_give_the_same_records() {
    // Lines of only unescaped strings take a fast path; the rest go to
    // serde_json. Either way a record says what a JSON parser reads: the
    // last of duplicate keys, the other fields under meta, and an error for
    // what is not one JSON object.
    let lines: &[&str] = &[
        r#"{"id":"a","text":"Peru sold drones to Chile."}"#,
        " \t{ \"text\" : \"Chile thanked Peru.\" ,\"id\":\"b\", \"src\" :\"wire\" }\r",
        r#"{"id":"c","text":"nothing","text":"Peru attacked Chile.","src":"1","src":"2"}"#,
        r#"{"id":"d","text":"Peru met Chile.","n":5,"tags":["x"]}"#,
        r#"{"id":"e","text":"Peru said \"no\" to Chile.","src":"a\/b"}"#,
        "{\"id\":\"f\",\"text\":\"Peru\u{1}Chile\"}",
        r#"{"id":"g","text":"Peru."} trailing"#,
        r#"{"id":"h","text":"Peru.""#,
        r#"{"id":"i","text":"Peru.",}"#,
        r#"{"id":"j" "text":"Peru."}"#,
        "{}",
        r#"{"id":"k","text":"Bolivia, Perú and Chile"}"#,
    ];
    let input = lines.join("\n");
    let out = run(&["-q", "--input", "jsonl"], input.as_bytes());
    let recs = records(&out);
    assert_eq!(recs.len(), lines.len());
    for (line, rec) in lines.iter().zip(&recs) {
        let object = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => o,
            _ => {
                assert!(
                    rec["error"].as_str().is_some_and(|e| e.contains("JSON")),
                    "{line}: {rec}"
                );
                continue;
            }
        };
        let text = object.get("text").and_then(Value::as_str);
        assert_eq!(rec["error"].is_null(), text.is_some(), "{line}: {rec}");
        if let Some(id) = object.get("id") {
            assert_eq!(&rec["id"], id, "{line}");
        }
        let mut meta = object.clone();
        meta.remove("id");
        meta.remove("text");
        let want = (!meta.is_empty()).then_some(Value::Object(meta));
        assert_eq!(rec.get("meta"), want.as_ref(), "{line}");
        for e in rec["entities"].as_array().unwrap() {
            let found = e["text"].as_str().unwrap();
            assert!(text.is_some_and(|t| t.contains(found)), "{line}: {found}");
        }
    }
    let entities = |i: usize| recs[i]["entities"].as_array().unwrap().len();
    // The last "text" is the one read; "ñ" is not an escape.
    assert_eq!((entities(0), entities(2), entities(11)), (3, 2, 3));
}

#[test]
fn json_lines_past_the_read_buffer_and_without_a_last_line_break() {
    // Lines are parsed in the reader's 64 KiB buffer when they fit; a line
    // longer than it, the lines around it, blank lines and a last line with
    // no line break must read the same.
    let long = "Chile sold tanks to Peru. ".repeat(4000);
    let lines = format!(
        "{{\"id\":\"a\",\"text\":\"Iran attacked Iraq.\"}}\n\n\
         {{\"id\":\"b\",\"text\":\"{long}\"}}\r\n\
         {{\"id\":\"c\",\"text\":\"Peru sold drones to Chile.\"}}"
    );
    for input in [lines.clone().into_bytes(), gzip(lines.as_bytes())] {
        let out = run(&["-q", "--input", "jsonl"], &input);
        assert!(out.status.success());
        let recs = records(&out);
        let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(recs[1]["relations"].as_array().unwrap().len(), 4000);
        assert_eq!(recs[2]["relations"][0]["type"], "supply");
    }
}
