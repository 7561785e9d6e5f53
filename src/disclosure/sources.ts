import type { DisclosureKind, Mention } from '../types';
import type { PolicyDocument } from './document';
import { loadPolicy } from './load';

/** A disclosure read as structured data (privacy manifest, Data safety CSV, disclosure file), not as prose. */
export interface StructuredDisclosure {
  source: string;
  kind: DisclosureKind;
  mentions: Mention[];
}

/** Reads one --policy argument. Throws PolicyLoadError when it cannot be read. */
export async function loadPolicySource(arg: string, display: (p: string) => string): Promise<PolicyDocument | StructuredDisclosure> {
  return loadPolicy(arg, display(arg));
}
