// The article reader: the clean text, with entities, quotes, places, events and relations highlighted from
// their character offsets. Clicking a highlight shows its facts; ?at=START-END marks that sentence.
import {el, fill} from './dom.js';

/** Every fact of the article with its span, kind and a description. */
function facts(a) {
  const out = [];
  for (const e of a.entities || []) for (const m of e.mentions) out.push({start: m.start, end: m.end, kind: 'entity',
    label: `${e.type}: ${e.name}`});
  for (const q of a.quotes || []) out.push({start: q.start, end: q.end, kind: 'quote',
    label: `${q.direct ? 'Quote' : 'Indirect quote'} by ${q.speaker ? q.speaker.name : 'unknown speaker'}`});
  for (const p of a.places || []) out.push({start: p.start, end: p.end, kind: 'place',
    label: `Place: ${p.name || p.text}${p.country ? ' (' + [p.admin1, p.country].filter(Boolean).join(', ') + ')' : ''}`
      + (p.lat === null || p.lat === undefined ? ', not located' : ` at ${p.lat}, ${p.lon}`)});
  for (const v of a.events || []) for (const t of v.triggers || []) out.push({start: t.start, end: t.end, kind: 'event',
    label: `Event ${v.id}: ${v.subtype}, ${v.date || 'undated'}, ${v.fatalities ?? 'no'} killed`
      + (v.actor1 ? `, by ${v.actor1.name}` : '') + (v.location ? ` in ${v.location.name || v.location.text}` : '')});
  for (const r of a.relations || []) out.push({start: r.trigger_start, end: r.trigger_end, kind: 'relation',
    label: `${r.subject.name} ${r.predicate} ${r.object ? r.object.name : ''}${r.what ? ' (' + r.what + ')' : ''}`
      + (r.claimed_by ? `, claimed by ${r.claimed_by}` : '')});
  return out.filter(f => Number.isInteger(f.start) && f.end > f.start && f.end <= a.text.length);
}

export function drawReader(container, a, at, panel) {
  const text = a.text;
  const all = facts(a);
  const cuts = new Set([0, text.length]);
  for (const f of all) { cuts.add(f.start); cuts.add(f.end); }
  if (at) { cuts.add(at[0]); cuts.add(Math.min(at[1], text.length)); }
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((x, y) => x - y);
  const body = el('div', {class: 'text', id: 'article-text'});
  let mark = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const covering = all.filter(f => f.start <= s && f.end >= e);
    const evidence = at && s >= at[0] && e <= at[1];
    const piece = text.slice(s, e);
    if (!covering.length && !evidence) { body.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map(f => f.kind))];
    const span = el('span', {class: ['hl', ...kinds, evidence ? 'evidence' : ''].join(' ').trim(),
      'data-start': s, 'data-end': e, onclick: () => panel('Facts here', covering.map(f => el('p', {}, el('b', {}, f.kind), ': ', f.label,
        el('span', {class: 'muted'}, ` [${f.start}–${f.end}]`))))}, piece);
    if (evidence && !mark) mark = span;
    body.appendChild(span);
  }
  const counts = ['entities', 'quotes', 'places', 'events', 'relations'].map(k => `${(a[k] || []).length} ${k}`).join(', ');
  fill(container, el('h2', {}, a.title || a.source),
    el('p', {class: 'muted'}, [a.published, a.url || a.source].filter(Boolean).join(' · ')),
    el('div', {class: 'reader'}, body, el('div', {class: 'facts'},
      el('p', {}, counts),
      el('p', {}, el('span', {class: 'hl entity'}, 'entity'), ' ', el('span', {class: 'hl quote'}, 'quote'), ' ',
        el('span', {class: 'hl place'}, 'place'), ' ', el('span', {class: 'hl event'}, 'event'), ' ',
        el('span', {class: 'hl relation'}, 'relation'), ' ', el('span', {class: 'hl evidence'}, 'evidence')),
      el('p', {class: 'muted'}, 'Click a highlight for its facts.'))));
  if (mark) mark.scrollIntoView({block: 'center'});
}
