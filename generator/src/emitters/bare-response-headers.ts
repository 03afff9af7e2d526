import ts from 'typescript';
import { HTTP_METHODS, type HttpMethod } from '../readers/openapi-document.js';

/**
 * Drops `headers: { [name: string]: unknown; }` from every response of `paths` and `operations`:
 * openapi-typescript writes it on each response that declares no header, it says nothing (any header,
 * of unknown type) and neither openapi-fetch nor core's types read it, yet it is about an eighth of
 * what tsc binds for a big API. Responses that declare headers keep them.
 */
export function withoutBareResponseHeaders(statements: readonly ts.Node[]): ts.Node[] {
  return statements.map((statement) => {
    if (!ts.isInterfaceDeclaration(statement)) return statement;
    if (statement.name.text === 'operations') return updateMembers(statement, withOperationResponses);
    if (statement.name.text === 'paths') return updateMembers(statement, (item) => mapTypeLiteral(item, (member) => (HTTP_METHODS.includes(nameOf(member) as HttpMethod) ? withOperationResponses(member) : member)));
    return statement;
  });
}

function updateMembers(declaration: ts.InterfaceDeclaration, update: (member: ts.PropertySignature) => ts.PropertySignature): ts.InterfaceDeclaration {
  const members = declaration.members.map((member) => (ts.isPropertySignature(member) ? update(member) : member));
  return ts.factory.updateInterfaceDeclaration(declaration, declaration.modifiers, declaration.name, declaration.typeParameters, declaration.heritageClauses, members);
}

/** `member` with its type literal's property signatures passed through `update` (other types untouched). */
function mapTypeLiteral(member: ts.PropertySignature, update: (inner: ts.PropertySignature) => ts.PropertySignature): ts.PropertySignature {
  const type = member.type;
  if (!type || !ts.isTypeLiteralNode(type)) return member;
  const members = type.members.map((inner) => (ts.isPropertySignature(inner) ? update(inner) : inner));
  return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, ts.factory.updateTypeLiteralNode(type, ts.factory.createNodeArray(members)));
}

/** An operation (`{ parameters; requestBody?; responses }`) whose responses lose their bare `headers`. */
function withOperationResponses(operation: ts.PropertySignature): ts.PropertySignature {
  return mapTypeLiteral(operation, (part) => (nameOf(part) === 'responses' ? mapTypeLiteral(part, withoutBareHeaders) : part));
}

function withoutBareHeaders(response: ts.PropertySignature): ts.PropertySignature {
  const type = response.type;
  if (!type || !ts.isTypeLiteralNode(type)) return response;
  const members = type.members.filter((member) => !(ts.isPropertySignature(member) && nameOf(member) === 'headers' && isBareHeaderMap(member.type)));
  if (members.length === type.members.length) return response;
  return ts.factory.updatePropertySignature(response, response.modifiers, response.name, response.questionToken, ts.factory.updateTypeLiteralNode(type, ts.factory.createNodeArray(members)));
}

/** `{ [name: string]: unknown; }` and nothing else. */
function isBareHeaderMap(type: ts.TypeNode | undefined): boolean {
  if (!type || !ts.isTypeLiteralNode(type) || type.members.length !== 1) return false;
  const [only] = type.members;
  return (
    ts.isIndexSignatureDeclaration(only!) &&
    only.parameters.length === 1 &&
    only.parameters[0]!.type?.kind === ts.SyntaxKind.StringKeyword &&
    only.type.kind === ts.SyntaxKind.UnknownKeyword
  );
}

function nameOf(member: ts.PropertySignature): string | undefined {
  return ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) || ts.isNumericLiteral(member.name) ? member.name.text : undefined;
}
