// Fills a benchmark database with N realistic public, published team postmortems: varied prose from word lists,
// 1–4 real tags and components each, dates, platforms and severities spread out. Never run on a user's database:
// scripts/bench.mjs points it at data/bench.db. 100k stories take about a minute.
import Database from "better-sqlite3";

export const RARE_WORD = "quokka"; // in about 1 story in 2,000
export const COMMON_WORD = "latency"; // in about a third of the stories

const SEVERITIES = [
  ["production", 6],
  ["non-production", 3],
  ["trivial", 1],
];
const PLATFORMS = ["gke", "eks", "aks", "self-managed", "local", "other"];
const SUBJECTS = [
  "ingress controller",
  "node pool",
  "etcd cluster",
  "admission webhook",
  "CoreDNS",
  "service mesh",
  "cluster autoscaler",
  "CNI plugin",
  "kubelet",
  "API server",
  "operator",
  "load balancer",
  "certificate manager",
  "image registry",
  "storage driver",
];
const FAILURES = [
  "ran out of IP addresses",
  "stopped answering",
  "evicted every pod",
  "rejected all writes",
  "fell into a restart loop",
  "lost quorum",
  "leaked connections",
  "filled its disk",
  "throttled every request",
  "deadlocked on upgrade",
  "dropped DNS queries",
  "served stale endpoints",
];
const TRIGGERS = [
  "a routine upgrade",
  "a config change",
  "a traffic spike",
  "a certificate expiry",
  "a node drain",
  "a new deployment",
  "a cloud provider incident",
  "a cron job",
  "an autoscaling event",
  "a manual kubectl edit",
];
const DETAILS = [
  "conntrack table",
  "readiness probe",
  "resource limits",
  "pod disruption budget",
  "ndots setting",
  "SNAT rule",
  "leader election",
  "garbage collection",
  "webhook timeout",
  "finalizer",
  "taint",
  "HPA target",
  "PVC binding",
  "kernel parameter",
  "MTU mismatch",
];
const LESSONS = [
  "Alert on saturation before it hurts customers.",
  "Stage upgrades one node pool at a time.",
  "Set a failure policy on every webhook.",
  "Test restores, not just backups.",
  "Budget IP space for surge capacity.",
  "Keep a runbook next to every alert.",
  "Cap blast radius with pod disruption budgets.",
];
const ORGS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Aperture"];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The synthetic stories, one at a time, the same for both databases: a Postmortem row (column → value), its tag
 * and component ids and its lesson. Dates are Date objects.
 */
export function* syntheticStories(count, { tags, components, teamId, seed = 42 }) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pickWeighted = (list) => {
    const total = list.reduce((n, [, w]) => n + w, 0);
    let r = random() * total;
    for (const [value, weight] of list) if ((r -= weight) < 0) return value;
    return list[0][0];
  };
  const sample = (list, n) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const span = Date.UTC(2026, 0, 1) - Date.UTC(2015, 0, 1);
  const now = new Date();
  for (let i = 0; i < count; i++) {
    const subject = pick(SUBJECTS);
    const failure = pick(FAILURES);
    const trigger = pick(TRIGGERS);
    const detail = pick(DETAILS);
    const org = `${pick(ORGS)} ${i % 97}`;
    const common = random() < 1 / 3 ? ` Request ${COMMON_WORD} climbed first.` : "";
    const rare = random() < 1 / 2000 ? ` The on-call engineer named the ${RARE_WORD} dashboard.` : "";
    const title = `The ${subject} ${failure} after ${trigger}`;
    const summary = `At ${org}, the ${subject} ${failure} after ${trigger}; the ${detail} was the cause.${common}`;
    const body = `${summary} Engineers traced the ${detail} through logs and metrics.${rare} They rolled back and added a check for the ${detail}.`;
    // Drawn in the order the SQLite-only version drew them, so the synthetic catalogue is unchanged.
    const incidentDate = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * span));
    const row = {
      slug: `bench-${i}`,
      title,
      organization: org,
      severity: pickWeighted(SEVERITIES),
      incidentDate,
      durationMinutes: Math.floor(random() * 600) + 5,
      platform: pick(PLATFORMS),
      summary,
      impact: `Customers saw errors from the ${subject}.`,
      trigger: `${trigger[0].toUpperCase()}${trigger.slice(1)}.`,
      rootCause: `The ${detail} of the ${subject}.`,
      detection: `An alert on the ${subject}.`,
      resolution: `Rolled back and fixed the ${detail}.`,
      body,
      bodyText: body,
      teamId,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    yield {
      row,
      tags: sample(tags, 1 + Math.floor(random() * 4)),
      components: sample(components, 1 + Math.floor(random() * 4)),
      lesson: pick(LESSONS),
    };
  }
}

