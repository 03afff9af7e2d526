import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { deprecationNote } from '../../src/emitters/deprecation.js';
import { escapeDocProse, escapeDocText, latin1Text, printJsDoc } from '../../src/emitters/js-doc.js';
import { DEPRECATION_NOTE } from '../../src/readers/openapi-document.js';

/** What TypeScript itself reads from the comment: its text and its tags, as an IDE hover shows them. */
function parsed(comment: string): { text: string; tags: string[] } {
  const file = ts.createSourceFile('doc.ts', `${comment}\nexport const value = 1;\n`, ts.ScriptTarget.Latest, true);
  const statement = file.statements[0]!;
  const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
  expect(docs).toHaveLength(1);
  return { text: ts.getTextOfJSDocComment(docs[0]!.comment) ?? '', tags: ts.getJSDocTags(statement).map((tag) => tag.tagName.text) };
}

describe('printJsDoc', () => {
  it('keeps one line on one line and writes anything longer as a block, paragraphs kept, tags last', () => {
    expect(printJsDoc({ text: ['Get the bill'] })).toBe('/** Get the bill */');
    expect(printJsDoc({ text: ['Get the bill', undefined, '  '] }, '  ')).toBe('  /** Get the bill */');
    expect(printJsDoc({ text: [] })).toBe('');
    expect(printJsDoc({ text: ['Get the bill', 'First line\nsecond line '], tags: [['deprecated', 'Use `/me/bill` instead.']] }, '    ')).toBe(
      ['    /**', '     * Get the bill', '     *', '     * First line', '     * second line', '     * @deprecated Use `/me/bill` instead.', '     */'].join('\n'),
    );
  });

  it('lets spec prose neither end the comment nor start a tag', () => {
    const prose = 'Deletes the thing */ export const injected = 2; /*\n@deprecated not really\n  @param x forged\nsee @returns too, mail admin@example.com, `@Decorator` stays code';
    const comment = printJsDoc({ text: [prose], tags: [['deprecated', 'Since 2024-01-01. @internal forged too']] });
    const file = ts.createSourceFile('doc.ts', `${comment}\nexport const value = 1;\n`, ts.ScriptTarget.Latest, true);
    expect(file.statements).toHaveLength(1);
    const { text, tags } = parsed(comment);
    expect(tags).toEqual(['deprecated']);
    expect(text).toContain('\\@deprecated not really');
    expect(text).toContain('admin@example.com');
    expect(text).toContain('`@Decorator`');
  });

  it('writes Latin-1 only: typographic punctuation in its plain form, anything else as a character reference', () => {
    const prose = 'The server’s “name” — see ‘ports’… 2–3, a​b, x → y, 🚀';
    const comment = printJsDoc({ text: [prose] });
    expect([...comment].every((character) => character.codePointAt(0)! <= 0xff)).toBe(true);
    expect(parsed(comment).text).toBe('The server\'s "name" -- see \'ports\'... 2-3, ab, x &#x2192; y, &#x1F680;');
    expect(latin1Text('café naïve  ')).toBe('café naïve  ');
  });

  it('escapes idempotently, so a document escaped twice reads the same', () => {
    const once = escapeDocText('a */ b\n@tag c');
    expect(escapeDocText(once)).toBe(once);
    const document = { description: '@x', properties: { description: { type: 'string', description: ' @y' } }, example: { description: '@data stays' } };
    escapeDocProse(document);
    escapeDocProse(document);
    expect(document).toEqual({ description: '\\@x', properties: { description: { type: 'string', description: ' \\@y' } }, example: { description: '@data stays' } });
  });
});

describe('deprecationNote', () => {
  it('carries the spec’s note (OVH: dates and replacement), else the sentence naming the replacement, else says the API deprecates it', () => {
    expect(deprecationNote({ summary: 'x' })).toBeUndefined();
    expect(deprecationNote({ deprecated: true, [DEPRECATION_NOTE]: 'Deprecated since 2023-03-07. Use `/me/payment/method` instead.' })).toBe('Deprecated since 2023-03-07. Use `/me/payment/method` instead.');
    expect(deprecationNote({ deprecated: true, description: 'Lists images. Use the Image service API instead. More text.' })).toBe('Use the Image service API instead.');
    expect(deprecationNote({ deprecated: true, description: 'Lists images.' })).toBe('Deprecated by the API.');
    expect(deprecationNote({ deprecated: true, description: 'Lists images.', 'x-openstack': { 'min-ver': '2.1', 'max-ver': '2.35' } })).toBe('Deprecated by the API. Up to microversion 2.35.');
  });
});
