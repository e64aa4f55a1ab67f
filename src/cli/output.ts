import { fstatSync, writeSync } from 'node:fs';
import { UsageError } from './errors.js';
import { escapeForTerminal } from './terminal.js';

/**
 * stdout and stderr, written with plain synchronous writes to their file descriptors.
 *
 * Not process.stdout and process.stderr: the first use of either builds a stream over the
 * descriptor and loads Node's stream modules, about 2 ms of a cold run that takes 20. policyc
 * writes each report, notice or document in one piece, so streams buy nothing, and a synchronous
 * write also keeps the order of stdout and stderr as written.
 */
export class Output {
  /** Set when the descriptor failed: what is left to say has no one to read it. */
  private closed = false;

  constructor(private readonly fd: number) {}

  /**
   * Whether a terminal reads this. A pipe or a file, as in CI and hooks, is told by one fstat;
   * only a character device needs node:tty, which loads net and Node's stream modules (2 ms).
   */
  get isTTY(): boolean {
    try {
      if (!fstatSync(this.fd).isCharacterDevice()) return false;
    } catch {
      return false;
    }
    return process.getBuiltinModule('node:tty').isatty(this.fd);
  }

  /**
   * Writes text, with every control character and bidi override escaped (terminal.ts): whatever
   * a hostile file or clause managed to put into a message, notice or document, it cannot drive
   * the terminal that shows it.
   */
  write(text: string): void {
    this.writeRaw(escapeForTerminal(text));
  }

  /**
   * Writes a report: in colour as it is, since its escape sequences are policyc's own and the
   * pretty reporter escapes every piece of input itself (escapeForTerminal); without, like write.
   */
  writeReport(text: string, color: boolean): void {
    this.writeRaw(color ? text : escapeForTerminal(text));
  }

  private writeRaw(text: string): void {
    if (this.closed) return;
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(this.fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A descriptor the parent made non-blocking (a pipe it reads slowly) is full for a moment.
        if (code === 'EAGAIN') pause(1);
        else {
          this.closed = true;
          // A reader that stops early (`policyc validate | head`) closes the pipe: policyc then
          // finishes quietly, with the exit code of its work. Any other failure (a full disk under
          // `> file`) ends the run as an I/O error, with what it staged removed on the way out.
          if (code === 'EPIPE') return;
          throw new UsageError(`cannot write the output: ${code ?? String(error)}`);
        }
      }
    }
  }
}

export const stdout = new Output(1);
export const stderr = new Output(2);

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
