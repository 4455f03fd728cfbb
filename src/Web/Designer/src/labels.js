// French labels shared by the designer and the instance viewer.

export const INSTANCE_STATUS = {
  Running: 'En cours',
  Suspended: 'En attente',
  Finished: 'Terminée',
  Faulted: 'En erreur',
  Cancelled: 'Annulée',
};

export const DEFINITION_STATUS = { Draft: 'Brouillon', Published: 'Publiée', Superseded: 'Remplacée', Retracted: 'Retirée' };

export const NODE_STATE = { completed: 'Terminée', running: 'En cours', waiting: 'En attente', faulted: 'En erreur' };

export const JOURNAL_EVENT = {
  Completed: 'Terminée',
  Suspended: 'En attente',
  Resumed: 'Reprise',
  Faulted: 'En erreur',
  Cancelled: 'Annulée',
  Waiting: 'En cours',
};

// Tasks come as the engine's entity: the status is the enum's name or its number.
export const TASK_STATUS = { Open: 'Ouverte', Completed: 'Terminée', Cancelled: 'Annulée', 0: 'Ouverte', 1: 'Terminée', 2: 'Annulée' };

/** The engine's outcome names (kept as port ids) as people read them; other outcomes are named by the workflow's author. */
const OUTCOME = { Done: 'Terminé', True: 'Oui', False: 'Non', Default: 'Par défaut' };

export function outcomeLabel(outcome) {
  return OUTCOME[outcome] || outcome;
}

/** React Flow's built-in accessible labels, in French. */
export const FLOW_ARIA = {
  'node.a11yDescription.default': 'Entrée ou espace pour sélectionner l’activité. Suppr pour la supprimer, Échap pour annuler.',
  'node.a11yDescription.keyboardDisabled': 'Entrée ou espace pour sélectionner l’activité, puis les flèches pour la déplacer. Suppr pour la supprimer, Échap pour annuler.',
  'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => `Activité déplacée (${direction}). Nouvelle position : x ${x}, y ${y}`,
  'edge.a11yDescription.default': 'Entrée ou espace pour sélectionner la connexion, puis Suppr pour la supprimer ou Échap pour annuler.',
  'controls.ariaLabel': 'Zoom',
  'controls.zoomIn.ariaLabel': 'Zoom avant',
  'controls.zoomOut.ariaLabel': 'Zoom arrière',
  'controls.fitView.ariaLabel': 'Tout afficher',
  'controls.interactive.ariaLabel': 'Verrouiller',
  'minimap.ariaLabel': 'Vue d’ensemble',
  'handle.ariaLabel': 'Port',
};

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });

/** Server dates are UTC without an offset (EF DateTime): read them as UTC. */
export function formatDate(value) {
  if (!value) return '';
  const text = /[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}
