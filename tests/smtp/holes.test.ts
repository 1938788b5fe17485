import { describe, expect, it } from 'vitest';
import { checkCommand, checkDomain, checkMailbox, checkPath, HOLE_PLACEHOLDER } from '../../src/smtp/index.js';
import { BAD_ARGUMENTS, BAD_RECIPIENT, BAD_SENDER, NON_ASCII, problem, summarize, template } from './helpers.js';

describe('holes in commands', () => {
  it('proves the space before a hole', () => {
    const { problems } = checkCommand(template`MAIL FROM: <${'from'}>\r\n`);

    expect(summarize(problems)).toEqual([problem('space-after-colon', 10, 11, BAD_SENDER)]);
    expect(problems[0]?.fix).toEqual([{ start: 10, end: 11, text: '' }]);
  });

  it('proves nothing for a bare hole', () => {
    // The value may already carry its brackets, as in '<user@example.com>'.
    expect(checkCommand(template`RCPT TO:${'to'}\r\n`).problems).toEqual([]);
  });

  it('checks static domain after hole', () => {
    expect(summarize(checkCommand(template`RCPT TO:<${'user'}@exa_mple.com>\r\n`).problems)).toEqual([
      problem('invalid-domain-character', 14, 15, BAD_RECIPIENT),
    ]);
  });

  it('accepts hole with valid domain', () => {
    expect(checkCommand(template`RCPT TO:<${'user'}@example.com>\r\n`).problems).toEqual([]);
  });

  it('skips the local-part with a hole', () => {
    // The hole may end a quoted string that makes the static part valid.
    expect(checkCommand(template`RCPT TO:<a b${'rest'}@example.com>\r\n`).problems).toEqual([]);
  });

  it('skips a domain with a hole', () => {
    expect(checkCommand(template`RCPT TO:<user@${'domain'}>\r\n`).problems).toEqual([]);
  });

  it('lets a parameter hole add SMTPUTF8', () => {
    expect(checkCommand(template`MAIL FROM:<jörg@example.com> ${'parameters'}\r\n`).problems).toEqual([]);
    expect(checkCommand(template`MAIL FROM:<jörg@example.com>${'parameters'}\r\n`).problems).toEqual([]);
  });

  it('reports non-ASCII without the hole', () => {
    expect(summarize(checkCommand('MAIL FROM:<jörg@example.com> BODY=8BITMIME\r\n').problems)).toEqual([
      problem('non-ascii-local-part', 12, 13, NON_ASCII),
    ]);
  });

  it('skips a line starting with a hole', () => {
    const { commands, problems } = checkCommand(template`${'verb'} FROM:user\r\nQUIT\r\n`);

    expect(problems).toEqual([]);
    expect(commands).toEqual([{ verb: 'QUIT', start: 13, end: 17 }]);
  });

  it('waits for a hole closing the path', () => {
    expect(checkCommand(template`MAIL FROM:<user@example.com${'rest'}\r\n`).problems).toEqual([]);
  });

  it('reports brackets without fix', () => {
    // The missing '<' is certain, but the hole may change what the closing edit must be.
    const { problems } = checkCommand(template`MAIL FROM:user@example.com${'rest'}\r\n`);

    expect(summarize(problems)).toEqual([problem('missing-angle-brackets', 10, 27, BAD_SENDER)]);
    expect(problems[0]?.fix).toBeUndefined();
  });

  it('skips parameter with a hole', () => {
    expect(checkCommand(template`MAIL FROM:<a@example.com> SI_ZE=${'size'}\r\n`).problems).toEqual([]);
  });

  it('skips length of a line with a hole', () => {
    expect(checkCommand(template`NOOP ${'a'}${'a'.repeat(600)}\r\n`).problems.filter((found) => found.kind === 'line-too-long')).toEqual([]);
  });

  it('skips a control character hole', () => {
    // The hole list decides what is unknown, whatever character sits at that offset.
    const lineProblems = (holes: number[]) =>
      checkCommand({ text: 'NOOP \u0001\r\n', holes }).problems.filter((found) => found.category === 'line');

    expect(lineProblems([5])).toEqual([]);
    expect(summarize(lineProblems([]))).toEqual([problem('control-character', 5, 6, BAD_ARGUMENTS)]);
  });
});

describe('hole offsets', () => {
  it('checks an unlisted placeholder as text', () => {
    expect(summarize(checkCommand({ text: `RCPT TO:${HOLE_PLACEHOLDER}\r\n`, holes: [] }).problems)).toEqual([
      problem('missing-angle-brackets', 8, 9, BAD_RECIPIENT),
      problem('missing-domain', 8, 9, BAD_RECIPIENT),
    ]);
  });

  it('ignores invalid offsets', () => {
    const text = 'RCPT TO:user@example.com\r\n';
    const expected = summarize(checkCommand(text).problems);

    expect(expected).toHaveLength(1);
    expect(summarize(checkCommand({ text, holes: [-1, 26, 99, 1.5, Number.NaN, Number.POSITIVE_INFINITY] }).problems)).toEqual(expected);
  });

  it('treats missing holes as none', () => {
    expect(summarize(checkCommand({ text: 'RCPT TO:user@example.com\r\n' }).problems)).toEqual([
      problem('missing-angle-brackets', 8, 24, BAD_RECIPIENT),
    ]);
  });
});

describe('holes in addresses', () => {
  it('accepts hole inside path', () => {
    expect(checkPath(template`<${'address'}>`)).toEqual([]);
  });

  it('ignores a hole after path', () => {
    // A hole may be empty at run time, so it does not prove text after the path.
    expect(checkPath(template`<user@example.com>${'rest'}`)).toEqual([]);
  });

  it('reports static text after path', () => {
    expect(summarize(checkPath(template`<user@example.com>x${'rest'}`))).toEqual([problem('text-after-path', 18, 20, BAD_RECIPIENT)]);
  });

  it('checks mailbox domain after hole', () => {
    expect(summarize(checkMailbox(template`${'user'}@exa_mple.com`))).toEqual([problem('invalid-domain-character', 5, 6, BAD_RECIPIENT)]);
  });

  it('accepts mailbox with hole and no @', () => {
    // The hole may hold the '@' and the domain.
    expect(checkMailbox(template`user${'rest'}`)).toEqual([]);
  });

  it('skips a domain with a hole', () => {
    expect(checkDomain(template`exa${'middle'}mple.com`)).toEqual([]);
    expect(checkDomain(template`${'domain'}`)).toEqual([]);
  });

  it('skips source route with a hole', () => {
    expect(checkPath(template`<@${'relay'}:user@example.com>`)).toEqual([]);
  });
});
