import React, { memo, useEffect, useRef } from 'react';
import { Handle, Position, useUpdateNodeInternals } from '@xyflow/react';
import { IN_PORT } from './model.js';
import { NODE_STATE, outcomeLabel } from './labels.js';

const BADGES = [
  ['completed', '✓'],
  ['running', '▶'],
  ['waiting', '⏸'],
  ['faulted', '!'],
];

function Badges({ stats }) {
  if (!stats) return null;
  const parts = BADGES.filter(([key]) => stats[key] > 0);
  return (
    <div className="wf-badges">
      {parts.map(([key, icon]) => (
        <span key={key} className={`wf-badge wf-badge-${key}`} data-count-kind={key} title={`${NODE_STATE[key]} : ${stats[key]}`}>
          {icon} {stats[key]}
        </span>
      ))}
    </div>
  );
}

/** One activity on the canvas: an "In" port on top, one port per outcome below. */
function ActivityNode({ id, data, selected }) {
  const { activity, descriptor, outcomes, errors, stats, state } = data;
  const updateNodeInternals = useUpdateNodeInternals();
  const ports = outcomes.join('|');
  const mounted = useRef(false);
  useEffect(() => {
    // React Flow measures handles on mount by itself; re-measure only when the ports change (e.g. new Fork branch).
    if (mounted.current) updateNodeInternals(id);
    mounted.current = true;
  }, [id, ports, updateNodeInternals]);
  const classes = ['wf-node'];
  if (selected) classes.push('wf-node-selected');
  if (errors?.length) classes.push('wf-node-invalid');
  if (state) classes.push(`wf-state-${state}`);
  const title = descriptor?.displayName || activity.type;
  return (
    <div className={classes.join(' ')} style={outcomes.length > 2 ? { width: outcomes.length * 80 } : undefined} data-activity-id={id} data-state={state || undefined} data-invalid={errors?.length ? 'true' : undefined}
      title={`${title} (${id})${state ? ` – ${NODE_STATE[state]}` : ''}`}>
      <Handle type="target" position={Position.Top} id={IN_PORT} className="wf-port-in" />
      <div className="wf-node-category">{descriptor?.category || 'Type inconnu'}</div>
      <div className="wf-node-title">{title}</div>
      <div className="wf-node-id">{id}</div>
      {state && <div className="wf-node-state">{NODE_STATE[state]}</div>}
      <Badges stats={stats} />
      {errors?.length ? <ul className="wf-node-errors" aria-label={`Erreurs de ${id}`}>{errors.map((e, i) => <li key={i}>{e}</li>)}</ul> : null}
      <div className="wf-outcomes">
        {outcomes.map((outcome, i) => (
          <div key={outcome} className="wf-outcome" style={{ left: `${((i + 1) * 100) / (outcomes.length + 1)}%` }}>
            <span className="wf-outcome-label">{outcomeLabel(outcome)}</span>
            <Handle type="source" position={Position.Bottom} id={outcome} className="wf-port-out" data-port={outcome} />
          </div>
        ))}
      </div>
    </div>
  );
}

export default memo(ActivityNode);
