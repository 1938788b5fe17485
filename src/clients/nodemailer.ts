import { getStaticProperty } from '../ast/static-object.js';
import { NODEMAILER, NODEMAILER_CONNECTION } from './libraries.js';
import type { ClientUse, EnvelopeRole } from './model.js';
import {
  factoryResult,
  nodemailerMessageUses,
  nodemailerTransportUses,
  resolveArgument,
  type CallNode,
  type ResolveValue,
} from './shapes.js';
import type { ClientObject, LibraryEntry } from './tracking.js';

/**
 * Returns the uses of `createTransport(options | url, defaults)`, `new SMTPConnection(options)`,
 * `MailerModule.forRoot({ transport, defaults })` of @nestjs-modules/mailer and
 * `new Email({ transport, message })` of email-templates.
 */
export function nodemailerEntryUses(entry: LibraryEntry, call: CallNode, resolve: ResolveValue): ClientUse[] {
  switch (entry) {
    case 'nodemailer.createTransport':
      return [
        ...nodemailerTransportUses(resolveArgument(call, 0, resolve), NODEMAILER),
        ...nodemailerMessageUses(resolveArgument(call, 1, resolve), NODEMAILER),
      ];
    case 'nodemailer.SMTPConnection': {
      // Unlike createTransport, SMTPConnection takes no URL, so only an options object counts.
      const options = resolveArgument(call, 0, resolve);
      return options?.kind === 'object' ? nodemailerTransportUses(options, NODEMAILER_CONNECTION) : [];
    }
    case 'email-templates.Email':
      return emailTemplatesUses(resolveArgument(call, 0, resolve));
    case 'nestjs.forRoot':
      return nestModuleUses(resolveArgument(call, 0, resolve));
    case 'nestjs.forRootAsync': {
      const options = resolveArgument(call, 0, resolve);
      const factory = getStaticProperty(options, 'useFactory');
      const result = factory === undefined ? undefined : factoryResult(factory.value.node);
      return result === undefined ? [] : nestModuleUses(resolve(result));
    }
    default:
      return [];
  }
}

/**
 * email-templates 13 passes `transport` to nodemailer's createTransport, unless it already is a
 * transporter, and `message` to sendMail as defaults of every message.
 */
function emailTemplatesUses(options: ReturnType<ResolveValue> | undefined): ClientUse[] {
  return [
    ...nodemailerTransportUses(getStaticProperty(options, 'transport')?.value, NODEMAILER),
    ...nodemailerMessageUses(getStaticProperty(options, 'message')?.value, NODEMAILER),
  ];
}

function nestModuleUses(options: ReturnType<ResolveValue> | undefined): ClientUse[] {
  return [
    ...nodemailerTransportUses(getStaticProperty(options, 'transport')?.value, NODEMAILER),
    ...nodemailerMessageUses(getStaticProperty(options, 'defaults')?.value, NODEMAILER),
  ];
}

const CONNECTION_ENVELOPE_FIELDS: readonly (readonly [string, EnvelopeRole])[] = [
  ['from', 'reverse-path'],
  ['to', 'forward-path'],
];

/** Returns the uses of a method call on a transporter, an SMTPConnection, a MailerService or an email-templates Email. */
export function nodemailerMethodUses(object: ClientObject, method: string, call: CallNode, resolve: ResolveValue): ClientUse[] {
  if ((object === 'nodemailer.transporter' || object === 'nestjs.mailerService') && method === 'sendMail') {
    return nodemailerMessageUses(resolveArgument(call, 0, resolve), NODEMAILER);
  }
  if (object === 'email-templates.email' && method === 'send') {
    return nodemailerMessageUses(getStaticProperty(resolveArgument(call, 0, resolve), 'message')?.value, NODEMAILER);
  }
  if (object !== 'nodemailer.connection' || method !== 'send') return [];

  const envelope = resolveArgument(call, 0, resolve);
  const uses: ClientUse[] = [];
  for (const [field, role] of CONNECTION_ENVELOPE_FIELDS) {
    const property = getStaticProperty(envelope, field);
    if (property === undefined) continue;
    uses.push({
      grammar: 'envelope',
      value: property.value,
      library: NODEMAILER_CONNECTION,
      field,
      role,
      acceptsArray: role === 'forward-path',
      isWholePath: false,
    });
  }
  return uses;
}
