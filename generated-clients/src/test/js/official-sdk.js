// Cloudflare's official TypeScript SDK (npm "cloudflare", pinned in package.json), unchanged, through create, list,
// get, update and delete against the stub. Usage: node src/test/js/official-sdk.js <baseUrl> <token>; prints the
// STEP lines of scenario.ts (OfficialTypeScriptSdkTest reads them).
const Cloudflare = require('cloudflare').default ?? require('cloudflare');
const [baseURL, token] = process.argv.slice(2);
const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const client = new Cloudflare({ apiToken: token, apiKey: null, apiEmail: null, baseURL, maxRetries: 0 });
const gre = client.magicTransit.greTunnels;

async function step(name, body) {
  try {
    await body();
    console.log(`STEP\t${name}\tPASS`);
  } catch (failure) {
    console.log(`STEP\t${name}\tFAIL\t${String(failure && failure.message || failure).replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}
function expect(condition, what) {
  if (!condition) throw new Error(what);
}

(async () => {
  let id;
  await step('createGreTunnel (official SDK)', async () => {
    const created = await gre.create({ account_id: ACCOUNT, name: 'SDK_1', cloudflare_gre_endpoint: '203.0.113.1',
      customer_gre_endpoint: '198.51.100.30', interface_address: '10.212.0.30/31' });
    expect(/^[0-9a-f]{32}$/.test(created.id), `id ${created.id}`);
    id = created.id;
  });
  await step('listGreTunnels (official SDK)', async () => {
    const listed = await gre.list({ account_id: ACCOUNT });
    expect(listed.gre_tunnels.some((t) => t.id === id), 'created tunnel not listed');
  });
  await step('getGreTunnel (official SDK)', async () => {
    const got = await gre.get(id, { account_id: ACCOUNT });
    expect(got.gre_tunnel.name === 'SDK_1', `name ${got.gre_tunnel && got.gre_tunnel.name}`);
  });
  await step('updateGreTunnel (official SDK)', async () => {
    const updated = await gre.update(id, { account_id: ACCOUNT, name: 'SDK_1', cloudflare_gre_endpoint: '203.0.113.1',
      customer_gre_endpoint: '198.51.100.30', interface_address: '10.212.0.30/31', description: 'updated by the SDK' });
    expect(updated.modified_gre_tunnel.description === 'updated by the SDK', 'description not updated');
  });
  await step('deleteGreTunnel (official SDK)', async () => {
    const deleted = await gre.delete(id, { account_id: ACCOUNT });
    expect(deleted.deleted_gre_tunnel.id === id, 'deleted another tunnel');
  });
})();
