import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, Background, Controls, MiniMap, applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import ActivityNode from './ActivityNode.jsx';
import NodePanel from './NodePanel.jsx';
import Palette from './Palette.jsx';
import ReadyMarker from './ReadyMarker.jsx';
import Toolbar from './Toolbar.jsx';
import WorkflowPanel from './WorkflowPanel.jsx';
import useHistory from './useHistory.js';
import useWorkflowActions from './useWorkflowActions.js';
import { autoLayout, freeSpot } from './layout.js';
import { FLOW_ARIA } from './labels.js';
import { makeEdge, newActivityId, outcomesOf, toFlow } from './model.js';

const nodeTypes = { activity: ActivityNode };
const NO_ERRORS = [];
const DELETE_KEYS = ['Delete', 'Backspace'];

function emptyDefinition(definitionId) {
  return {
    definitionId, name: definitionId, version: 0, variables: [],
    root: { type: 'Flowchart', activities: [{ id: 'debut', type: 'Start', inputs: {}, metadata: { designer: { position: { x: 0, y: 0 } } } }], connections: [] },
  };
}

/** The workflow designer (admins): palette, canvas, side panel, toolbar. */
export default function Designer({ api, definitionId, roles }) {
  const [descriptors, setDescriptors] = useState([]);
  const [definitions, setDefinitions] = useState([]);
  const [meta, setMeta] = useState(null);
  const [nodes, setNodes] = useState([]);
  const [edges, setEdges] = useState([]);
  const [selectedId, setSelectedId] = useState(null);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [versions, setVersions] = useState([]);
  const [status, setStatus] = useState({ kind: 'info', text: 'Chargement du workflow…' });
  const [dirty, setDirty] = useState(false);
  const flow = useRef(null);
  const canvas = useRef(null);
  const present = useRef({ nodes, edges });
  present.current = { nodes, edges };
  const byType = useMemo(() => new Map(descriptors.map((d) => [d.type, d])), [descriptors]);

  const decorate = useCallback((node, types = byType) => {
    const { activity } = node.data;
    const descriptor = types.get(activity.type);
    return { ...node, data: { activity, descriptor, outcomes: outcomesOf(activity, descriptor), errors: node.data.errors || NO_ERRORS } };
  }, [byType]);

  const history = useHistory(
    useCallback(() => present.current, []),
    useCallback((s) => { setNodes(s.nodes); setEdges(s.edges); setDirty(true); }, []),
  );

  /** Shows a definition (loaded, restored or imported) on the canvas. */
  const show = useCallback((definition, versionList, types) => {
    const model = definition || emptyDefinition(definitionId);
    const flowModel = toFlow(model);
    setMeta({ definitionId: model.definitionId, name: model.name, description: model.description, variables: model.variables || [], version: model.version });
    setNodes(flowModel.nodes.map((n) => decorate(n, types)));
    setEdges(flowModel.edges);
    setVersions(versionList || []);
    setErrors(NO_ERRORS);
    setSelectedId(null);
    setDirty(false);
    history.clear();
  }, [decorate, definitionId, history]);

  const reload = useCallback(async (types = byType) => {
    const [{ data: definition }, { data: versionList }] = await Promise.all([api.definition(definitionId), api.versions(definitionId)]);
    show(definition, versionList, types);
    return definition;
  }, [api, byType, definitionId, show]);

  useEffect(() => {
    (async () => {
      try {
        // One round trip: descriptors, definitions, the definition and its versions at once.
        const [{ data: list }, { data: defs }, { data: definition }, { data: versionList }] = await Promise.all([
          api.descriptors(), api.definitions(), api.definition(definitionId), api.versions(definitionId),
        ]);
        setDescriptors(list);
        setDefinitions(defs);
        show(definition, versionList, new Map(list.map((d) => [d.type, d])));
        setStatus({ kind: 'info', text: definition ? `Version ${definition.version} chargée.` : 'Nouveau workflow : ajoutez des activités puis enregistrez le brouillon.' });
      } catch (e) { setStatus({ kind: 'error', text: `Chargement impossible : ${e.message}` }); }
    })();
    // Loaded once per page.
  }, []);

  useEffect(() => {
    const warn = (e) => { if (dirty) { e.preventDefault(); e.returnValue = ''; } };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Pins validation errors to their nodes (red border, messages on the node and in the side panel). */
  const showErrors = useCallback((list) => {
    setErrors(list.length ? list : NO_ERRORS);
    const byNode = new Map();
    for (const e of list) if (e.activityId) byNode.set(e.activityId, [...(byNode.get(e.activityId) || []), e.message]);
    setNodes((ns) => ns.map((n) => {
      const next = byNode.get(n.id) || NO_ERRORS;
      return next === n.data.errors ? n : { ...n, data: { ...n.data, errors: next } };
    }));
  }, []);

  const onNodesChange = useCallback((changes) => {
    if (changes.some((c) => c.type === 'remove')) { history.record(); setDirty(true); }
    // Keyboard moves (arrows) come without "dragging"; mouse drags were recorded at drag start.
    if (changes.some((c) => c.type === 'position' && c.dragging === undefined && c.position)) history.record();
    if (changes.some((c) => c.type === 'position' && !c.dragging)) setDirty(true);
    setNodes((ns) => applyNodeChanges(changes, ns));
  }, [history]);

  const onEdgesChange = useCallback((changes) => {
    if (changes.some((c) => c.type === 'remove')) { history.record(); setDirty(true); }
    setEdges((es) => applyEdgeChanges(changes, es));
  }, [history]);

  /** One target per outcome port: connecting a port replaces its previous connection; no target disconnects it. */
  const connectPort = useCallback((source, port, target) => {
    history.record();
    setDirty(true);
    setEdges((es) => {
      const rest = es.filter((e) => !(e.source === source && e.sourceHandle === port));
      return target ? [...rest, makeEdge(source, port, target)] : rest;
    });
  }, [history]);

  const onConnect = useCallback((c) => connectPort(c.source, c.sourceHandle, c.target), [connectPort]);
  const isValidConnection = useCallback((c) => c.source !== c.target, []);

  const addActivity = useCallback((type, position) => {
    history.record();
    setDirty(true);
    setNodes((ns) => {
      const id = newActivityId(type, ns);
      let at = position;
      if (!at && flow.current && canvas.current) {
        const box = canvas.current.getBoundingClientRect();
        at = freeSpot(ns, flow.current.screenToFlowPosition({ x: box.left + box.width / 2 - 100, y: box.top + box.height / 3 }));
      }
      const node = decorate({ id, type: 'activity', position: at || { x: 0, y: 0 }, selected: true, data: { activity: { id, type, inputs: {}, metadata: {} } } });
      setSelectedId(id);
      return [...ns.map((n) => (n.selected ? { ...n, selected: false } : n)), node];
    });
  }, [decorate, history]);

  const deleteActivity = useCallback((id) => {
    history.record();
    setDirty(true);
    setNodes((ns) => ns.filter((n) => n.id !== id));
    setEdges((es) => es.filter((e) => e.source !== id && e.target !== id));
    setSelectedId(null);
  }, [history]);

  /**
   * Changing an input can change the ports (Fork branches, task outcomes, switch cases). Connections of a port that
   * disappeared are kept (typing a branch name passes through partial names) and listed in the side panel to remove.
   */
  const changeInput = useCallback((id, name, expression) => {
    setDirty(true);
    setNodes((ns) => ns.map((n) => {
      if (n.id !== id) return n;
      const inputs = { ...n.data.activity.inputs };
      if (expression) inputs[name] = expression; else delete inputs[name];
      return decorate({ ...n, data: { ...n.data, activity: { ...n.data.activity, inputs } } });
    }));
  }, [decorate]);

  const removeEdge = useCallback((id) => {
    history.record();
    setDirty(true);
    setEdges((es) => es.filter((e) => e.id !== id));
  }, [history]);

  const onLayout = useCallback(() => {
    history.record();
    setDirty(true);
    setNodes((ns) => autoLayout(ns, present.current.edges));
    setTimeout(() => flow.current?.fitView({ duration: 200 }), 50);
  }, [history]);

  const actions = useWorkflowActions({
    api, definitionId, meta, setMeta, present, setStatus, setDirty, setVersions, showErrors, reload, dirty,
  });

  // Shortcuts on the whole page (focus may be on the body after a deletion), except while typing in a field.
  const shortcuts = useRef(null);
  shortcuts.current = { undo: history.undo, redo: history.redo, save: actions.onSave };
  useEffect(() => {
    const onKeyDown = (e) => {
      if (e.target.closest?.('input, textarea, select, [contenteditable]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) { e.preventDefault(); shortcuts.current.undo(); }
      if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) { e.preventDefault(); shortcuts.current.redo(); }
      if (mod && key === 's') { e.preventDefault(); shortcuts.current.save(); }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onDrop = (e) => {
    e.preventDefault();
    const type = e.dataTransfer.getData('application/x-wf-activity');
    if (type && flow.current) addActivity(type, flow.current.screenToFlowPosition({ x: e.clientX - 90, y: e.clientY - 20 }));
  };

  const onSelectionChange = useCallback(({ nodes: sel }) => setSelectedId(sel.length === 1 ? sel[0].id : null), []);
  const onInit = useCallback((instance) => { flow.current = instance; }, []);

  if (!meta) return <p role="status" className={`wf-status wf-status-${status.kind}`}>{status.text}</p>;
  const selected = selectedId ? nodes.find((n) => n.id === selectedId) : null;
  const current = versions.find((v) => v.version === meta.version);

  return (
    <div className="wf-designer">
      <Toolbar actions={actions} history={history} onLayout={onLayout} dirty={dirty} meta={meta} current={current} versions={versions} />
      <p role="status" aria-live="polite" className={`wf-status wf-status-${status.kind}`}>{status.text}</p>
      <div className="wf-workspace">
        <Palette descriptors={descriptors} onAdd={addActivity} />
        <div className="wf-canvas" ref={canvas} onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }} onDrop={onDrop}>
          <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} onInit={onInit}
            onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onConnect={onConnect} isValidConnection={isValidConnection}
            onNodeDragStart={history.record} onSelectionChange={onSelectionChange}
            deleteKeyCode={DELETE_KEYS} minZoom={0.05} maxZoom={1.5} fitView ariaLabelConfig={FLOW_ARIA} proOptions={{ hideAttribution: true }}>
            <Background />
            <Controls showInteractive={false} />
            {nodes.length > 40 && <MiniMap pannable zoomable ariaLabel="Vue d’ensemble" />}
            <ReadyMarker count={nodes.length} />
          </ReactFlow>
        </div>
        {selected ? (
          <NodePanel key={selected.id} node={selected} nodes={nodes} edges={edges}
            errors={errors.filter((e) => e.activityId === selected.id)} onInputChange={changeInput} onEditStart={history.record}
            check={actions.check} onConnectPort={connectPort} onRemoveEdge={removeEdge} onDelete={deleteActivity} onClose={() => setSelectedId(null)}
            roles={roles} variables={meta.variables || []} definitions={definitions} />
        ) : (
          <WorkflowPanel meta={meta} onMetaChange={(p) => { setDirty(true); setMeta((m) => ({ ...m, ...p })); }}
            errors={errors} versions={versions} onRollback={actions.onRollback} exportUrl={actions.exportUrl}
            onSelectActivity={(id) => { setSelectedId(id); const n = nodes.find((x) => x.id === id); if (n) flow.current?.setCenter(n.position.x + 90, n.position.y + 40, { zoom: 1, duration: 200 }); }} />
        )}
      </div>
    </div>
  );
}
