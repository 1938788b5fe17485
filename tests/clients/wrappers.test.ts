import { describe, expect, it } from 'vitest';
import { readWrapperSettings } from '../../src/clients/wrappers.js';

describe('readWrapperSettings', () => {
  it('fills in defaults', () => {
    const { wrappers, errors } = readWrapperSettings({ smtp: { wrappers: [{ callee: 'mailer.sendRaw', grammar: 'mailbox' }] } });
    expect(errors).toEqual([]);
    expect(wrappers).toEqual([{
      callee: ['mailer', 'sendRaw'],
      calleeText: 'mailer.sendRaw',
      argument: 0,
      property: [],
      grammar: 'mailbox',
      role: 'forward-path',
      addsBrackets: true,
      addsLineEnding: false,
      utf8: false,
    }]);
  });

  it('reads property paths and flags', () => {
    const setting = { callee: 'send', argument: 1, property: 'envelope.from', grammar: 'path', role: 'reverse-path', addsBrackets: true, utf8: true };
    const [wrapper] = readWrapperSettings({ smtp: { wrappers: [setting] } }).wrappers;
    expect(wrapper?.property).toEqual(['envelope', 'from']);
    expect(wrapper?.argument).toBe(1);
    expect(wrapper?.role).toBe('reverse-path');
    expect(wrapper?.utf8).toBe(true);
  });

  it('ignores missing settings', () => {
    expect(readWrapperSettings(undefined)).toEqual({ wrappers: [], errors: [] });
    expect(readWrapperSettings({ other: 1 })).toEqual({ wrappers: [], errors: [] });
    expect(readWrapperSettings({ smtp: {} })).toEqual({ wrappers: [], errors: [] });
    // smtp/line-endings reports this one, so it is not reported twice.
    expect(readWrapperSettings({ smtp: 'yes' })).toEqual({ wrappers: [], errors: [] });
  });

  it('reports wrong entries without throwing', () => {
    const cases: [unknown, string][] = [
      [{ smtp: { wrappers: 3 } }, 'settings.smtp.wrappers must be an array, got number 3.'],
      [{ smtp: { wrappers: [null] } }, "settings.smtp.wrappers[0] must be an object such as { callee: 'mailer.send', grammar: 'path' }, got null."],
      [{ smtp: { wrappers: [{ callee: 'send' }] } }, "settings.smtp.wrappers[0].grammar must be one of 'command', 'path', 'mailbox', 'header-address', 'ehlo', got nothing."],
      [{ smtp: { wrappers: [{ callee: 'a..b', grammar: 'path' }] } }, "settings.smtp.wrappers[0].callee must be a dotted name such as 'mailer.sendRaw', got 'a..b'."],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'path', argument: 1.5 }] } }, 'settings.smtp.wrappers[0].argument must be an argument index (0, 1, …), got number 1.5.'],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'path', property: '' }] } }, "settings.smtp.wrappers[0].property must be a dotted property path such as 'envelope.from', got ''."],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'path', role: 'sender' }] } }, "settings.smtp.wrappers[0].role must be 'reverse-path' or 'forward-path', got 'sender'."],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'path', addsBrackets: 'yes' }] } }, 'settings.smtp.wrappers[0].addsBrackets, .addsLineEnding and .utf8 must be true or false.'],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'mailbox', addsBrackets: false }] } }, "settings.smtp.wrappers[0].addsBrackets is false, but a 'mailbox' wrapper always adds the brackets. Use grammar 'path' for a wrapper that adds none."],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'path', addsLineEnding: true }] } }, "settings.smtp.wrappers[0].addsLineEnding applies to grammar 'command' only, not 'path'."],
      [{ smtp: { wrappers: [{ callee: 'send', grammar: 'ehlo', addsBrackets: true }] } }, "settings.smtp.wrappers[0].addsBrackets applies to grammar 'path' or 'mailbox' only, not 'ehlo'."],
    ];
    for (const [settings, message] of cases) {
      const result = readWrapperSettings(settings);
      expect(result.wrappers).toEqual([]);
      expect(result.errors.map((error) => error.message)).toEqual([message]);
    }
  });

  it('keeps the valid entries beside a wrong one', () => {
    const result = readWrapperSettings({ smtp: { wrappers: [{ callee: 'send', grammar: 'ehlo' }, { callee: 'send', grammar: 'ehlo', extra: 1 }] } });
    expect(result.wrappers).toHaveLength(1);
    expect(result.errors).toEqual([{ grammar: 'ehlo', message: "settings.smtp.wrappers[1] has an unknown key 'extra'; the keys are callee, argument, property, grammar, role, addsBrackets, addsLineEnding, utf8." }]);
  });
});
