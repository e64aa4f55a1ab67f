/** ajv-formats' full formats, with `uri` cheaper to compile (see formats.js). */
export declare function uri(value: string): boolean;
export declare const formats: Readonly<Record<string, unknown>>;
