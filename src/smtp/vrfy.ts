/**
 * What a VRFY reply proves about the mailbox asked for (RFC 5321 §3.5.3 and §4.2). Only 250 and
 * 251 confirm it. 252 and 502 prove nothing: many servers answer every VRFY with 252 and accept
 * mail they would later bounce. A 55x reply may be a missing mailbox or a policy refusal.
 */
export type VrfyProof = 'exists' | 'nothing' | 'not-exists-or-policy';

/** The meaning of one reply code to VRFY. */
export interface VrfyReplyMeaning {
  readonly code: number;
  readonly proves: VrfyProof;
  /** The reply's meaning, in a short sentence. */
  readonly meaning: string;
}

function meaning(code: number, proves: VrfyProof, text: string): VrfyReplyMeaning {
  return Object.freeze({ code, proves, meaning: text });
}

/** The replies RFC 5321 lists for VRFY, keyed by reply code. */
export const VRFY_REPLIES = Object.freeze({
  250: meaning(250, 'exists', 'The server verified the mailbox; the reply text carries the full address.'),
  251: meaning(251, 'exists', 'The user is not local, but the server will forward mail to the address in the reply text.'),
  252: meaning(252, 'nothing', 'The server cannot or will not verify the user, but will accept mail and attempt delivery.'),
  502: meaning(502, 'nothing', 'The server does not implement VRFY, often on purpose so that addresses cannot be harvested.'),
  550: meaning(550, 'not-exists-or-policy', 'The mailbox is unavailable: it does not exist, or the server refuses to say (policy).'),
  551: meaning(551, 'not-exists-or-policy', 'The user is not local; the reply text may name an address to try instead.'),
  553: meaning(553, 'not-exists-or-policy', 'The name is ambiguous (several mailboxes match) or not allowed as a mailbox name.'),
});

/** Returns what a reply code to VRFY proves, or undefined for a code RFC 5321 does not list for VRFY. */
export function vrfyReplyMeaning(code: number): VrfyReplyMeaning | undefined {
  return Object.hasOwn(VRFY_REPLIES, code) ? VRFY_REPLIES[code as keyof typeof VRFY_REPLIES] : undefined;
}
