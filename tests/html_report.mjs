// Drives the HTML report of 10,000 headlines in headless Chromium, as a
// user would: clicks filters, network nodes and edges, timeline bars and
// pages, types a search, and checks after each step what the page shows
// against counts computed here from the JSON Lines output of the same run.
//
// Run by tests/html_report.sh (which finds Chromium and Node, or says
// SKIPPED). Talks to Chromium over its DevTools protocol on a pipe
// (--remote-debugging-pipe), so it needs no package and no port.
//
//   node tests/html_report.mjs --bin EXTRACT --chromium PATH [--corpus FILE.jsonl] [--screenshot OUT.png]

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  (a.startsWith('--') ? acc.concat([[a.slice(2), all[i + 1]]]) : acc), []));
const started = Date.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsie-report-'));
const log = (...m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...m);

// ---- the corpus -------------------------------------------------------
// The 10,000 headlines named by --corpus, or invented ones: templates over
// countries, with dates over eighteen months and a few sources.
function inventCorpus(file) {
  const countries = ['Peru', 'Chile', 'Bolivia', 'Ecuador', 'Norway', 'Sweden', 'Kenya', 'Ghana', 'Nepal', 'Japan',
    'Egypt', 'Jordan', 'Qatar', 'Oman', 'Mali', 'Niger', 'Chad', 'Iraq', 'Syria', 'Armenia'];
  const templates = [
    (a, b) => `${a} sold drones to ${b}, officials say`,
    (a, b) => `${a} attacked ${b} overnight`,
    (a, b) => `${a} imposed sanctions on ${b}`,
    (a, b) => `${a} may sell missiles to ${b}`,
    (a, b) => `${a} accused ${b} of spying`,
    (a) => `Markets in ${a} rallied after the vote`,
    (a) => `Heavy rain closed schools across ${a}`,
    (a, b) => `${a} and ${b} signed a fishing accord`,
  ];
  const sources = ['example.org', 'example.net', 'news.example.com'];
  const lines = [];
  for (let i = 0; i < 10000; i++) {
    const a = countries[(i * 7) % countries.length], b = countries[(i * 13 + 5) % countries.length];
    const text = templates[(i * 11) % templates.length](a, b === a ? 'Sweden' : b);
    const day = new Date(Date.UTC(2021, 0, 1) + ((i * 37) % 540) * 864e5).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `inv-${i}`, title: text, text, date: day + 'T08:00:00Z',
      source: sources[i % sources.length], url: `https://example.org/${i}` }));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}
let corpus = args.corpus;
if (!corpus || !fs.existsSync(corpus)) {
  corpus = path.join(work, 'headlines.jsonl');
  inventCorpus(corpus);
  log('corpus: 10,000 invented headlines');
} else log('corpus:', corpus);

const inputs = fs.readFileSync(corpus, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const html = path.join(work, 'report.html');
execFileSync(args.bin, ['-q', '--format', 'html', '-o', html, corpus]);
const records = execFileSync(args.bin, ['-q', corpus], { maxBuffer: 1 << 30 }).toString()
  .split('\n').filter(l => l).map(l => JSON.parse(l));
log(`report: ${(fs.statSync(html).size / 1e6).toFixed(2)} MB for ${records.length} documents`);

// What each filter should show, computed from the records.
const docs = records.map((r, i) => ({
  id: r.id,
  day: (inputs[i].date || '').slice(0, 10),
  lower: [r.id, inputs[i].title || '', inputs[i].source || '', inputs[i].text || ''].join('\n').toLowerCase(),
  rels: r.relations.map(x => ({ t: x.type, f: x.factuality,
    keys: Object.values(x.args).filter(a => a.id).map(a => a.id) })),
}));
function expected({ types = [], facts = [], actors = [], query = '', from = null, to = null }) {
  return docs.filter(d => {
    if (query && !d.lower.includes(query)) return false;
    if (from && !(d.day >= from && d.day <= to)) return false;
    const on = types.length || facts.length || actors.length;
    return !on || d.rels.some(r => (!types.length || types.includes(r.t)) &&
      (!facts.length || facts.includes(r.f)) && actors.every(a => r.keys.includes(a)));
  }).length;
}
const count = (xs, f) => { const c = {}; for (const x of xs) for (const k of f(x)) c[k] = (c[k] || 0) + 1; return c; };
const top = c => Object.keys(c).sort((a, b) => c[b] - c[a] || a.localeCompare(b))[0];
const allRels = docs.flatMap(d => d.rels);
const topType = top(count(allRels, r => [r.t]));
const actorTypes = new Map(records.flatMap(r => r.entities.map(e => [e.id, e.type])));
const isActor = k => ['COUNTRY', 'ORGANIZATION', 'PERSON'].includes(actorTypes.get(k));
const topActor = top(count(allRels, r => [...new Set(r.keys)].filter(isActor)));
const topFact = top(count(allRels.filter(r => r.t === topType), r => [r.f]));

// ---- Chromium over the DevTools protocol ------------------------------
const chrome = spawn(args.chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--no-first-run', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--mute-audio',
  `--user-data-dir=${path.join(work, 'profile')}`, '--remote-debugging-pipe', 'about:blank'],
// Its own process group, so that stopping it stops its helper processes too.
{ stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true });
const killChrome = () => {
  try { process.kill(-chrome.pid, 'SIGTERM'); } catch { chrome.kill(); }
};
let chromeErr = '';
chrome.stderr.on('data', b => { chromeErr += b; });
const [toChrome, fromChrome] = [chrome.stdio[3], chrome.stdio[4]];
let nextId = 1, buffer = '';
const waiting = new Map();
const pageErrors = [];
fromChrome.on('data', chunk => {
  buffer += chunk;
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const msg = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (msg.method === 'Runtime.exceptionThrown') pageErrors.push(msg.params.exceptionDetails.exception?.description);
    if (msg.id && waiting.has(msg.id)) {
      const { resolve, reject } = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.error) reject(new Error(JSON.stringify(msg.error))); else resolve(msg.result);
    }
  }
});
let session;
function send(method, params = {}, sessionId = session) {
  const id = nextId++;
  toChrome.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}
