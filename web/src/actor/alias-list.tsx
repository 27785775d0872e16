import type { KbEntity } from '../types.js';

const SOURCE_LABEL = {
  gazetteer: 'from the gazetteer',
  article: 'as written in articles',
  analyst: 'merged by an analyst',
};

/** Every name the actor goes by, where each came from, and in how many articles. */
export function AliasList({
  aliases,
  mergedFrom,
}: {
  aliases: KbEntity['aliases'];
  mergedFrom: readonly string[];
}) {
  // One chip per name: the article count wins over the gazetteer's listing of the same name.
  const seen = new Map<string, KbEntity['aliases'][number]>();
  for (const a of aliases) {
    const had = seen.get(a.alias);
    if (!had || a.articles > had.articles) seen.set(a.alias, a);
  }
  const list = [...seen.values()].sort((a, b) => b.articles - a.articles || a.alias.localeCompare(b.alias));
  return (
    <>
      <ul class="aliases">
        {list.map((a) => (
          <li
            key={a.alias}
            class={`alias source-${a.source}`}
            title={`${SOURCE_LABEL[a.source]}${a.articles ? `, ${a.articles} article(s)` : ''}`}
          >
            {a.alias}
            {a.articles ? <span class="count">{a.articles}</span> : null}
          </li>
        ))}
      </ul>
      {mergedFrom.length ? <p class="muted">Merged from: {mergedFrom.join(', ')}</p> : null}
      <p class="muted">Grey: listed in the gazetteer; with a number: seen in that many articles.</p>
    </>
  );
}
