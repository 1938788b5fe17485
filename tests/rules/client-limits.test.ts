import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/rule-tester.js';

// Huge values must give a few short reports, not one report per character.
describe('client rule limits', () => {
  it('reports a huge address a few times', () => {
    const address = `a${'.'.repeat(200_000)}b@example.com`;
    const code = `import nodemailer from 'nodemailer';\nnodemailer.createTransport({}).sendMail({ from: 'a@example.com', to: '${address}' });`;
    const messages = lintWithRule('client-header-address', code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(3);
    for (const message of messages) expect(message.message.length).toBeLessThan(600);
  });

  it('reports many words once', () => {
    const code = `const sendmail = require('sendmail')();\nsendmail({ from: 'a@example.com', to: '${'a '.repeat(40_000)}b@example.com' });`;
    const messages = lintWithRule('client-header-address', code);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.length).toBeLessThan(600);
  });

  it('survives a list of many entries', () => {
    const code = `import nodemailer from 'nodemailer';\nnodemailer.createTransport({}).sendMail({ from: 'a@example.com', to: '${'a@, '.repeat(100_000)}' });`;
    expect(() => lintWithRule('client-header-address', code)).not.toThrow();
  });
});
