/**
 * Reading helpers for the UBL readers: follow `cac:`/`cbc:` steps from an element and take the
 * trimmed text, so each aggregate's reader states only its paths. Absent elements read as
 * `undefined`, never as an empty string, so "missing" and "empty" stay distinguishable.
 */
import { childElement, childElements } from '../xml/dom.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';

/** A step `cac:Name` or `cbc:Name`. */
export type UblStep = `${'cac' | 'cbc'}:${string}`;

function split(step: UblStep): [string, string] {
  const [prefix, localName] = step.split(':') as ['cac' | 'cbc', string];
  return [NS[prefix], localName];
}

/** The first element at the end of `steps`, or `undefined`. */
export function at(start: XmlElement | undefined, ...steps: UblStep[]): XmlElement | undefined {
  let current = start;
  for (const step of steps) {
    if (!current) return undefined;
    current = childElement(current, ...split(step));
  }
  return current;
}

/** All children of `parent` named `step`. */
export function all(parent: XmlElement | undefined, step: UblStep): XmlElement[] {
  return parent ? childElements(parent, ...split(step)) : [];
}

/** The trimmed text at the end of `steps`, or `undefined` when the element is absent. */
export function textAt(start: XmlElement | undefined, ...steps: UblStep[]): string | undefined {
  const element = at(start, ...steps);
  return element ? (element.textContent ?? '').trim() : undefined;
}

/** An attribute of the element at the end of `steps`. */
export function attributeAt(
  start: XmlElement | undefined,
  attribute: string,
  ...steps: UblStep[]
): string | undefined {
  const element = at(start, ...steps);
  return element?.getAttribute(attribute) ?? undefined;
}

/** Copies the defined entries of `values` (so optional model fields stay absent, not undefined). */
export function defined<T extends object>(values: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) result[key] = value;
  return result as T;
}
