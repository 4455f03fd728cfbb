import React, { useEffect, useRef, useState } from 'react';
import { formatDate, JOURNAL_EVENT, outcomeLabel, TASK_STATUS } from './labels.js';

function valueText(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Journal({ journal, names, selectedId, onClearSelection }) {
  const rows = selectedId ? journal.filter((j) => j.activityId === selectedId) : journal;
  return (
    <>
      {selectedId && (
        <p className="wf-hint">Activité <code>{selectedId}</code> seulement. <button type="button" className="link" onClick={onClearSelection}>Tout afficher</button></p>
      )}
      {rows.length === 0 ? <p className="wf-hint">Aucune entrée.</p> : (
        <table className="wf-table">
          <thead><tr><th>#</th><th>Date</th><th>Activité</th><th>Événement</th><th>Sortie</th><th>Message</th><th>Durée</th></tr></thead>
          <tbody>
            {rows.map((j) => (
              <tr key={j.id} data-activity-id={j.activityId} data-event={j.eventName}>
                <td>{j.sequence}</td>
                <td>{formatDate(j.timestamp)}</td>
                <td><code>{j.activityId}</code> <span className="wf-hint">{names.get(j.activityType) || j.activityType}</span></td>
                <td>{JOURNAL_EVENT[j.eventName] || j.eventName}</td>
                <td>{j.outcome && outcomeLabel(j.outcome)}</td>
                <td>{j.message}</td>
                <td>{j.durationMs == null ? '' : `${j.durationMs.toFixed(1)} ms`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Variables({ variables }) {
  const entries = Object.entries(variables || {});
  if (entries.length === 0) return <p className="wf-hint">Aucune variable.</p>;
  return (
    <table className="wf-table">
      <thead><tr><th>Nom</th><th>Valeur</th></tr></thead>
      <tbody>{entries.map(([name, value]) => <tr key={name}><td><code>{name}</code></td><td className="wf-code">{valueText(value)}</td></tr>)}</tbody>
    </table>
  );
}

function Tasks({ tasks }) {
  if (tasks.length === 0) return <p className="wf-hint">Aucune tâche humaine.</p>;
  return (
    <table className="wf-table">
      <thead><tr><th>Tâche</th><th>Activité</th><th>État</th><th>Rôle / personne</th><th>Créée le</th><th>Échéance</th><th>Issue</th><th>Traitée par</th></tr></thead>
      <tbody>
        {tasks.map((t) => (
          <tr key={t.id}>
            <td>{t.title}</td>
            <td><code>{t.activityId}</code></td>
            <td>{TASK_STATUS[t.status] || t.status}</td>
            <td>{[t.role, t.assignee, t.claimedBy && `prise par ${t.claimedBy}`].filter(Boolean).join(' · ')}</td>
            <td>{formatDate(t.createdAt)}</td>
            <td>{formatDate(t.dueAt)}</td>
            <td>{t.outcome && outcomeLabel(t.outcome)}</td>
            <td>{t.completedBy}{t.completedAt ? ` (${formatDate(t.completedAt)})` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Incidents({ incidents }) {
  if (incidents.length === 0) return <p className="wf-hint">Aucun incident.</p>;
  return (
    <table className="wf-table">
      <thead><tr><th>Date</th><th>Activité</th><th>Message</th><th>Exception</th><th>Résolution</th></tr></thead>
      <tbody>
        {incidents.map((i) => (
          <tr key={i.id} className={i.resolvedAt ? undefined : 'wf-open-incident'}>
            <td>{formatDate(i.createdAt)}</td>
            <td><code>{i.activityId}</code></td>
            <td>{i.message}</td>
            <td className="wf-hint">{i.exceptionType}</td>
            <td>{i.resolvedAt ? `${i.resolution || 'Résolu'} (${formatDate(i.resolvedAt)})` : 'Non résolu'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Journal, variables, human tasks and incidents of an instance, as ARIA tabs (arrows move between tabs). */
export default function InstanceTabs({ details, tasks, names, selectedId, onClearSelection }) {
  const openIncidents = details.incidents.filter((i) => !i.resolvedAt).length;
  const tabs = [
    ['journal', `Journal (${details.journal.length})`],
    ['variables', `Variables (${Object.keys(details.variables || {}).length})`],
    ['taches', `Tâches humaines (${tasks.length})`],
    ['incidents', `Incidents (${details.incidents.length}${openIncidents ? `, ${openIncidents} non résolu${openIncidents > 1 ? 's' : ''}` : ''})`],
  ];
  const [active, setActive] = useState('journal');
  const buttons = useRef({});
  // Clicking a node on the canvas shows its journal entries.
  useEffect(() => { if (selectedId) setActive('journal'); }, [selectedId]);

  const onKeyDown = (e) => {
    const index = tabs.findIndex(([key]) => key === active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const key = tabs[(next + tabs.length) % tabs.length][0];
    setActive(key);
    buttons.current[key]?.focus();
  };

  return (
    <section className="wf-tabs">
      <div role="tablist" aria-label="Détails de l'instance" onKeyDown={onKeyDown}>
        {tabs.map(([key, label]) => (
          <button key={key} type="button" role="tab" id={`tab-${key}`} aria-controls={`panel-${key}`} aria-selected={active === key}
            tabIndex={active === key ? 0 : -1} ref={(el) => { buttons.current[key] = el; }} onClick={() => setActive(key)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} tabIndex={0}>
        {active === 'journal' && <Journal journal={details.journal} names={names} selectedId={selectedId} onClearSelection={onClearSelection} />}
        {active === 'variables' && <Variables variables={details.variables} />}
        {active === 'taches' && <Tasks tasks={tasks} />}
        {active === 'incidents' && <Incidents incidents={details.incidents} />}
      </div>
    </section>
  );
}
