import { describe, expect, it } from 'vitest';
import { isIpv4Literal, isIpv6Address } from '../../src/smtp/address-literal.js';
import { checkCommand, checkDomain, checkMailbox, checkPath } from '../../src/smtp/index.js';
import { applyFixes, BAD_ARGUMENTS, BAD_RECIPIENT, BAD_SENDER, problem, summarize } from './helpers.js';

// The advice every literal message gives: an IPv4 literal has no tag, an IPv6 one needs 'IPv6:'.
const LITERAL_ADVICE = 'Write an IPv4 address literal as [192.0.2.1] and an IPv6 one as [IPv6:2001:db8::1].';

function ipv6(address: string): boolean {
  return isIpv6Address(address, 0, address.length);
}

describe('IPv4-address-literal', () => {
  it.each(['[192.0.2.1]', '[0.0.0.0]', '[255.255.255.255]', '[01.002.3.4]'])('accepts %s', (literal) => {
    expect(checkDomain(literal)).toEqual([]);
  });

  it.each(['[256.0.0.1]', '[1.2.3]', '[1.2.3.4.5]', '[1234.1.1.1]', '[1..2.3]', '[1.2.3.]', '[.1.2.3]', '[1.2.3.a]', '[]', '[example.com]'])(
    'rejects %s',
    (literal) => {
      expect(summarize(checkDomain(literal))).toEqual([problem('invalid-address-literal', 0, literal.length, BAD_RECIPIENT)]);
    },
  );

  it('stays inside its range', () => {
    expect(isIpv4Literal('1.2.3.4.5', 0, 7)).toBe(true);
    expect(isIpv4Literal('x1.2.3.4', 1, 8)).toBe(true);
    expect(isIpv4Literal('1.2.3.45', 0, 7)).toBe(true);
    expect(isIpv4Literal('1.2.3.4', 0, 6)).toBe(false);
  });
});

