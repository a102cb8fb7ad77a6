/**
 * Rules of the procedure guides that a schema alone cannot say: a time limit with its unit, each way to
 * submit and each cited document once, codes unique, facts and change-note dates equal in both languages.
 */
import type { ContentProblem, GateEntry, Rule } from './problems.ts';
import { todayInVietnam } from '../lib/formatDate.ts';
import { changeNoteProblems, withdrawalProblems } from './changes.rules.ts';

export const procedureRules: Rule = (entries) => {
  const problems: ContentProblem[] = [];
  const today = todayInVietnam();
  type Ch = { kind: string; timeLimit?: number; timeUnit?: string; fee?: number };
  type P = { code?: string; checkedOn: string; channels: Ch[]; dossier: { copies?: number }[]; legalBasis?: { document: string }[] };
  const codes = new Map<string, GateEntry>();
  for (const e of entries) {
    const d = e.data as P;
    d.channels.forEach((c, i) => {
      if (c.timeLimit !== undefined && c.timeUnit === undefined) {
        problems.push({ file: e.file, field: `channels[${i}].timeUnit`, message: 'a time limit needs its unit (working days, days or hours)', vi: 'Thời hạn cần có đơn vị (ngày làm việc, ngày hoặc giờ).' });
      }
      if (c.timeUnit !== undefined && c.timeLimit === undefined) {
        problems.push({ file: e.file, field: `channels[${i}].timeLimit`, message: 'a unit is given without the number of the time limit', vi: 'Có đơn vị nhưng chưa có số của thời hạn.' });
      }
      const twice = d.channels.findIndex((x) => x.kind === c.kind);
      if (twice !== i) problems.push({ file: e.file, field: `channels[${i}].kind`, message: `the way "${c.kind}" is listed twice`, vi: 'Cách thực hiện này đã có ở trên.' });
    });
    d.legalBasis?.forEach((b, i) => {
      if (d.legalBasis!.findIndex((x) => x.document === b.document) !== i) {
        problems.push({ file: e.file, field: `legalBasis[${i}].document`, message: `"${b.document}" is cited twice`, vi: 'Văn bản này đã được dẫn ở trên.' });
      }
    });
    if (d.checkedOn > today) problems.push({ file: e.file, field: 'checkedOn', message: `${d.checkedOn} is in the future`, vi: 'Ngày kiểm tra ở tương lai.' });
    if (d.code) {
      const key = `${e.lang}:${d.code}`;
      const first = codes.get(key);
      if (first) problems.push({ file: e.file, field: 'code', message: `the code ${d.code} is already used by ${first.file}`, vi: `Mã ${d.code} đã có (${first.file}).` });
      else codes.set(key, e);
    }
  }
  problems.push(...changeNoteProblems(entries, today, () => undefined));
  problems.push(...withdrawalProblems(entries, today, () => undefined));
  // Lists are translated only in their text: ways, time limits, fees, copies and cited documents are facts.
  const facts = (x: GateEntry) => {
    const d = x.data as P;
    return {
      channels: d.channels.map((c) => [c.kind, c.timeLimit ?? null, c.timeUnit ?? null, c.fee ?? null]),
      dossier: d.dossier.map((item) => item.copies ?? null),
      legalBasis: (d.legalBasis ?? []).map((b) => b.document),
    };
  };
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.lang === 'en')) {
    const original = vi.get(e.slug);
    if (!original) continue;
    const [a, b] = [facts(original), facts(e)];
    for (const key of Object.keys(a) as (keyof typeof a)[]) {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
        const what = { channels: 'ways, time limits and fees', dossier: 'dossier items and their copies', legalBasis: 'cited documents' }[key];
        problems.push({ file: e.file, field: key, message: `the ${what} differ from the Vietnamese original ${original.file}`, vi: 'Khác với bản tiếng Việt; thông tin này phải giống nhau ở hai ngôn ngữ.' });
      }
    }
  }
  return problems;
};

