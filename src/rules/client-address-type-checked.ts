import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';
import type { Type } from 'typescript';
import { resolveStaticValue } from '../ast/static-object.js';
import { checkUse, readCallUses, type CallNode, type CallReader, type ClientObject } from '../clients/index.js';
import { createRule } from './create-rule.js';
import { CLIENT_MESSAGES, createCallReader, problemKey, reportClientProblem } from './report-client.js';

/** Client classes by their declared name, and the package folder their declaration must be in. */
const CLIENT_TYPES: readonly { name: string; packagePath: RegExp; object: ClientObject }[] = [
  { name: 'Mail', packagePath: /[\\/](?:@types[\\/])?nodemailer[\\/]/, object: 'nodemailer.transporter' },
  { name: 'SMTPConnection', packagePath: /[\\/](?:@types[\\/])?nodemailer[\\/]/, object: 'nodemailer.connection' },
  { name: 'MailerService', packagePath: /[\\/]@nestjs-modules[\\/]mailer[\\/]/, object: 'nestjs.mailerService' },
  { name: 'SMTPClient', packagePath: /[\\/]emailjs[\\/]/, object: 'emailjs.client' },
  { name: 'SMTPConnection', packagePath: /[\\/]emailjs[\\/]/, object: 'emailjs.connection' },
  { name: 'SMTPClient', packagePath: /[\\/]smtp-client[\\/]/, object: 'smtp-client.client' },
];

export default createRule({
  name: 'client-address-type-checked',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the checks of the client rules where only types show the mail library: injected transporters and constants typed as string literals',
      recommended: true,
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: CLIENT_MESSAGES,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // A file outside the TypeScript program, such as eslint.config.js, has no types to add, and
    // throwing here would abort the whole run, so the rule skips it and the untyped rules still apply.
    if (context.sourceCode.parserServices?.program == null) return {};
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    const untyped = createCallReader(context);
    const typed: CallReader = {
      ...untyped,
      resolve: (node) => resolveStaticValue(context.sourceCode, node, { literalText: (expression) => literalText(services.getTypeAtLocation(expression), expression) }),
      // `mailer?: Transporter` has the type `Transporter | undefined`; the optional part is no other client.
      objectByType: (node) => clientObjectOfType(checker.getNonNullableType(services.getTypeAtLocation(node))),
    };
    const reported = new Set<string>();

    const check = (call: CallNode): void => {
      const typedUses = readCallUses(typed, call);
      if (typedUses.length === 0) return;
      // The untyped rules report what the AST alone shows; this rule adds only what needs types.
      const known = new Set(readCallUses(untyped, call).flatMap(checkUse).map((problem) => problemKey(context, problem)));
      for (const problem of typedUses.flatMap(checkUse)) {
        if (!known.has(problemKey(context, problem))) reportClientProblem(context, problem, reported);
      }
    };
    return { CallExpression: check, NewExpression: check };
  },
});

const MAX_BASE_TYPE_DEPTH = 5;

/**
 * Finds the client a type stands for: the type itself, every member of a union, or a base type
 * of an interface that extends a client type. Callers strip `undefined` and `null` first.
 */
function clientObjectOfType(type: Type, depth = 0): ClientObject | undefined {
  if (type.isUnion()) {
    const objects = type.types.map((member) => clientObjectOfType(member, depth));
    return objects.length > 0 && objects.every((object) => object !== undefined && object === objects[0]) ? objects[0] : undefined;
  }

  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (symbol === undefined) return undefined;
  const files = (symbol.getDeclarations() ?? []).map((declaration) => declaration.getSourceFile().fileName);
  const direct = CLIENT_TYPES.find((entry) => entry.name === symbol.getName() && files.some((file) => entry.packagePath.test(file)))?.object;
  if (direct !== undefined || depth >= MAX_BASE_TYPE_DEPTH || !type.isClassOrInterface()) return direct;

  for (const base of type.getBaseTypes() ?? []) {
    const object = clientObjectOfType(base, depth + 1);
    if (object !== undefined) return object;
  }
  return undefined;
}

/** Returns the value of a string literal type, as for `export const FROM = 'a@example.com'` imported here. */
function literalText(type: Type, node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  return type.isStringLiteral() ? type.value : undefined;
}
