// Runs queries with Comunica, as a JavaScript user would, over a SPARQL endpoint or a Triple
// Pattern Fragments interface, and prints each query's rows as JSON: {name: [row, ...]}, a row
// being {variable: [termType, value, language, datatype]}.
//
// usage: node comunica-check.mjs sparql|detect URL QUERIES_JSON (detect: Comunica finds out what the
// source is from what it answers, which for /fragments means reading its Hydra controls)
import { readFileSync } from 'node:fs';
import { QueryEngine } from '@comunica/query-sparql';

const [kind, url, queriesFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const engine = new QueryEngine();
const results = {};
for (const [name, text] of Object.entries(queries)) {
  const stream = await engine.queryBindings(text, { sources: [kind === 'detect' ? url : { type: kind, value: url }], lenient: false });
  const rows = [];
  for await (const bindings of stream) {
    const row = {};
    for (const [variable, term] of bindings) {
      row[variable.value] = [term.termType, term.termType === 'BlankNode' ? '' : term.value,
        term.language || '', term.termType === 'Literal' && !term.language ? term.datatype.value : ''];
    }
    rows.push(row);
  }
  results[name] = rows;
}
process.stdout.write(JSON.stringify(results));
