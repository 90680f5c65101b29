import { readFileSync } from 'node:fs';
import { extractEvents } from './src/extract/index.js';
for (const id of process.argv.slice(2)) {
  const page = JSON.parse(readFileSync(`test/fixtures/pages2/${id}.json`, 'utf8'));
  const text = readFileSync(`test/fixtures/pages2/${id}.txt`, 'utf8');
  const r = extractEvents(text, { referenceDate: page.published });
  console.log('==', id, page.published);
  for (const e of r.events) console.log(' ', e.value, '|', (e as any).why ?? '', '|', e.sentence?.slice(0, 110) ?? e.title);
}
