//! `--format html`: one self-contained page (no network, no external scripts
//! or fonts) that shows each document with its entities highlighted by type
//! and each relation as a readable line under its sentence.
//!
//! Workers render each document's fragment ([`document`]); the main thread
//! collects fragments and counts ([`Report::add`]) and writes the page with a
//! summary at the top ([`Report::write`]). Documents beyond the first
//! [`OPEN_DOCUMENTS`] are collapsed, so a page of 10,000 documents lays out
//! only what the reader opens.

use std::collections::BTreeMap;
use std::io::{self, Write};

use newsie::{Entity, Extraction, Relation};

/// Documents shown open; the rest start collapsed.
const OPEN_DOCUMENTS: usize = 50;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Counts of one document, gathered by the worker that rendered it.
#[derive(Default)]
pub struct DocStats {
    entity_types: BTreeMap<&'static str, usize>,
    relations: Vec<(String, &'static str, String)>,
}

/// One document's fragment: an article with its sentences, entities marked,
/// and the relation lines under their sentences.
pub fn document(id: &str, x: &Extraction<'_>) -> (String, DocStats) {
    let mut stats = DocStats::default();
    for e in x.entities() {
        *stats.entity_types.entry(e.entity_type().as_str()).or_default() += 1;
    }
    let mut types: Vec<&str> = x.relations().iter().map(|r| r.relation_type()).collect();
    types.sort_unstable();
    types.dedup();
    let mut html = format!(
        "<article class=\"doc\" data-types=\"{}\"><h2>{}</h2><div class=\"counts\">{} entities · {} relations</div>\n",
        escape(&types.join(" ")),
        escape(id),
        x.entities().len(),
        x.relations().len()
    );
    let text = x.text();
    let mut next_entity = 0;
    // Relations come in sentence order: walk them with a cursor too.
    let mut next_relation = 0;
    for (si, s) in x.sentences().iter().enumerate() {
        html.push_str("<p class=\"s\" dir=\"auto\">");
        let mut at = s.start;
        while let Some(e) = x.entities().get(next_entity).filter(|e| e.span().start < s.end) {
            let sp = e.span();
            html.push_str(&escape(&text[at..sp.start]));
            html.push_str(&format!(
                "<mark class=\"e {ty}\" data-e=\"{next_entity}\" title=\"{ty} {id} · {kind}{origin}\">{t}</mark>",
                ty = e.entity_type().as_str(),
                id = escape(e.id()),
                kind = e.alias_kind().as_str(),
                origin = e.origin().map(|o| format!(" · origin {}", escape(o))).unwrap_or_default(),
                t = escape(&text[sp.start..sp.end]),
            ));
            at = sp.end;
            next_entity += 1;
        }
        html.push_str(&escape(&text[at..s.end]));
        html.push_str("</p>\n");
        let first = next_relation;
        while x
            .relations()
            .get(next_relation)
            .is_some_and(|r| r.sentence().start < s.end)
        {
            next_relation += 1;
        }
        let rels = &x.relations()[first..next_relation];
        if rels.is_empty() {
            continue;
        }
        html.push_str("<ul class=\"rels\">");
        for r in rels {
            let args: Vec<String> = r
                .arguments()
                .iter()
                .filter_map(|a| a.entity)
                .map(|i| i.to_string())
                .collect();
            let line = relation_line(x, r);
            html.push_str(&format!(
                "<li class=\"rel {ty} {fact}\" tabindex=\"0\" data-s=\"{si}\" data-args=\"{args}\">{line}</li>",
                ty = escape(r.relation_type()),
                fact = r.factuality().as_str(),
                args = args.join(" "),
            ));
            let (subject, object) = pair(x, r);
            stats.relations.push((
                r.relation_type().to_string(),
                r.factuality().as_str(),
                format!("{subject} → {object}"),
            ));
        }
        html.push_str("</ul>\n");
    }
    html.push_str("</article>\n");
    (html, stats)
}

/// The fragment of a document that could not be processed.
pub fn failed_document(id: &str, error: &str) -> String {
    format!(
        "<article class=\"doc failed\" data-types=\"\"><h2>{}</h2><p class=\"error\">not processed: {}</p></article>\n",
        escape(id),
        escape(error)
    )
}

fn arg_text<'a>(x: &'a Extraction<'_>, r: &Relation<'_>, role: &str) -> Option<&'a str> {
    r.argument(role).map(|a| &x.text()[a.span.start..a.span.end])
}

fn entity_label(e: &Entity<'_>) -> String {
    match e.entity_type().as_str() {
        "COUNTRY" | "WEAPON" => e.id().to_string(),
        _ => e.entry().name().to_string(),
    }
}

/// The subject and object roles of a relation: the first two roles its
/// declaration lists (the relation schema of the rule files), for the
/// readable line "subject —type→ object".
fn subject_and_object<'r>(r: &Relation<'r>) -> (&'r str, &'r str) {
    let roles = r.schema().roles();
    (
        roles.first().map_or("", |x| x.name()),
        roles.get(1).map_or("", |x| x.name()),
    )
}

