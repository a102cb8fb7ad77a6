/**
 * Rules for the MDX body of a content file. Content is data written by editors, not code: it may not
 * import or export modules, and nothing in it may reach a page as script.
 */
export interface BodyProblem {
  line: number;
  message: string;
}

/** Lines inside fenced code blocks are text, not MDX, so the rules skip them. */
function codeFenceMask(lines: string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (m?.[1]) {
      const marker = m[1];
      if (fence === null) {
        fence = marker[0]!.repeat(marker.length);
        return true;
      }
      // Stryker disable next-line MethodExpression: a marker is a run of one character, so it starts with the fence exactly when it ends with it
      if (marker.startsWith(fence)) {
        fence = null;
        return true;
      }
    }
    return fence !== null;
  });
}

export function checkBody(body: string, firstLine = 1): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split('\n');
  const inCode = codeFenceMask(lines);
  lines.forEach((line, i) => {
    if (inCode[i]) return;
    const at = firstLine + i;
    if (/^\s*(import|export)\b/.test(line)) {
      problems.push({ line: at, message: 'import/export statements are not allowed in content (content is text, not code)' });
    }
    if (/<\s*script\b/i.test(line)) {
      problems.push({ line: at, message: 'a <script> element is not allowed in content' });
    }
    // Stryker disable next-line Regex: further spaces before the attribute are taken by [^>]* anyway
    if (/<[a-z][^>]*\s+on[a-z]+\s*=/i.test(line)) {
      problems.push({ line: at, message: 'event-handler attributes (onclick=, onerror=…) are not allowed in content' });
    }
    if (/javascript\s*:/i.test(line) && /(href|src)\s*=|\]\(/i.test(line)) {
      problems.push({ line: at, message: 'javascript: links are not allowed in content' });
    }
    if (/<\s*(iframe|object|embed|style)\b/i.test(line)) {
      problems.push({ line: at, message: 'embedded frames, objects and style elements are not allowed in content' });
    }
  });
  return problems;
}
