// Reads the durations the engine accepts (ISO 8601 "P2DT4H" or .NET "1.02:00:00") to show them in French.

const UNITS = [
  ['years', 'an', 'ans'], ['months', 'mois', 'mois'], ['weeks', 'semaine', 'semaines'], ['days', 'jour', 'jours'],
  ['hours', 'heure', 'heures'], ['minutes', 'minute', 'minutes'], ['seconds', 'seconde', 'secondes'],
];

function parse(text) {
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (iso && text !== 'P' && !text.endsWith('T')) {
    const [, years, months, weeks, days, hours, minutes, seconds] = iso.map((v) => (v === undefined ? 0 : Number(v)));
    return { years, months, weeks, days, hours, minutes, seconds };
  }
  const span = /^(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (span) {
    const [, days, hours, minutes, seconds] = span.map((v) => (v === undefined ? 0 : Number(v)));
    return { days, hours, minutes, seconds };
  }
  return null;
}

/** "2 jours et 4 heures", or null when the text is not a duration. */
export function describeDuration(text) {
  const parts = parse((text || '').trim().toUpperCase());
  if (!parts) return null;
  const words = UNITS.filter(([key]) => parts[key]).map(([key, one, many]) => `${parts[key]} ${parts[key] > 1 ? many : one}`);
  if (words.length === 0) return 'aucune attente';
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} et ${words[words.length - 1]}`;
}
