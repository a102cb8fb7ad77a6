/**
 * Parses an MDX body with the same parser the build uses (Sätteri, under @astrojs/mdx), so that a
 * syntax error or a stray expression is reported by the content gate with file and line, together
 * with every other problem, instead of stopping the build at the first file.
 */
import { mdxToMdast } from 'satteri';
import type { BodyProblem } from '../../schemas/body.rules.ts';

interface Node {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

export function checkMdx(body: string, firstLine = 1): BodyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    // Stryker disable next-line Regex: the parser's message always starts with "line:column: " and one space, so the anchors and \s* vs \s are equivalent here (its one-digit variants are killed by the two-digit test in tests/unit/pipeline/gate/mdxSyntax.test.ts, but Stryker cannot disable single variants of a line)
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
    const line = m ? firstLine + Number(m[1]) - 1 : firstLine;
    // Stryker disable next-line Regex: the rule name "(source:rule)" is always last and after one space; other parentheses in a message hold no "letters:letters", so the variants of the anchors and spaces find the same text
    const message = (m ? m[3]! : text).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
    return [{ line, message: `MDX syntax: ${message}` }];
  }
  const problems: BodyProblem[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT_ONLY.test(node.value ?? '')) {
      problems.push({
        // Stryker disable next-line OptionalChaining: the parser gives every expression node a position; the fallback only guards a parser change
        line: firstLine + (node.position?.start.line ?? 1) - 1,
        message: `{${(node.value ?? '').slice(0, 40)}} is code in MDX: write \\{ and \\} for literal braces`,
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
