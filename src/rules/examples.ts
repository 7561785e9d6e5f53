import type { Dependency, Ecosystem, Rule } from '../types';
import { buildIndex, type RuleIndex } from '../match/index';

/** Parses an example line `<ecosystem> <identifier>` into the dependency an extractor would produce. */
export function exampleToDependency(line: string): Pick<Dependency, 'ecosystem' | 'name' | 'version'> {
  const space = line.indexOf(' ');
  const ecosystem = line.slice(0, space) as Ecosystem;
  let name = line.slice(space + 1).trim();
  let version: string | undefined;
  if (ecosystem === 'maven') {
    const parts = name.split(':');
    name = parts.slice(0, 2).join(':');
    version = parts[2];
  }
  return { ecosystem, name, version };
}

export interface ExampleFailure {
  ruleId: string;
  file: string;
  example: string;
  expected: 'match' | 'noMatch';
  got?: string;
}

/** Runs every rule's examples against an index of `all` rules (defaults to the rules themselves). */
export function testExamples(rules: Rule[], all: Rule[] = rules, index: RuleIndex = buildIndex(all)): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const rule of rules) {
    for (const ex of rule.examples.match) {
      const got = index.lookup(exampleToDependency(ex));
      // an identifier shared by declared overlaps may be attributed to either rule
      if (got?.id !== rule.id && !(got && rule.overlaps?.includes(got.id))) failures.push({ ruleId: rule.id, file: rule.file ?? rule.id, example: ex, expected: 'match', got: got?.id });
    }
    for (const ex of rule.examples.noMatch) {
      const got = index.lookup(exampleToDependency(ex));
      if (got?.id === rule.id) failures.push({ ruleId: rule.id, file: rule.file ?? rule.id, example: ex, expected: 'noMatch', got: got.id });
    }
  }
  return failures;
}
