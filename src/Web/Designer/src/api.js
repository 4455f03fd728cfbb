// Thin wrapper over the engine's HTTP API (same origin, Identity cookie). Errors carry the server's French message.
// Every non-GET call carries the page's antiforgery token (the layout's logout form holds one) in its header.
function antiforgeryToken() {
  return document.querySelector('input[name="__RequestVerificationToken"]')?.value;
}

export function createApi(base) {
  async function call(method, path, body, raw) {
    const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (method !== 'GET') init.headers.RequestVerificationToken = antiforgeryToken() ?? '';
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = raw ? body : JSON.stringify(body);
    }
    const response = await fetch(base + path, init);
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    if (response.status === 401 || response.status === 403) throw new Error('accès refusé : reconnectez-vous avec un compte autorisé');
    // 422 = publication refused with its validation errors, or an Elsa import's report, read by the caller.
    if (!response.ok && response.status !== 422) {
      const message = typeof data === 'string' && data ? data : data?.detail || data?.title || `erreur ${response.status}`;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return { status: response.status, data };
  }
  const enc = encodeURIComponent;
  const notFoundAsNull = (e) => {
    if (e.status === 404) return { status: 404, data: null };
    throw e;
  };
  return {
    descriptors: () => call('GET', '/descriptors'),
    definitions: () => call('GET', '/definitions'),
    definition: (id, version) => call('GET', `/definitions/${enc(id)}${version ? `?version=${version}` : ''}`).catch(notFoundAsNull),
    versions: (id) => call('GET', `/definitions/${enc(id)}/versions`),
    exportUrl: (id, version) => `${base}/definitions/${enc(id)}/export?version=${version}`,
    saveDraft: (model) => call('PUT', `/definitions/${enc(model.definitionId)}/draft`, model),
    validate: (model) => call('POST', '/definitions/validate', model),
    publish: (id) => call('POST', `/definitions/${enc(id)}/publish`),
    rollback: (id, version) => call('POST', `/definitions/${enc(id)}/versions/${version}/rollback`),
    // An Elsa 3 export that would lose something answers 422 with its French report; nothing is saved until acceptLosses.
    importJson: (json, acceptLosses) => call('POST', `/definitions/import${acceptLosses ? '?acceptLosses=true' : ''}`, json, true),
    instance: (id) => call('GET', `/instances/${id}`),
    statistics: (id) => call('GET', `/instances/${id}/statistics`),
    tasks: (id) => call('GET', `/instances/${id}/tasks`),
    cancel: (id) => call('POST', `/instances/${id}/cancel`),
    retry: (id) => call('POST', `/instances/${id}/retry`),
    skip: (id) => call('POST', `/instances/${id}/skip`),
  };
}
