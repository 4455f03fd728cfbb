import React, { useCallback, useEffect, useMemo, useState } from 'react';
import { ReactFlow, Background, Controls, MiniMap, applyNodeChanges } from '@xyflow/react';
import ActivityNode from './ActivityNode.jsx';
import InstanceTabs from './InstanceTabs.jsx';
import ReadyMarker from './ReadyMarker.jsx';
import { FLOW_ARIA, INSTANCE_STATUS, NODE_STATE } from './labels.js';
import { outcomesOf, toFlow } from './model.js';

const nodeTypes = { activity: ActivityNode };
const ACTIVE = ['Running', 'Suspended', 'Faulted'];

/** Elsa Studio's colouring: an open incident first, then waiting, running, completed. */
function stateOf(stats, openIncident) {
  if (openIncident) return 'faulted';
  if (!stats) return undefined;
  if (stats.waiting > 0) return 'waiting';
  if (stats.running > 0 && stats.completed === 0) return 'running';
  if (stats.completed > 0) return 'completed';
  if (stats.faulted > 0) return 'faulted';
  return undefined;
}

/** Ports an activity left by (journal "Completed" entries carry the outcomes, comma-separated). */
function takenPorts(journal) {
  const taken = new Set();
  for (const entry of journal) {
    if (entry.eventName !== 'Completed' || !entry.outcome) continue;
    for (const port of entry.outcome.split(',')) taken.add(`${entry.activityId}:${port}`);
  }
  return taken;
}

function buildGraph(definition, descriptors, stats, details) {
  const types = new Map(descriptors.map((d) => [d.type, d]));
  const byActivity = new Map(stats.map((s) => [s.activityId, s]));
  const faulted = new Set(details.incidents.filter((i) => !i.resolvedAt).map((i) => i.activityId));
  const taken = takenPorts(details.journal);
  const { nodes, edges } = toFlow(definition);
  return {
    nodes: nodes.map((n) => {
      const descriptor = types.get(n.data.activity.type);
      const s = byActivity.get(n.id);
      return {
        ...n, draggable: false, connectable: false, deletable: false,
        data: { activity: n.data.activity, descriptor, outcomes: outcomesOf(n.data.activity, descriptor), stats: s, state: stateOf(s, faulted.has(n.id)) },
      };
    }),
    edges: edges.map((e) => (taken.has(`${e.source}:${e.sourceHandle}`) ? { ...e, className: 'wf-edge-taken', deletable: false } : { ...e, deletable: false })),
  };
}

