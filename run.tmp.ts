import { validateWorld } from './src/world/config/validate';
import { classroomPop3World } from './src/content/worlds/classroom-variants';
import { runWorld } from './src/world/run-world';
const r = validateWorld(classroomPop3World);
if (!r.ok) throw new Error(JSON.stringify(r.errors));
const t = runWorld(r.world);
for (const s of t.slice(-40)) console.log(String(s.time).padStart(6), s.conn ?? '-', s.kind.padEnd(10), s.from.padEnd(12), '→', s.to.padEnd(12), s.encrypted ? '🔒' : '  ', s.text.split('\n').join(' | ').slice(0, 150));
console.log(JSON.stringify(t.at(-1)?.states));