export function synthesize(file, count, { seed = 42 } = {}) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const team = db.prepare(`SELECT id FROM "Team" WHERE slug = 'bench'`).get();
  const existing = team ? db.prepare(`SELECT count(*) AS n FROM "Postmortem" WHERE teamId = ?`).get(team.id).n : 0;
  if (existing === count) {
    db.close();
    return { created: 0, existing };
  }
  if (existing > 0) throw new Error(`data/bench.db holds ${existing} synthetic stories, not ${count}; it is reset first`);

  const tags = db
    .prepare(`SELECT id FROM "Tag"`)
    .all()
    .map((r) => r.id);
  const components = db
    .prepare(`SELECT id FROM "Component"`)
    .all()
    .map((r) => r.id);

  // The search and catalogue triggers fire once per child row; for a bulk load the index is built once at the end.
  const triggers = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger'`)
    .all()
    .map((r) => r.sql);
  const triggerNames = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
    .all()
    .map((r) => r.name);
  const start = Date.now();
  db.transaction(() => {
    for (const name of triggerNames) db.exec(`DROP TRIGGER "${name}"`);
    const teamId = db.prepare(`INSERT INTO "Team" (slug, name) VALUES ('bench', 'Benchmark team')`).run().lastInsertRowid;
    const firstId = (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM "Postmortem"`).get().n ?? 0) + 1;
    const insert = db.prepare(`INSERT INTO "Postmortem" (slug, kind, status, visibility, title, organization, severity, incidentDate, datePrecision,
        durationMinutes, platform, summary, impact, "trigger", rootCause, detection, resolution, body, bodyText, teamId, publishedAt, createdAt, updatedAt)
      VALUES (?, 'team', 'published', 'public', ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const tagLink = db.prepare(`INSERT INTO "PostmortemTag" (postmortemId, tagId) VALUES (?, ?)`);
    const componentLink = db.prepare(`INSERT INTO "PostmortemComponent" (postmortemId, componentId) VALUES (?, ?)`);
    const lesson = db.prepare(`INSERT INTO "Lesson" (postmortemId, position, text) VALUES (?, ?, ?)`);
    const sqliteDate = (date) => date.toISOString().replace("Z", "+00:00");
    for (const story of syntheticStories(count, { tags, components, teamId, seed })) {
      const r = story.row;
      const { lastInsertRowid: id } = insert.run(
        r.slug,
        r.title,
        r.organization,
        r.severity,
        sqliteDate(r.incidentDate),
        r.durationMinutes,
        r.platform,
        r.summary,
        r.impact,
        r.trigger,
        r.rootCause,
        r.detection,
        r.resolution,
        r.body,
        r.bodyText,
        r.teamId,
        sqliteDate(r.publishedAt),
        sqliteDate(r.createdAt),
        sqliteDate(r.updatedAt),
      );
      for (const tag of story.tags) tagLink.run(id, tag);
      for (const component of story.components) componentLink.run(id, component);
      lesson.run(id, 0, story.lesson);
    }
    db.prepare(
      `INSERT INTO postmortem_fts(rowid, title, summary, body, root_cause, lessons, tags, components) SELECT * FROM postmortem_search_doc WHERE id >= ?`,
    ).run(firstId);
    for (const sql of triggers) db.exec(sql);
  })();
  db.exec("ANALYZE");
  db.close();
  return { created: count, seconds: (Date.now() - start) / 1000 };
}
