import React from 'react';
import InputField from './InputField.jsx';
import { outcomeLabel } from './labels.js';

/** Errors of one input: the engine names the input (its technical name) in each message. */
function fieldErrors(errors, inputName) {
  const pattern = new RegExp(`\\b${inputName}\\b`);
  return errors.filter((e) => e.code?.startsWith('input.') && pattern.test(e.message)).map((e) => e.message);
}

/** Side panel of the selected activity: inputs generated from its descriptor, its connections, delete. */
export default function NodePanel({ node, nodes, edges, errors, onInputChange, onEditStart, check, onConnectPort, onRemoveEdge, onDelete, onClose, roles, variables, definitions }) {
  const { activity, descriptor, outcomes } = node.data;
  const outgoing = edges.filter((e) => e.source === node.id);
  const orphans = outgoing.filter((e) => !outcomes.includes(e.sourceHandle));
  const incoming = edges.filter((e) => e.target === node.id);
  const others = nodes.filter((n) => n.id !== node.id);
  const otherErrors = errors.filter((e) => !descriptor?.inputs.some((i) => fieldErrors([e], i.name).length));
  return (
    <aside className="wf-panel" aria-label={`Propriétés de l'activité ${node.id}`}>
      <div className="wf-panel-head">
        <h2>{descriptor?.displayName || activity.type}</h2>
        <button type="button" className="link" onClick={onClose}>Fermer</button>
      </div>
      <p className="wf-hint">Identifiant : <code>{node.id}</code>{descriptor?.description ? ` — ${descriptor.description}` : ''}</p>
      {!descriptor && <p className="wf-field-error" role="alert">Type d’activité inconnu : {activity.type}.</p>}
      {otherErrors.length > 0 && (
        <ul className="wf-errors" aria-label="Erreurs de l'activité">
          {otherErrors.map((e, i) => <li key={i}>{e.message}</li>)}
        </ul>
      )}
      {(descriptor?.inputs || []).map((input) => (
        <InputField key={input.name} activityId={node.id} input={input} expression={activity.inputs?.[input.name]}
          onChange={(name, expression) => onInputChange(node.id, name, expression)} onEditStart={onEditStart}
          check={(name, expr) => check(activity, name, expr)}
          roles={roles} variables={variables} definitions={definitions} pinnedErrors={fieldErrors(errors, input.name)} />
      ))}
      {outcomes.length > 0 && (
        <fieldset className="wf-connections">
          <legend>Sorties</legend>
          {outcomes.map((outcome) => {
            const current = outgoing.find((e) => e.sourceHandle === outcome);
            const selectId = `out-${node.id}-${outcome}`;
            return (
              <div key={outcome} className="wf-field">
                <label htmlFor={selectId}>Sortie « {outcomeLabel(outcome)} » vers</label>
                <select id={selectId} value={current?.target || ''} onChange={(e) => onConnectPort(node.id, outcome, e.target.value)}>
                  <option value="">— non reliée —</option>
                  {others.map((n) => <option key={n.id} value={n.id}>{n.id} ({n.data.descriptor?.displayName || n.data.activity.type})</option>)}
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
      {orphans.length > 0 && (
        <fieldset className="wf-connections">
          <legend>Connexions d'une sortie qui n'existe plus</legend>
          {orphans.map((e) => (
            <p key={e.id}>« {e.sourceHandle} » → {e.target}{' '}
              <button type="button" className="link" onClick={() => onRemoveEdge(e.id)}>Supprimer la connexion « {e.sourceHandle} »</button>
            </p>
          ))}
        </fieldset>
      )}
      <p className="wf-hint">
        {incoming.length === 0 ? 'Aucune connexion entrante.' : `Arrive depuis : ${incoming.map((e) => `${e.source} (${e.sourceHandle})`).join(', ')}.`}
      </p>
      <button type="button" className="danger" onClick={() => onDelete(node.id)}>Supprimer l'activité</button>
    </aside>
  );
}
