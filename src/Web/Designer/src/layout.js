// Auto-layout, top to bottom: layers by longest path from the start nodes, each layer ordered by the mean
// position of its parents (fewer crossings), wide layers wrapped so that 500 activities stay readable.
const COLUMN = 240;
const ROW = 170;
const MAX_PER_ROW = 12;

function layersOf(nodes, edges) {
  const outgoing = new Map(nodes.map((n) => [n.id, []]));
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of edges) {
    if (!outgoing.has(e.source) || !indegree.has(e.target) || e.source === e.target) continue;
    outgoing.get(e.source).push(e.target);
    indegree.set(e.target, indegree.get(e.target) + 1);
  }
  const layer = new Map(nodes.map((n) => [n.id, 0]));
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const seen = new Set();
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head];
    seen.add(id);
    for (const next of outgoing.get(id)) {
      layer.set(next, Math.max(layer.get(next), layer.get(id) + 1));
      indegree.set(next, indegree.get(next) - 1);
      if (indegree.get(next) === 0) queue.push(next);
    }
  }
  // Nodes in cycles (loops back to a review) go one layer below their deepest placed parent.
  let maxLayer = Math.max(0, ...layer.values());
  for (const n of nodes) {
    if (seen.has(n.id)) continue;
    const parents = edges.filter((e) => e.target === n.id && seen.has(e.source)).map((e) => layer.get(e.source) + 1);
    layer.set(n.id, parents.length ? Math.max(...parents) : ++maxLayer);
    seen.add(n.id);
  }
  return layer;
}

export function autoLayout(nodes, edges) {
  const layer = layersOf(nodes, edges);
  const parents = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) if (parents.has(e.target) && e.source !== e.target) parents.get(e.target).push(e.source);
  const byLayer = new Map();
  for (const n of nodes) {
    const l = layer.get(n.id);
    if (!byLayer.has(l)) byLayer.set(l, []);
    byLayer.get(l).push(n.id);
  }
  const slot = new Map();
  const position = new Map();
  let row = 0;
  for (const l of [...byLayer.keys()].sort((a, b) => a - b)) {
    const ids = byLayer.get(l);
    const mean = (id) => {
      const placed = parents.get(id).filter((p) => slot.has(p));
      return placed.length ? placed.reduce((sum, p) => sum + slot.get(p), 0) / placed.length : Number.MAX_SAFE_INTEGER;
    };
    ids.sort((a, b) => mean(a) - mean(b));
    for (let start = 0; start < ids.length; start += MAX_PER_ROW) {
      const chunk = ids.slice(start, start + MAX_PER_ROW);
      chunk.forEach((id, i) => {
        const x = (i - (chunk.length - 1) / 2) * COLUMN;
        slot.set(id, x);
        position.set(id, { x, y: row * ROW });
      });
      row += 1;
    }
  }
  return nodes.map((n) => ({ ...n, position: position.get(n.id) }));
}

const NODE_W = 200;
const NODE_H = 100;

/** The spot nearest to `near` where a new activity overlaps no other (rings of a grid around it). */
export function freeSpot(nodes, near) {
  const overlaps = (p) => nodes.some((n) => {
    const w = n.measured?.width || NODE_W;
    const h = n.measured?.height || NODE_H;
    return p.x < n.position.x + w + 20 && p.x + NODE_W + 20 > n.position.x && p.y < n.position.y + h + 20 && p.y + NODE_H + 20 > n.position.y;
  });
  for (let ring = 0; ring < 12; ring += 1) {
    for (let dy = -ring; dy <= ring; dy += 1) {
      for (let dx = -ring; dx <= ring; dx += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const p = { x: near.x + dx * (NODE_W + 40), y: near.y + dy * (NODE_H + 40) };
        if (!overlaps(p)) return p;
      }
    }
  }
  return near;
}
