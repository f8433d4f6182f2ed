/**
 * The shape every note reader gives (clinical-signs.ts and the readers it calls): a finding read as present or absent,
 * with the span it was read from. In a module of its own so those readers need not import clinical-signs.ts back.
 * @module
 */

/** A finding read from a clinician's note, with the span of text it came from. */
export interface SignFinding {
  readonly id: string;
  readonly value: boolean;
  readonly span: readonly [number, number];
}
