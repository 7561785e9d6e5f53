import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { LineMap, RUBY, stripComments } from '../../source-text';

// Podfile (a Ruby DSL), tokenized line by line and never evaluated. Accepts:
//   pod 'Alamofire', '~> 5.9'                      pod 'OneSignalXCFramework', '>= 5.0.0', '< 6.0'
//   pod 'Firebase/Crashlytics'                     pod 'Foo', :git => 'https://…', :branch => 'main'
//   pod 'Flipper', :configurations => ['Debug']    pod 'Bar', configuration: 'Debug'
//   target 'App' do … end   abstract_target 'Shared' do … end   def shared_pods … end  (called from targets)
//   if ENV['X'] … else … end  (both branches count as possible)
// https://guides.cocoapods.org/syntax/podfile.html

export interface PodfileLinkData {
  kind: 'podfile';
  /** pod root name -> usage of its most shipped declaration */
  pods: Record<string, Dependency['usage']>;
}

interface Block {
  kind: 'target' | 'def' | 'other';
  name?: string;
  test?: boolean;
}

const TEST_TARGET = /(Tests?|UITests?|Specs?)$/;

export function extractPodfile(input: { path: string; text: string }): ExtractResult {
  const code = stripComments(input.text, RUBY);
  const lines = new LineMap(input.text);
  const codeLines = code.split('\n');
  const diagnostics: Diagnostic[] = [];
  const stack: Block[] = [];
  const methods = new Map<string, { name: string; args: string; line: number }[]>();
  const calls: { method: string; scope: Block[] }[] = [];
  const deps: Dependency[] = [];

  const scopeName = (st: Block[]) => st.filter((b) => b.kind === 'target').map((b) => b.name).join('/') || undefined;
  const isTest = (st: Block[]) => st.some((b) => b.kind === 'target' && b.test);

  const addPod = (name: string, args: string, line: number, st: Block[]) => {
    // all leading string arguments are version requirements: , '>= 5.0.0', '< 6.0'
    const reqs: string[] = [];
    let rest = args;
    for (;;) {
      const m = /^\s*,\s*(['"])([^'"]*)\1/.exec(rest);
      if (!m) break;
      reqs.push(m[2]);
      rest = rest.slice(m[0].length);
    }
    const configs = /:?configurations?\s*(?:=>|:)\s*(\[[^\]]*\]|['"][^'"]*['"]|:\w+)/.exec(args)?.[1] ?? '';
    const configList = [...configs.matchAll(/['"]([^'"]+)['"]|:(\w+)/g)].map((m) => (m[1] ?? m[2]).toLowerCase());
    const debugOnly = configList.length > 0 && configList.every((c) => c.includes('debug'));
    const source = /:(git|path|podspec)\s*=>\s*['"]([^'"]+)['"]|\b(git|path|podspec):\s*['"]([^'"]+)['"]/.exec(args);
    const scope = scopeName(st);
    const dep: Dependency = {
      ecosystem: 'cocoapods',
      name,
      direct: true,
      location: { file: input.path, line },
      text: lines.lineText(line),
      usage: isTest(st) ? 'test' : debugOnly ? 'debug' : 'release',
    };
    if (reqs.length) dep.version = reqs.join(', ');
    if (scope) dep.scope = scope;
    if (source) dep.skipReason = `from ${source[1] ?? source[3]} ${source[2] ?? source[4]}`;
    deps.push(dep);
  };

  for (let i = 0; i < codeLines.length; i++) {
    const line = i + 1;
    const t = codeLines[i].trim();
    if (!t) continue;
    let m: RegExpExecArray | null;
    if ((m = /^(abstract_)?target\s*\(?\s*(['"])([^'"]+)\2.*\bdo\b/.exec(t))) {
      stack.push({ kind: 'target', name: m[3], test: !m[1] && TEST_TARGET.test(m[3]) });
      continue;
    }
    if ((m = /^def\s+(\w+)/.exec(t))) {
      stack.push({ kind: 'def', name: m[1] });
      if (/\bend\s*$/.test(t) && !/^def\s+\w+\s*$/.test(t)) stack.pop();
      continue;
    }
    if (/^end\b/.test(t)) {
      if (!stack.pop()) diagnostics.push({ file: input.path, line, severity: 'warning', message: "'end' without an open block: the Podfile may be malformed", source: 'ios/podfile' });
      continue;
    }
    if ((m = /^pod\s*\(?\s*(['"])([^'"]+)\1(.*)$/.exec(t))) {
      const inDef = [...stack].reverse().find((b) => b.kind === 'def');
      if (inDef) {
        const list = methods.get(inDef.name!) ?? [];
        list.push({ name: m[2], args: m[3], line });
        methods.set(inDef.name!, list);
      } else addPod(m[2], m[3], line, [...stack]);
      continue;
    }
    // a block opener: if/unless/case/begin/while at line start, or anything ending in `do` / `do |x|`
    if (/^(if|unless|case|begin|while|until|for)\b/.test(t) || /\bdo(\s*\|[^|]*\|)?\s*$/.test(t)) {
      stack.push({ kind: 'other' });
      continue;
    }
    // a bare identifier call inside a target may be a `def` method: shared_pods
    if ((m = /^(\w+)\s*(\(\s*\))?$/.exec(t)) && !['use_frameworks!', 'inhibit_all_warnings!', 'use_modular_headers!'].includes(t)) {
      calls.push({ method: m[1], scope: [...stack] });
    }
  }
  if (stack.length) diagnostics.push({ file: input.path, severity: 'warning', message: `${stack.length} block(s) not closed with 'end': the Podfile may be truncated`, source: 'ios/podfile' });

  for (const [method, pods] of methods) {
    const callers = calls.filter((c) => c.method === method);
    const scopes = callers.length ? callers.map((c) => c.scope) : [[{ kind: 'def', name: method } as Block]];
    for (const p of pods) for (const st of scopes) addPod(p.name, p.args, p.line, st);
  }

  const pods: PodfileLinkData['pods'] = {};
  const rank = { test: 0, debug: 1, release: 2 } as const;
  for (const d of deps) {
    const root = d.name.split('/')[0];
    const prev = pods[root];
    if (!prev || rank[d.usage ?? 'release'] > rank[prev]) pods[root] = d.usage ?? 'release';
  }
  return { dependencies: dedupe(deps), diagnostics, linkData: { kind: 'podfile', pods } satisfies PodfileLinkData };
}

function dedupe(deps: Dependency[]): Dependency[] {
  const seen = new Set<string>();
  return deps.filter((d) => {
    const k = `${d.location.line}\u0000${d.name}\u0000${d.scope ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const podfile: Extractor = {
  name: 'ios/podfile',
  docs: 'https://guides.cocoapods.org/syntax/podfile.html',
  fileRequired: (path) => path.endsWith('Podfile') && /(^|\/)Podfile$/.test(path),
  extract: extractPodfile,
};