/** Read-only canvas of one instance: nodes coloured by state with count badges, tabs below; retry/cancel for admins. */
export default function Viewer({ api, instanceId, canManage }) {
  const [graph, setGraph] = useState(null);
  const [details, setDetails] = useState(null);
  const [tasks, setTasks] = useState([]);
  const [descriptors, setDescriptors] = useState([]);
  const [selectedId, setSelectedId] = useState(null);
  const [message, setMessage] = useState({ kind: 'info', text: 'Chargement de l’instance…' });

  const load = useCallback(async () => {
    const { data: loaded } = await api.instance(instanceId);
    const [{ data: definition }, { data: stats }, { data: list }, { data: taskList }] = await Promise.all([
      api.definition(loaded.instance.definitionId, loaded.instance.definitionVersion),
      api.statistics(instanceId),
      api.descriptors(),
      api.tasks(instanceId),
    ]);
    if (!definition) throw new Error(`la version ${loaded.instance.definitionVersion} du workflow n'existe plus`);
    setGraph(buildGraph(definition, list, stats, loaded));
    setDescriptors(list);
    setDetails(loaded);
    setTasks(taskList);
    return loaded;
  }, [api, instanceId]);

  useEffect(() => {
    load().then(() => setMessage(null)).catch((e) => setMessage({ kind: 'error', text: `Chargement impossible : ${e.message}` }));
  }, [load]);

  const act = async (question, label, action, done) => {
    if (!window.confirm(question)) return;
    setMessage({ kind: 'info', text: `${label}…` });
    try {
      await action(instanceId);
      const { instance: after } = await load();
      setMessage(after.status === 'Faulted'
        ? { kind: 'error', text: `${label} faite, mais une activité est de nouveau en erreur : voir l’onglet Incidents.` }
        : { kind: 'success', text: done });
    } catch (e) { setMessage({ kind: 'error', text: `${label} impossible : ${e.message}` }); }
  };

  // Controlled nodes: React Flow reports their measured size, which the "rendered" marker waits for.
  const onNodesChange = useCallback((changes) => setGraph((g) => ({ ...g, nodes: applyNodeChanges(changes, g.nodes) })), []);
  const onNodeClick = useCallback((_, node) => setSelectedId((current) => (current === node.id ? null : node.id)), []);
  const names = useMemo(() => new Map(descriptors.map((d) => [d.type, d.displayName])), [descriptors]);
  const instance = details?.instance;
  const waiting = graph?.nodes.filter((n) => n.data.state === 'waiting').map((n) => n.id) || [];

  return (
    <div className="wf-viewer">
      {instance && (
        <div className="wf-toolbar" role="toolbar" aria-label="Instance">
          <span className={`wf-status-pill wf-status-pill-${instance.status.toLowerCase()}`} data-status={instance.status}>
            {INSTANCE_STATUS[instance.status] || instance.status}
          </span>
          <span>Version {instance.definitionVersion}</span>
          {waiting.length > 0 && <span className="wf-waiting-summary">En attente sur : {waiting.join(', ')}</span>}
          <span className="wf-legend" aria-label="Légende">
            {Object.entries(NODE_STATE).map(([key, label]) => <span key={key} className={`wf-badge wf-badge-${key}`}>{label}</span>)}
          </span>
          <span className="wf-toolbar-end">
            <button type="button" onClick={() => load().catch((e) => setMessage({ kind: 'error', text: e.message }))}>Actualiser</button>
            {canManage && instance.status === 'Faulted' && (
              <>
                <button type="button" className="primary" onClick={() => act('Relancer les activités en erreur de cette instance ?', 'Relance', api.retry, 'Instance relancée : les activités en erreur ont été exécutées à nouveau.')}>Relancer</button>
                <button type="button" onClick={() => act('Passer les activités en erreur ? L’instance continuera par leur première sortie.', 'Passage', api.skip, 'Activités en erreur passées : l’instance a continué par leur première sortie.')}>Passer l’activité en erreur</button>
              </>
            )}
            {canManage && ACTIVE.includes(instance.status) && (
              <button type="button" className="danger" onClick={() => act('Annuler cette instance ? Ce qui reste en attente sera abandonné.', 'Annulation', api.cancel, 'Instance annulée.')}>Annuler l'instance</button>
            )}
          </span>
        </div>
      )}
      {message && <p role="status" aria-live="polite" className={`wf-status wf-status-${message.kind}`}>{message.text}</p>}
      {graph && (
        <div className="wf-canvas wf-canvas-readonly">
          <ReactFlow nodes={graph.nodes} edges={graph.edges} nodeTypes={nodeTypes} onNodesChange={onNodesChange} nodesDraggable={false} nodesConnectable={false}
            elementsSelectable={false} deleteKeyCode={null} onNodeClick={onNodeClick} minZoom={0.05} maxZoom={1.5} fitView
            ariaLabelConfig={FLOW_ARIA} proOptions={{ hideAttribution: true }}>
            <Background />
            <Controls showInteractive={false} />
            {graph.nodes.length > 40 && <MiniMap pannable zoomable ariaLabel="Vue d’ensemble" />}
            <ReadyMarker count={graph.nodes.length} />
          </ReactFlow>
        </div>
      )}
      {details && (
        <InstanceTabs details={details} tasks={tasks} names={names} selectedId={selectedId} onClearSelection={() => setSelectedId(null)} />
      )}
    </div>
  );
}
