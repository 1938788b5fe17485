import { describe, expect, it } from 'vitest';
import { getCommandString, STRING_NODE_SELECTORS } from '../../src/ast/command-strings.js';
import { runProbe } from '../helpers/run-probe.js';

/** Returns the source text of every string expression in `code` that contains SMTP command lines. */
function findCommandStrings(code: string): string[] {
  const found: string[] = [];
  runProbe(code, STRING_NODE_SELECTORS.join(', '), (node, context) => {
    const command = getCommandString(context, node);
    if (command !== undefined) found.push(context.sourceCode.getText(command.node));
  });
  return found;
}

describe('getCommandString', () => {
  it('finds a socket write', () => {
    expect(findCommandStrings("socket.write('MAIL FROM:<a@example.com>\\r\\n');")).toEqual([
      "'MAIL FROM:<a@example.com>\\r\\n'",
    ]);
  });

  it('finds commands in an array', () => {
    const code = "const commands = ['EHLO client.example\\r\\n', 'MAIL FROM:<a@example.com>\\r\\n', 'RCPT TO:<b@example.com>\\r\\n'];";

    expect(findCommandStrings(code)).toEqual([
      "'EHLO client.example\\r\\n'",
      "'MAIL FROM:<a@example.com>\\r\\n'",
      "'RCPT TO:<b@example.com>\\r\\n'",
    ]);
  });

  it('finds a returned command', () => {
    expect(findCommandStrings('function rcpt(to: string) { return `RCPT TO:<${to}>\\r\\n`; }')).toEqual([
      '`RCPT TO:<${to}>\\r\\n`',
    ]);
  });

  it('finds an assigned command', () => {
    expect(findCommandStrings("let line: string;\nline = 'MAIL FROM:<a@example.com>\\r\\n';")).toEqual([
      "'MAIL FROM:<a@example.com>\\r\\n'",
    ]);
  });

  it('finds lower-case verbs', () => {
    expect(findCommandStrings("const line = 'mail from:<a@example.com>';")).toEqual(["'mail from:<a@example.com>'"]);
  });

  it('skips prose', () => {
    const code = [
      "const label = 'Mail from: Alice';",
      "const help = 'Data is sent after the headers';",
      "const title = 'Help';",
      "const status = 'QUIT';",
      "log('Mail from: Alice');",
    ].join('\n');

    expect(findCommandStrings(code)).toEqual([]);
  });

  it('skips a bare prefix constant', () => {
    // 'MAIL FROM:' alone carries no evidence of being sent, so it is checked where it is used.
    expect(findCommandStrings("const PREFIX = 'MAIL FROM:';")).toEqual([]);
  });

  it('finds a prefix constant in use', () => {
    const code = "const PREFIX = 'MAIL FROM:';\nsocket.write(PREFIX + address + '\\r\\n');";

    expect(findCommandStrings(code)).toEqual(["PREFIX + address + '\\r\\n'"]);
  });

  it('trusts a sink without a line ending', () => {
    // 'mail FROM:' then a hole could be a log line; the call that sends it makes it a command.
    expect(findCommandStrings('client.sendCommand(`EHLO ${name} extra`);')).toEqual(['`EHLO ${name} extra`']);
    expect(findCommandStrings('const text = `EHLO ${name} extra`;')).toEqual([]);
  });

  it('never reads mixed case as a command', () => {
    // Code writes verbs in upper or lower case; 'Mail From:' is a label even when sent somewhere.
    expect(findCommandStrings('client.sendCommand(`Mail From:${from}`);')).toEqual([]);
  });

  it('skips tagged templates', () => {
    // String.raw keeps `\r\n` as four characters, so the text a tag receives is not the cooked value.
    expect(findCommandStrings('socket.write(String.raw`MAIL FROM: <a@example.com>\\r\\n`);')).toEqual([]);
  });

  it('checks a concatenation once', () => {
    const code = "socket.write('MAIL FROM: <a@example.com>\\r\\n' + 'RCPT TO:<b@example.com>\\r\\n');";

    // Only the whole expression is a command string, so its parts are not checked again.
    expect(findCommandStrings(code)).toEqual(["'MAIL FROM: <a@example.com>\\r\\n' + 'RCPT TO:<b@example.com>\\r\\n'"]);
  });

  it('checks a template once', () => {
    const code = "socket.write(`MAIL FROM:<${'a@example.com'}>\\r\\n`);";

    expect(findCommandStrings(code)).toEqual(["`MAIL FROM:<${'a@example.com'}>\\r\\n`"]);
  });

  it.each([
    ['as', "('MAIL FROM:' as string)"],
    ['satisfies', "('MAIL FROM:' satisfies string)"],
    ['non-null', "PREFIX!"],
  ])('looks through %s wrappers', (_, prefix) => {
    const code = `const PREFIX = 'MAIL FROM:' as string | undefined;\nsocket.write(${prefix} + '<a@example.com>\\r\\n');`;

    expect(findCommandStrings(code)).toEqual([`${prefix} + '<a@example.com>\\r\\n'`]);
  });

  it('checks a wrapped part once', () => {
    const code = "socket.write(('MAIL FROM:<a@example.com>\\r\\n' satisfies string) + 'RCPT TO:<b@example.com>\\r\\n');";

    expect(findCommandStrings(code)).toEqual([
      "('MAIL FROM:<a@example.com>\\r\\n' satisfies string) + 'RCPT TO:<b@example.com>\\r\\n'",
    ]);
  });

  it('skips non-string literals', () => {
    expect(findCommandStrings('const limit = 25; const flag = true; const pattern = /MAIL FROM:/;')).toEqual([]);
  });

  it('skips files without a verb', () => {
    expect(findCommandStrings("const greeting = 'hello world\\r\\n';")).toEqual([]);
  });

  it('returns the cached verdict', () => {
    const verdicts: unknown[] = [];
    runProbe("socket.write('MAIL FROM:<a@example.com>\\r\\n');", 'Literal', (node, context) => {
      verdicts.push(getCommandString(context, node), getCommandString(context, node));
    });

    expect(verdicts).toHaveLength(2);
    expect(verdicts[0]).toBeDefined();
    // The same object both times: the grammar ran once for the node.
    expect(verdicts[1]).toBe(verdicts[0]);
  });

  it('stores the grammar verdict', () => {
    let problems: string[] = [];
    runProbe("socket.write('MAIL FROM: <a@example.com>\\r\\n');", 'Literal', (node, context) => {
      problems = getCommandString(context, node)?.check.problems.map((problem) => problem.kind) ?? [];
    });

    expect(problems).toEqual(['space-after-colon']);
  });
});

