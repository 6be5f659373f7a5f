// The actor network: actors as nodes sized by mentions, relations as typed, directed edges with their counts.
import {el} from './dom.js';

const PREDICATES = {supplies: '#2c7be5', attacks: '#c0392b', accuses: '#e67e22', threatens: '#d35400',
  permits: '#16a085', meets: '#7f8c8d', urges: '#8e44ad', appoints: '#34495e'};

export function drawNetwork(container, net, {openActor, openArticle}) {
  const elements = [];
  const maxMentions = Math.max(1, ...net.nodes.map(n => n.mentions));
  for (const n of net.nodes) {
    elements.push({data: {id: n.id, label: n.name, actor: n.actor, size: 14 + 40 * Math.sqrt(n.mentions / maxMentions)}});
  }
  net.edges.forEach((e, i) => elements.push({data: {id: 'e' + i, source: e.from, target: e.to,
    label: e.count > 1 ? `${e.predicate} ×${e.count}` : e.predicate, article: e.article,
    colour: PREDICATES[e.predicate] || '#555'}}));
  const cy = cytoscape({container, elements, wheelSensitivity: 0.3, textureOnViewport: true, hideEdgesOnViewport: net.edges.length > 500,
    style: [
      {selector: 'node', style: {label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10,
        'background-color': '#4a6a8a', color: '#111', 'text-valign': 'bottom'}},
      {selector: 'edge', style: {width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', label: 'data(label)', 'font-size': 8,
        'text-rotation': 'autorotate', color: '#333'}}],
    layout: {name: net.nodes.length > 300 ? 'concentric' : 'cose', animate: false, randomize: false, nodeRepulsion: 9000}});
  cy.on('tap', 'node', evt => { const a = evt.target.data('actor'); if (a) openActor(a); });
  cy.on('tap', 'edge', evt => openArticle(evt.target.data('article')));
  const hidden = net.hidden_nodes ? ` (${net.hidden_nodes} less connected actors and ${net.hidden_edges} of their edges not drawn)` : '';
  container.after(el('div', {class: 'muted'}, `${net.nodes.length} actors, ${net.edges.length} edges${hidden}. Click an actor to open it, an edge for its article.`));
  return cy;
}
