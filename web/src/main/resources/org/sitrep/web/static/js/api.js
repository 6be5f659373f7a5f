// The API client and the one filter state, which lives in the page's URL.

export const FILTERS = ['from', 'to', 'country', 'admin1', 'type', 'actor', 'q'];

/** The filters in the URL, as an object of the set ones. */
export function filters() {
  const p = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTERS) if (p.get(k)) f[k] = p.get(k);
  return f;
}

/** The URL query string of the filters (with more parameters), "?..." or "". */
export function query(extra = {}) {
  const p = new URLSearchParams({...filters(), ...extra});
  for (const [k, v] of [...p.entries()]) if (v === '' || v === 'undefined') p.delete(k);
  const s = p.toString();
  return s ? '?' + s : '';
}

export class ApiError extends Error {}

/** GETs an API path; an error answer throws its message. */
export async function get(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({error: r.statusText}));
  if (!r.ok) throw new ApiError(body.error || r.statusText);
  return body;
}
