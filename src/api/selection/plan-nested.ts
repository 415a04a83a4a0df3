import { BadUserInputError } from "../errors/api-error.js";

/**
 * A nested part's plan, or undefined when its arguments are malformed: the parent's
 * statement then leaves the part out, and the field's own resolver reports the error
 * at the field's path instead of failing the parent.
 */
export function planOrSkip<T>(plan: () => T): T | undefined {
  try {
    return plan();
  } catch (error) {
    if (error instanceof BadUserInputError) return undefined;
    throw error;
  }
}

/** A set of nested plans, or undefined when there is none (so that it batches with plain requests). */
export function someOrUndefined<T extends object>(plans: T): T | undefined {
  return Object.values(plans).some((p) => p !== undefined) ? plans : undefined;
}