describe('IPv6 forms', () => {
  it.each([
    ['full', '2001:db8:0:0:0:0:0:1'],
    ['full, four digits', 'FFFF:ffff:0000:1234:abcd:ABCD:9:0'],
    ['comp, all zero', '::'],
    ['comp, loopback', '::1'],
    ['comp, trailing', '1::'],
    ['comp, middle', '2001:db8::1'],
    ['comp, six before', '1:2:3:4:5:6::'],
    ['comp, six after', '::1:2:3:4:5:6'],
    ['comp, six split', '1:2:3::4:5:6'],
    ['v4-full', '1:2:3:4:5:6:192.0.2.1'],
    ['v4-comp, bare', '::192.0.2.1'],
    ['v4-comp, mapped', '::ffff:192.0.2.1'],
    ['v4-comp, four before', '1:2:3:4::192.0.2.1'],
    ['v4-comp, four split', '1::2:3:4:192.0.2.1'],
  ])('accepts %s', (_form, address) => {
    expect(ipv6(address)).toBe(true);
    expect(checkDomain(`[IPv6:${address}]`)).toEqual([]);
  });

  it.each([
    ['seven groups', '1:2:3:4:5:6:7'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['five hex digits', '12345::'],
    ['non-hex digit', 'g::'],
    ['empty', ''],
    ['single colon first', ':1::'],
    ['single colon last', '1:'],
    ['triple colon', '1:::2'],
    ['two compressions', '1::2::3'],
    ['colon after compression', '1::2:'],
    // RFC 5321 §4.1.3 allows at most six groups beside "::", although RFC 4291 allows seven.
    ['comp, seven before', '1:2:3:4:5:6:7::'],
    ['comp, seven after', '::1:2:3:4:5:6:7'],
    ['comp, seven split', '1:2:3::4:5:6:7'],
    ['v4-full, five groups', '1:2:3:4:5:192.0.2.1'],
    ['v4-full, seven groups', '1:2:3:4:5:6:7:192.0.2.1'],
    ['v4-full, bad IPv4', '1:2:3:4:5:6:256.0.2.1'],
    ['v4-full, short IPv4', '1:2:3:4:5:6:192.0.2'],
    // v4-comp allows at most four groups beside "::".
    ['v4-comp, five before', '1:2:3:4:5::192.0.2.1'],
    ['v4-comp, five split', '1:2::3:4:5:192.0.2.1'],
    ['IPv4 not last', '::192.0.2.1:1'],
  ])('rejects %s', (_form, address) => {
    expect(ipv6(address)).toBe(false);
    expect(summarize(checkDomain(`[IPv6:${address}]`))).toEqual([
      problem('invalid-ipv6-literal', 6, 6 + address.length, BAD_RECIPIENT),
    ]);
  });

  it.each(['IPv6', 'ipv6', 'IPV6'])('accepts tag %s', (tag) => {
    expect(checkDomain(`[${tag}:2001:db8::1]`)).toEqual([]);
  });

  it('stays inside its range', () => {
    expect(isIpv6Address('::1]', 0, 3)).toBe(true);
    expect(isIpv6Address('1::', 0, 2)).toBe(false);
    expect(isIpv6Address('::', 0, 1)).toBe(false);
    expect(isIpv6Address('x::1', 1, 4)).toBe(true);
  });
});

describe('General-address-literal', () => {
  it('reports an unregistered tag', () => {
    const problems = checkDomain('[x-tag:abc]');

    expect(summarize(problems)).toEqual([problem('unregistered-address-literal-tag', 1, 6, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("'x-tag' is not registered");
    expect(problems[0]?.message).toContain(LITERAL_ADVICE);
  });

  it('advises valid syntax for foo:bar', () => {
    const problems = checkPath('<a@[foo:bar]>');

    expect(summarize(problems)).toEqual([problem('unregistered-address-literal-tag', 4, 7, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain(LITERAL_ADVICE);
    expect(problems[0]?.message).not.toContain('[IPv4]');
  });

  it('advises valid syntax without a tag', () => {
    const problems = checkDomain('[example.com]');

    expect(problems[0]?.message).toContain(LITERAL_ADVICE);
  });

  it('accepts a leading hyphen tag', () => {
    // Standardized-tag is an Ldh-str, which may start with a hyphen but must end with a letter or digit.
    expect(checkDomain('[-x:abc]')[0]?.message).toContain('is not registered');
  });

  it.each([
    ['trailing hyphen', '[x-:abc]', 3],
    ['underscore', '[a_b:c]', 4],
    ['empty tag', '[:abc]', 1],
  ])('reports invalid tag: %s', (_case, literal, tagEnd) => {
    const problems = checkDomain(literal);

    expect(summarize(problems)).toEqual([problem('unregistered-address-literal-tag', 1, tagEnd, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain('not a valid address literal tag');
    expect(problems[0]?.message).toContain(LITERAL_ADVICE);
  });
});

describe('IPv6 literal without tag', () => {
  it.each([
    ['[::1]', '[IPv6:::1]'],
    ['[2001:db8::1]', '[IPv6:2001:db8::1]'],
    ['[::ffff:192.0.2.1]', '[IPv6:::ffff:192.0.2.1]'],
  ])('fixes %s in a mailbox', (literal, fixed) => {
    const text = `a@${literal}`;
    const problems = checkMailbox(text);

    expect(summarize(problems)).toEqual([problem('missing-ipv6-tag', 2, 2 + literal.length, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("'IPv6:'");
    expect(problems[0]?.fix).toEqual([{ start: 3, end: 3, text: 'IPv6:' }]);
    expect(applyFixes(text, problems)).toBe(`a@${fixed}`);
    expect(checkMailbox(applyFixes(text, problems))).toEqual([]);
  });

  it.each(['EHLO', 'LHLO'])('fixes it after %s', (verb) => {
    const text = `${verb} [::1]\r\n`;
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([problem('missing-ipv6-tag', 5, 10, BAD_ARGUMENTS)]);
    expect(problems[0]?.category).toBe('command');
    expect(problems[0]?.message).not.toContain("''");
    expect(applyFixes(text, problems)).toBe(`${verb} [IPv6:::1]\r\n`);
  });

  it('fixes it after HELO too', () => {
    const text = 'HELO [2001:db8::1]\r\n';
    const { problems } = checkCommand(text);

    expect(summarize(problems)).toEqual([
      problem('address-literal-in-helo', 5, 18, BAD_ARGUMENTS),
      problem('missing-ipv6-tag', 5, 18, BAD_ARGUMENTS),
    ]);
    expect(applyFixes(text, problems)).toBe('HELO [IPv6:2001:db8::1]\r\n');
  });

  it('leaves other colon text to the tag check', () => {
    expect(summarize(checkDomain('[1:2:3]'))).toEqual([problem('unregistered-address-literal-tag', 1, 2, BAD_RECIPIENT)]);
  });
});

describe('bare IPv6 domain', () => {
  it.each([
    ['::1', '[IPv6:::1]'],
    ['2001:db8::1', '[IPv6:2001:db8::1]'],
  ])('brackets %s in a path', (address, literal) => {
    const text = `<a@${address}>`;
    const problems = checkPath(text);

    expect(summarize(problems)).toEqual([problem('bare-ip-domain', 3, 3 + address.length, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain(literal);
    expect(applyFixes(text, problems)).toBe(`<a@${literal}>`);
    expect(checkPath(applyFixes(text, problems))).toEqual([]);
  });

  it('brackets it in a command', () => {
    const text = 'RCPT TO:<a@::1>\r\n';

    expect(applyFixes(text, checkCommand(text).problems)).toBe('RCPT TO:<a@[IPv6:::1]>\r\n');
  });
});

describe('literal brackets', () => {
  it('reports missing ]', () => {
    expect(summarize(checkDomain('[192.0.2.1'))).toEqual([problem('unclosed-address-literal', 0, 10, BAD_RECIPIENT)]);
  });

  it('reports lone [', () => {
    expect(summarize(checkDomain('['))).toEqual([problem('unclosed-address-literal', 0, 1, BAD_RECIPIENT)]);
  });

  it('reports text after ]', () => {
    const problems = checkDomain('[192.0.2.1]x');

    expect(summarize(problems)).toEqual([problem('invalid-address-literal', 11, 12, BAD_RECIPIENT)]);
    expect(problems[0]?.message).toContain("follows the closing ']'");
  });

  it('checks literal before trailing text', () => {
    expect(summarize(checkDomain('[1.2.3]x'))).toEqual([
      problem('invalid-address-literal', 7, 8, BAD_RECIPIENT),
      problem('invalid-address-literal', 0, 7, BAD_RECIPIENT),
    ]);
  });

  it('works inside a mailbox', () => {
    expect(checkMailbox('user@[IPv6:::1]')).toEqual([]);
    expect(summarize(checkMailbox('user@[IPv6:::1:2:3:4:5:6:7]'))).toEqual([problem('invalid-ipv6-literal', 11, 26, BAD_RECIPIENT)]);
  });

  it('works inside a path', () => {
    expect(checkPath('<user@[IPv6:2001:db8::1]>')).toEqual([]);
    expect(summarize(checkPath('<user@[300.0.0.1]>', { role: 'reverse-path' }))).toEqual([
      problem('invalid-address-literal', 6, 17, BAD_SENDER),
    ]);
  });
});
