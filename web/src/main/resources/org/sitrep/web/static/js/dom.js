// DOM building: every text from the store goes in as a text node, never as markup.

/** An element with attributes (on* handlers excepted: pass functions under "onclick" and the like) and children. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k === 'style' && typeof v === 'object') for (const [p, x] of Object.entries(v)) e.style.setProperty(p, x);
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function fill(e, ...children) {
  e.replaceChildren();
  append(e, children);
  return e;
}

/** ACLED's six event types and their colours. */
export const TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots',
  'Strategic developments'];
const COLOURS = ['#c0392b', '#e67e22', '#8e44ad', '#2980b9', '#16a085', '#7f8c8d'];
export function colour(type) {
  const i = TYPES.indexOf(type);
  return i < 0 ? '#555' : COLOURS[i];
}

export function legend() {
  return el('div', {class: 'legend'}, TYPES.map(t => el('span', {style: {'--c': colour(t)}}, t)));
}

/** A toll as "at least 9", or a disputed one as the range "9–12". */
export function toll(i) {
  if (i.fatalities === null || i.fatalities === undefined) return '–';
  if (i.disputed) return el('span', {class: 'range', title: 'reports disagree'},
    `${i.fatalities_low}–${i.fatalities_high}`);
  return (i.fatalities_qualifier && i.fatalities_qualifier !== 'exact' ? i.fatalities_qualifier + ' ' : '') + i.fatalities;
}

export function place(i) {
  return [i.location, i.admin1, i.country].filter(Boolean).join(', ') || '–';
}
