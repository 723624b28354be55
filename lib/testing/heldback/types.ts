/** One held-back spec: a name for the review and test, and the spec as a model would send it. */
export interface HeldbackSpec {
  name: string;
  spec: unknown;
}
