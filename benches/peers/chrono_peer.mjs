// Times chrono-node over the "text" of every JSON Lines record of a file.
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const path = process.argv[2];
const texts = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .map((r) => [r.text, r.dct ? new Date(r.dct + "T12:00:00Z") : new Date("2016-06-01T12:00:00Z")]);
const bytes = texts.reduce((n, [t]) => n + Buffer.byteLength(t, "utf8"), 0);
for (const [t, d] of texts) chrono.parse(t, d); // warm-up
const start = process.hrtime.bigint();
let found = 0;
for (const [t, d] of texts) found += chrono.parse(t, d).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`chrono-node bytes=${bytes} seconds=${seconds.toFixed(3)} found=${found} mb_per_s=${(bytes / seconds / 1e6).toFixed(3)}`);
