// Entry point: mounts the designer or the instance viewer on the element the Blazor page rendered.
import '@xyflow/react/dist/style.css';
import './designer.css';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider } from '@xyflow/react';
import Designer from './Designer.jsx';
import Viewer from './Viewer.jsx';
import { createApi } from './api.js';

const root = document.querySelector('[data-wf-root]');
if (root) {
  root.dataset.mountMs = String(Math.round(performance.now()));
  const api = createApi(root.dataset.api || '/api/workflows');
  const app = root.dataset.mode === 'viewer'
    ? <Viewer api={api} instanceId={root.dataset.instanceId} canManage={root.dataset.canManage === 'true'} />
    : <Designer api={api} definitionId={root.dataset.definitionId} roles={(root.dataset.roles || '').split(',').filter(Boolean)} />;
  root.replaceChildren();
  createRoot(root).render(<ReactFlowProvider>{app}</ReactFlowProvider>);
}
