// Transcribes ../shared/seed/kawasaki-fy2019.json into the demo fixture kept in the repository
// (apps/api/src/demo/kawasaki-fy2019.json). Run once by hand when the seed changes:
//   node scripts/transcribe-seed.mjs ../shared/seed/kawasaki-fy2019.json
// It normalises the PDF's variant characters (Kangxi radicals such as ⾧ U+2FA7 → 長) and nothing else.
// What the source does not say (departments, the split into groups, the assigned members) is marked
// as demo data in the fixture's `demo` section.
import { readFileSync, writeFileSync } from 'node:fs';

const src = JSON.parse(readFileSync(process.argv[2] ?? '../shared/seed/kawasaki-fy2019.json', 'utf8'));
const fixKangxi = (v) =>
  typeof v === 'string'
    ? v.replace(/[\u2F00-\u2FDF\u2E80-\u2EFF]/g, (c) => c.normalize('NFKC'))
    : Array.isArray(v)
      ? v.map(fixKangxi)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fixKangxi(x)]))
        : v;
const s = fixKangxi(src);

const out = {
  source: { file: s.source.file, title: s.source.title, fiscalYear: s.source.fiscalYear },
  ordinance: {
    name: s.ordinance.name,
    shortName: s.ordinance.shortName,
    effectiveDate: s.ordinance.effectiveDate,
    articles: s.ordinance.articles,
  },
  bodies: s.bodies.map((b) => ({ key: b.key, name: b.name, shortName: b.nameShort ?? b.name, parent: b.parent ?? null })),
  members: s.members.map((m) => ({
    no: m.no,
    name: m.name,
    affiliation: m.affiliation,
    title: m.title,
    category: m.category === '学識者' ? 'ACADEMIC' : 'ASSOCIATION',
    isChair: m.role === '部会長',
    alsoCouncilMember: m.alsoCouncilMember,
  })),
  // The summary table's 15 rows (14 projects and 1 initiative), in order.
  entries: s.summaryTable.flatMap((row) =>
    row.projects.map((p) => ({ article: row.article, name: p.name, page: p.page, kind: p.kind === 'initiative' ? 'INITIATIVE' : 'PROJECT', detailedProject: p.detailedProject })),
  ),
  meetings: s.meetings,
  // The detailed Check/Action pages, for the later workflows (sheets, opinions, responses).
  projects: s.projects,
  procurement: s.procurement,
};
writeFileSync(new URL('../apps/api/src/demo/kawasaki-fy2019.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`entries: ${out.entries.length}, members: ${out.members.length}, detailed pages: ${out.projects.length}`);
