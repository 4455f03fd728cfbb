// Conversion between the engine's definition JSON (Elsa 3 flowchart shape) and React Flow nodes/edges.

export const IN_PORT = 'In';

/** The engine's LiteralList: a JSON array, or text split on commas, semicolons and new lines. */
function literalList(expression) {
  const value = expression?.value;
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  return String(value).split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
}

function switchCases(expression) {
  let value = expression?.value;
  if (typeof value === 'string') {
    try { value = JSON.parse(value); } catch { return []; }
  }
  return Array.isArray(value) ? value.filter((c) => c && c.name).map((c) => String(c.name)) : [];
}

/** Outcome ports of an activity, as the engine computes them: static from its descriptor, dynamic for HumanTask, Fork and Switch. */
export function outcomesOf(activity, descriptor) {
  if (!descriptor) return ['Done'];
  const inputs = activity.inputs || {};
  let outcomes;
  switch (activity.type) {
    case 'HumanTask': outcomes = literalList(inputs.Outcomes); break;
    case 'Fork': outcomes = literalList(inputs.Branches); break;
    case 'Switch': outcomes = [...switchCases(inputs.Cases), 'Default']; break;
    default: outcomes = descriptor.outcomes || [];
  }
  return [...new Set(outcomes)];
}

export function edgeId(source, port, target) {
  return `${source}:${port}->${target}`;
}

/** A connection from an outcome port to the "In" port of the target. */
export function makeEdge(source, port, target) {
  return { id: edgeId(source, port, target), source, sourceHandle: port, target, targetHandle: IN_PORT, ariaLabel: `Connexion de ${source} (sortie ${port}) vers ${target}` };
}

export function toFlow(definition) {
  const activities = definition.root?.activities || [];
  const connections = definition.root?.connections || [];
  const nodes = activities.map((activity, index) => ({
    id: activity.id,
    type: 'activity',
    position: activity.metadata?.designer?.position || { x: (index % 5) * 260, y: Math.floor(index / 5) * 160 },
    data: { activity },
  }));
  const edges = new Map();
  for (const c of connections) {
    const edge = makeEdge(c.source.activity, c.source.port, c.target.activity);
    edges.set(edge.id, edge);
  }
  return { nodes, edges: [...edges.values()] };
}

export function fromFlow(meta, nodes, edges) {
  return {
    definitionId: meta.definitionId,
    name: meta.name,
    version: meta.version || 0,
    description: meta.description || null,
    variables: meta.variables || [],
    root: {
      type: 'Flowchart',
      activities: nodes.map((n) => ({
        ...n.data.activity,
        id: n.id,
        metadata: { ...(n.data.activity.metadata || {}), designer: { position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } } },
      })),
      connections: edges.map((e) => ({
        source: { activity: e.source, port: e.sourceHandle },
        target: { activity: e.target, port: IN_PORT },
      })),
    },
  };
}

export function newActivityId(type, nodes) {
  const stem = type.charAt(0).toLowerCase() + type.slice(1);
  const taken = new Set(nodes.map((n) => n.id));
  let i = 1;
  while (taken.has(`${stem}${i}`)) i += 1;
  return `${stem}${i}`;
}
