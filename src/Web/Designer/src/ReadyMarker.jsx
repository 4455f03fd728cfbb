import { useEffect } from 'react';
import { useNodesInitialized } from '@xyflow/react';

/**
 * Marks the canvas as rendered once every node is measured and painted: data-ready on the root, and
 * data-render-ms = milliseconds since navigation start (performance.now()), read by the end-to-end tests.
 */
export default function ReadyMarker({ count }) {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized && count > 0) return;
    const root = document.querySelector('[data-wf-root]');
    if (!root || root.dataset.ready) return;
    requestAnimationFrame(() => {
      root.dataset.renderMs = String(Math.round(performance.now()));
      root.dataset.nodes = String(count);
      root.dataset.ready = 'true';
    });
  }, [initialized, count]);
  return null;
}
