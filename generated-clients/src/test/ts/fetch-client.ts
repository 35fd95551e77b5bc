// typescript-fetch, default options: the platform's fetch, camelCase model members, ResponseError on a non-2xx.
import {
  Configuration, GRETunnelsApi, GreTunnel, GreTunnelCreateRequest, GreTunnelHealthCheckRequest, ResponseError,
} from '../../../target/generated-clients/typescript-fetch';
import {
  ACCOUNT, CLOUDFLARE_ENDPOINT, GeneratedClient, Refusal, TunnelSpec, TunnelView, targetText,
} from './generated-client';

export class FetchClient implements GeneratedClient {
  private readonly api: GRETunnelsApi;

  constructor(baseUrl: string, token: string) {
    // accessToken is what the generated code sends as Authorization: Bearer for the api_token scheme
    this.api = new GRETunnelsApi(new Configuration({ basePath: baseUrl, accessToken: token }));
  }

  async createOne(tunnel: TunnelSpec, objectForm: boolean, validateOnly: boolean): Promise<TunnelView> {
    const answer = await this.api.createGreTunnel({ accountId: ACCOUNT, greTunnelsCreateBody: request(tunnel, objectForm),
      xMagicNewHcTarget: objectForm, validateOnly });
    return view(answer.result as GreTunnel);
  }

  async createSeveral(tunnels: TunnelSpec[], objectForm: boolean): Promise<TunnelView[]> {
    const answer = await this.api.createGreTunnel({ accountId: ACCOUNT,
      greTunnelsCreateBody: { greTunnels: tunnels.map((t) => request(t, objectForm)) }, xMagicNewHcTarget: objectForm });
    return (answer.result.greTunnels ?? []).map(view);
  }

  async list(objectForm: boolean): Promise<TunnelView[]> {
    return (await this.api.listGreTunnels({ accountId: ACCOUNT, xMagicNewHcTarget: objectForm })).result.greTunnels.map(view);
  }

  async get(id: string, objectForm: boolean): Promise<TunnelView> {
    return view((await this.api.getGreTunnel({ accountId: ACCOUNT, greTunnelId: id, xMagicNewHcTarget: objectForm }))
      .result.greTunnel);
  }

  async updateOne(id: string, tunnel: TunnelSpec, objectForm: boolean): Promise<TunnelView> {
    return view((await this.api.updateGreTunnel({ accountId: ACCOUNT, greTunnelId: id,
      greTunnelUpdateRequest: request(tunnel, objectForm), xMagicNewHcTarget: objectForm })).result.modifiedGreTunnel);
  }

  async updateSeveral(ids: string[], tunnels: TunnelSpec[], objectForm: boolean): Promise<TunnelView[]> {
    const greTunnels = tunnels.map((t, i) => ({ id: ids[i], ...request(t, objectForm) }));
    return (await this.api.updateGreTunnels({ accountId: ACCOUNT, greTunnelsUpdateRequest: { greTunnels },
      xMagicNewHcTarget: objectForm })).result.modifiedGreTunnels.map(view);
  }

  async delete(id: string): Promise<TunnelView> {
    return view((await this.api.deleteGreTunnel({ accountId: ACCOUNT, greTunnelId: id, xMagicNewHcTarget: true }))
      .result.deletedGreTunnel);
  }

  async refusal(call: () => Promise<unknown>): Promise<Refusal> {
    try {
      await call();
    } catch (refused) {
      if (!(refused instanceof ResponseError)) {
        throw new Error(`refused with ${refused}, not the generator's ResponseError`);
      }
      const envelope = await refused.response.json();
      return { errorType: refused.name, status: refused.response.status, success: envelope.success,
        firstCode: envelope.errors?.[0]?.code, firstMessage: envelope.errors?.[0]?.message };
    }
    throw new Error('the call was not refused');
  }
}

function request(tunnel: TunnelSpec, objectForm: boolean): GreTunnelCreateRequest {
  return { name: tunnel.name, cloudflareGreEndpoint: CLOUDFLARE_ENDPOINT, customerGreEndpoint: tunnel.customerEndpoint,
    interfaceAddress: tunnel.interfaceAddress, description: tunnel.description, healthCheck: healthCheck(tunnel, objectForm) };
}

function healthCheck(tunnel: TunnelSpec, objectForm: boolean): GreTunnelHealthCheckRequest | undefined {
  if (tunnel.target === undefined) {
    return undefined;
  }
  return { target: objectForm ? { saved: tunnel.target } : tunnel.target };
}

function view(tunnel: GreTunnel): TunnelView {
  return { id: tunnel.id, name: tunnel.name, description: tunnel.description, target: targetText(tunnel.healthCheck?.target) };
}
