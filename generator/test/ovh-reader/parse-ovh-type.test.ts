import { describe, expect, it } from 'vitest';
import { genericInstanceName, OvhTypeSyntaxError, parseOvhType, printOvhType, substituteOvhType, type OvhType } from '../../src/readers/ovh/parse-ovh-type.js';
import { isOvhPrimitive, OVH_PRIMITIVE_NAMES, primitiveSchema } from '../../src/readers/ovh/ovh-primitives.js';

const name = (n: string): OvhType => ({ kind: 'name', name: n });
const array = (items: OvhType): OvhType => ({ kind: 'array', items });
const map = (key: OvhType, value: OvhType): OvhType => ({ kind: 'map', key, value });
const generic = (n: string, ...args: OvhType[]): OvhType => ({ kind: 'generic', name: n, args });

describe('parseOvhType: the OVH schema type grammar', () => {
  const table: [string, OvhType, string?][] = [
    ['string', name('string')],
    ['long', name('long')],
    ['nichandle.Nichandle', name('nichandle.Nichandle')],
    ['iam.ResourceMetadata.StateEnum', name('iam.ResourceMetadata.StateEnum')],
    ['countryCode2LettersEnum', name('countryCode2LettersEnum')],
    ['email.domain.dkim_simplified', name('email.domain.dkim_simplified')],
    ['T', name('T')],
    ['string[]', array(name('string'))],
    ['long[][]', array(array(name('long')))],
    ['cloud.order.Order[]', array(name('cloud.order.Order'))],
    ['map[string]string', map(name('string'), name('string'))],
    ['map[string]password', map(name('string'), name('password'))],
    ['map[string][]iam.resource.TagFilter', map(name('string'), array(name('iam.resource.TagFilter'))), 'map[string]iam.resource.TagFilter[]'],
    ['map[string]string[]', map(name('string'), array(name('string')))],
    [
      'map[cloud.project.database.service.CapabilityEnum]cloud.project.database.service.CapabilityActions',
      map(name('cloud.project.database.service.CapabilityEnum'), name('cloud.project.database.service.CapabilityActions')),
    ],
    ['complexType.UnitAndValue<double>', generic('complexType.UnitAndValue', name('double'))],
    ['pack.xdsl.AsyncTask<long>', generic('pack.xdsl.AsyncTask', name('long'))],
    ['complexType.ChartSerie<complexType.ChartTimestampValue>[]', array(generic('complexType.ChartSerie', name('complexType.ChartTimestampValue')))],
    ['common.TaskWithInputs<map[managedCMS.TaskInputsEnum]any>', generic('common.TaskWithInputs', map(name('managedCMS.TaskInputsEnum'), name('any')))],
    ['a.Outer<b.Inner<long[]>>', generic('a.Outer', generic('b.Inner', array(name('long'))))],
    ['x.Pair<string, long>', generic('x.Pair', name('string'), name('long')), 'x.Pair<string,long>'],
    ['map[string]complexType.SafeKeyValue<string>[]', map(name('string'), array(generic('complexType.SafeKeyValue', name('string'))))],
  ];
  it.each(table)('%s', (text, expected, printed) => {
    const parsed = parseOvhType(text);
    expect(parsed.type).toEqual(expected);
    expect(parsed.alias).toBeUndefined();
    expect(printOvhType(parsed.type)).toBe(printed ?? text);
    // The canonical text parses back to the same tree.
    expect(parseOvhType(printOvhType(parsed.type)).type).toEqual(expected);
  });

  it.each([
    ['coreTypes.AccountId:string', name('string'), 'coreTypes.AccountId'],
    ['coreTypes.ServiceId:long', name('long'), 'coreTypes.ServiceId'],
    ['coreTypes.ServiceId[]:long[]', array(name('long')), 'coreTypes.ServiceId[]'],
    ['duration:string', name('string'), 'duration'],
  ])('Alias:wire %s uses the wire type', (text, expected, alias) => {
    expect(parseOvhType(text)).toEqual({ type: expected, alias });
  });

  it.each([
    [''],
    ['   '],
    ['map[string'],
    ['map[string]'],
    ['Foo<>'],
    ['Foo<Bar'],
    ['Foo<Bar>>'],
    ['string]'],
    ['[]string'],
    ['foo bar'],
    ['a..b'],
    ['.a'],
    ['1abc'],
    ['string['],
    ['a:b:c'],
    ['a$b'],
    ['map[]string'],
    ['<T>'],
  ])('rejects %j', (text) => {
    expect(() => parseOvhType(text)).toThrow(OvhTypeSyntaxError);
  });

  it('reports where the syntax breaks', () => {
    const error = (() => {
      try {
        parseOvhType('complexType.UnitAndValue<double');
      } catch (caught) {
        return caught as OvhTypeSyntaxError;
      }
      throw new Error('no error');
    })();
    expect(error.offset).toBe('complexType.UnitAndValue<double'.length);
    expect(error.message).toMatch(/expected ">", got end of type/);
  });
});

