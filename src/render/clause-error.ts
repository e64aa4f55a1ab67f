/** A clause that does not compile or fails while rendering, named so the user can find it. */
export class ClauseError extends Error {
  override readonly name = 'ClauseError';
  constructor(
    readonly clause: string,
    message: string,
  ) {
    super(`clause '${clause}': ${message}`);
  }
}
