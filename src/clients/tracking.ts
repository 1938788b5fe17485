import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { moduleBindingScope } from './module-bindings.js';
import { collectTypeNames, type TypeNames } from './type-names.js';

const { ReferenceTracker } = ASTUtils;

/** An object a mail library hands out, which the calls on it are matched against. */
export type ClientObject =
  | 'nodemailer.transporter'
  | 'nodemailer.connection'
  | 'nestjs.mailerService'
  | 'emailjs.client'
  | 'emailjs.connection'
  | 'smtp-client.client'
  | 'sendmail.send'
  | 'email-templates.email';

/** A call or `new` of a package's export, as the import tracker found it. */
export type LibraryEntry =
  | 'nodemailer.createTransport'
  | 'nodemailer.SMTPConnection'
  | 'nestjs.forRoot'
  | 'nestjs.forRootAsync'
  | 'emailjs.SMTPClient'
  | 'emailjs.SMTPConnection'
  | 'emailjs.Message'
  | 'smtp-client.SMTPClient'
  | 'sendmail.create'
  | 'email-templates.Email';

const { CALL, CONSTRUCT, ESM } = ReferenceTracker;

/** The trace map shape of `ReferenceTracker`, whose leaves name the entry found there. */
interface TraceMap {
  [key: string]: TraceMap | LibraryEntry | true;
  [key: symbol]: TraceMap | LibraryEntry | true;
}

// nodemailer, smtp-client, sendmail and email-templates are CommonJS, so a default import is the whole module.
const CJS_TRACE: TraceMap = {
  nodemailer: { createTransport: { [CALL]: 'nodemailer.createTransport' } },
  'nodemailer/lib/smtp-connection': { [CONSTRUCT]: 'nodemailer.SMTPConnection', default: { [CONSTRUCT]: 'nodemailer.SMTPConnection' } },
  'nodemailer/lib/smtp-connection/index.js': { [CONSTRUCT]: 'nodemailer.SMTPConnection', default: { [CONSTRUCT]: 'nodemailer.SMTPConnection' } },
  'smtp-client': { SMTPClient: { [CONSTRUCT]: 'smtp-client.SMTPClient' } },
  sendmail: { [CALL]: 'sendmail.create', default: { [CALL]: 'sendmail.create' } },
  'email-templates': { [CONSTRUCT]: 'email-templates.Email', default: { [CONSTRUCT]: 'email-templates.Email' } },
  '@nestjs-modules/mailer': {
    MailerModule: { forRoot: { [CALL]: 'nestjs.forRoot' }, forRootAsync: { [CALL]: 'nestjs.forRootAsync' } },
  },
};

const ESM_TRACE: TraceMap = {
  emailjs: {
    [ESM]: true,
    SMTPClient: { [CONSTRUCT]: 'emailjs.SMTPClient' },
    SMTPConnection: { [CONSTRUCT]: 'emailjs.SMTPConnection' },
    Message: { [CONSTRUCT]: 'emailjs.Message' },
  },
};

const CREATED_OBJECT: Partial<Record<LibraryEntry, ClientObject>> = {
  'nodemailer.createTransport': 'nodemailer.transporter',
  'nodemailer.SMTPConnection': 'nodemailer.connection',
  'emailjs.SMTPClient': 'emailjs.client',
  'emailjs.SMTPConnection': 'emailjs.connection',
  'smtp-client.SMTPClient': 'smtp-client.client',
  'sendmail.create': 'sendmail.send',
  'email-templates.Email': 'email-templates.email',
};

/** The library calls of one file and the objects they create, found once per file. */
export interface FileClients {
  /** Each tracked call or `new` of a package export. */
  readonly entries: ReadonlyMap<TSESTree.Node, LibraryEntry>;
  /** Returns the client object an expression holds, if this file shows where it came from. */
  objectOf(node: TSESTree.Node): ClientObject | undefined;
}

/** Finds the mail library calls of a file from its `import` and `require` statements. */
export function trackFileClients(sourceCode: Readonly<SourceCode>): FileClients {
  const globalScope = sourceCode.scopeManager?.globalScope ?? sourceCode.getScope(sourceCode.ast);
  const tracker = new ReferenceTracker(withRequireGlobal(globalScope), { mode: 'legacy' });
  const entries = new Map<TSESTree.Node, LibraryEntry>();
  const found = [
    ...tracker.iterateEsmReferences<LibraryEntry>(CJS_TRACE as never),
    ...tracker.iterateCjsReferences<LibraryEntry>(CJS_TRACE as never),
    ...tracker.iterateEsmReferences<LibraryEntry>(ESM_TRACE as never),
    // Node 20.19 and later `require()` an ES module such as emailjs and return its namespace.
    ...tracker.iterateCjsReferences<LibraryEntry>(ESM_TRACE as never),
  ];
  const bindings = moduleBindingScope<TraceMap>(sourceCode, { ...CJS_TRACE, ...ESM_TRACE } as Record<string, TraceMap>);
  if (bindings !== undefined) {
    found.push(...new ReferenceTracker(bindings.scope, { mode: 'legacy' }).iterateGlobalReferences<LibraryEntry>(bindings.traceMap as never));
  }
  for (const reference of found) entries.set(reference.node, reference.info);

  const created = new Map<TSESTree.Node, ClientObject>();
  for (const [node, entry] of entries) {
    const object = CREATED_OBJECT[entry];
    if (object !== undefined) created.set(node, object);
  }
  const typeNames = collectTypeNames(sourceCode.ast);
  return { entries, objectOf: (node) => objectOf(sourceCode, created, typeNames, node, 0) };
}

