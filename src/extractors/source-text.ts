// Helpers shared by the tokenizing extractors (Gradle, Podfile, Package.swift...): blank out comments while
// keeping every offset and newline, and map offsets back to 1-based lines.

export interface CommentSyntax {
  line: string[]; // '//' or '#'
  block?: [string, string]; // ['/*', '*/']
  /** string delimiters whose content is kept verbatim; triple-quoted forms are tried first */
  quotes: string[];
}

export const C_LIKE: CommentSyntax = { line: ['//'], block: ['/*', '*/'], quotes: ['"""', "'''", '"', "'"] };
export const RUBY: CommentSyntax = { line: ['#'], quotes: ['"', "'"] };

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tokenRes = new Map<CommentSyntax, RegExp>();

/** Replaces comment characters with spaces (newlines kept), so regexes never see commented-out code. */
export function stripComments(text: string, syntax: CommentSyntax): string {
  let re = tokenRes.get(syntax);
  if (!re) {
    const alts = [...syntax.quotes, ...syntax.line, ...(syntax.block ? [syntax.block[0]] : [])].sort((x, y) => y.length - x.length).map(escapeRe);
    re = new RegExp(alts.join('|'), 'g');
    tokenRes.set(syntax, re);
  }
  const parts: string[] = [];
  let last = 0;
  let i = 0;
  const n = text.length;
  const blank = (from: number, to: number) => {
    parts.push(text.slice(last, from), text.slice(from, to).replace(/[^\r\n]/g, ' '));
    last = to;
  };
  while (i < n) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    const tok = m[0];
    const at = m.index;
    if (syntax.quotes.includes(tok)) {
      let j = at + tok.length;
      if (tok.length > 1) {
        const end = text.indexOf(tok, j);
        j = end < 0 ? n : end + tok.length;
      } else {
        while (j < n) {
          const c = text[j];
          if (c === '\\') j += 2;
          else if (c === tok) {
            j++;
            break;
          } else if (c === '\n' && tok !== '`') break; // unterminated single-line string
          else j++;
        }
      }
      i = j;
    } else if (syntax.line.includes(tok)) {
      let j = text.indexOf('\n', at);
      if (j < 0) j = n;
      blank(at, j);
      i = j;
    } else {
      let j = text.indexOf(syntax.block![1], at + tok.length);
      j = j < 0 ? n : j + syntax.block![1].length;
      blank(at, j);
      i = j;
    }
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** Offset -> 1-based line number, by binary search over line starts. */
export class LineMap {
  private starts: number[] = [0];
  constructor(private text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** The trimmed source text of a 1-based line. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? 0;
    const end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(start, end).trim();
  }
}
