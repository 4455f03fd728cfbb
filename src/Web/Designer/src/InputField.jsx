import React, { useEffect, useRef, useState } from 'react';
import { describeDuration } from './durations.js';

const ROLE_LABELS = { Gestionnaire: 'Gestionnaire', Admin: 'Administrateur', Parent: 'Parent' };
const HINTS = {
  duration: 'Durée ISO 8601 : P2D = 2 jours, PT4H = 4 heures, P1DT12H = 1 jour et 12 heures.',
  'email-template': 'HTML de l’e-mail. En JavaScript : une chaîne construite avec variables.… (chaque valeur y est encodée en HTML ; raw.variables.… insère du HTML de confiance tel quel).',
  email: 'Adresse(s) séparées par « ; ». En JavaScript : variables.destinataires…',
  cron: 'Expression cron à 6 champs, ex. 0 0 6 * * * (tous les jours à 6 h).',
  list: 'Valeurs séparées par des virgules, ex. Accepter, Refuser : chacune devient une sortie.',
  cases: 'Tableau JSON : [{ "name": "Oui", "condition": "variables.x > 1" }]',
  javascript: 'Expression JavaScript : variables, getVariable(n), setVariable(n, v), input, correlationId.',
  json: 'Valeur JSON.',
  date: 'Date et heure en UTC (heure de Paris moins 1 h en hiver, 2 h en été).',
};
const SCRIPTABLE = ['text', 'email', 'email-template', 'multiline', 'duration', 'date', 'list', 'role'];
const REMOTE_CHECKED = ['javascript', 'duration', 'date', 'cron'];

function textOf(expression) {
  const value = expression?.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** Turns the edited text back into the expression the engine expects. */
function toExpression(kind, isScript, text) {
  if (isScript || kind === 'javascript') return { type: 'JavaScript', value: text };
  if (kind === 'cases' || kind === 'json') {
    try { return { type: 'Literal', value: JSON.parse(text) }; } catch { return { type: 'Literal', value: text }; }
  }
  return { type: 'Literal', value: text };
}

function localError(kind, isScript, text) {
  if (!text.trim() || isScript) return null;
  if (kind === 'cases' || kind === 'json') {
    try { JSON.parse(text); } catch (e) { return `JSON invalide : ${e.message}`; }
  }
  return null;
}

function Control({ kind, isScript, common, input, roles, definitions, variables }) {
  if (isScript || ['javascript', 'multiline', 'email-template', 'cases', 'json'].includes(kind)) {
    const rows = kind === 'email-template' ? 8 : 3;
    return <textarea {...common} rows={rows} className={isScript || kind === 'javascript' ? 'wf-code' : undefined} spellCheck={false} />;
  }
  if (kind === 'role') {
    const known = roles.includes(common.value) || !common.value ? roles : [...roles, common.value];
    return (
      <select {...common}>
        <option value="">— aucun —</option>
        {known.map((r) => <option key={r} value={r}>{ROLE_LABELS[r] || r}</option>)}
      </select>
    );
  }
  if (kind === 'workflow') {
    return (
      <select {...common}>
        <option value="">— choisir —</option>
        {definitions.map((d) => <option key={d.definitionId} value={d.definitionId}>{d.name} ({d.definitionId})</option>)}
      </select>
    );
  }
  if (kind === 'select' && input.name === 'Mode') {
    return (
      <select {...common}>
        <option value="">WaitAll : attendre toutes les branches</option>
        <option value="WaitAny">WaitAny : la première branche, les autres sont annulées</option>
      </select>
    );
  }
  if (kind === 'date') return <input {...common} type="datetime-local" />;
  return (
    <>
      <input {...common} type="text" list={kind === 'variable' ? `${common.id}-variables` : undefined} placeholder={kind === 'duration' ? 'P2D' : undefined} />
      {kind === 'variable' && <datalist id={`${common.id}-variables`}>{variables.map((v) => <option key={v.name} value={v.name} />)}</datalist>}
    </>
  );
}

/**
 * One input of the side panel, generated from its descriptor (kind = UI hint).
 * `check(inputName, expression)` asks the engine for the error of this input (JavaScript compile, duration, date, cron).
 */
export default function InputField({ activityId, input, expression, onChange, onEditStart, check, roles, variables, definitions, pinnedErrors }) {
  const fieldId = `in-${activityId}-${input.name}`;
  const scriptOf = (e) => e?.type === 'JavaScript' && input.kind !== 'javascript';
  const [isScript, setIsScript] = useState(scriptOf(expression));
  const [text, setText] = useState(textOf(expression));
  const [serverError, setServerError] = useState(null);
  const [touched, setTouched] = useState(false);
  const emitted = useRef(expression);
  const recorded = useRef(false);
  const sequence = useRef(0);

  // Undo/redo or a reload changed the value under us: show it.
  useEffect(() => {
    if (expression === emitted.current) return;
    emitted.current = expression;
    setText(textOf(expression));
    setIsScript(scriptOf(expression));
  }, [expression]);

  const remote = isScript || REMOTE_CHECKED.includes(input.kind);
  useEffect(() => {
    if (!remote || !text.trim()) { setServerError(null); return undefined; }
    const mine = ++sequence.current;
    const timer = setTimeout(async () => {
      const error = await check(input.name, toExpression(input.kind, isScript, text));
      if (mine === sequence.current) setServerError(error);
    }, 300);
    return () => clearTimeout(timer);
  }, [text, isScript, remote]);

  const update = (value, script = isScript) => {
    if (!recorded.current) { onEditStart(); recorded.current = true; }
    setTouched(true);
    setText(value);
    const next = value === '' ? null : toExpression(input.kind, script, value);
    emitted.current = next;
    onChange(input.name, next);
  };

  const error = localError(input.kind, isScript, text) || serverError || (!touched && pinnedErrors?.[0]) || null;
  const hintId = `${fieldId}-hint`;
  const common = {
    id: fieldId,
    name: input.name,
    value: text,
    onFocus: () => { recorded.current = false; },
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': error ? `${fieldId}-error ${hintId}` : hintId,
    'aria-required': input.required ? 'true' : undefined,
    onChange: (e) => update(e.target.value),
  };
  const duration = input.kind === 'duration' && !isScript && !error ? describeDuration(text) : null;

  return (
    <div className={`wf-field${error ? ' wf-field-invalid' : ''}`}>
      <label htmlFor={fieldId}>{input.label}{input.required ? ' *' : ''}</label>
      <Control kind={input.kind} isScript={isScript} common={common} input={input} roles={roles} definitions={definitions} variables={variables} />
      {SCRIPTABLE.includes(input.kind) && (
        <label className="wf-inline">
          <input type="checkbox" checked={isScript} onChange={(e) => { setIsScript(e.target.checked); update(text, e.target.checked); }} />
          Expression JavaScript <span className="wf-sr-only">pour {input.label}</span>
        </label>
      )}
      <small id={hintId} className="wf-hint">{duration ? `= ${duration}. ` : ''}{HINTS[isScript ? 'javascript' : input.kind] || input.description || ''}</small>
      {error && <div id={`${fieldId}-error`} className="wf-field-error" role="alert">{error}</div>}
      {input.kind === 'email-template' && !isScript && text.trim() && (
        <details className="wf-preview">
          <summary>Aperçu de l’e-mail</summary>
          <iframe title={`Aperçu de ${input.label}`} sandbox="" srcDoc={text} />
        </details>
      )}
    </div>
  );
}