/**
 * Returns the global scope with a `require` variable. ESLint declares that global only for
 * CommonJS source, but TypeScript and bundled code call `require` in module files too, and
 * the tracker finds `require('nodemailer')` only through that variable.
 */
type GlobalVariable = Scope.Scope['set'] extends Map<string, infer Variable> ? Variable : never;

function withRequireGlobal(globalScope: Scope.Scope): Scope.Scope {
  if (globalScope.set.has('require')) return globalScope;
  const references = globalScope.through.filter((reference) => reference.identifier.type === AST_NODE_TYPES.Identifier && reference.identifier.name === 'require');
  if (references.length === 0) return globalScope;
  const set = new Map(globalScope.set);
  set.set('require', { name: 'require', defs: [], references } as unknown as GlobalVariable);
  return Object.assign(Object.create(globalScope) as Scope.Scope, { set });
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.AwaitExpression
  ) {
    current = current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression;
  }
  return current;
}

function objectOf(
  sourceCode: Readonly<SourceCode>,
  created: ReadonlyMap<TSESTree.Node, ClientObject>,
  typeNames: TypeNames,
  expression: TSESTree.Node,
  depth: number,
): ClientObject | undefined {
  const node = unwrap(expression);
  const direct = created.get(node);
  if (direct !== undefined || depth > 4) return direct;

  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    return variable === null ? undefined : objectOfVariable(sourceCode, created, typeNames, variable, depth);
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return undefined;

  // An emailjs SMTPClient keeps its SMTPConnection in `.smtp`.
  if (node.property.name === 'smtp' && objectOf(sourceCode, created, typeNames, node.object, depth + 1) === 'emailjs.client') {
    return 'emailjs.connection';
  }
  if (node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const classNode = enclosingClass(node);
  return classNode === undefined ? undefined : objectOfClassMember(created, typeNames, classNode, node.property.name);
}

function objectOfVariable(
  sourceCode: Readonly<SourceCode>,
  created: ReadonlyMap<TSESTree.Node, ClientObject>,
  typeNames: TypeNames,
  variable: Scope.Variable,
  depth: number,
): ClientObject | undefined {
  for (const definition of variable.defs) {
    const name = definition.name;
    if ('typeAnnotation' in name && name.typeAnnotation !== undefined) {
      const annotated = typeNames.objectOf(name.typeAnnotation.typeAnnotation);
      if (annotated !== undefined) return annotated;
    }
  }
  // A variable counts only when every value written to it is the same kind of client object.
  const writes = variable.references.filter((reference) => reference.writeExpr !== null && reference.writeExpr !== undefined);
  if (writes.length === 0) return undefined;
  let found: ClientObject | undefined;
  for (const write of writes) {
    const object = objectOf(sourceCode, created, typeNames, write.writeExpr!, depth + 1);
    if (object === undefined || (found !== undefined && found !== object)) return undefined;
    found = object;
  }
  return found;
}

function enclosingClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  for (let current = node.parent; current !== undefined && current !== null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current;
  }
  return undefined;
}

/**
 * Finds the client object that `this.name` contains in a class: a field or constructor parameter property declared
 * with a client type, or a field initialized with, or assigned, a tracked client object.
 */
function objectOfClassMember(
  created: ReadonlyMap<TSESTree.Node, ClientObject>,
  typeNames: TypeNames,
  classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  name: string,
): ClientObject | undefined {
  for (const member of classNode.body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.computed && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === name) {
      const annotated = member.typeAnnotation === undefined ? undefined : typeNames.objectOf(member.typeAnnotation.typeAnnotation);
      if (annotated !== undefined) return annotated;
      if (member.value !== null && created.has(unwrap(member.value))) return created.get(unwrap(member.value));
    }
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== 'constructor') continue;
    for (const parameter of member.value.params) {
      if (parameter.type !== AST_NODE_TYPES.TSParameterProperty || parameter.parameter.type !== AST_NODE_TYPES.Identifier) continue;
      const annotation = parameter.parameter.typeAnnotation;
      if (parameter.parameter.name === name && annotation !== undefined) return typeNames.objectOf(annotation.typeAnnotation);
    }
  }
  for (const [node, object] of created) {
    const parent = node.parent;
    if (
      parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && parent.left.type === AST_NODE_TYPES.MemberExpression &&
      parent.left.object.type === AST_NODE_TYPES.ThisExpression && !parent.left.computed &&
      parent.left.property.type === AST_NODE_TYPES.Identifier && parent.left.property.name === name && enclosingClass(parent) === classNode
    ) {
      return object;
    }
  }
  return undefined;
}
