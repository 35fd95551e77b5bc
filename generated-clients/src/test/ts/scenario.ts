// The scenario of ScenarioAgainstStub (Scenario.java), step for step and with the same step names, through the
// typescript-fetch or typescript-axios client generated from spec/openapi.yaml with default options.
// Usage: node target/ts-build/src/test/ts/scenario.js <typescript-fetch|typescript-axios> <baseUrl> <token>
// Prints one line per step: STEP<TAB>name<TAB>PASS, or STEP<TAB>name<TAB>FAIL<TAB>reason; TypeScriptScenarioTest
// reads them. Exit status 0 once every step has run, whatever their results.
import { FetchClient } from './fetch-client';
import { AxiosClient } from './axios-client';
import { GeneratedClient, TunnelSpec, objectTarget } from './generated-client';

declare const process: { argv: string[]; exitCode?: number };

const STRING_TARGET = '198.51.100.7';
const OBJECT_SAVED = '198.51.100.8';

function spec(name: string, n: number, target?: string, description?: string): TunnelSpec {
  return { name, customerEndpoint: `198.51.100.${n}`, interfaceAddress: `10.212.0.${n}/31`, description, target };
}

function expect(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(what);
  }
}

async function run(client: GeneratedClient): Promise<void> {
  const created = new Map<string, string>();
  const id = (key: string): string => {
    const value = created.get(key);
    if (value === undefined) {
      throw new Error(`an earlier step did not create tunnel '${key}'`);
    }
    return value;
  };
  const step = async (name: string, body: () => Promise<void>): Promise<void> => {
    try {
      await body();
      console.log(`STEP\t${name}\tPASS`);
    } catch (failure) {
      const reason = String(failure instanceof Error ? `${failure.name}: ${failure.message}` : failure).replace(/\s+/g, ' ');
      console.log(`STEP\t${name}\tFAIL\t${reason.slice(0, 300)}`);
    }
  };

  await step('createGreTunnel: one tunnel, string target', async () => {
    const one = await client.createOne(spec('GEN_STR', 10, STRING_TARGET), false, false);
    expect(/^[0-9a-f]{32}$/.test(one.id ?? ''), `id ${one.id}`);
    expect(one.name === 'GEN_STR', `name ${one.name}`);
    expect(one.target === STRING_TARGET, `target ${one.target}`);
    created.set('string', one.id!);
  });
  await step('createGreTunnel: one tunnel, object target (x-magic-new-hc-target: true)', async () => {
    const one = await client.createOne(spec('GEN_OBJ', 12, OBJECT_SAVED), true, false);
    expect(/^[0-9a-f]{32}$/.test(one.id ?? ''), `id ${one.id}`);
    expect(one.target === objectTarget(OBJECT_SAVED, OBJECT_SAVED), `target ${one.target}`);
    created.set('object', one.id!);
  });
  await step('createGreTunnel: several tunnels ({"gre_tunnels": [...]})', async () => {
    const several = await client.createSeveral([spec('GEN_A', 14), spec('GEN_B', 16)], true);
    expect(several.map((t) => t.name).join() === 'GEN_A,GEN_B', `names ${several.map((t) => t.name)}`);
    expect(several.every((t) => /^[0-9a-f]{32}$/.test(t.id ?? '')), `ids ${several.map((t) => t.id)}`);
    created.set('a', several[0].id!);
    created.set('b', several[1].id!);
  });
  await step('listGreTunnels: string form', async () => {
    const targets = (await client.list(false)).filter((t) => t.name === 'GEN_OBJ').map((t) => t.target);
    expect(targets.length === 1 && targets[0] === OBJECT_SAVED, `targets ${targets}`);
  });
  await step('listGreTunnels: object form', async () => {
    const targets = (await client.list(true)).filter((t) => t.name === 'GEN_STR').map((t) => t.target);
    expect(targets.length === 1 && targets[0] === objectTarget(STRING_TARGET, STRING_TARGET), `targets ${targets}`);
  });
  await step('getGreTunnel: string form', async () => {
    const target = (await client.get(id('object'), false)).target;
    expect(target === OBJECT_SAVED, `target ${target}`);
  });
  await step('getGreTunnel: object form', async () => {
    const target = (await client.get(id('string'), true)).target;
    expect(target === objectTarget(STRING_TARGET, STRING_TARGET), `target ${target}`);
  });
  await step('updateGreTunnel: one tunnel', async () => {
    const updated = await client.updateOne(id('object'), spec('GEN_OBJ', 12, OBJECT_SAVED, 'updated once'), true);
    expect(updated.description === 'updated once', `description ${updated.description}`);
    const again = (await client.get(id('object'), true)).description;
    expect(again === 'updated once', `description read back ${again}`);
  });
  await step('updateGreTunnels: several tunnels', async () => {
    const updated = await client.updateSeveral([id('a'), id('b')],
      [spec('GEN_A', 14, undefined, 'updated a'), spec('GEN_B', 16, undefined, 'updated b')], true);
    expect(updated.map((t) => t.description).join() === 'updated a,updated b', `descriptions ${updated.map((t) => t.description)}`);
  });
  await step('createGreTunnel: validate_only=true stores nothing', async () => {
    const before = (await client.list(true)).length;
    const checked = await client.createOne(spec('GEN_DRY', 18, OBJECT_SAVED), true, true);
    expect(checked.name === 'GEN_DRY', `name ${checked.name}`);
    const after = await client.list(true);
    expect(after.length === before && !after.some((t) => t.name === 'GEN_DRY'), `${after.length} tunnels, ${before} before`);
  });
  await step('createGreTunnel: a refused request (name with a space) surfaces as the generator\'s error type', async () => {
    const before = (await client.list(true)).length;
    const refusal = await client.refusal(() => client.createOne(spec('BAD NAME', 20, OBJECT_SAVED), true, false));
    expect(refusal.status === 400, `status ${refusal.status}`);
    expect(refusal.success === false, `success ${refusal.success}`);
    expect(typeof refusal.firstCode === 'number', `code ${refusal.firstCode}`);
    expect(!!refusal.firstMessage, `message ${refusal.firstMessage}`);
    expect((await client.list(true)).length === before, 'a tunnel was stored');
  });
  await step('deleteGreTunnel', async () => {
    const deleted = await client.delete(id('string'));
    expect(deleted.id === id('string'), `id ${deleted.id}`);
  });
  await step('getGreTunnel: 404 after the delete', async () => {
    const refusal = await client.refusal(() => client.get(id('string'), true));
    expect(refusal.status === 404, `status ${refusal.status}`);
    expect(refusal.success === false, `success ${refusal.success}`);
    expect(typeof refusal.firstCode === 'number', `code ${refusal.firstCode}`);
  });
}

async function main(): Promise<void> {
  const [generator, baseUrl, token] = process.argv.slice(2);
  const client = generator === 'typescript-fetch' ? new FetchClient(baseUrl, token)
    : generator === 'typescript-axios' ? new AxiosClient(baseUrl, token) : undefined;
  if (client === undefined) {
    console.log(`usage: scenario.js typescript-fetch|typescript-axios <baseUrl> <token> (got ${generator})`);
    process.exitCode = 2;
    return;
  }
  await run(client);
}

main().catch((failure) => {
  console.log(`scenario crashed: ${failure}`);
  process.exitCode = 1;
});
