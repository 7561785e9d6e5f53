// The one place that loads `pdfjs-dist` (an ES module, loaded on demand: most scans never read a PDF).
// Text is grouped into lines by baseline; each line keeps its page number. No scripts or eval are run.

export interface PdfLine {
  page: number;
  text: string;
}

// a real dynamic import (TypeScript's CommonJS output would turn `import()` into `require()`, which cannot load .mjs)
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

export async function pdfToLines(data: Uint8Array, maxPages = 500): Promise<PdfLine[]> {
  const pdfjs = (await importEsm('pdfjs-dist/legacy/build/pdf.mjs')) as typeof import('pdfjs-dist');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const out: PdfLine[] = [];
  try {
    for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let current = '';
      let lastY: number | undefined;
      for (const item of content.items as { str?: string; transform?: number[]; hasEOL?: boolean }[]) {
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5];
        if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 1 && current.trim()) {
          out.push({ page: p, text: current.trim() });
          current = '';
        }
        current += item.str;
        if (y !== undefined) lastY = y;
        if (item.hasEOL) {
          if (current.trim()) out.push({ page: p, text: current.trim() });
          current = '';
          lastY = undefined;
        }
      }
      if (current.trim()) out.push({ page: p, text: current.trim() });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}
