import { useCallback, useMemo, useRef, useState } from 'react';

const LIMIT = 100;

/**
 * Undo/redo over snapshots of { nodes, edges }. `record()` saves the present before a change;
 * several calls in the same tick (a deletion removes nodes and edges) make one step.
 */
export default function useHistory(getPresent, restore) {
  const past = useRef([]);
  const future = useRef([]);
  const recordedThisTick = useRef(false);
  const [, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);

  const record = useCallback(() => {
    if (recordedThisTick.current) return;
    recordedThisTick.current = true;
    setTimeout(() => { recordedThisTick.current = false; }, 0);
    past.current.push(getPresent());
    if (past.current.length > LIMIT) past.current.shift();
    future.current = [];
    bump();
  }, [getPresent]);

  const undo = useCallback(() => {
    const previous = past.current.pop();
    if (!previous) return;
    future.current.push(getPresent());
    restore(previous);
    bump();
  }, [getPresent, restore]);

  const redo = useCallback(() => {
    const next = future.current.pop();
    if (!next) return;
    past.current.push(getPresent());
    restore(next);
    bump();
  }, [getPresent, restore]);

  const clear = useCallback(() => { past.current = []; future.current = []; bump(); }, []);

  const canUndo = past.current.length > 0;
  const canRedo = future.current.length > 0;
  return useMemo(() => ({ record, undo, redo, clear, canUndo, canRedo }), [record, undo, redo, clear, canUndo, canRedo]);
}
