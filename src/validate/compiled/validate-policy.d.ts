// Types for validate-policy.js, which scripts/gen-validator.mjs generates (ajv standalone code,
// compiled with allErrors and verbose, so every error carries its schema, parent schema and data).
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validate: CompiledValidator;
export default validate;