describe('non-command uses', () => {
  it.each([
    // Patterns that parse server input or client lines.
    "if (line.startsWith('RCPT TO:<')) handle(line);",
    "if (line === 'QUIT\\r\\n') close();",
    "switch (line) { case 'DATA\\r\\n': break; }",
    "const parts = line.split('MAIL FROM:<');",
    // Log lines and error messages that quote a command.
    "console.log('RCPT TO: ' + to);",
    'logger.info(`MAIL FROM: ${from} accepted`);',
    "throw new Error('MAIL FROM: <' + from + '> was rejected\\r\\n');",
    // Module specifiers and types.
    "export * from 'QUIT\\n';",
    "import x from 'EHLO x\\r\\n';",
    "type Line = 'QUIT\\r\\n';",
  ])('skips %j', (code) => {
    expect(findCommandStrings(code)).toEqual([]);
  });

  it('still checks a sent command', () => {
    expect(findCommandStrings("socket.write('RCPT TO: <a@example.com>\\r\\n');")).toHaveLength(1);
  });
});

describe('non-command uses in detail', () => {
  it('checks a socket method named like a log level', () => {
    // socket.error is no logger, so its argument is still read as a command.
    expect(findCommandStrings("socket.error('MAIL FROM: <a@example.com>\\r\\n');")).toHaveLength(1);
  });

  it.each([
    "this.logger.warn('MAIL FROM: <a@example.com>\\r\\n');",
    "requestLog.info('MAIL FROM: <a@example.com>\\r\\n');",
    "reject(new errors.SmtpError('MAIL FROM: <a@example.com>\\r\\n'));",
  ])('skips %j', (code) => {
    expect(findCommandStrings(code)).toEqual([]);
  });
});
