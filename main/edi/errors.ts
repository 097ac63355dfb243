// The engine's one typed error: every parse failure says where it happened, never what the data was (PHI).
import type { Location } from './model.js';

export class X12Error extends Error {
  readonly code: string;
  readonly location: Location;

  constructor(code: string, detail: string, location: Location) {
    super(`${detail} (${describeLocation(location)})`);
    this.name = 'X12Error';
    this.code = code;
    this.location = location;
  }
}

/** "file a.835, byte 120, segment #4 CLP, element 3" — the address a person needs to find the fault. */
export function describeLocation(loc: Location): string {
  const parts = [
    loc.file ? `file ${loc.file}` : null,
    `byte ${loc.byteOffset}`,
    `segment #${loc.segmentIndex} ${loc.segmentId || '(none)'}`,
    loc.element !== undefined ? `element ${loc.element}` : null,
    loc.component !== undefined ? `component ${loc.component}` : null,
  ];
  return parts.filter((p) => p !== null).join(', ');
}
