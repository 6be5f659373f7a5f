// The views other than the map: incidents table, one incident, actor, quotes, changes and search.
import {el, fill, colour, toll, place} from './dom.js';
import {get, query} from './api.js';

const link = (href, ...text) => el('a', {href}, ...text);
const atLink = (article, start, end, ...text) => link(`/article/${article}?at=${start}-${end}`, ...text);

/** A sortable table of incidents; each row carries data-incident-id. */
export function incidentTable(incidents, open) {
  const cols = [['date', i => i.date || ''], ['type', i => i.subtype], ['place', place], ['actor 1', i => i.actor1 || ''],
    ['actor 2', i => i.actor2 || ''], ['killed', i => i.fatalities ?? -1], ['reports', i => i.claims.length]];
  const tbody = el('tbody');
  let sortBy = 0, asc = false;
  const head = el('tr', {}, cols.map(([name], k) => el('th', {'data-col': name, onclick: () => {
    asc = sortBy === k ? !asc : true; sortBy = k; draw(); }}, name)));
  const draw = () => {
    const key = cols[sortBy][1];
    const rows = [...incidents].sort((a, b) => {
      const x = key(a), y = key(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return asc ? c : -c;
    });
    fill(tbody, rows.map(i => el('tr', {'data-incident-id': i.id, onclick: () => open(i.id)},
      el('td', {}, i.date || 'undated'),
      el('td', {}, el('span', {style: {color: colour(i.type)}}, '■ '), i.subtype),
      el('td', {}, place(i)), el('td', {}, i.actor1 || ''), el('td', {}, i.actor2 || ''),
      el('td', {}, toll(i)), el('td', {}, String(i.claims.length)))));
    head.querySelectorAll('th').forEach((th, k) => th.className = k === sortBy ? (asc ? 'sorted-asc' : 'sorted-desc') : '');
  };
  draw();
  return el('table', {id: 'incident-table'}, el('thead', {}, head), tbody);
}

export async function tableView(main, {open}) {
  const box = el('div');
  const more = el('button', {type: 'button', hidden: true}, 'More');
  fill(main, el('h2', {}, 'Incidents'), box, more);
  let all = [];
  const page = async cursor => {
    const r = await get('/api/incidents' + query({limit: 500, cursor}));
    all = all.concat(r.incidents);
    fill(box, all.length ? incidentTable(all, open) : el('p', {class: 'muted'}, 'No incident matches the filters.'));
    more.hidden = !r.next;
    more.onclick = () => page(r.next);
  };
  await page(undefined);
}

export async function incidentView(main, id) {
  const i = await get(`/api/incidents/${id}`);
  fill(main, el('h2', {}, `${i.subtype} · ${i.date || 'undated'} · ${place(i)}`),
    el('p', {}, el('b', {}, i.type), ` · killed: `, toll(i), i.injured ? ` · injured: ${i.injured}` : '',
      i.actor1 ? ` · by ${i.actor1}` : '', i.actor2 ? ` · against ${i.actor2}` : '', i.weapon ? ` · weapon: ${i.weapon}` : '',
      ` · confidence ${i.confidence}`),
    i.disputed ? el('p', {class: 'range'}, `Reports disagree on the toll: ${i.fatalities_low} to ${i.fatalities_high}; `
      + `the consolidated figure is ${i.fatalities}.`) : '',
    el('h3', {}, `${i.claims.length} report${i.claims.length > 1 ? 's' : ''}`),
    el('ol', {class: 'claims'}, i.claims.map(c => el('li', {'data-claim': c.event},
      el('div', {}, link(`/article/${c.article}`, c.title || c.source), ' ',
        el('span', {class: 'muted'}, [c.published, c.url].filter(Boolean).join(' · '))),
      el('div', {}, `${c.subtype}, ${c.date || 'undated'}, killed: ${c.fatalities ?? '–'}`
        + (c.fatalities_qualifier && c.fatalities_qualifier !== 'exact' ? ` (${c.fatalities_qualifier})` : '')
        + (c.injured ? `, injured: ${c.injured}` : '')),
      el('ul', {class: 'evidence'}, c.sentences.map(s => el('li', {},
        el('q', {}, s.text), ' ', atLink(c.article, s.start, s.end, 'open at this sentence'))))))));
}

export async function actorView(main, id, {open}) {
  const a = await get(`/api/actors/${id}`);
  fill(main, el('h2', {}, a.name, ' ', el('span', {class: 'muted'}, a.type || '')),
    el('p', {}, `${a.articles} articles, ${a.mentions} mentions, ${a.quotes} quotes, ${a.events} incidents, `
      + `${a.relations} relations`),
    el('h3', {}, 'Relations'),
    a.relation_list.length ? el('ul', {}, a.relation_list.map(r => el('li', {},
      r.subject_actor ? link(`/actor/${r.subject_actor}`, r.subject) : r.subject, ' ', el('b', {}, r.predicate), ' ',
      r.object_actor ? link(`/actor/${r.object_actor}`, r.object) : (r.object || ''), r.what ? ` (${r.what})` : '',
      r.date ? ` · ${r.date}` : '', ' · ', atLink(r.article, r.start, r.end, 'evidence')))) : el('p', {class: 'muted'}, 'None.'),
    el('h3', {}, 'Statements'),
    a.quotes_list.length ? el('ul', {}, a.quotes_list.map(q => el('li', {}, el('q', {}, q.text),
      ` · ${q.articles} article${q.articles > 1 ? 's' : ''} · `, q.article ? atLink(q.article, q.start, q.start + q.text.length, 'source') : '')))
      : el('p', {class: 'muted'}, 'None.'),
    el('h3', {}, 'Incidents'),
    a.incidents.length ? incidentTable(a.incidents, open) : el('p', {class: 'muted'}, 'None.'));
}

export async function quotesView(main) {
  const p = new URLSearchParams(location.search);
  const speaker = p.get('speaker') || '', about = p.get('about') || '';
  const r = await get('/api/quotes?' + new URLSearchParams({speaker, about, limit: 200}));
  const bySpeaker = new Map();
  for (const q of r.quotes) {
    const k = q.speaker || 'unknown speaker';
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k).push(q);
  }
  const form = el('form', {id: 'quote-filters', onsubmit: e => {
    e.preventDefault();
    const f = new FormData(e.target);
    window.sitrepGo(`/quotes?speaker=${encodeURIComponent(f.get('speaker'))}&about=${encodeURIComponent(f.get('about'))}`);
  }}, el('label', {}, 'Speaker ', el('input', {name: 'speaker', value: speaker})), ' ',
    el('label', {}, 'About ', el('input', {name: 'about', value: about})), ' ', el('button', {type: 'submit'}, 'Find'));
  fill(main, el('h2', {}, 'Quotes'), form,
    r.quotes.length ? [...bySpeaker.entries()].sort((x, y) => y[1].length - x[1].length).map(([who, qs]) =>
      el('section', {}, el('h3', {}, `${who} (${qs.length})`), el('ul', {}, qs.map(q => el('li', {'data-statement': q.statement},
        el('q', {}, q.text), ' ', el('span', {class: 'muted'}, `${q.articles} article${q.articles > 1 ? 's' : ''}: `),
        q.sources.map(s => [atLink(s.article, s.start, s.end, s.title || s.source), ' '])))))) : el('p', {class: 'muted'}, 'No statement matches.'));
}

