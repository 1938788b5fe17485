import { describe, expect, it } from 'vitest';
import { checkCommand, HOLE_PLACEHOLDER, type SmtpText } from '../../src/smtp/index.js';
import { applyFixes, BAD_ARGUMENTS, problem, summarize, template, UNRECOGNIZED } from './helpers.js';

const TIMEOUT = '421 4.4.2';
const LINE_TOO_LONG = '500 5.5.2';

function lineProblems(text: Parameters<typeof checkCommand>[0], options?: Parameters<typeof checkCommand>[1]) {
  return checkCommand(text, options).problems.filter((found) => found.category === 'line');
}

describe('trailing whitespace', () => {
  it.each([
    ['QUIT \r\n', 4, 5, 'QUIT\r\n'],
    ['EHLO mail.example.com\t\r\n', 21, 22, 'EHLO mail.example.com\r\n'],
    ['RCPT TO:<b@example.com>  \r\n', 23, 25, 'RCPT TO:<b@example.com>\r\n'],
    ['MAIL FROM:<a@example.com> SIZE=1 \r\n', 32, 33, 'MAIL FROM:<a@example.com> SIZE=1\r\n'],
    ['DATA ', 4, 5, 'DATA'],
  ])('fixes %j', (text, start, end, fixed) => {
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('trailing-whitespace', start, end, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('line');
    expect(applyFixes(text, problems)).toBe(fixed);
  });

  it('checks the command without it', () => {
    // Without the cut, the space would read as an empty EHLO argument or a second word.
    expect(checkCommand('EHLO mail.example.com \r\nAUTH PLAIN \r\n').problems.map((found) => found.kind)).toEqual([
      'trailing-whitespace',
      'trailing-whitespace',
    ]);
  });

  it('reports a line of only spaces', () => {
    const text = 'QUIT\r\n  \r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('empty-line', 6, 10, UNRECOGNIZED)]);
    expect(applyFixes(text, problems)).toBe('QUIT\r\n');
  });

  it('keeps spaces before a hole', () => {
    expect(checkCommand(template`EHLO ${'host'}\r\n`).problems).toEqual([]);
  });

  it('reports spaces after a hole', () => {
    expect(summarize(checkCommand(template`EHLO ${'host'} \r\n`).problems)).toEqual([
      problem('trailing-whitespace', 6, 7, BAD_ARGUMENTS),
    ]);
  });

  it('leaves message content alone', () => {
    expect(checkCommand('DATA\r\nSubject: hi \r\n\r\nbody \r\n.\r\n').problems).toEqual([]);
  });
});

describe('missing line ending', () => {
  it('accepts a bare line by default', () => {
    expect(checkCommand('QUIT').problems).toEqual([]);
  });

  it('reports a bare line when required', () => {
    const text = 'QUIT';
    const problems = lineProblems(text, { requireLineEnding: true });

    expect(summarize(problems)).toEqual([problem('missing-line-ending', 0, 4, TIMEOUT)]);
    expect(problems[0]?.fix).toEqual([{ start: 4, end: 4, text: '\r\n' }]);
    expect(applyFixes(text, problems)).toBe('QUIT\r\n');
  });

  it('accepts CRLF when required', () => {
    expect(checkCommand('QUIT\r\n', { requireLineEnding: true }).problems).toEqual([]);
  });

  it('reports inconsistent pipelining', () => {
    const text = 'MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-line-ending', 27, 50, TIMEOUT)]);
    expect(problems[0]?.category).toBe('line');
    expect(applyFixes(text, problems)).toBe(`${text}\r\n`);
  });

  it.each([
    ['CRLF', 'RSET\r\nQUIT'],
    ['a bare LF', 'RSET\nQUIT'],
    ['a bare CR', 'RSET\rQUIT'],
  ])('words pipelining after %s truthfully', (_ending, text) => {
    // The earlier line's own ending is reported separately, so this message must not claim it is CRLF.
    const found = lineProblems(text).find((candidate) => candidate.kind === 'missing-line-ending');

    expect(found?.message).toContain('An earlier line of this string ends with a line ending');
    expect(found?.message).not.toContain('end with CRLF');
  });

  it('trusts a sink that adds CRLF', () => {
    expect(checkCommand('QUIT', { sinkAddsLineEnding: true, requireLineEnding: true }).problems).toEqual([]);
    expect(checkCommand('RSET\r\nQUIT', { sinkAddsLineEnding: true }).problems).toEqual([]);
  });

  it('reports CRLF a sink doubles', () => {
    const text = 'RSET\r\nQUIT\r\n';
    const { problems } = checkCommand(text, { sinkAddsLineEnding: true });

    expect(summarize(problems)).toEqual([problem('duplicate-line-ending', 10, 12, UNRECOGNIZED)]);
    expect(applyFixes(text, problems)).toBe('RSET\r\nQUIT');
  });

  it('trusts a hole at the end', () => {
    expect(checkCommand(template`RSET\r\nQUIT${'ending'}`, { requireLineEnding: true }).problems).toEqual([]);
    expect(checkCommand(template`RSET\r\n${'line'}`, { requireLineEnding: true }).problems).toEqual([]);
  });

  it('leaves unfinished message content alone', () => {
    expect(checkCommand('DATA\r\nSubject: hi', { requireLineEnding: true }).problems).toEqual([]);
  });

  it('ignores invalid options', () => {
    expect(checkCommand('QUIT', null as never).problems).toEqual([]);
  });
});

