// The newsie report: renders the data blob above into a paged list of
// documents, filters that work together, an actor network and a timeline.
// Hand-written, no library: the page must open offline, and what it draws
// (a few dozen nodes, a few hundred bars) needs no more than SVG.
'use strict';
(function () {
  const DATA = JSON.parse(document.getElementById('data').textContent);
  const PAGE = 50;
  const NETWORK_NODES = 30;
  const FACTS = ['asserted', 'alleged', 'denied', 'negated', 'uncertain'];
  const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#0891b2', '#db2777',
    '#65a30d', '#4b5563', '#9333ea', '#ea580c', '#0d9488'];
  const ENTITY_COLORS = { COUNTRY: '#2563eb', PERSON: '#d97706', ORGANIZATION: '#059669',
    WEAPON: '#dc2626', LOCATION: '#7c3aed' };
  const ACTORS = DATA.actors; // id -> [type, name]
  const SCHEMA = {};
  DATA.schema.forEach((t, i) => { SCHEMA[t.name] = t; t.color = PALETTE[i % PALETTE.length]; });
  const fmt = n => n.toLocaleString('en-US');

  // ---- data ----------------------------------------------------------
  const DOCS = DATA.docs;
  const dayOf = s => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 864e5 : null;
  };
  const isoDay = day => new Date(day * 864e5).toISOString().slice(0, 10);
  const actorType = key => (ACTORS[key] || ['?'])[0];
  const actorName = key => (ACTORS[key] || [null, key])[1];
  const isActor = key => ['COUNTRY', 'ORGANIZATION', 'PERSON'].includes(actorType(key));

  function relation(d, r) {
    const [t, f, ss, se, rule, args, src] = r;
    const type = SCHEMA[t] || { name: t, roles: [], actors: [], color: '#6b7280' };
    const rel = { doc: d, t, f, ss, se, rule, src, type,
      args: args.map(([role, s, e, ent]) => ({ role, s, e, ent })) };
    const key = role => {
      const a = rel.args.find(a => a.role === role);
      return a && a.ent >= 0 ? d.ents[a.ent][2] : null;
    };
    rel.subj = type.actors[0] ? key(type.actors[0]) : null;
    rel.obj = type.actors[1] ? key(type.actors[1]) : null;
    rel.keys = rel.args.filter(a => a.ent >= 0).map(a => d.ents[a.ent][2]);
    return rel;
  }
  DOCS.forEach((d, i) => {
    d.i = i;
    d.ents = d.ents || [];
    d.day = dayOf(d.date);
    d.rels = (d.rels || []).map(r => relation(d, r));
  });
  const ALL_RELS = DOCS.flatMap(d => d.rels);
  const DAYS = DOCS.map(d => d.day).filter(x => x !== null);

  // ---- state and filters ---------------------------------------------
  const state = { types: new Set(), facts: new Set(), actors: [], query: '', dates: null,
    only: false, page: 0, open: new Set() };
  const relFilterOn = () => state.types.size > 0 || state.facts.size > 0 || state.actors.length > 0;
  const relMatch = r => (state.types.size === 0 || state.types.has(r.t)) &&
    (state.facts.size === 0 || state.facts.has(r.f)) && state.actors.every(a => r.keys.includes(a));
  const lower = d => d.lower || (d.lower = [d.id, d.title || '', d.source || '', d.text].join('\n').toLowerCase());
  function docMatch(d, withDates) {
    if (state.query && !lower(d).includes(state.query)) return false;
    if (withDates && state.dates && !(d.day !== null && d.day >= state.dates[0] && d.day < state.dates[1])) return false;
    if (state.only && d.rels.length === 0) return false;
    return !relFilterOn() || d.rels.some(relMatch);
  }

  // ---- DOM helpers ---------------------------------------------------
  const $ = id => document.getElementById(id);
  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'onclick') e.addEventListener('click', v); else e.setAttribute(k, v);
    }
    for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k);
    return e;
  }
  const SVG = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, ...kids) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
    for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k);
    return e;
  }
  const title = text => s('title', {}, text);

  // ---- actions -------------------------------------------------------
  function setActors(keys) { state.actors = [...new Set(keys)]; changed(); }
  function addActor(key) { if (!state.actors.includes(key)) setActors([...state.actors, key]); }
  function changed() { state.page = 0; update(); }
  function toggle(set, v) { if (set.has(v)) set.delete(v); else set.add(v); changed(); }

  // ---- summary (once) ------------------------------------------------
  function summary() {
    const withRels = DOCS.filter(d => d.rels.length).length;
    const failed = DOCS.filter(d => d.error).length;
    const box = $('summary');
    box.append(h('div', { class: 'card' }, h('h3', {}, 'Documents'),
      h('div', { class: 'big' }, fmt(DATA.documents)),
      h('div', { class: 'small' }, `${fmt(withRels)} with relations · ${fmt(failed)} not processed` +
        (DATA.leftOut ? ` · ${fmt(DATA.leftOut)} without relations left out` : ''))));
    const entityCounts = {};
    for (const d of DOCS) for (const e of d.ents) entityCounts[actorType(e[2])] = (entityCounts[actorType(e[2])] || 0) + 1;
    box.append(h('div', { class: 'card' }, h('h3', {}, 'Entities'), h('table', {},
      Object.keys(ENTITY_COLORS).filter(t => entityCounts[t]).map(t =>
        h('tr', {}, h('td', {}, h('span', { class: 'e ' + t }, t)), h('td', { class: 'n' }, fmt(entityCounts[t])))))));
    const counts = {};
    for (const r of ALL_RELS) counts[r.t + ' ' + r.f] = (counts[r.t + ' ' + r.f] || 0) + 1;
    const types = DATA.schema.filter(t => ALL_RELS.some(r => r.t === t.name));
    box.append(h('div', { class: 'card' }, h('h3', {}, `Relations (${fmt(ALL_RELS.length)}) — click a count to filter`),
      h('table', { id: 'relation-table' }, h('tr', {}, h('th', {}), FACTS.map(f => h('th', {}, f))),
        types.map(t => h('tr', {}, h('td', {}, t.name), FACTS.map(f => {
          const n = counts[t.name + ' ' + f] || 0;
          return h('td', { class: n ? 'n click' : 'n', 'data-type': t.name, 'data-fact': f,
            onclick: n ? () => { state.types = new Set([t.name]); state.facts = new Set([f]); changed(); } : null },
          n ? fmt(n) : '');
        }))))));
  }

  // ---- controls ------------------------------------------------------
  function controls() {
    const typeCounts = {}, factCounts = {};
    for (const r of ALL_RELS) { typeCounts[r.t] = (typeCounts[r.t] || 0) + 1; factCounts[r.f] = (factCounts[r.f] || 0) + 1; }
    $('type-chips').append(...DATA.schema.map(t => h('button', { type: 'button', class: 'chip type', 'data-type': t.name,
      onclick: () => toggle(state.types, t.name) },
    h('span', { class: 'swatch', style: 'background:' + t.color }), t.name, h('span', { class: 'n' }, fmt(typeCounts[t.name] || 0)))));
    $('fact-chips').append(...FACTS.map(f => h('button', { type: 'button', class: 'chip fact', 'data-fact': f,
      onclick: () => toggle(state.facts, f) }, f, h('span', { class: 'n' }, fmt(factCounts[f] || 0)))));
    // Actors that take part in relations, most frequent first.
    const freq = {};
    for (const r of ALL_RELS) for (const k of new Set(r.keys)) if (isActor(k)) freq[k] = (freq[k] || 0) + 1;
    const list = $('actor-list');
    for (const k of Object.keys(freq).sort((a, b) => freq[b] - freq[a] || actorName(a).localeCompare(actorName(b)))) {
      list.append(h('option', { value: `${actorName(k)} (${k})` }));
    }
    const input = $('actor-input');
    input.addEventListener('change', () => {
      const v = input.value.trim();
      const m = /\(([^()]+)\)$/.exec(v);
      const lc = v.toLowerCase();
      const key = m && ACTORS[m[1]] ? m[1]
        : Object.keys(ACTORS).find(k => k.toLowerCase() === lc || actorName(k).toLowerCase() === lc);
      if (key) { input.value = ''; addActor(key); } else if (v) input.setCustomValidity('no such actor');
    });
    input.addEventListener('input', () => input.setCustomValidity(''));
    let timer = null;
    $('q').addEventListener('input', e => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.query = e.target.value.trim().toLowerCase(); changed(); }, 120);
    });
    $('only-rel').addEventListener('change', e => { state.only = e.target.checked; changed(); });
    $('clear').addEventListener('click', () => {
      Object.assign(state, { types: new Set(), facts: new Set(), actors: [], query: '', dates: null, only: false });
      $('q').value = ''; $('only-rel').checked = false;
      changed();
    });
  }

  function controlState() {
    for (const b of document.querySelectorAll('.chip.type')) b.classList.toggle('on', state.types.has(b.dataset.type));
    for (const b of document.querySelectorAll('.chip.fact')) b.classList.toggle('on', state.facts.has(b.dataset.fact));
    $('actor-chips').replaceChildren(...state.actors.map(k => h('button', { type: 'button', class: 'chip sel', 'data-key': k,
      title: `${actorType(k)} ${k} — click to remove`, onclick: () => setActors(state.actors.filter(a => a !== k)) },
    h('b', {}, actorName(k)), ` (${k}) ×`)));
    $('date-chip').replaceChildren(...(state.dates ? [h('button', { type: 'button', class: 'chip sel', id: 'date-filter',
      onclick: () => { state.dates = null; changed(); } },
    `${isoDay(state.dates[0])} – ${isoDay(state.dates[1] - 1)} ×`)] : []));
  }

  // ---- cards ---------------------------------------------------------
  const docTitle = d => d.title || (d.text.split('\n').find(l => l.trim()) || '').slice(0, 200) || d.id;
  const shortDate = d => (dayOf(d.date) !== null ? d.date.slice(0, 10) : d.date);

  function argPiece(d, r, a) {
    const text = d.text.slice(a.s, a.e);
    if (a.ent < 0) return h('b', { class: 'a' }, text);
    const key = d.ents[a.ent][2];
    if (!isActor(key)) return h('b', { class: 'a', title: `${actorType(key)} ${key} · ${actorName(key)}` }, text);
    return h('b', { class: 'a actor', 'data-key': key, title: `${actorType(key)} ${key} · ${actorName(key)} — click to filter`,
      onclick: e => { e.stopPropagation(); addActor(key); } }, text);
  }

  // "Iran —supply→ Russia · item: drones · asserted (source: X) · rule supply/active"
  function relLine(d, r, dim) {
    const [subj, obj] = r.type.roles;
    const arg = role => { const a = r.args.find(a => a.role === role); return a ? argPiece(d, r, a) : h('b', {}, '?'); };
    const li = h('li', { class: `rel ${r.t} ${r.f}` + (dim ? ' dim' : ''), tabindex: 0,
      'data-args': r.args.filter(a => a.ent >= 0).map(a => a.ent).join(' ') },
    arg(subj), ' ', h('span', { class: 'verb', style: 'color:' + r.type.color }, `—${r.t}→`), ' ', arg(obj));
    for (const a of r.args) if (a.role !== subj && a.role !== obj) li.append(` · ${a.role}: `, argPiece(d, r, a));
    li.append(' · ', h('span', { class: 'f' }, r.f));
    if (r.src >= 0 && d.ents[r.src]) li.append(` (source: ${d.text.slice(d.ents[r.src][0], d.ents[r.src][1])})`);
    li.append(' · ', h('span', { class: 'rule' }, 'rule ' + r.rule));
    return li;
  }

  // Text from `from` to `to` with its entity mentions marked.
  function marked(d, from, to, out) {
    let at = from;
    d.ents.forEach((e, i) => {
      const [s0, e0, key, kind, origin] = e;
      if (s0 < from || s0 >= to) return;
      if (s0 > at) out.append(d.text.slice(at, s0));
      out.append(h('mark', { class: 'e ' + actorType(key), 'data-e': i,
        title: `${actorType(key)} ${key} · ${actorName(key)} · ${kind}` + (origin ? ` · origin ${origin}` : '') },
      d.text.slice(s0, e0)));
      at = Math.max(at, e0);
    });
    if (at < to) out.append(d.text.slice(at, to));
  }

  function body(d) {
    const box = h('div', { class: 'body' });
    const filtering = relFilterOn();
    let at = 0;
    const bySentence = [];
    for (const r of d.rels) {
      const last = bySentence[bySentence.length - 1];
      if (last && last.ss === r.ss) last.rels.push(r); else bySentence.push({ ss: r.ss, se: r.se, rels: [r] });
    }
    for (const g of bySentence) {
      if (g.se <= at) continue;
      const p = h('div', { class: 'text', dir: 'auto' });
      marked(d, at, g.se, p);
      box.append(p, h('ul', { class: 'rels' }, g.rels.map(r => relLine(d, r, filtering && !relMatch(r)))));
      at = g.se;
    }
    if (at < d.text.length) { const p = h('div', { class: 'text', dir: 'auto' }); marked(d, at, d.text.length, p); box.append(p); }
    box.append(h('div', { class: 'foot' }, `id ${d.id} · ${d.ents.length} entities`,
      d.url ? [' · ', h('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, d.url)] : null));
    return box;
  }

  function card(d) {
    const open = state.open.has(d.i);
    const art = h('article', { class: 'doc' + (d.error ? ' failed' : '') + (open ? ' open' : ''), 'data-id': d.id, 'data-i': d.i });
    const flip = () => { if (open) state.open.delete(d.i); else state.open.add(d.i); art.replaceWith(card(d)); };
    art.append(h('div', { class: 'head' },
      h('button', { type: 'button', class: 'toggle', 'aria-expanded': String(open), title: open ? 'collapse' : 'expand', onclick: flip }, open ? '▾' : '▸'),
      h('h2', { onclick: flip }, docTitle(d))));
    const types = [...new Set(d.rels.map(r => r.t))];
    art.append(h('div', { class: 'meta' },
      d.date ? h('span', { class: 'date' }, shortDate(d)) : null, d.date ? ' · ' : null,
      d.source ? [h('span', { class: 'source' }, d.source), ' · '] : null,
      d.error ? h('span', { class: 'error' }, 'not processed: ' + d.error)
        : h('span', { class: 'nrel' }, d.rels.length === 1 ? '1 relation' : `${fmt(d.rels.length)} relations`),
      types.map(t => h('span', { class: 'badge', style: 'background:' + (SCHEMA[t] || {}).color }, t))));
    if (open) art.append(body(d));
    else if (d.rels.length) {
      const shown = relFilterOn() ? d.rels.filter(relMatch) : d.rels;
      const ul = h('ul', { class: 'rels' }, shown.slice(0, 4).map(r => relLine(d, r, false)));
      if (shown.length > 4) ul.append(h('li', { class: 'more small' }, `+ ${shown.length - 4} more (expand the card)`));
      art.append(ul);
    }
    return art;
  }

  // Highlights a relation's arguments in its card while it is hovered.
  function mark(li, on) {
    const art = li.closest('.doc');
    for (const i of (li.dataset.args || '').split(' ')) {
      if (i === '') continue;
      const m = art.querySelector(`mark[data-e="${i}"]`);
      if (m) m.classList.toggle('hl', on);
    }
  }
  for (const [ev, on] of [['mouseover', true], ['mouseout', false], ['focusin', true], ['focusout', false]]) {
    document.addEventListener(ev, e => { const li = e.target.closest && e.target.closest('.rel'); if (li) mark(li, on); });
  }

  function pager(n) {
    const pages = Math.max(1, Math.ceil(n / PAGE));
    const go = p => () => { state.page = p; renderList(); window.scrollTo(0, 0); };
    const btn = (label, p, extra) => h('button', Object.assign({ type: 'button', 'data-page': p,
      class: p === state.page ? 'on' : null, disabled: p < 0 || p >= pages ? 'disabled' : null, onclick: go(p) }, extra), label);
    const nav = $('pager');
    nav.replaceChildren();
    if (pages === 1) return;
    nav.append(btn('‹ previous', state.page - 1, { id: 'prev' }));
    const shown = new Set([0, pages - 1]);
    for (let p = state.page - 2; p <= state.page + 2; p++) if (p >= 0 && p < pages) shown.add(p);
    let last = -1;
    for (const p of [...shown].sort((a, b) => a - b)) {
      if (p > last + 1) nav.append(h('span', {}, '…'));
      nav.append(btn(String(p + 1), p));
      last = p;
    }
    nav.append(btn('next ›', state.page + 1, { id: 'next' }));
    const input = h('input', { id: 'page-input', type: 'number', min: 1, max: pages, 'aria-label': 'page' });
    input.addEventListener('change', () => {
      const p = Math.min(pages, Math.max(1, parseInt(input.value, 10) || 1)) - 1;
      go(p)();
    });
    nav.append(h('span', { class: 'small' }, ' page'), input, h('span', { class: 'small' }, `of ${fmt(pages)}`));
  }

  // ---- network -------------------------------------------------------
  function network(rels) {
    const svg = $('network');
    const W = 400, H = 360, M = 34;
    const edges = new Map();
    const degree = {};
    for (const r of rels) {
      if (!r.subj || !r.obj || r.subj === r.obj) continue;
      const k = `${r.subj}\t${r.obj}\t${r.t}`;
      const e = edges.get(k) || { s: r.subj, o: r.obj, t: r.t, n: 0 };
      e.n++;
      edges.set(k, e);
      degree[r.subj] = (degree[r.subj] || 0) + 1;
      degree[r.obj] = (degree[r.obj] || 0) + 1;
    }
    const byDegree = Object.keys(degree).sort((a, b) => degree[b] - degree[a] || actorName(a).localeCompare(actorName(b)));
    const keep = new Set(byDegree.slice(0, NETWORK_NODES));
    for (const a of state.actors) if (degree[a]) keep.add(a);
    const nodes = [...keep];
    const links = [...edges.values()].filter(e => keep.has(e.s) && keep.has(e.o));
    svg.replaceChildren();
    if (!nodes.length) {
      svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No actor pairs match the filters.'));
      renderPairs([], degree);
      return;
    }
    const n = nodes.length;
    const idx = new Map(nodes.map((k, i) => [k, i]));
    const pos = layout(nodes, links, idx);
    const sx = x => n === 1 ? W / 2 : M + x * (W - 2 * M);
    const sy = y => n === 1 ? H / 2 : M + y * (H - 2 * M);
    const radius = k => Math.min(16, 4 + 1.8 * Math.sqrt(degree[k]));
    const xy = nodes.map((k, i) => [sx(pos[i][0]), sy(pos[i][1])]);
    // Then nodes that still overlap (with room for a label) are pushed
    // apart, within the frame.
    for (let it = 0; it < 60; it++) {
      let moved = false;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const dx = xy[j][0] - xy[i][0], dy = xy[j][1] - xy[i][1];
        const d = Math.sqrt(dx * dx + dy * dy) || 0.01, need = radius(nodes[i]) + radius(nodes[j]) + 14;
        if (d >= need) continue;
        const push = (need - d) / 2, ux = dx / d || 1, uy = dy / d;
        xy[i][0] -= ux * push; xy[i][1] -= uy * push; xy[j][0] += ux * push; xy[j][1] += uy * push;
        moved = true;
      }
      for (const p of xy) { p[0] = Math.min(W - M, Math.max(M, p[0])); p[1] = Math.min(H - M, Math.max(M - 14, p[1])); }
      if (!moved) break;
    }
    const defs = s('defs', {}, DATA.schema.map(t => s('marker', { id: 'arrow-' + t.name, viewBox: '0 0 10 10', refX: 9, refY: 5,
      markerUnits: 'userSpaceOnUse', markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
    s('path', { d: 'M0,0 L10,5 L0,10 z', fill: t.color }))));
    svg.append(defs);
    // Edges between the same two actors (any direction, any type) fan out.
    const fan = new Map();
    for (const e of links) {
      const key = [e.s, e.o].sort().join('\t');
      fan.set(key, (fan.get(key) || []).concat([e]));
    }
    const edgeLayer = s('g', {});
    for (const group of fan.values()) {
      group.forEach((e, j) => {
        const [ax, ay] = xy[idx.get(e.s)], [bx, by] = xy[idx.get(e.o)];
        const dx = bx - ax, dy = by - ay, len = Math.sqrt(dx * dx + dy * dy) || 1;
        const sign = e.s < e.o ? 1 : -1;
        const off = (group.length === 1 ? 0 : (j - (group.length - 1) / 2) * 14 + 7) * sign;
        const cx = (ax + bx) / 2 - dy / len * off, cy = (ay + by) / 2 + dx / len * off;
        // End at the target's rim, along the curve's last tangent.
        const tx = bx - cx, ty = by - cy, tl = Math.sqrt(tx * tx + ty * ty) || 1, rb = radius(e.o) + 2;
        const ex = bx - tx / tl * rb, ey = by - ty / tl * rb;
        const color = (SCHEMA[e.t] || {}).color || '#6b7280';
        edgeLayer.append(s('path', { class: 'edge', d: `M${ax.toFixed(1)},${ay.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
          stroke: color, 'stroke-width': Math.min(6, 1.2 + 1.1 * Math.log2(e.n)).toFixed(2), 'marker-end': `url(#arrow-${e.t})`,
          'data-s': e.s, 'data-o': e.o, 'data-t': e.t, 'data-n': e.n },
        title(`${actorName(e.s)} —${e.t}→ ${actorName(e.o)}: ${e.n} — click to filter`)));
      });
    }
    svg.append(edgeLayer);
    edgeLayer.addEventListener('click', ev => {
      const p = ev.target.closest('.edge');
      if (!p) return;
      state.types = new Set([p.dataset.t]);
      setActors([p.dataset.s, p.dataset.o]);
    });
    const nodeLayer = s('g', {});
    // Names of the busiest actors and the chosen ones; the others on hover.
    const labelled = new Set(nodes.slice(0, 16).concat(state.actors));
    nodes.forEach((k, i) => {
      const [x, y] = xy[i];
      const label = actorName(k).length > 18 ? actorName(k).slice(0, 17) + '…' : actorName(k);
      nodeLayer.append(s('g', { class: 'node' + (state.actors.includes(k) ? ' sel' : ''), 'data-key': k, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
        s('circle', { r: radius(k).toFixed(1), fill: ENTITY_COLORS[actorType(k)] || '#6b7280' }),
        labelled.has(k) ? s('text', { y: radius(k) + 10, 'text-anchor': 'middle' }, label) : null,
        title(`${actorName(k)} (${k}): ${degree[k]} relations — click to filter, shift-click to add`)));
    });
    nodeLayer.addEventListener('click', ev => {
      const g = ev.target.closest('.node');
      if (!g) return;
      if (ev.shiftKey) addActor(g.dataset.key); else setActors([g.dataset.key]);
    });
    svg.append(nodeLayer);
    renderPairs(links, degree);
  }

  // Positions in the unit square, deterministic. With one actor chosen, its
  // network is a star: the actor in the middle, the others around it in
  // order of relation type. Otherwise a force-directed layout: nodes start
  // on a circle in order of degree, repel each other and are pulled
  // together along their links.
  function layout(nodes, links, idx) {
    const n = nodes.length;
    const hub = state.actors.length === 1 ? idx.get(state.actors[0]) : undefined;
    if (hub !== undefined && links.every(e => e.s === nodes[hub] || e.o === nodes[hub])) {
      const firstType = {};
      for (const e of links) {
        const other = e.s === nodes[hub] ? e.o : e.s;
        const rank = DATA.schema.findIndex(t => t.name === e.t);
        firstType[other] = Math.min(firstType[other] ?? 99, rank);
      }
      const ring = nodes.filter((k, i) => i !== hub)
        .sort((a, b) => firstType[a] - firstType[b] || actorName(a).localeCompare(actorName(b)));
      const pos = nodes.map(() => [0.5, 0.5]);
      // Two rings, alternating, when there are many: labels need room.
      ring.forEach((k, j) => {
        const a = 2 * Math.PI * j / ring.length - Math.PI / 2;
        const r = ring.length > 16 && j % 2 ? 0.36 : 0.5;
        pos[idx.get(k)] = [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)];
      });
      return pos;
    }
    // Fruchterman and Reingold's layout in the unit square: repulsion
    // k²/d between all pairs, attraction d²/k along links, moves bounded
    // by a falling temperature and by the frame, so that small components
    // and single actors stay in view instead of drifting off.
    const pos = nodes.map((k, i) => [0.5 + 0.4 * Math.cos(2 * Math.PI * i / n), 0.5 + 0.4 * Math.sin(2 * Math.PI * i / n)]);
    const kk = 1.1 * Math.sqrt(1 / n);
    const pairs = new Map();
    for (const e of links) {
      const a = idx.get(e.s), b = idx.get(e.o);
      const key = a < b ? a * n + b : b * n + a;
      pairs.set(key, (pairs.get(key) || 0) + e.n);
    }
    const ITER = 300;
    for (let it = 0; it < ITER; it++) {
      const disp = pos.map(() => [0, 0]);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        const d2 = Math.max(dx * dx + dy * dy, 1e-6), f = kk * kk / d2;
        disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
      }
      for (const [key, w] of pairs) {
        const i = Math.floor(key / n), j = key % n;
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        const f = Math.sqrt(dx * dx + dy * dy) / kk * (1 + Math.log2(w) / 4);
        disp[i][0] -= dx * f; disp[i][1] -= dy * f; disp[j][0] += dx * f; disp[j][1] += dy * f;
      }
      const temp = 0.08 * (1 - it / ITER) + 0.001;
      for (let i = 0; i < n; i++) {
        disp[i][0] -= (pos[i][0] - 0.5) * 0.3; disp[i][1] -= (pos[i][1] - 0.5) * 0.3;
        const l = Math.sqrt(disp[i][0] ** 2 + disp[i][1] ** 2) + 1e-9;
        pos[i][0] = Math.min(1, Math.max(0, pos[i][0] + disp[i][0] / l * Math.min(l, temp)));
        pos[i][1] = Math.min(1, Math.max(0, pos[i][1] + disp[i][1] / l * Math.min(l, temp)));
      }
    }
    return pos;
  }

  function renderPairs(links, degree) {
    const pairs = [...links].sort((a, b) => b.n - a.n || actorName(a.s).localeCompare(actorName(b.s))).slice(0, 8);
    $('top-pairs').replaceChildren(...pairs.map(e => h('li', { 'data-s': e.s, 'data-o': e.o, 'data-t': e.t,
      onclick: () => { state.types = new Set([e.t]); setActors([e.s, e.o]); } },
    `${actorName(e.s)} —${e.t}→ ${actorName(e.o)} `, h('span', { class: 'n' }, '×' + e.n))));
    const top = Object.keys(degree).filter(isActor).sort((a, b) => degree[b] - degree[a] || actorName(a).localeCompare(actorName(b))).slice(0, 10);
    $('top-actors').replaceChildren(...(top.length ? top.map(k => h('li', { 'data-key': k, onclick: () => addActor(k) },
      `${actorName(k)} (${k}) `, h('span', { class: 'n' }, '· ' + degree[k]))) : [h('li', { class: 'empty' }, 'none')]));
  }

  // ---- timeline ------------------------------------------------------
  const MIN_DAY = DAYS.length ? Math.min(...DAYS) : 0, MAX_DAY = DAYS.length ? Math.max(...DAYS) : 0;
  const UNIT = MAX_DAY - MIN_DAY <= 62 ? 'day' : MAX_DAY - MIN_DAY <= 550 ? 'week' : 'month';
  function bucketStart(day) {
    if (UNIT === 'day') return day;
    if (UNIT === 'week') return Math.floor((day - 4) / 7) * 7 + 4; // Mondays (day 0 was a Thursday)
    const d = new Date(day * 864e5);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 864e5;
  }
  function nextBucket(start) {
    if (UNIT === 'day') return start + 1;
    if (UNIT === 'week') return start + 7;
    const d = new Date(start * 864e5);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 864e5;
  }
  const BUCKETS = [];
  if (DAYS.length) for (let b = bucketStart(MIN_DAY); b <= MAX_DAY; b = nextBucket(b)) BUCKETS.push(b);

  function timeline(rels) {
    const svg = $('timeline');
    if (!BUCKETS.length) { $('timeline-box').hidden = true; return; }
    const W = 400, H = 170, L = 30, R = 8, T = 10, B = 28;
    const counts = BUCKETS.map(() => ({}));
    const bucketIndex = new Map(BUCKETS.map((b, i) => [b, i]));
    for (const r of rels) {
      if (r.doc.day === null) continue;
      const c = counts[bucketIndex.get(bucketStart(r.doc.day))];
      c[r.t] = (c[r.t] || 0) + 1;
    }
    const totals = counts.map(c => Object.values(c).reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const bw = (W - L - R) / BUCKETS.length;
    svg.replaceChildren();
    svg.append(s('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }),
      s('text', { x: L - 4, y: T + 8, 'text-anchor': 'end' }, String(max)),
      s('text', { x: L - 4, y: H - B, 'text-anchor': 'end' }, '0'),
      s('text', { x: L, y: H - B + 14 }, isoDay(BUCKETS[0])),
      s('text', { x: W - R, y: H - B + 14, 'text-anchor': 'end' }, isoDay(BUCKETS[BUCKETS.length - 1])),
      s('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', class: 'small' },
        `relations a ${UNIT}${totals.some(t => t) ? '' : ' — none match the filters'}`));
    BUCKETS.forEach((b, i) => {
      const x = L + i * bw, to = nextBucket(b);
      const selected = state.dates && state.dates[0] === b;
      const g = s('g', { class: 'bar', 'data-from': isoDay(b), 'data-to': isoDay(to - 1), 'data-count': totals[i] },
        s('rect', { x: x.toFixed(2), y: T, width: Math.max(bw, 1).toFixed(2), height: H - B - T, fill: selected ? '#fde68a' : 'transparent' }),
        title(`${isoDay(b)}${UNIT === 'day' ? '' : ' – ' + isoDay(to - 1)}: ${totals[i]} relations — click to keep these dates`));
      let y = H - B;
      for (const t of DATA.schema) {
        const v = counts[i][t.name];
        if (!v) continue;
        const hgt = v / max * (H - B - T);
        y -= hgt;
        g.append(s('rect', { x: (x + bw * 0.1).toFixed(2), y: y.toFixed(2), width: Math.max(bw * 0.8, 0.8).toFixed(2),
          height: hgt.toFixed(2), fill: t.color, 'pointer-events': 'none' }));
      }
      g.addEventListener('click', () => {
        state.dates = selected ? null : [b, to];
        changed();
      });
      svg.append(g);
    });
  }

  // ---- update --------------------------------------------------------
  let shown = [];
  function renderList() {
    const n = shown.length, from = state.page * PAGE;
    $('list').replaceChildren(...shown.slice(from, from + PAGE).map(card));
    const rels = shown.reduce((a, d) => a + d.rels.filter(relMatch).length, 0);
    const status = $('status');
    status.dataset.docs = n;
    status.dataset.rels = rels;
    status.dataset.page = state.page + 1;
    status.textContent = n === 0 ? 'No document matches the filters.'
      : `Documents ${fmt(from + 1)}–${fmt(Math.min(n, from + PAGE))} of ${fmt(n)} shown` +
        (n < DOCS.length ? ` (${fmt(DOCS.length)} in the report)` : '') + ` · ${fmt(rels)} relations`;
    pager(n);
  }

  function update() {
    shown = DOCS.filter(d => docMatch(d, true));
    controlState();
    renderList();
    network(shown.flatMap(d => d.rels.filter(relMatch)));
    timeline(DOCS.filter(d => docMatch(d, false)).flatMap(d => d.rels.filter(relMatch)));
  }

  summary();
  controls();
  update();
  document.body.dataset.ready = 'true';
})();