export async function changesView(main) {
  const r = await get('/api/changes' + query());
  fill(main, el('h2', {}, 'What changed'),
    el('p', {class: 'muted'}, r.week_end ? `The week ${r.week_start} to ${r.week_end} against the four weeks before it`
      + ' (score: departure from the weekly mean in Poisson units).' : 'No dated incident.'),
    el('table', {id: 'changes'}, el('thead', {}, el('tr', {}, ['region', 'incidents', 'mean before', 'killed', 'mean before',
      'score', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, r.regions.map(c => el('tr', {},
      el('td', {}, link('/incidents' + query({country: c.country || '', admin1: c.admin1 || ''}),
        [c.admin1, c.country].filter(Boolean).join(', ') || 'unplaced')),
      el('td', {}, String(c.incidents)), el('td', {}, String(c.baseline_incidents)), el('td', {}, String(c.fatalities)),
      el('td', {}, String(c.baseline_fatalities)), el('td', {}, String(Math.max(c.incident_score, c.fatality_score))),
      el('td', {class: c.direction}, c.direction === 'up' ? '▲' : '▼'))))));
}

export async function searchView(main) {
  const q = new URLSearchParams(location.search).get('q');
  if (!q) { fill(main, el('p', {class: 'muted'}, 'Type words in Text and press Apply.')); return; }
  const r = await get('/api/search?q=' + encodeURIComponent(q));
  fill(main, el('h2', {}, `Search: ${q}`), r.hits.length ? el('ol', {}, r.hits.map(h => el('li', {},
    link(`/article/${h.article}`, h.title || `article ${h.article}`), ` (${h.kind}) `, el('div', {}, h.sentence))))
    : el('p', {class: 'muted'}, 'No match.'));
}
