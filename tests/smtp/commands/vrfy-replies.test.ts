import { describe, expect, it } from 'vitest';
import { VRFY_REPLIES, vrfyReplyMeaning } from '../../../src/smtp/vrfy.js';

describe('VRFY_REPLIES', () => {
  it.each([
    [250, 'exists'],
    [251, 'exists'],
    [252, 'nothing'],
    [502, 'nothing'],
    [550, 'not-exists-or-policy'],
    [551, 'not-exists-or-policy'],
    [553, 'not-exists-or-policy'],
  ])('says what %i proves', (code, proves) => {
    expect(vrfyReplyMeaning(code)?.proves).toBe(proves);
    expect(vrfyReplyMeaning(code)?.code).toBe(code);
  });

  it('lists exactly the VRFY codes', () => {
    expect(Object.keys(VRFY_REPLIES)).toEqual(['250', '251', '252', '502', '550', '551', '553']);
  });

  it('describes every code', () => {
    for (const reply of Object.values(VRFY_REPLIES)) expect(reply.meaning.length).toBeGreaterThan(20);
  });

  it('returns undefined for other codes', () => {
    expect(vrfyReplyMeaning(354)).toBeUndefined();
    expect(vrfyReplyMeaning(Number.NaN)).toBeUndefined();
  });

  it('is frozen', () => {
    expect(Object.isFrozen(VRFY_REPLIES)).toBe(true);
    expect(Object.isFrozen(VRFY_REPLIES[252])).toBe(true);
  });
});
