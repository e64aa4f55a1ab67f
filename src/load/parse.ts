import { Composer, Lexer, LineCounter, Parser, Scalar, visit, type CST, type YAMLError } from 'yaml';
import { explainSyntaxError, type Explanation } from './syntax-hints.js';
import type { LoadLimits, PolicyDocument } from './types.js';

export interface ParseProblem {
  code: string;
  message: string;
  hint?: string;
  /** Source offsets; undefined when the problem is the file as a whole. */
  range?: [number, number];
}

export type ParseOutcome =
  | { document: PolicyDocument; lineCounter: LineCounter; problems: ParseProblem[] }
  | { lineCounter: LineCounter; problems: ParseProblem[]; document?: undefined };

/**
 * YAML 1.2 text to a syntax tree, refusing early what would exhaust the parser: too many tokens
 * is caught after lexing (cheap) and before parsing (not cheap); nesting deeper than the limit is
 * caught while parsing, before the composer, which recurses, ever sees it.
 */
export function parseYaml(text: string, limits: LoadLimits): ParseOutcome {
  // Line starts are counted up front so problems found before parsing have positions too.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const lexemes: string[] = [];
  // Flow brackets are counted while lexing, so `[[[[…` is refused before it is even buffered.
  let flowDepth = 0;
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexemes.push(lexeme) > limits.maxTokens) {
      return {
        lineCounter,
        problems: [
          {
            code: 'yaml/too-many-tokens',
            message: `The file has more than ${limits.maxTokens} YAML tokens, far more than any privacy policy needs.`,
            hint: 'Check that this is the right file.',
          },
        ],
      };
    }
    if (lexeme === '[' || lexeme === '{') flowDepth++;
    else if (lexeme === ']' || lexeme === '}') flowDepth--;
    if (flowDepth > limits.maxDepth) return { lineCounter, problems: [tooDeep(offset, limits)] };
    const version = /^%YAML[ \t]+(\S+)/.exec(lexeme)?.[1];
    if (version !== undefined && version !== '1.2') {
      return { lineCounter, problems: [yaml12Only(offset, lexeme.trimEnd())] };
    }
    if (!LEXER_MARKERS.has(lexeme)) offset += lexeme.length;
  }

  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of lexemes) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds the document, each open collection and the node being read.
    if (parser.stack.length > limits.maxDepth + 2) return { lineCounter, problems: [tooDeep(parser.offset, limits)] };
  }
  for (const token of parser.end()) tokens.push(token);

  const composer = new Composer({ version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  const documents = [...composer.compose(tokens, true, text.length)] as PolicyDocument[];
  const document = documents[0] as PolicyDocument;
  const problems = firstPerLine(
    withoutConsequences([...document.errors, ...document.warnings].filter((e) => e.code !== 'TAG_RESOLVE_FAILED').map((e) => fromYamlError(e, document, text))),
    lineCounter,
  );
  const second = documents[1];
  if (second) {
    const start = second.range[0];
    problems.push({
      code: 'yaml/multiple-documents',
      message: 'The file holds more than one YAML document.',
      hint: "A policy is one document: remove the second '---' and what follows, or merge the two.",
      range: [start, start + 3],
    });
  }
  return { document, lineCounter, problems };
}

/** Zero-width markers the lexer inserts (document start, scalar start, flow error end). */
const LEXER_MARKERS: ReadonlySet<string> = new Set(['\u0002', '\u0018', '\u001f']);

function tooDeep(at: number, limits: LoadLimits): ParseProblem {
  return {
    code: 'yaml/too-deep',
    message: `Lists and mappings are nested more than ${limits.maxDepth} levels deep.`,
    hint: 'A privacy policy needs fewer than ten levels; check the brackets and the indentation here.',
    range: [at, at + 1],
  };
}

function yaml12Only(offset: number, directive: string): ParseProblem {
  return {
    code: 'yaml/version',
    message: `policyc reads YAML 1.2, but the file declares '${directive}'.`,
    hint: "Remove the '%YAML' line: under YAML 1.1, NO means false and dates change type.",
    range: [offset, offset + directive.length],
  };
}

/** Friendlier words for the syntax errors people actually make. */
const HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Line this up with the keys around it: entries of one mapping start in the same column.',
  MISSING_CHAR: "Check this line for a missing ':' after a key, or a quote or bracket that is never closed.",
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; check for a missing quote or colon above.',
  BLOCK_AS_IMPLICIT_KEY: "Put a value that contains ': ' in quotes, and check that the line below is not indented too far.",
  UNEXPECTED_TOKEN: 'Check the punctuation here: a stray quote, bracket, comma or colon.',
  BAD_ALIAS: 'An alias (*name) must refer to an anchor (&name) defined earlier in the file.',
  KEY_OVER_1024_CHARS: 'Keys must be shorter than 1024 characters.',
};

function fromYamlError(error: YAMLError, document: PolicyDocument, text: string): ParseProblem | Explanation {
  const opened = error.code === 'MISSING_CHAR' ? unclosedQuote(document, error.pos[0]) : undefined;
  if (opened) return opened;
  const explained = explainSyntaxError(text, { code: error.code, message: error.message, offset: error.pos[0] });
  if (explained) return explained;
  const message = error.message.trim();
  return {
    code: `yaml/${error.code.toLowerCase().replaceAll('_', '-')}`,
    message: /[.!?]$/.test(message) ? message : `${message}.`,
    ...(HINTS[error.code] ? { hint: HINTS[error.code] } : {}),
    range: error.pos,
  };
}

/**
 * yaml reports an unclosed quote where the file ends; the quote that needs closing is where the
 * string started, which is the place to show.
 */
function unclosedQuote(document: PolicyDocument, end: number): ParseProblem | undefined {
  let found: ParseProblem | undefined;
  visit(document, {
    Scalar(_, node) {
      if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && node.range && node.range[1] === end) {
        const quote = node.type === Scalar.QUOTE_DOUBLE ? 'double' : 'single';
        found = {
          code: 'yaml/missing-char',
          message: `This ${quote}-quoted text is never closed.`,
          hint: `Add the closing ${quote === 'double' ? '"' : "'"} at the end of the value; everything up to the end of the file was read as part of it.`,
          range: [node.range[0], node.range[0] + 1],
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Other errors that an explained mistake also caused are that mistake again: those inside what
 * the first explanation covers go, and so do later explanations of the same run of errors.
 */
function withoutConsequences(problems: ReadonlyArray<ParseProblem | Explanation>): ParseProblem[] {
  const explanations = problems.filter((p): p is Explanation => 'covers' in p && p.covers !== undefined).sort((a, b) => a.range[0] - b.range[0]);
  const covering = (problem: ParseProblem): boolean => {
    const at = problem.range?.[0];
    if (at === undefined) return false;
    // The first explanation whose cover holds this error, other than the error itself.
    const first = explanations.find((e) => e.covers !== undefined && at >= e.covers[0] && at <= e.covers[1]);
    return first !== undefined && first !== problem;
  };
  const kept: ParseProblem[] = [];
  for (const problem of problems) {
    if (covering(problem)) continue;
    const { covers: _, ...reported } = problem as Explanation;
    if (!kept.some((k) => k.code === reported.code && k.range?.[0] === reported.range?.[0])) kept.push(reported);
  }
  return kept;
}

/** One syntax error usually sets off others on the same line; the first is the one to fix. */
function firstPerLine(problems: ParseProblem[], lineCounter: LineCounter): ParseProblem[] {
  const seen = new Set<number>();
  return problems.filter((p) => {
    const line = p.range ? lineCounter.linePos(p.range[0]).line : 0;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}
