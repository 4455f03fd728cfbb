import React, { useState } from 'react';
import { DEFINITION_STATUS, formatDate } from './labels.js';

function VariablesField({ variables, onChange }) {
  const [text, setText] = useState(JSON.stringify(variables || [], null, 2));
  const [error, setError] = useState(null);
  return (
    <div className={`wf-field${error ? ' wf-field-invalid' : ''}`}>
      <label htmlFor="wf-variables-json">Variables (JSON)</label>
      <textarea id="wf-variables-json" rows={4} className="wf-code" value={text} spellCheck={false} aria-invalid={error ? 'true' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value);
            if (!Array.isArray(parsed) || parsed.some((v) => typeof v?.name !== 'string')) throw new Error('un tableau [{ "name": "…", "value": … }] est attendu');
            setError(null);
            onChange(parsed);
          } catch (err) { setError(`JSON invalide : ${err.message}`); }
        }} />
      {error && <div className="wf-field-error" role="alert">{error}</div>}
    </div>
  );
}

/** Side panel when nothing is selected: workflow properties, validation errors, versions with rollback and download. */
export default function WorkflowPanel({ meta, onMetaChange, errors, versions, onRollback, exportUrl, onSelectActivity }) {
  return (
    <aside className="wf-panel" aria-label="Propriétés du workflow">
      <h2>Workflow</h2>
      <div className="wf-field">
        <label htmlFor="wf-name">Nom</label>
        <input id="wf-name" value={meta.name || ''} onChange={(e) => onMetaChange({ name: e.target.value })} />
      </div>
      <div className="wf-field">
        <label htmlFor="wf-description">Description</label>
        <textarea id="wf-description" rows={2} value={meta.description || ''} onChange={(e) => onMetaChange({ description: e.target.value })} />
      </div>
      <VariablesField key={meta.version} variables={meta.variables} onChange={(variables) => onMetaChange({ variables })} />
      <section aria-label="Erreurs de validation">
        <h3>Erreurs</h3>
        {errors.length === 0 ? <p className="wf-hint">Aucune erreur connue. « Valider » vérifie le workflow ; « Publier » le vérifie aussi.</p> : (
          <ul className="wf-errors">
            {errors.map((e, i) => (
              <li key={i}>{e.activityId ? <button type="button" className="link" onClick={() => onSelectActivity(e.activityId)}>{e.message}</button> : e.message}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Historique des versions">
        <h3>Versions</h3>
        {versions.length === 0 ? <p className="wf-hint">Jamais enregistré.</p> : (
          <table className="wf-versions">
            <thead><tr><th>Version</th><th>État</th><th>Date</th><th><span className="wf-sr-only">Actions</span></th></tr></thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} data-version={v.version}>
                  <td>{v.version}</td>
                  <td>{DEFINITION_STATUS[v.status] || v.status}</td>
                  <td>{formatDate(v.publishedAt || v.createdAt)}</td>
                  <td className="wf-version-actions">
                    {v.status !== 'Draft' && (
                      <button type="button" className="link" onClick={() => onRollback(v.version)}>Restaurer la version {v.version}</button>
                    )}
                    <a href={exportUrl(meta.definitionId, v.version)} download>Télécharger la version {v.version}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </aside>
  );
}
