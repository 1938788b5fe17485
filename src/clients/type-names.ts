import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { ClientObject } from './tracking.js';

/** Type names that declare a client object, by the package that exports them. */
const TYPE_EXPORTS: Record<string, Record<string, ClientObject>> = {
  nodemailer: { Transporter: 'nodemailer.transporter' },
  'nodemailer/lib/mailer': { default: 'nodemailer.transporter' },
  'nodemailer/lib/smtp-connection': { default: 'nodemailer.connection' },
  'nodemailer/lib/smtp-connection/index.js': { default: 'nodemailer.connection' },
  '@nestjs-modules/mailer': { MailerService: 'nestjs.mailerService' },
  emailjs: { SMTPClient: 'emailjs.client', SMTPConnection: 'emailjs.connection' },
  'smtp-client': { SMTPClient: 'smtp-client.client' },
};

/** Looks up the client object that a type annotation declares. */
export interface TypeNames {
  objectOf(type: TSESTree.TypeNode): ClientObject | undefined;
}

/** Collects the local names under which the file imports the client types, for annotations. */
export function collectTypeNames(program: TSESTree.Program): TypeNames {
  const names = new Map<string, ClientObject>();
  const namespaces = new Map<string, Record<string, ClientObject>>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const exports = TYPE_EXPORTS[statement.source.value];
    if (exports === undefined) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        const object = exports[imported];
        if (object !== undefined) names.set(specifier.local.name, object);
      } else if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier && exports.default !== undefined) {
        names.set(specifier.local.name, exports.default);
      } else {
        // A namespace import, or the default import of a CommonJS package, as in `nodemailer.Transporter`.
        namespaces.set(specifier.local.name, exports);
      }
    }
  }

  return {
    objectOf(type) {
      // `SMTPConnection | null` declares the same client as `SMTPConnection`.
      if (type.type === AST_NODE_TYPES.TSUnionType) {
        const objects = type.types.filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword).map((member) => this.objectOf(member));
        return objects.length > 0 && objects.every((object) => object === objects[0]) ? objects[0] : undefined;
      }
      if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
      const typeName = type.typeName;
      if (typeName.type === AST_NODE_TYPES.Identifier) return names.get(typeName.name);
      if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
        return namespaces.get(typeName.left.name)?.[typeName.right.name];
      }
      return undefined;
    },
  };
}
