import React from 'react';
import { DEFINITION_STATUS } from './labels.js';

/** Which version is on the canvas, and what publishing it changes. */
function VersionSummary({ meta, current, versions }) {
  const published = versions.find((v) => v.status === 'Published');
  if (!current) return <span className="wf-version">Jamais enregistré</span>;
  const state = DEFINITION_STATUS[current.status] || current.status;
  const note = current.status === 'Draft' && published ? ` – la version ${published.version} publiée reste en service` : '';
  return <span className="wf-version" data-version={meta.version} data-status={current.status}>Version {meta.version} ({state.toLowerCase()}){note}</span>;
}

export default function Toolbar({ actions, history, onLayout, dirty, meta, current, versions }) {
  return (
    <div className="wf-toolbar" role="toolbar" aria-label="Actions du concepteur">
      <button type="button" onClick={actions.onSave} title="Ctrl+S">Enregistrer le brouillon</button>
      <button type="button" onClick={actions.onValidate}>Valider</button>
      <button type="button" className="primary" onClick={actions.onPublish}>Publier</button>
      <span className="wf-separator" />
      <button type="button" onClick={history.undo} disabled={!history.canUndo} title="Ctrl+Z">Annuler</button>
      <button type="button" onClick={history.redo} disabled={!history.canRedo} title="Ctrl+Y">Rétablir</button>
      <button type="button" onClick={onLayout}>Disposition automatique</button>
      <span className="wf-separator" />
      <button type="button" onClick={actions.onExport}>Exporter (JSON)</button>
      <label className="wf-file">Importer (JSON)
        <input type="file" accept="application/json,.json" onChange={(e) => { if (e.target.files[0]) actions.onImport(e.target.files[0]); e.target.value = ''; }} />
      </label>
      <span className="wf-toolbar-end">
        <VersionSummary meta={meta} current={current} versions={versions} />
        {dirty && <span className="wf-dirty">Modifications non enregistrées</span>}
      </span>
    </div>
  );
}
