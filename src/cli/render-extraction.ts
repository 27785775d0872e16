import type { Extraction } from '../extract/extraction.js';

/**
 * A human reading of an extraction: the claims first (who, what, to whom, how far, how firmly, who says so,
 * and the sentences), then entities by type with their mentions, then times and amounts.
 */
export function renderExtraction(x: Extraction): string {
  const lines = [`${x.article.id}  ${x.article.published ?? ''}  ${x.article.title}`, ''];
  const name = (id: string | null | undefined) => x.entities.find((e) => e.id === id)?.name ?? id ?? '';
  if (x.claims.length) lines.push('claims:');
  for (const c of x.claims) {
    const roles = (['supplier', 'recipient', 'actor', 'target', 'seizer', 'interdicted_by'] as const)
      .filter((r) => c[r])
      .map((r) => `${r}=${name(c[r])}`);
    if (c.parties) roles.push(`parties=${c.parties.map(name).join(' + ')}`);
    if (c.intermediaries) roles.push(`via=${c.intermediaries.map(name).join(', ')}`);
    lines.push(
      `  ${c.type}${c.stage ? ` (${c.stage})` : ''}: ${roles.join(' ')}  [${c.modality}, ${c.confidence ?? ''}]`,
    );
    const facts = [
      c.items?.length
        ? `items: ${c.items.map((i) => `${i.text} (${i.category}${i.quantity ? `, ${i.quantity.text}` : ''})`).join(', ')}`
        : '',
      c.value ? `value: ${c.value.text}` : '',
      c.when ? `when: ${c.when.text || 'published'} → ${c.when.start}..${c.when.end}` : '',
      c.where ? `where: ${name(c.where)}` : '',
      c.sources.length ? `says: ${c.sources.map((s) => `${s.text} (${s.kind})`).join('; ')}` : '',
    ].filter(Boolean);
    if (facts.length) lines.push(`    ${facts.join(' · ')}`);
    for (const e of c.evidence) lines.push(`    ${e.field === 'title' ? 'headline' : '>'} ${e.text}`);
  }
  if (x.claims.length) lines.push('');
  const byType = new Map<string, typeof x.entities>();
  for (const e of x.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  for (const [type, entities] of byType) {
    lines.push(`${type}:`);
    for (const e of entities) {
      const extra = [e.country, e.category, e.designation].filter(Boolean).join(', ');
      const texts = [...new Set(e.mentions.map((m) => m.text))].map((t) => JSON.stringify(t)).join(' ');
      lines.push(`  ${e.name} (${e.id}${extra ? `; ${extra}` : ''}) ×${e.mentions.length}: ${texts}`);
    }
  }
  if (x.times.length)
    lines.push(
      'times:',
      ...x.times.map((t) => `  ${JSON.stringify(t.text)} → ${t.interval.start}..${t.interval.end}`),
    );
  if (x.amounts.length) {
    lines.push(
      'amounts:',
      ...x.amounts.map(
        (a) =>
          `  ${JSON.stringify(a.text)} → ${a.min?.toLocaleString('en')}..${a.max?.toLocaleString('en')} ${a.unit ?? ''}${a.of ? ` (${a.of})` : ''}`,
      ),
    );
  }
  if (x.explain) {
    lines.push('explain:');
    for (const m of x.explain.mentions) {
      const what =
        m.kind === 'entity'
          ? `${m.entityId} via ${m.via}${m.resolution ? ` — ${m.resolution.reason}` : ''}`
          : m.kind === 'time'
            ? `${m.interval.start}..${m.interval.end}`
            : `${m.min}..${m.max} ${m.unit ?? ''}`;
      lines.push(
        `  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.extractor.padEnd(22)} ${JSON.stringify(m.text)} → ${what}`,
      );
    }
    lines.push(...x.explain.debug.map((d) => `  debug: ${d}`));
  }
  return `${lines.join('\n')}\n\n`;
}
