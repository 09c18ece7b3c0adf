import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { buildSchema, GraphQLFieldResolver, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { Allow } from './allow.decorator';
import { AuthorizationGuard } from './authorization.guard';
import { FieldAuthorization } from './field-authorization';
import { Agent, Anyone } from './policy';

@Resolver('Probe')
class ProbeFields {
  @ResolveField('open', () => String)
  @Allow(Anyone)
  open(): string {
    return 'open';
  }

  @ResolveField('secret', () => String)
  @Allow(Agent)
  secret(): string {
    return 'secret';
  }

  @ResolveField('undeclared', () => String)
  undeclared(): string {
    return 'undeclared';
  }
}

const sdl =
  'type Query { probe: Probe } type Probe { open: String secret: String undeclared: String }';

function setUp(authorize: AuthorizationGuard['authorize'], schemaSdl = sdl) {
  const schema = buildSchema(schemaSdl);
  const probe = schema.getType('Probe') as GraphQLObjectType;
  const original: Record<string, GraphQLFieldResolver<unknown, unknown>> = {};
  for (const [name, field] of Object.entries(probe.getFields())) {
    original[name] = field.resolve = jest.fn(() => name);
  }
  const discovery = { getProviders: () => [{ instance: new ProbeFields() }] };
  const fields = new FieldAuthorization(
    discovery as unknown as DiscoveryService,
    new MetadataScanner(),
    new Reflector(),
    { authorize } as AuthorizationGuard,
  );
  return { fields, schema, probe, original };
}

const info = {} as GraphQLResolveInfo;
const req = { headers: {} };

describe('FieldAuthorization', () => {
  it('reads every field resolver with its rules, the undeclared one included', () => {
    const { fields } = setUp(jest.fn());
    expect(fields.rules()).toEqual([
      { type: 'Probe', field: 'open', handler: 'ProbeFields.open', policies: [Anyone] },
      { type: 'Probe', field: 'secret', handler: 'ProbeFields.secret', policies: [Agent] },
      {
        type: 'Probe',
        field: 'undeclared',
        handler: 'ProbeFields.undeclared',
        policies: undefined,
      },
    ]);
  });

  it('leaves an Anyone field as it was, and checks every other one before its resolver', async () => {
    const authorize = jest.fn(() => Promise.resolve(true as const));
    const { fields, schema, probe, original } = setUp(authorize);
    fields.secure(schema);
    const resolved = probe.getFields();
    expect(resolved.open.resolve).toBe(original.open);
    expect(resolved.secret.resolve).not.toBe(original.secret);

    await expect(resolved.secret.resolve!({}, { of: 'x' }, { req }, info)).resolves.toBe('secret');
    expect(authorize).toHaveBeenLastCalledWith(
      [Agent],
      req,
      expect.any(Function),
      expect.any(Function),
    );
    const readArgs = (authorize.mock.lastCall as unknown[])[2] as () => unknown;
    expect(readArgs()).toEqual({ of: 'x' });

    await expect(resolved.undeclared.resolve!({}, {}, { req }, info)).resolves.toBe('undeclared');
    expect(authorize).toHaveBeenLastCalledWith(
      undefined,
      req,
      expect.any(Function),
      expect.any(Function),
    );
  });

  it('never runs the resolver of a refused field', async () => {
    const refusal = new Error('refused');
    const { fields, schema, probe, original } = setUp(() => Promise.reject(refusal));
    fields.secure(schema);
    await expect(probe.getFields().secret.resolve!({}, {}, { req }, info)).rejects.toBe(refusal);
    expect(original.secret).not.toHaveBeenCalled();
  });

  it('fails closed: a field resolver the schema does not have stops the start', () => {
    const { fields, schema } = setUp(
      jest.fn(),
      'type Query { probe: Probe } type Probe { open: String secret: String }',
    );
    expect(() => fields.secure(schema)).toThrow(/Probe\.undeclared, not in the schema/);
  });
});
