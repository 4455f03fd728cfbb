import { useCallback } from 'react';
import { fromFlow } from './model.js';

const plural = (n, word) => `${n} ${word}${n > 1 ? 's' : ''}`;

function describeErrors(list) {
  const shown = list.slice(0, 5).map((e) => e.message).join(' ');
  return `${plural(list.length, 'erreur')} : ${shown}${list.length > 5 ? ' …' : ''}`;
}

/** Save draft, validate, publish, rollback, import and export, with French status messages. */
export default function useWorkflowActions({ api, definitionId, meta, setMeta, present, setStatus, setDirty, setVersions, showErrors, reload, dirty }) {
  const model = useCallback(() => fromFlow(meta, present.current.nodes, present.current.edges), [meta, present]);

  const run = useCallback(async (label, action) => {
    setStatus({ kind: 'info', text: `${label}…` });
    try { await action(); } catch (e) { setStatus({ kind: 'error', text: `${label} impossible : ${e.message}` }); }
  }, [setStatus]);

  const refreshVersions = useCallback(async () => setVersions((await api.versions(definitionId)).data || []), [api, definitionId, setVersions]);

  const saveDraft = useCallback(async () => {
    const { data } = await api.saveDraft(model());
    setMeta((m) => ({ ...m, version: data.version }));
    setDirty(false);
    await refreshVersions();
    return data;
  }, [api, model, refreshVersions, setDirty, setMeta]);

  const onSave = useCallback(() => run('Enregistrement', async () => {
    const saved = await saveDraft();
    setStatus({ kind: 'success', text: `Brouillon enregistré (version ${saved.version}). La version publiée reste en service tant que vous ne publiez pas.` });
  }), [run, saveDraft, setStatus]);

  const onValidate = useCallback(() => run('Validation', async () => {
    const { data } = await api.validate(model());
    showErrors(data);
    setStatus(data.length
      ? { kind: 'error', text: `Le workflow ne peut pas être publié. ${describeErrors(data)}` }
      : { kind: 'success', text: 'Le workflow est valide : il peut être publié.' });
  }), [api, model, run, setStatus, showErrors]);

  const onPublish = useCallback(() => run('Publication', async () => {
    const { data: problems } = await api.validate(model());
    if (problems.length) {
      showErrors(problems);
      setStatus({ kind: 'error', text: `Publication impossible. ${describeErrors(problems)}` });
      return;
    }
    await saveDraft();
    const { data } = await api.publish(definitionId);
    if (!data?.published) {
      showErrors(data?.errors || []);
      setStatus({ kind: 'error', text: `Publication impossible. ${describeErrors(data?.errors || [])}` });
      return;
    }
    showErrors([]);
    await refreshVersions();
    setStatus({ kind: 'success', text: `Version ${data.version} publiée. Les nouvelles instances la suivent ; les instances en cours restent sur leur version.` });
  }), [api, definitionId, model, refreshVersions, run, saveDraft, setStatus, showErrors]);

  const onRollback = useCallback((version) => {
    if (dirty && !window.confirm('Les modifications non enregistrées seront perdues. Restaurer quand même ?')) return;
    run('Restauration', async () => {
      const { data } = await api.rollback(definitionId, version);
      await reload();
      setStatus({ kind: 'success', text: `Version ${version} restaurée comme brouillon (version ${data.version}). Publiez-la pour l'appliquer.` });
    });
  }, [api, definitionId, dirty, reload, run, setStatus]);

  const onExport = useCallback(() => {
    const blob = new Blob([JSON.stringify(model(), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${definitionId}.json`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    setStatus({ kind: 'info', text: `Fichier ${definitionId}.json exporté (état actuel du plan, enregistré ou non).` });
  }, [definitionId, model, setStatus]);

  const onImport = useCallback((file) => {
    if (dirty && !window.confirm('Les modifications non enregistrées seront remplacées par le fichier. Continuer ?')) return;
    run('Import', async () => {
      const json = await file.text();
      const first = await api.importJson(json);
      let { data } = first;
      if (first.status === 422 && Array.isArray(data?.report)) {
        const lines = data.report.map((line) => `• ${line}`).join('\n');
        if (!window.confirm(`Ce fichier Elsa ne peut pas être importé en entier. Rien n'est encore enregistré.\n\nNe seront pas importés :\n${lines}\n\nImporter le reste comme brouillon ?`)) {
          setStatus({ kind: 'info', text: "Import annulé : rien n'a été enregistré." });
          return;
        }
        ({ data } = await api.importJson(json, true));
      }
      if (data.definitionId !== definitionId) {
        window.location.assign(`${window.location.pathname.replace(/[^/]+$/, '')}${encodeURIComponent(data.definitionId)}`);
        return;
      }
      await reload();
      setStatus({ kind: 'success', text: `Fichier importé comme brouillon (version ${data.version}). Validez puis publiez-le pour l'appliquer.` });
    });
  }, [api, definitionId, dirty, reload, run, setStatus]);

  /** Checks one input as the admin types: the engine compiles JavaScript and parses durations, dates and cron. */
  const check = useCallback(async (activity, name, expression) => {
    const probe = {
      definitionId: 'verification', name: 'verification', variables: [],
      root: { type: 'Flowchart', activities: [{ id: activity.id, type: activity.type, inputs: { [name]: expression } }], connections: [] },
    };
    try {
      const { data } = await api.validate(probe);
      const hit = (data || []).find((e) => e.code === 'input.script' || e.code === 'input.format' || e.code === 'input.syntax');
      return hit ? hit.message : null;
    } catch { return null; }
  }, [api]);

  return { onSave, onValidate, onPublish, onRollback, onExport, onImport, check, exportUrl: api.exportUrl };
}
