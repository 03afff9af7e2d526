import ts from 'typescript';

/**
 * Models are referenced as `Schema<"Server">` rather than openapi-typescript's
 * `components["schemas"]["Server"]`: the same type (the alias resolves to the component itself, so a
 * hover shows the model, not the alias), in four syntax nodes instead of eight. Nova's schema alone
 * references its models about 1,600 times, and TypeScript keeps every node of a declaration file
 * for as long as the program (or the editor's project) lives.
 */
export const SCHEMA_ALIAS = 'Schema';

/** The reference to the model `name` of `components.schemas`. */
export function schemaReference(name: string): string {
  return `${SCHEMA_ALIAS}<${JSON.stringify(name)}>`;
}

/** Whether written text references a model, so its module imports `Schema` from the schema module. */
export function usesSchemaAlias(text: string): boolean {
  return text.includes(`${SCHEMA_ALIAS}<`);
}

/** The alias itself, declared (and exported, for the modules beside it) after `components`. */
export const SCHEMA_ALIAS_DECLARATION = `/** The model \`components["schemas"][Name]\`, by name. */
export type ${SCHEMA_ALIAS}<Name extends keyof components["schemas"]> = components["schemas"][Name];`;

/** openapi-typescript's statements with every `components["schemas"]["X"]` written as `Schema<"X">`. */
export function withSchemaAlias(statements: readonly ts.Node[]): ts.Node[] {
  const visit = (node: ts.Node): ts.Node => {
    const name = componentSchemaName(node);
    if (name !== undefined) return ts.factory.createTypeReferenceNode(SCHEMA_ALIAS, [ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(name))]);
    return ts.visitEachChild(node, visit, undefined);
  };
  return statements.map(visit);
}

/** `X` when `node` is `components["schemas"]["X"]`. */
function componentSchemaName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) return undefined;
  const { objectType: components, indexType: schemas } = node.objectType;
  const isComponents = ts.isTypeReferenceNode(components) && ts.isIdentifier(components.typeName) && components.typeName.text === 'components' && !components.typeArguments;
  const isSchemas = ts.isLiteralTypeNode(schemas) && ts.isStringLiteral(schemas.literal) && schemas.literal.text === 'schemas';
  const name = ts.isLiteralTypeNode(node.indexType) && ts.isStringLiteral(node.indexType.literal) ? node.indexType.literal.text : undefined;
  return isComponents && isSchemas ? name : undefined;
}