describe('pipelined content', () => {
  it('checks the verb after DATA content', () => {
    const text = 'DATA\r\nMAIL FROM: not a command\r\n..\r\n.\r\nQUIT now\r\n';
    const { commands, problems } = checkCommand(text);

    expect(commands.map((command) => command.verb)).toEqual(['DATA', 'QUIT']);
    expect(commands[1]).toEqual({ verb: 'QUIT', start: 39, end: 47 });
    expect(summarize(problems)).toEqual([problem('unexpected-argument', 44, 47, BAD_ARGUMENTS)]);
  });

  it('skips a BDAT chunk', () => {
    const text = 'BDAT 11\r\nMAIL FROM:xBDAT 0 LAST\r\nQUIT\r\n';
    const { commands, problems } = checkCommand(text);

    expect(commands).toEqual([
      { verb: 'BDAT', start: 0, end: 7 },
      { verb: 'BDAT', start: 20, end: 31 },
      { verb: 'QUIT', start: 33, end: 37 },
    ]);
    expect(problems).toEqual([]);
  });

  it('counts chunk octets, not code units', () => {
    // 'é' is two octets in UTF-8, so the 3-octet chunk is 'éx'.
    const { commands } = checkCommand('BDAT 3\r\néxQUIT\r\n');

    expect(commands.map((command) => command.start)).toEqual([0, 10]);
  });

  it('takes a long chunk as the rest', () => {
    const { commands, problems } = checkCommand('BDAT 100 LAST\r\nnot a command', { requireLineEnding: true });

    expect(commands.map((command) => command.verb)).toEqual(['BDAT']);
    expect(problems).toEqual([]);
  });

  it('stops at a chunk of unknown size', () => {
    const { commands, problems } = checkCommand(template`BDAT ${'size'}\r\nbinary\r\nQUIT x\r\n`);

    expect(commands.map((command) => command.verb)).toEqual(['BDAT']);
    expect(problems).toEqual([]);
  });

  it('stops at a hole inside a chunk', () => {
    const { commands } = checkCommand(template`BDAT 10\r\n${'data'}QUIT x\r\n`);

    expect(commands.map((command) => command.verb)).toEqual(['BDAT']);
  });

  it('reports each line at its offset', () => {
    const { problems } = checkCommand('EHLO\r\nVRFY\r\nNOOP a b\r\n');

    expect(summarize(problems)).toEqual([
      problem('missing-argument', 0, 4, BAD_ARGUMENTS),
      problem('missing-argument', 6, 10, BAD_ARGUMENTS),
      problem('extra-argument', 19, 20, BAD_ARGUMENTS),
    ]);
  });
});

