import React, { useState } from 'react';

const normalize = (s) => (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Activity types grouped by category; drag onto the canvas, or click / Entrée to add in the middle of the view. */
export default function Palette({ descriptors, onAdd }) {
  const [filter, setFilter] = useState('');
  const groups = new Map();
  const wanted = normalize(filter.trim());
  for (const d of descriptors) {
    if (wanted && !normalize(`${d.displayName} ${d.category} ${d.description}`).includes(wanted)) continue;
    if (!groups.has(d.category)) groups.set(d.category, []);
    groups.get(d.category).push(d);
  }
  return (
    <nav className="wf-palette" aria-label="Activités">
      <h2>Activités</h2>
      <input type="search" aria-label="Rechercher une activité" placeholder="Rechercher…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      {[...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'fr')).map(([category, items]) => (
        <section key={category} aria-label={category}>
          <h3>{category}</h3>
          {items.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')).map((d) => (
            <button key={d.type} type="button" className="wf-palette-item" draggable title={d.description || d.displayName}
              data-type={d.type}
              onDragStart={(e) => { e.dataTransfer.setData('application/x-wf-activity', d.type); e.dataTransfer.effectAllowed = 'move'; }}
              onClick={() => onAdd(d.type)}>
              {d.displayName}
            </button>
          ))}
        </section>
      ))}
      {groups.size === 0 && <p className="wf-hint">Aucune activité ne correspond.</p>}
    </nav>
  );
}
