import ts from 'typescript';
import { SCHEMA_ALIAS } from './schema-alias.js';

/** Below this many characters of written type, `Schema<"First">` saves too little to be worth the indirection. */
const MIN_SHARED_TEXT = 160;

/**
 * openapi-typescript's statements with each model (`components.schemas` member) whose type is written
 * exactly like an earlier one's typed as `Schema<"Earlier">`: every name stays and means the same type,
 * declared once. Nova's microversion variants often differ only in what a type does not carry (a
 * `maxLength`, a `pattern`, their own version range): `ServersCreate_290` and `ServersCreate_294` were
 * two 9 KB copies. The comparison is of the written text, docs included, so nothing else changes.
 */
export function withIdenticalModelsShared(statements: readonly ts.Node[]): ts.Node[] {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const file = ts.createSourceFile('schema.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const shareModels = (models: ts.TypeLiteralNode): ts.TypeLiteralNode => {
    const first = new Map<string, string>();
    const members = models.members.map((member) => {
      if (!ts.isPropertySignature(member) || !member.type || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) return member;
      const text = printer.printNode(ts.EmitHint.Unspecified, member.type, file);
      if (text.length < MIN_SHARED_TEXT) return member;
      const earlier = first.get(text);
      if (earlier === undefined) {
        first.set(text, member.name.text);
        return member;
      }
      const reference = ts.factory.createTypeReferenceNode(SCHEMA_ALIAS, [ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(earlier))]);
      return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, reference);
    });
    return ts.factory.updateTypeLiteralNode(models, ts.factory.createNodeArray(members));
  };
  return statements.map((statement) => {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== 'components') return statement;
    const members = statement.members.map((member) =>
      ts.isPropertySignature(member) && ts.isIdentifier(member.name) && member.name.text === 'schemas' && member.type && ts.isTypeLiteralNode(member.type)
        ? ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, shareModels(member.type))
        : member,
    );
    return ts.factory.updateInterfaceDeclaration(statement, statement.modifiers, statement.name, statement.typeParameters, statement.heritageClauses, members);
  });
}
