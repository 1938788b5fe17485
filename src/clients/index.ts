/**
 * The knowledge of SMTP client libraries: which argument of which call becomes which part of
 * which command, and the faults each library lets through. No ESLint rule logic lives here,
 * because the rules in src/rules/client-*.ts report what this module finds.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { checkCommandUse } from './check-command.js';
import { checkEnvelopeUse } from './check-envelope.js';
import { checkHeaderUse } from './check-header.js';
import { checkHelloUse } from './check-hello.js';
import { emailjsEntryUses, emailjsMethodUses } from './emailjs.js';
import type { ClientUse } from './model.js';
import { nodemailerEntryUses, nodemailerMethodUses } from './nodemailer.js';
import type { ClientProblem } from './problem.js';
import { sendmailUses } from './sendmail.js';
import { calledMethod, type CallNode, type ResolveValue } from './shapes.js';
import { smtpClientMethodUses } from './smtp-client.js';
import type { ClientObject, FileClients } from './tracking.js';
import { wrapperUses, type WrapperSetting } from './wrappers.js';

export type { ClientUse } from './model.js';
export type { ClientFix, ClientProblem, ProblemTarget, SourceEdit } from './problem.js';
export type { CallNode, ResolveValue } from './shapes.js';
export { trackFileClients, type ClientObject, type FileClients } from './tracking.js';
export { readWrapperSettings, type SettingsError, type WrapperGrammar, type WrapperSetting } from './wrappers.js';

/** How to read one call: tracked imports, wrappers from settings, and an optional type lookup. */
export interface CallReader {
  readonly clients: FileClients;
  readonly wrappers: readonly WrapperSetting[];
  readonly resolve: ResolveValue;
  /** The typed rule's lookup of a receiver's client object through the type checker. */
  readonly objectByType?: (node: TSESTree.Node) => ClientObject | undefined;
}

/** Returns the values that `call` hands to an SMTP library or wrapper, each with its grammar. */
export function readCallUses(reader: CallReader, call: CallNode): ClientUse[] {
  const { clients, resolve } = reader;
  const uses: ClientUse[] = [];
  const entry = clients.entries.get(call);
  if (entry !== undefined) uses.push(...nodemailerEntryUses(entry, call, resolve), ...emailjsEntryUses(entry, call, resolve));

  if (call.type === AST_NODE_TYPES.CallExpression) {
    if (clients.objectOf(call.callee) === 'sendmail.send') uses.push(...sendmailUses(call, resolve));
    const method = calledMethod(call);
    if (method !== undefined) {
      const object = clients.objectOf(method.object) ?? reader.objectByType?.(method.object);
      if (object !== undefined) uses.push(...methodUses(object, method.name, call, resolve));
    }
  }
  uses.push(...wrapperUses(reader.wrappers, call, resolve));
  return uses;
}

function methodUses(object: ClientObject, method: string, call: CallNode, resolve: ResolveValue): ClientUse[] {
  return [
    ...nodemailerMethodUses(object, method, call, resolve),
    ...emailjsMethodUses(object, method, call, resolve),
    ...smtpClientMethodUses(object, method, call, resolve),
  ];
}

/** Checks one use with the grammar it needs. */
export function checkUse(use: ClientUse): ClientProblem[] {
  switch (use.grammar) {
    case 'header-address':
      return checkHeaderUse(use);
    case 'envelope':
      return checkEnvelopeUse(use);
    case 'command':
      return checkCommandUse(use);
    case 'hello':
      return checkHelloUse(use);
  }
}
