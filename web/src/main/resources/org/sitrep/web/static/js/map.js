// The map: an offline Natural Earth basemap (world-atlas), incidents clustered with supercluster, sized by toll
// and coloured by ACLED type. A cluster too tight to split opens as a list, never as a spider.
import {el, fill, colour, TYPES} from './dom.js';

const MAX_ZOOM = 14;
let land = null;

async function basemap() {
  if (!land) {
    const topo = await (await fetch('/static/vendor/world-atlas/countries-50m.json')).json();
    land = topojson.feature(topo, topo.objects.countries);
  }
  return land;
}

function majority(types) {
  let best = null;
  for (const t of TYPES) if (types[t] && (!best || types[t] > types[best])) best = t;
  return best;
}

/** Draws the points in the container; opens(id) shows an incident, list(title, items) a list in the panel. */
export async function drawMap(container, points, {open, list}) {
  const map = L.map(container, {worldCopyJump: true, minZoom: 1, maxZoom: MAX_ZOOM + 2, preferCanvas: false});
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Natural Earth via world-atlas');
  L.geoJSON(await basemap(), {interactive: false,
    style: {fillColor: '#f3f0e8', fillOpacity: 1, color: '#9a9a9a', weight: 0.6}}).addTo(map);
  const index = new Supercluster({radius: 48, maxZoom: MAX_ZOOM,
    map: p => ({f: p.fatalities || 0, t: {[p.type]: 1}}),
    reduce: (a, b) => { a.f += b.f; for (const k in b.t) a.t[k] = (a.t[k] || 0) + b.t[k]; }});
  index.load(points.map(p => ({type: 'Feature', geometry: {type: 'Point', coordinates: [p.lon, p.lat]}, properties: p})));
  const layer = L.layerGroup().addTo(map);
  const render = () => {
    layer.clearLayers();
    const b = map.getBounds();
    const west = Math.max(-180, b.getWest()), east = Math.min(180, b.getEast());
    for (const c of index.getClusters([west, Math.max(-85, b.getSouth()), east, Math.min(85, b.getNorth())], map.getZoom())) {
      const [lon, lat] = c.geometry.coordinates;
      const p = c.properties;
      if (p.cluster) {
        const r = 8 + Math.sqrt(p.point_count) * 2.5 + Math.sqrt(p.f);
        const m = L.circleMarker([lat, lon], {radius: Math.min(r, 40), color: '#222', weight: 1,
          fillColor: colour(majority(p.t)), fillOpacity: 0.75, className: 'cluster-marker'});
        m.bindTooltip(el('div', {}, `${p.point_count} incidents, ${p.f} killed`));
        m.on('click', () => {
          const zoom = index.getClusterExpansionZoom(p.cluster_id);
          if (zoom > MAX_ZOOM || map.getZoom() >= MAX_ZOOM) {
            const leaves = index.getLeaves(p.cluster_id, 500).map(l => l.properties);
            list(`${p.point_count} incidents here`, leaves);
          } else {
            map.setView([lat, lon], zoom);
          }
        });
        m.addTo(layer);
      } else {
        const m = L.circleMarker([lat, lon], {radius: 5 + Math.sqrt(p.fatalities || 0) * 2, color: '#222', weight: 1,
          fillColor: colour(p.type), fillOpacity: 0.85, className: 'incident-marker'});
        m.bindTooltip(el('div', {}, el('b', {}, p.subtype), el('br'), `${p.date || 'undated'} · ${p.location || ''}`,
          el('br'), `${p.fatalities ?? 'no'} killed`));
        m.on('click', () => open(p.id));
        m.addTo(layer);
      }
    }
  };
  map.on('moveend', render);
  if (points.length) {
    map.fitBounds(L.latLngBounds(points.map(p => [p.lat, p.lon])).pad(0.3), {maxZoom: 7});
  } else {
    map.setView([25, 10], 2);
  }
  render();
  return map;
}