describe('generic instance names and substitution', () => {
  it.each([
    ['complexType.UnitAndValue<double>', 'complexType.UnitAndValue_double'],
    ['complexType.SafeKeyValueCanBeNull<string>', 'complexType.SafeKeyValueCanBeNull_string'],
    ['complexType.ChartSerie<complexType.ChartTimestampValue>', 'complexType.ChartSerie_complexType.ChartTimestampValue'],
    ['pack.xdsl.AsyncTask<pack.xdsl.addressMove.MoveOfferResponse>', 'pack.xdsl.AsyncTask_pack.xdsl.addressMove.MoveOfferResponse'],
    ['common.TaskWithInputs<map[managedCMS.TaskInputsEnum]any>', 'common.TaskWithInputs_map_managedCMS.TaskInputsEnum_any'],
    ['a.Outer<b.Inner<c.Leaf>>', 'a.Outer_b.Inner_c.Leaf'],
    ['x.Pair<string,long>', 'x.Pair_string_long'],
    ['x.Box<long[]>', 'x.Box_long__'],
  ])('%s → %s', (text, expected) => {
    const type = parseOvhType(text).type;
    if (type.kind !== 'generic') throw new Error('not generic');
    expect(genericInstanceName(type.name, type.args)).toBe(expected);
    expect(expected).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('substitutes type variables everywhere', () => {
    const template = parseOvhType('map[string]a.Box<T[]>[]').type;
    const result = substituteOvhType(template, new Map([['T', parseOvhType('b.Item<long>').type]]));
    expect(printOvhType(result)).toBe('map[string]a.Box<b.Item<long>[]>[]');
  });
});

describe('primitive table', () => {
  it.each([
    ['string', { type: 'string' }],
    ['text', { type: 'string' }],
    ['password', { type: 'string', format: 'password' }],
    ['long', { type: 'integer', format: 'int64' }],
    ['double', { type: 'number' }],
    ['boolean', { type: 'boolean' }],
    ['date', { type: 'string', format: 'date' }],
    ['datetime', { type: 'string', format: 'date-time' }],
    ['time', { type: 'string', format: 'time' }],
    ['duration', { type: 'string', format: 'duration' }],
    ['uuid', { type: 'string', format: 'uuid' }],
    ['ip', { type: 'string', format: 'ip' }],
    ['ipv4', { type: 'string', format: 'ipv4' }],
    ['ipv6', { type: 'string', format: 'ipv6' }],
    ['ipBlock', { type: 'string', format: 'ip-block' }],
    ['ipv4Block', { type: 'string', format: 'ipv4-block' }],
    ['ipv6Block', { type: 'string', format: 'ipv6-block' }],
    ['ipInterface', { type: 'string', format: 'ip-interface' }],
    ['macAddress', { type: 'string', format: 'mac-address' }],
    ['phoneNumber', { type: 'string', format: 'phone-number' }],
    ['internationalPhoneNumber', { type: 'string', format: 'international-phone-number' }],
    ['any', {}],
  ])('%s', (primitive, schema) => {
    expect(isOvhPrimitive(primitive)).toBe(true);
    expect(primitiveSchema(primitive)).toEqual(schema);
  });

  it('covers exactly the table, and hands out copies', () => {
    expect(OVH_PRIMITIVE_NAMES).toHaveLength(22);
    for (const notPrimitive of ['void', 'T', 'map', 'toString', 'constructor', 'nichandle.Nichandle']) expect(isOvhPrimitive(notPrimitive)).toBe(false);
    const copy = primitiveSchema('long')!;
    copy['description'] = 'changed';
    expect(primitiveSchema('long')).toEqual({ type: 'integer', format: 'int64' });
  });
});