describe('line length', () => {
  it('grants ESMTP parameters their length', () => {
    // A path of the maximum 256 octets leaves no room for NOTIFY and ORCPT within 512 octets.
    const local = 'a'.repeat(64);
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    const line = `RCPT TO:<${local}@${domain}> NOTIFY=NEVER ORCPT=rfc822;${local}@${domain}`;

    expect(line.length + 2).toBe(547);
    expect(checkCommand(`${line}\r\n`).problems).toEqual([]);
  });

  it('grants nothing to an unknown parameter', () => {
    const line = `MAIL FROM:<a@example.com> FOO=${'x'.repeat(490)}`;

    expect(summarize(lineProblems(`${line}\r\n`))).toEqual([problem('line-too-long', 0, line.length + 2, LINE_TOO_LONG)]);
  });

  it('names the AUTH way out', () => {
    const line = `AUTH PLAIN ${'QUFB'.repeat(130)}`;
    const problems = lineProblems(`${line}\r\n`);

    expect(summarize(problems)).toEqual([problem('line-too-long', 0, line.length + 2, LINE_TOO_LONG)]);
    expect(problems[0]?.message).toContain('334');
  });

  it('counts known text around holes', () => {
    // Holes may be empty at run time, so only the 528 known octets count, and they are too many.
    const long: SmtpText = { text: `VRFY ${HOLE_PLACEHOLDER} ${'x'.repeat(520)}\r\n`, holes: [5] };
    const short: SmtpText = { text: `VRFY ${HOLE_PLACEHOLDER} ${'x'.repeat(490)}\r\n`, holes: [5] };

    expect(summarize(lineProblems(long))).toEqual([problem('line-too-long', 0, 529, LINE_TOO_LONG)]);
    expect(lineProblems(short)).toEqual([]);
  });
});

describe('reversed line ending', () => {
  it('reports LF CR once', () => {
    const text = 'quit\n\r';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('reversed-line-ending', 4, 6, BAD_ARGUMENTS)]);
    expect(applyFixes(text, problems)).toBe('quit\r\n');
  });
});

describe('control characters', () => {
  it.each([
    ['MAIL FROM:<a\u0000b@example.com>\r\n', 12],
    ['MAIL FROM:<a@example.com> SIZE=1\u0000\r\n', 32],
  ])('reports %j once', (text, offset) => {
    const { problems } = checkCommand(text);

    expect(problems.map((found) => [found.kind, found.start])).toEqual([['control-character', offset]]);
  });
});

describe('holes in messages', () => {
  it('shows a hole as ${…}', () => {
    const text: SmtpText = { text: `RCPT TO:user@${HOLE_PLACEHOLDER}\r\n`, holes: [13] };
    const [found] = checkCommand(text).problems;

    expect(found?.message).toContain('<user@${…}>');
    expect(found?.message).not.toContain(HOLE_PLACEHOLDER);
  });
});

describe('wrong final line ending with an appending sink', () => {
  it.each([
    ['QUIT\n', 'QUIT'],
    ['QUIT\r', 'QUIT'],
    ['QUIT\n\r', 'QUIT'],
  ])('removes it from %j', (text, fixed) => {
    const { problems } = checkCommand(text, { sinkAddsLineEnding: true });

    expect(problems).toHaveLength(1);
    expect(applyFixes(text, problems)).toBe(fixed);
  });

  it('keeps CRLF fixes before the end', () => {
    const text = 'RSET\nQUIT';
    const { problems } = checkCommand(text, { sinkAddsLineEnding: true });

    expect(applyFixes(text, problems)).toBe('RSET\r\nQUIT');
  });
});