async function evaluate(fn, ...fnArgs) {
  const r = await send('Runtime.evaluate', { expression: `(${fn})(...${JSON.stringify(fnArgs)})`,
    awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error('in page: ' + JSON.stringify(r.exceptionDetails));
  return r.result.value;
}
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function until(fn, what, ...fnArgs) {
  for (let i = 0; i < 200; i++) {
    if (await evaluate(fn, ...fnArgs)) return;
    await sleep(25);
  }
  const s = await evaluate(() => (document.getElementById('status') || {}).textContent);
  throw new Error(`timed out waiting for ${what}; the page says: ${s}`);
}
// A real click: scrolls the element into view and presses the mouse at
// its centre (at the middle of a path's length for an SVG path).
async function click(selector, modifiers = 0) {
  const p = await evaluate(sel => {
    const e = document.querySelector(sel);
    if (!e) return null;
    e.scrollIntoView({ block: 'center' });
    if (e instanceof SVGPathElement) {
      // A point of the stroke that nothing covers (a node, another arrow).
      for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
        const m = e.getPointAtLength(e.getTotalLength() * f).matrixTransform(e.getScreenCTM());
        if (document.elementFromPoint(m.x, m.y) === e) return { x: m.x, y: m.y };
      }
      return null;
    }
    // The centre, or another point of the element that nothing covers.
    const r = (e.querySelector('circle') || e).getBoundingClientRect();
    for (const [fx, fy] of [[0.5, 0.5], [0.3, 0.5], [0.7, 0.5], [0.5, 0.3], [0.5, 0.7], [0.2, 0.2], [0.8, 0.8], [0.8, 0.2], [0.2, 0.8]]) {
      const x = r.left + r.width * fx, y = r.top + r.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === e || e.contains(hit))) return { x, y };
    }
    return null;
  }, selector);
  if (!p) throw new Error('nothing to click: ' + selector);
  for (const type of ['mousePressed', 'mouseReleased']) {
    await send('Input.dispatchMouseEvent', { type, x: p.x, y: p.y, button: 'left', clickCount: 1, modifiers });
  }
}
const status = () => evaluate(() => {
  const s = document.getElementById('status');
  return { docs: +s.dataset.docs, rels: +s.dataset.rels, page: +s.dataset.page, text: s.textContent,
    cards: document.querySelectorAll('#list .doc').length };
});
let checks = 0;
async function check(ok, what, detail) {
  checks++;
  if (args.shots) {
    const shot = await send('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(path.join(args.shots, `${String(checks).padStart(2, '0')}.png`), Buffer.from(shot.data, 'base64'));
  }
  if (!ok) throw new Error(`FAILED: ${what}` + (detail === undefined ? '' : `: ${JSON.stringify(detail)}`));
  log('ok:', what);
}
async function showing(n, what) {
  await until(want => +document.getElementById('status').dataset.docs === want, `${what} (${n} documents)`, n);
  const s = await status();
  await check(s.docs === n && s.cards === Math.min(n, 50), `${what}: ${n} documents, ${s.cards} cards on the page`, s);
  return s;
}
// Every relation line on the page passes `test` (a predicate's source).
async function everyLine(test, what) {
  const bad = await evaluate(src => {
    const ok = eval(src);
    return [...document.querySelectorAll('#list .rel:not(.dim)')].filter(li => !ok(li)).map(li => li.textContent);
  }, test);
  await check(bad.length === 0, what, bad.slice(0, 3));
}

async function main() {
  const { targetInfos } = await send('Target.getTargets', {}, undefined);
  const page = targetInfos.find(t => t.type === 'page');
  ({ sessionId: session } = await send('Target.attachToTarget', { targetId: page.targetId, flatten: true }, undefined));
  await send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 1200, deviceScaleFactor: 1, mobile: false });
  await send('Page.enable');
  await send('Runtime.enable');
  const t0 = Date.now();
  await send('Page.navigate', { url: 'file://' + html });
  await until(() => document.body && document.body.dataset.ready === 'true', 'the report to render');
  log(`rendered in ${Date.now() - t0} ms`);

  // Every document is reachable: page one, the next, the last.
  let s = await showing(docs.length, 'no filter');
  const meta = await evaluate(() => [...document.querySelectorAll('#list .doc')].map(a =>
    ({ id: a.dataset.id, title: a.querySelector('h2').textContent, date: (a.querySelector('.date') || {}).textContent,
      nrel: (a.querySelector('.nrel') || {}).textContent })));
  await check(meta.every(m => m.title && m.nrel), 'collapsed cards show a title and a relation count');
  await check(meta.map(m => m.id).join() === docs.slice(0, 50).map(d => d.id).join(), 'page 1 holds the first 50 documents in order');
  if (inputs[0].date) await check(meta.every(m => m.date), 'collapsed cards show the date');
  await click('#next');
  await until(() => document.getElementById('status').dataset.page === '2', 'page 2');
  const pages = Math.ceil(docs.length / 50);
  await click(`#pager button[data-page="${pages - 1}"]`);
  await until(p => +document.getElementById('status').dataset.page === p, 'the last page', pages);
  const lastIds = await evaluate(() => [...document.querySelectorAll('#list .doc')].map(a => a.dataset.id));
  await check(lastIds.join() === docs.slice((pages - 1) * 50).map(d => d.id).join(), `the last page (${pages}) holds the last documents`);

  // Relation type.
  await click(`.chip.type[data-type="${topType}"]`);
  s = await showing(expected({ types: [topType] }), `relation type ${topType}`);
  await check(s.page === 1, 'a filter goes back to page 1');
  await everyLine(`li => li.classList.contains(${JSON.stringify(topType)})`, `every relation line shown is ${topType}`);

  // Factuality, with the type.
  await click(`.chip.fact[data-fact="${topFact}"]`);
  await showing(expected({ types: [topType], facts: [topFact] }), `${topType} and ${topFact}`);
  await everyLine(`li => li.classList.contains(${JSON.stringify(topFact)})`, `every relation line shown is ${topFact}`);
  await click('#clear');
  await showing(docs.length, 'filters cleared');

  // Actor, by clicking its node in the network.
  await click(`#network .node[data-key="${topActor}"]`);
  s = await showing(expected({ actors: [topActor] }), `actor ${topActor} (network click)`);
  const chip = await evaluate(() => [...document.querySelectorAll('#actor-chips .chip')].map(c => c.textContent));
  await check(chip.length === 1 && chip[0].includes(`(${topActor})`) && !chip[0].startsWith(topActor + ' '), 'the actor chip names the actor and its id', chip);
  await everyLine(`li => li.querySelector('[data-key=${JSON.stringify(topActor)}]')`, `every relation line shown involves ${topActor}`);
  const edges = await evaluate(() => [...document.querySelectorAll('#network .edge')].map(e => [e.dataset.s, e.dataset.o]));
  await check(edges.length > 0 && edges.every(([a, b]) => a === topActor || b === topActor), 'the network shows only the actor\'s relations', edges.length);
  if (args.screenshot) {
    await evaluate(() => window.scrollTo(0, 0));
    const shot = await send('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(args.screenshot, Buffer.from(shot.data, 'base64'));
    log('screenshot:', args.screenshot);
  }

  // Actor with relation type.
  await click(`.chip.type[data-type="${topType}"]`);
  await showing(expected({ actors: [topActor], types: [topType] }), `actor ${topActor} and type ${topType}`);

  // Free text, with the actor and the type.
  // The commonest longer word of the documents shown, so that the search
  // narrows them down without emptying the page.
  const among = docs.filter(d => d.rels.some(r => r.t === topType && r.keys.includes(topActor)));
  const words = count(among, d => new Set(d.lower.split(/[^a-z]+/).filter(w => w.length >= 5)));
  const narrowing = Object.fromEntries(Object.entries(words).filter(([, n]) => n < among.length));
  const word = top(Object.keys(narrowing).length ? narrowing : words);
  await evaluate(() => document.getElementById('q').focus());
  await send('Input.insertText', { text: word.toUpperCase() });
  await showing(expected({ actors: [topActor], types: [topType], query: word }), `search "${word.toUpperCase()}" with actor and type`);
  await click('#clear');
  await showing(docs.length, 'filters cleared');

  // Search alone.
  await evaluate(() => document.getElementById('q').focus());
  await send('Input.insertText', { text: 'drone' });
  await showing(expected({ query: 'drone' }), 'search "drone"');
  await click('#clear');

  // An arrow of the network: its two actors and its type.
  // The busiest arrow a click can reach (one under others cannot be).
  const edge = await evaluate(() => {
    for (const e of [...document.querySelectorAll('#network .edge')].sort((a, b) => b.dataset.n - a.dataset.n)) {
      e.scrollIntoView({ block: 'center' });
      for (let f = 0.2; f <= 0.8; f += 0.05) {
        const m = e.getPointAtLength(e.getTotalLength() * f).matrixTransform(e.getScreenCTM());
        if (document.elementFromPoint(m.x, m.y) === e) return { s: e.dataset.s, o: e.dataset.o, t: e.dataset.t };
      }
    }
    return null;
  });
  await check(!!edge, 'the network has an arrow to click');
  await click(`#network .edge[data-s="${edge.s}"][data-o="${edge.o}"][data-t="${edge.t}"]`);
  await showing(expected({ actors: [edge.s, edge.o], types: [edge.t] }), `arrow ${edge.s} —${edge.t}→ ${edge.o}`);
  await click('#clear');

  // Actor by name, typed.
  const name = await evaluate(k => JSON.parse(document.getElementById('data').textContent).actors[k][1], topActor);
  await evaluate(() => document.getElementById('actor-input').focus());
  await send('Input.insertText', { text: name });
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await evaluate(() => document.getElementById('actor-input').blur());
  await showing(expected({ actors: [topActor] }), `actor typed by name ("${name}")`);
  await click('#clear');

  // A bar of the timeline: the dates it covers.
  if (inputs[0].date) {
    const bar = await evaluate(() => {
      const b = [...document.querySelectorAll('#timeline .bar')].sort((x, y) => y.dataset.count - x.dataset.count)[0];
      return b && { from: b.dataset.from, to: b.dataset.to, n: +b.dataset.count };
    });
    await check(bar && bar.n > 0, 'the timeline has bars', bar);
    await click(`#timeline .bar[data-from="${bar.from}"]`);
    await showing(expected({ from: bar.from, to: bar.to }), `timeline ${bar.from} – ${bar.to}`);
    await click(`.chip.type[data-type="${topType}"]`);
    await showing(expected({ from: bar.from, to: bar.to, types: [topType] }), `timeline with type ${topType}`);
    const relsShown = (await status()).rels;
    const relsWant = docs.filter(d => d.day >= bar.from && d.day <= bar.to).flatMap(d => d.rels).filter(r => r.t === topType).length;
    await check(relsShown === relsWant, 'the relation count agrees', { relsShown, relsWant });
    await click('#clear');
  }

  // A card opened: its text with every entity marked, its relation lines.
  await click(`.chip.type[data-type="${topType}"]`);
  const first = await evaluate(() => document.querySelector('#list .doc').dataset.id);
  await click('#list .doc .toggle');
  await until(() => document.querySelector('#list .doc.open'), 'the card to open');
  const opened = await evaluate(() => {
    const a = document.querySelector('#list .doc.open');
    return { marks: [...a.querySelectorAll('mark.e')].map(m => m.textContent), rels: a.querySelectorAll('.rel').length };
  });
  const rec = records.find(r => r.id === first);
  await check(opened.marks.join('|') === rec.entities.map(e => e.text).join('|'), 'an open card marks every entity, at the right offsets', opened.marks);
  await check(opened.rels === rec.relations.length, 'an open card lists every relation of the document');
  await check(pageErrors.length === 0, 'no script errors', pageErrors);
  log(`${checks} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Chromium and its helpers write to the profile until they exit: remove
// the scratch directory after that, retrying while a late write lands. A
// directory that cannot be removed is reported, not a failed check.
const removeScratch = async () => {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.rmSync(work, { recursive: true, force: true });
      return;
    } catch (e) {
      if (attempt === 20) {
        console.warn(`could not remove ${work}: ${e.message}`);
        return;
      }
      await new Promise(r => setTimeout(r, 100));
    }
  }
};
const stop = () => new Promise(resolve => {
  chrome.once('exit', resolve);
  killChrome();
}).then(removeScratch);
main().then(stop,
  e => {
    console.error(e.message);
    if (chromeErr) console.error(chromeErr.split('\n').filter(l => !l.includes('dbus')).join('\n').slice(-2000));
    killChrome();
    process.exit(1);
  });
