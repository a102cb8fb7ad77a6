#!/usr/bin/env node
// npm run audit:content — what is left to verify in content/, in Vietnamese, counts first: facts shown as
// awaiting verification, statuses checked more than 180 days ago, unverified entries, sample content still
// published, sources without a URL or Official Gazette reference; each entry with its file and CMS address.
// The build writes the same list as /admin/kiem-tra-noi-dung/. Exits 0 (a worklist, not a gate).
import { runContentGate, formatProblems } from '../src/pipeline/gate/contentGate.ts';
import { auditContent, formatAudit } from '../src/collections/audit.ts';
import { todayInVietnam } from '../src/lib/formatDate.ts';

const { problems, entries } = runContentGate(process.cwd());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(formatAudit(auditContent(entries, todayInVietnam()), process.env.CMS_SITE_URL ?? process.env.SITE_URL ?? ''));