/// The canonical subject and object of a relation, for the actor-pair counts.
fn pair(x: &Extraction<'_>, r: &Relation<'_>) -> (String, String) {
    let (s, o) = subject_and_object(r);
    let name = |role: &str| {
        x.argument_entity(r, role)
            .map(entity_label)
            .or_else(|| arg_text(x, r, role).map(str::to_string))
            .unwrap_or_else(|| "?".into())
    };
    (name(s), name(o))
}

/// "Iran —supply→ Russia · item: drones · alleged (source: Ukraine) · rule supply/active"
fn relation_line(x: &Extraction<'_>, r: &Relation<'_>) -> String {
    let (s, o) = subject_and_object(r);
    let arg = |role: &str| {
        let text = arg_text(x, r, role).unwrap_or("?");
        format!("<b class=\"a\">{}</b>", escape(text))
    };
    let mut line = format!(
        "{} <span class=\"verb\">—{}→</span> {}",
        arg(s),
        escape(r.relation_type()),
        arg(o)
    );
    for a in r.arguments() {
        if a.role != s && a.role != o {
            line.push_str(&format!(
                " · {}: <b class=\"a\">{}</b>",
                escape(a.role),
                escape(&x.text()[a.span.start..a.span.end])
            ));
        }
    }
    line.push_str(&format!(
        " · <span class=\"f\">{}</span>",
        r.factuality().as_str()
    ));
    if let Some(src) = r.source().map(|i| &x.entities()[i]) {
        line.push_str(&format!(" (source: {})", escape(src.text())));
    }
    line.push_str(&format!(
        " · <span class=\"rule\">rule {}</span>",
        escape(r.rule())
    ));
    line
}

