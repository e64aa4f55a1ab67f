/**
 * A command for the user to run, as they would type it into a POSIX shell: each argument quoted
 * only when it must be. `npx` first, since a project's own install does not put policyc on PATH.
 */
export function suggestedCommand(args: readonly string[]): string {
  return ['npx', 'policyc', ...args].map(shellWord).join(' ');
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
