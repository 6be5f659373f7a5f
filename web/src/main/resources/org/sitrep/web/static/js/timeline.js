// The timeline: incidents per day, stacked by ACLED type, with the day's fatalities as a line. Dragging a range
// sets the date filter, which every panel follows.
import {el, colour, TYPES} from './dom.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;

function svg(tag, attrs = {}) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const iso = t => new Date(t).toISOString().slice(0, 10);

/** Draws the days into the container; select(from, to) is called with the dragged range. */
export function drawTimeline(container, data, select) {
  const days = data.days;
  container.replaceChildren();
  if (!days.length) {
    container.appendChild(el('p', {class: 'muted'}, `No dated incidents${data.undated ? ` (${data.undated} undated)` : ''}.`));
    return;
  }
  const W = 1000, H = 150, pad = 24;
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const n = Math.round((last - first) / DAY) + 1;
  const perDay = new Map();
  for (const d of days) {
    const k = Math.round((Date.parse(d.date) - first) / DAY);
    const v = perDay.get(k) || {total: 0, fatalities: 0, types: {}};
    v.total += d.incidents; v.fatalities += d.fatalities; v.types[d.type] = (v.types[d.type] || 0) + d.incidents;
    perDay.set(k, v);
  }
  const maxN = Math.max(...[...perDay.values()].map(v => v.total));
  const maxF = Math.max(1, ...[...perDay.values()].map(v => v.fatalities));
  const bw = (W - 2 * pad) / n;
  const root = svg('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'incidents per day'});
  const x = k => pad + k * bw;
  const line = [];
  for (const [k, v] of [...perDay.entries()].sort((a, b) => a[0] - b[0])) {
    let y = H - pad;
    for (const t of TYPES) {
      const c = v.types[t];
      if (!c) continue;
      const h = (c / maxN) * (H - 2 * pad);
      const r = svg('rect', {x: x(k), y: y - h, width: Math.max(1, bw - 1), height: h, fill: colour(t), class: 'bar',
        'data-date': iso(first + k * DAY)});
      const title = svg('title');
      title.textContent = `${iso(first + k * DAY)}: ${c} ${t}`;
      r.appendChild(title);
      root.appendChild(r);
      y -= h;
    }
    line.push(`${x(k) + bw / 2},${H - pad - (v.fatalities / maxF) * (H - 2 * pad)}`);
  }
  root.appendChild(svg('polyline', {points: line.join(' '), fill: 'none', stroke: '#000', 'stroke-width': 1.2,
    'stroke-dasharray': '3 2'}));
  for (const [t, anchor, px] of [[first, 'start', pad], [last, 'end', W - pad]]) {
    const label = svg('text', {x: px, y: H - 6, 'font-size': 11, 'text-anchor': anchor});
    label.textContent = iso(t);
    root.appendChild(label);
  }
  const top = svg('text', {x: pad, y: 12, 'font-size': 11});
  top.textContent = `max ${maxN} incidents/day (bars), ${maxF} killed/day (dashed)`;
  root.appendChild(top);
  const brush = svg('rect', {class: 'brush', x: 0, y: pad / 2, width: 0, height: H - pad, visibility: 'hidden'});
  root.appendChild(brush);
  const dayAt = evt => {
    const box = root.getBoundingClientRect();
    const vx = ((evt.clientX - box.left) / box.width) * W;
    return Math.max(0, Math.min(n - 1, Math.floor((vx - pad) / bw)));
  };
  let start = null;
  root.addEventListener('mousedown', e => { start = dayAt(e); e.preventDefault(); });
  root.addEventListener('mousemove', e => {
    if (start === null) return;
    const a = Math.min(start, dayAt(e)), b = Math.max(start, dayAt(e));
    brush.setAttribute('x', x(a)); brush.setAttribute('width', (b - a + 1) * bw); brush.setAttribute('visibility', 'visible');
  });
  root.addEventListener('mouseup', e => {
    if (start === null) return;
    const a = Math.min(start, dayAt(e)), b = Math.max(start, dayAt(e));
    start = null;
    select(iso(first + a * DAY), iso(first + b * DAY));
  });
  container.appendChild(root);
  if (data.undated) container.appendChild(el('div', {class: 'muted'}, `${data.undated} incidents have no whole-day date.`));
}
