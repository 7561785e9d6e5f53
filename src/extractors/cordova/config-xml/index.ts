import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseXml, type XmlNode } from '../../../parsers/xml';
import { LineMap } from '../../source-text';

// Cordova / Ionic / PhoneGap config.xml (root <widget>): the plugins the app installs.
//   <plugin name="cordova-plugin-firebasex" spec="^16.5.0" />
//   <plugin name="cordova-plugin-facebook-connect" spec="^3.2.0"><variable name="APP_ID" value="…"/></plugin>
//   <gap:plugin name="phonegap-plugin-push" source="npm" version="1.8.4" />                   PhoneGap Build
//   <platform name="android"><plugin name="…" spec="…"/></platform>                         platform-only
// <engine>, <preference>, <feature> and <variable> are ignored: they name platforms and settings, not SDKs.
// Other config.xml files (Android res/xml, Maven, Capacitor's generated copies without plugins) yield nothing.
// https://cordova.apache.org/docs/en/latest/config_ref/

const SOURCE = 'cordova/config-xml';
const PLUGIN_TAGS = ['plugin', 'gap:plugin'];

export function extractCordovaConfig(input: { path: string; text: string }): ExtractResult {
  const parsed = parseXml(input.text);
  if (!parsed.ok) {
    // only a file that looks like a Cordova widget is worth a warning; other broken config.xml files are not ours
    const diagnostics: Diagnostic[] = /<widget\b/.test(input.text) ? [{ file: input.path, line: parsed.line, severity: 'warning', message: `config.xml could not be parsed: ${parsed.error}`, source: SOURCE }] : [];
    return { dependencies: [], diagnostics };
  }
  const widget = parsed.value.widget;
  if (!widget) return { dependencies: [], diagnostics: [] };

  const lines = new LineMap(input.text);
  const clean = input.text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const positions = new Map<string, number[]>();
  for (const m of clean.matchAll(/<(?:gap:)?plugin\b[^>]*?\bname\s*=\s*(["'])(.*?)\1/g)) {
    positions.set(m[2], [...(positions.get(m[2]) ?? []), m.index! + m[0].lastIndexOf('name')]);
  }
  const used = new Map<string, number>();
  const deps: Dependency[] = [];
  const add = (node: XmlNode, platform: string | undefined) => {
    const name = node.$?.name;
    if (!name) return;
    const k = used.get(name) ?? 0;
    used.set(name, k + 1);
    const offset = positions.get(name)?.[k] ?? positions.get(name)?.[0];
    const line = offset === undefined ? 1 : lines.lineOf(offset);
    const dep: Dependency = { ecosystem: 'npm', name, scope: platform ? `plugin (${platform})` : 'plugin', direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release' };
    const version = node.$?.spec ?? node.$?.version;
    if (version) dep.version = version;
    deps.push(dep);
  };
  const pluginsOf = (node: XmlNode) => PLUGIN_TAGS.flatMap((t) => (Array.isArray(node[t]) ? (node[t] as unknown[]) : [])).filter((x): x is XmlNode => !!x && typeof x === 'object');
  for (const p of pluginsOf(widget)) add(p, undefined);
  for (const platform of Array.isArray(widget.platform) ? (widget.platform as XmlNode[]) : []) {
    if (platform && typeof platform === 'object') for (const p of pluginsOf(platform)) add(p, platform.$?.name ?? 'platform');
  }
  return { dependencies: deps, diagnostics: [] };
}

export const configXml: Extractor = {
  name: 'cordova/config-xml',
  docs: 'https://cordova.apache.org/docs/en/latest/config_ref/',
  fileRequired: (path) => path.endsWith('config.xml') && /(^|\/)config\.xml$/.test(path) && !/(^|\/)(res\/xml|platforms)\//.test(path),
  extract: extractCordovaConfig,
};
