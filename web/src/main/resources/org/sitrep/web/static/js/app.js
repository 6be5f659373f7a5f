// The page: one filter state in the URL, a path per view, and the views drawn from the API.
import {el, fill, legend, TYPES} from './dom.js';
import {get, filters, query, FILTERS} from './api.js';
import {drawMap} from './map.js';
import {drawTimeline} from './timeline.js';
import {drawNetwork} from './network.js';
import {drawReader} from './reader.js';
import {tableView, incidentView, actorView, quotesView, changesView, searchView} from './views.js';

const main = document.getElementById('main');
const panelBox = document.getElementById('panel');
const summary = document.getElementById('summary');
const form = document.getElementById('filters');

export function go(url) {
  history.pushState(null, '', url);
  render();
}
window.sitrepGo = go;

const open = id => go(`/incident/${id}${query()}`);

function panel(title, children) {
  panelBox.hidden = false;
  fill(panelBox, el('button', {class: 'close', type: 'button', title: 'close', onclick: () => { panelBox.hidden = true; }}, '×'),
    el('h3', {}, title), children);
}

function clusterList(title, items) {
  const shown = items.slice(0, 100);
  panel(title, [el('ul', {class: 'cluster-list'}, shown.map(p => el('li', {'data-incident-id': p.id, onclick: () => open(p.id)},
    `${p.date || 'undated'} · ${p.subtype} · ${p.location || ''} · ${p.fatalities ?? 'no'} killed`))),
    items.length > shown.length ? el('p', {class: 'muted'}, `and ${items.length - shown.length} more: narrow the filters or use the table.`) : '']);
}

function selectRange(from, to) {
  const p = new URLSearchParams(location.search);
  p.set('from', from); p.set('to', to);
  go(`${location.pathname}?${p}`);
}

async function mapView(match, timeline) {
  const mapBox = el('div', {id: 'map'});
  const timeBox = el('div', {id: 'timeline'});
  fill(main, legend(), mapBox, timeBox, el('p', {}, 'Export the filtered incidents: ',
    ['acled-csv', 'geojson', 'graphml'].map(f => [el('a', {href: `/api/export/${f}${query()}`, download: ''}, f), ' '])));
  drawTimeline(timeBox, timeline, selectRange);
  const points = await get('/api/points' + query());
  if (points.truncated) summary.append(` · the map shows the newest ${points.points.length} placed incidents`);
  await drawMap(mapBox, points.points, {open, list: clusterList});
}

async function networkView() {
  const box = el('div', {id: 'network'});
  fill(main, el('h2', {}, 'Actor network'), box);
  const f = filters();
  const p = new URLSearchParams();
  for (const k of ['actor', 'from', 'to']) if (f[k]) p.set(k, f[k]);
  drawNetwork(box, await get('/api/network?' + p), {openActor: id => go(`/actor/${id}${query()}`),
    openArticle: id => go(`/article/${id}`)});
}

async function articleView(id) {
  const a = await get(`/api/articles/${id}`);
  const at = (new URLSearchParams(location.search).get('at') || '').match(/^(\d+)-(\d+)$/);
  drawReader(main, a, at ? [Number(at[1]), Number(at[2])] : null, panel);
}

const ROUTES = [
  [/^\/(map|timeline)?$/, mapView],
  [/^\/incidents$/, () => tableView(main, {open})],
  [/^\/network$/, networkView],
  [/^\/quotes$/, () => quotesView(main)],
  [/^\/changes$/, () => changesView(main)],
  [/^\/search$/, () => searchView(main)],
  [/^\/incident\/(\d+)$/, m => incidentView(main, m[1])],
  [/^\/article\/(\d+)$/, m => articleView(m[1])],
  [/^\/actor\/(\d+)$/, m => actorView(main, m[1], {open})],
];

/** Shows the filtered incidents' counts; gives the timeline they come from, which the map view draws too. */
async function showSummary() {
  const t = await get('/api/timeline' + query());
  let n = t.undated, k = 0;
  for (const d of t.days) { n += d.incidents; k += d.fatalities; }
  const f = filters();
  const set = Object.entries(f).map(([key, v]) => `${key}: ${v}`).join(', ');
  summary.textContent = `${n} incidents, ${k} killed${set ? ' · filters: ' + set : ''}`;
  return t;
}

async function render() {
  panelBox.hidden = true;
  const f = filters();
  for (const k of FILTERS) form.elements[k].value = f[k] || '';
  const view = location.pathname.split('/')[1] || 'map';
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.view === view));
  for (const a of document.querySelectorAll('#nav a')) a.href = `/${a.dataset.view}${query()}`;
  document.body.dataset.view = view;
  document.body.dataset.ready = 'false';
  fill(main, el('p', {class: 'muted'}, 'Loading…'));
  try {
    const timeline = await showSummary();
    const route = ROUTES.find(([re]) => re.test(location.pathname));
    if (!route) throw new Error('no such view: ' + location.pathname);
    await route[1](location.pathname.match(route[0]), timeline);
  } catch (e) {
    fill(main, el('p', {class: 'error'}, String(e.message || e)));
  }
  document.body.dataset.ready = 'true';
}

for (const t of TYPES) form.elements.type.appendChild(el('option', {value: t}, t));
form.addEventListener('submit', e => {
  e.preventDefault();
  const p = new URLSearchParams();
  for (const k of FILTERS) { const v = form.elements[k].value.trim(); if (v) p.set(k, v); }
  const path = location.pathname.startsWith('/incident/') || location.pathname.startsWith('/article/')
    || location.pathname.startsWith('/actor/') ? '/incidents' : location.pathname;
  go(`${path}${p.toString() ? '?' + p : ''}`);
});
document.getElementById('clear').addEventListener('click', () => go(location.pathname.match(/^\/\w*$/) ? location.pathname : '/'));
document.addEventListener('click', e => {
  const a = e.target.closest('a[href^="/"]');
  if (!a || a.target || e.ctrlKey || e.metaKey || e.shiftKey || a.getAttribute('href').startsWith('/api/')
    || a.getAttribute('href').startsWith('/static/')) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', render);
render();
