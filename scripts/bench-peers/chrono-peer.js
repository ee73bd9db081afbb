// make bench's peer for extract-dates: the npm date parser chrono-node,
// over the same stream, one record per date found (doc, line, start,
// end, text, ISO value), as extract-dates prints them.  Reads stdin.
'use strict';
const chrono = require('chrono-node');
const ref = new Date(Date.UTC(2024, 0, 15, 12, 0, 0));
const data = require('fs').readFileSync(0, 'latin1');
const out = [];
let doc = '-', lineno = 0;
for (const raw of data.split('\n')) {
	const line = Buffer.from(raw, 'latin1').toString('utf8').replace(/\r$/, '');
	if (line.startsWith('\f')) { doc = line.slice(1); lineno = 0; continue; }
	lineno++;
	for (const r of chrono.parse(line, ref)) {
		out.push(doc + '\t' + lineno + '\t' + r.index + '\t' +
		    (r.index + r.text.length) + '\t' + r.text + '\t' +
		    r.start.date().toISOString());
		if (out.length >= 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
	}
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
