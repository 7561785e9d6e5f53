// The one place that loads `htmlparser2`. Turns an HTML page into text blocks that keep the source line where
// each block starts; scripts, styles, templates and navigation are dropped. Table rows and list items are
// marked as rows.

export interface HtmlBlock {
  line: number;
  text: string;
  row: boolean;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'head', 'iframe', 'object']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'br', 'hr', 'address', 'figure', 'figcaption', 'details', 'summary', 'caption', 'form', 'body', 'html',
]);
const CELL = new Set(['td', 'th']);

export function htmlToBlocks(html: string): HtmlBlock[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require('htmlparser2') as typeof import('htmlparser2');
  const lineStarts: number[] = [0];
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const blocks: HtmlBlock[] = [];
  let skipDepth = 0;
  let current: { line: number; parts: string[]; row: boolean } | undefined;
  let rowDepth = 0;
  const flush = () => {
    if (current) {
      const text = current.parts.join('').replace(/[ \t\r\n\f]+/g, ' ').replace(/\s*\|\s*$/, '').trim();
      if (text) blocks.push({ line: current.line, text, row: current.row });
    }
    current = undefined;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'tr' || name === 'li' || name === 'dt') {
          flush();
          rowDepth++;
        } else if (BLOCK.has(name) && !(rowDepth && name !== 'table')) flush();
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (CELL.has(name) && current) current.parts.push(' | ');
        else if (name === 'tr' || name === 'li' || name === 'dt') {
          flush();
          rowDepth = Math.max(0, rowDepth - 1);
        } else if (BLOCK.has(name) && !rowDepth) flush();
      },
      ontext(text) {
        if (skipDepth) return;
        if (!current) {
          if (!text.trim()) return;
          const lead = text.length - text.trimStart().length;
          current = { line: lineOf(parser.startIndex + lead), parts: [], row: rowDepth > 0 };
        }
        current.parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** The charset an HTML document declares in its first bytes (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}
