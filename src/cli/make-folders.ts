import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `mkdir -p`, one level at a time; `mode` is for the last folder, as with `mkdir -p -m`. Each folder
 * it makes is added to `made` as it is made, outermost first, so that a caller that fails, here or
 * later, can take them away again. Not mkdirSync's `recursive`: on Node 20 it never returns where
 * mkdir fails with ENOENT under a folder that exists (anywhere in /proc), so `build -o /proc/x`
 * hung instead of saying it cannot write there.
 */
export function makeFolders(folder: string, mode = 0o777, made: string[] = []): void {
  try {
    mkdirSync(folder, { mode });
    made.push(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(folder).isDirectory()) return;
    if (code !== 'ENOENT' || dirname(folder) === folder) throw error;
    makeFolders(dirname(folder), 0o777, made);
    try {
      mkdirSync(folder, { mode });
      made.push(folder);
    } catch (again) {
      // Another process may have made it meanwhile; anything else is the answer.
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw again;
    }
  }
}