/// The page being built.
#[derive(Default)]
pub struct Report {
    fragments: Vec<(String, String)>,
    documents: usize,
    failed: usize,
    entity_types: BTreeMap<&'static str, usize>,
    relations: BTreeMap<(String, &'static str), usize>,
    pairs: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Report {
    /// Adds one rendered document (an empty fragment is a document left out
    /// by `--html-only-relations`, still counted).
    pub fn add(&mut self, id: &str, fragment: String, stats: Option<DocStats>) {
        self.documents += 1;
        match stats {
            Some(stats) => {
                for (t, n) in stats.entity_types {
                    *self.entity_types.entry(t).or_default() += n;
                }
                for (t, f, p) in stats.relations {
                    *self.relations.entry((t.clone(), f)).or_default() += 1;
                    *self.pairs.entry(t).or_default().entry(p).or_default() += 1;
                }
            }
            None => self.failed += 1,
        }
        if !fragment.is_empty() {
            self.fragments.push((id.to_string(), fragment));
        }
    }

    /// Writes the whole page.
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(HEAD.as_bytes())?;
        writeln!(out, "<header><h1>newsie report</h1><div class=\"summary\">")?;
        writeln!(
            out,
            "<div class=\"card\"><h3>Documents</h3><p class=\"big\">{}</p><p>{} shown · {} not processed</p></div>",
            self.documents,
            self.fragments.len(),
            self.failed
        )?;
        writeln!(out, "<div class=\"card\"><h3>Entities</h3><table>")?;
        for (t, n) in &self.entity_types {
            writeln!(
                out,
                "<tr><td><span class=\"e {t}\">{t}</span></td><td class=\"n\">{n}</td></tr>"
            )?;
        }
        writeln!(out, "</table></div>")?;
        writeln!(out, "<div class=\"card\"><h3>Relations</h3><table><tr><th></th>")?;
        let facts = ["asserted", "alleged", "denied", "negated", "uncertain"];
        for f in facts {
            write!(out, "<th>{f}</th>")?;
        }
        writeln!(out, "</tr>")?;
        let mut types: Vec<&String> = self.relations.keys().map(|(t, _)| t).collect();
        types.dedup();
        for t in &types {
            write!(out, "<tr><td>{}</td>", escape(t))?;
            for f in facts {
                let n = self.relations.get(&((*t).clone(), f)).copied().unwrap_or(0);
                write!(
                    out,
                    "<td class=\"n\">{}</td>",
                    if n == 0 { String::new() } else { n.to_string() }
                )?;
            }
            writeln!(out, "</tr>")?;
        }
        writeln!(out, "</table></div>")?;
        writeln!(out, "<div class=\"card wide\"><h3>Most frequent actor pairs</h3>")?;
        for (t, pairs) in &self.pairs {
            let mut top: Vec<(&String, &usize)> = pairs.iter().collect();
            top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let shown: Vec<String> = top
                .iter()
                .take(5)
                .map(|(p, n)| format!("{} ×{n}", escape(p)))
                .collect();
            writeln!(out, "<p><b>{}</b>: {}</p>", escape(t), shown.join(" · "))?;
        }
        writeln!(out, "</div></div>")?;
        write!(
            out,
            "<nav><label>Relation type <select id=\"filter\"><option value=\"\">all documents</option>"
        )?;
        for t in &types {
            write!(out, "<option value=\"{0}\">{0}</option>", escape(t))?;
        }
        writeln!(out, "</select></label><span class=\"legend\">")?;
        for t in ["COUNTRY", "PERSON", "ORGANIZATION", "WEAPON", "LOCATION"] {
            write!(out, "<span class=\"e {t}\">{t}</span> ")?;
        }
        writeln!(out, "</span></nav></header><main>")?;
        for (i, (id, f)) in self.fragments.iter().enumerate() {
            if i < OPEN_DOCUMENTS {
                out.write_all(f.as_bytes())?;
            } else {
                // Collapsed: the browser parses but does not lay out the body.
                write!(out, "<details class=\"more\"><summary>{}</summary>", escape(id))?;
                out.write_all(f.as_bytes())?;
                out.write_all(b"</details>\n")?;
            }
        }
        out.write_all(TAIL.as_bytes())
    }
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsie report</title>
<style>
:root { --country:#2563eb; --person:#d97706; --org:#059669; --weapon:#dc2626; --location:#7c3aed; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 0; background: #f6f7f9; color: #1f2937; }
header { background: #fff; border-bottom: 1px solid #e5e7eb; padding: 16px 28px; }
h1 { font-size: 22px; margin: 0 0 12px; }
.summary { display: flex; gap: 16px; flex-wrap: wrap; }
.card { background: #f9fafb; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 14px; min-width: 150px; }
.card.wide { flex: 1; min-width: 300px; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #6b7280; margin: 4px 0; }
.card p { margin: 4px 0; }
.big { font-size: 26px; font-weight: 600; }
table { border-collapse: collapse; } td, th { padding: 1px 8px; font-size: 13px; text-align: left; } .n { text-align: right; font-variant-numeric: tabular-nums; }
nav { margin-top: 12px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
main { padding: 12px 28px 40px; max-width: 980px; }
.doc { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 20px; margin: 14px 0; }
.doc h2 { font-size: 14px; color: #374151; margin: 4px 0; word-break: break-all; }
.counts { font-size: 12px; color: #6b7280; }
.s { margin: 6px 0; unicode-bidi: plaintext; }
mark.e, span.e { background: none; border-bottom: 2px solid; padding: 0 2px; border-radius: 3px; unicode-bidi: isolate; }
.e.COUNTRY { border-color: var(--country); background: #dbeafe; }
.e.PERSON { border-color: var(--person); background: #fef3c7; }
.e.ORGANIZATION { border-color: var(--org); background: #d1fae5; }
.e.WEAPON { border-color: var(--weapon); background: #fee2e2; }
.e.LOCATION { border-color: var(--location); background: #ede9fe; }
span.e { font-size: 12px; }
mark.e.hl { outline: 2px solid #111827; background: #fde047; }
.rels { list-style: none; margin: 2px 0 10px 12px; padding: 0; border-left: 3px solid #e5e7eb; }
.rel { padding: 2px 10px; font-size: 13.5px; cursor: pointer; border-radius: 4px; }
.rel:hover, .rel:focus { background: #f3f4f6; outline: none; }
.rel .verb { color: #4b5563; font-weight: 600; }
.rel .f { font-style: italic; }
.rel.alleged .f { color: #b45309; } .rel.denied .f, .rel.negated .f { color: #b91c1c; } .rel.uncertain .f { color: #6b7280; }
.rel .rule { color: #9ca3af; font-size: 12px; }
.error { color: #b91c1c; }
details.more > summary { cursor: pointer; color: #6b7280; font-size: 13px; margin-top: 8px; }
.hidden { display: none; }
</style></head><body>
"#;

const TAIL: &str = r#"</main>
<script>
// Highlight a relation's arguments while its line is hovered or focused.
function mark(li, on) {
  const doc = li.closest('.doc');
  for (const i of (li.dataset.args || '').split(' ')) {
    if (i === '') continue;
    const m = doc.querySelector('mark[data-e="' + i + '"]');
    if (m) m.classList.toggle('hl', on);
  }
}
document.addEventListener('mouseover', e => { const li = e.target.closest('.rel'); if (li) mark(li, true); });
document.addEventListener('mouseout', e => { const li = e.target.closest('.rel'); if (li) mark(li, false); });
document.addEventListener('focusin', e => { const li = e.target.closest('.rel'); if (li) mark(li, true); });
document.addEventListener('focusout', e => { const li = e.target.closest('.rel'); if (li) mark(li, false); });
// Filter by relation type: documents without one are hidden, as are other lines.
document.getElementById('filter').addEventListener('change', e => {
  const t = e.target.value;
  for (const d of document.querySelectorAll('.doc')) {
    const show = t === '' || d.dataset.types.split(' ').includes(t);
    const box = d.parentElement.tagName === 'DETAILS' ? d.parentElement : d;
    box.classList.toggle('hidden', !show);
  }
  for (const li of document.querySelectorAll('.rel')) {
    li.classList.toggle('hidden', t !== '' && !li.classList.contains(t));
  }
});
</script>
</body></html>
"#;
