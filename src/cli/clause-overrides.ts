import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

/**
 * Read a policy's clause overrides (`policy.clauses`, a folder relative to the policy file) into
 * name → template source, the shape the pure renderer takes. The folder, and every file read from
 * it, must stay inside the policy's own folder once symbolic links are followed.
 */
export function readClauseOverrides(policyFile: string, folder: string): Record<string, string> {
  const base = realpathSync(dirname(resolve(policyFile)));
  const requested = resolve(base, folder);
  if (isAbsolute(folder) || !inside(base, requested)) {
    throw new UsageError(`policy.clauses '${folder}' in ${policyFile} points outside the folder of the policy file.`, 'Name a folder beside or below privacy.yaml, e.g. policy-clauses.');
  }
  let root: string;
  try {
    root = realpathSync(requested);
    if (!statSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `Cannot read the clause folder '${folder}' named in ${policyFile}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'it is not a folder' : String(code ?? error)}.`,
    );
  }
  if (!inside(base, root)) {
    throw new UsageError(`policy.clauses '${folder}' in ${policyFile} leads outside the folder of the policy file through a symbolic link.`);
  }
  const overrides: Record<string, string> = {};
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs')).sort();
  for (const file of files) {
    const path = join(root, file);
    const real = realpathSync(path);
    if (!inside(root, real)) {
      throw new UsageError(`The clause file ${join(folder, file)} leads outside the clause folder through a symbolic link.`);
    }
    // A pipe or device would block the read forever, a huge file would fill the memory.
    const stat = statSync(real);
    if (stat.isDirectory()) continue;
    if (!stat.isFile()) throw new UsageError(`The clause file ${join(folder, file)} is not a regular file.`);
    if (stat.size > MAX_CLAUSE_BYTES) {
      throw new UsageError(`The clause file ${join(folder, file)} is ${stat.size} bytes; a clause may be at most ${MAX_CLAUSE_BYTES}.`);
    }
    overrides[file.slice(0, -'.hbs'.length).split(sep).join('/')] = readFileSync(real, 'utf8');
  }
  return overrides;
}

/** Far above any clause: the built-in ones are a few kilobytes. */
const MAX_CLAUSE_BYTES = 1024 * 1024;

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
