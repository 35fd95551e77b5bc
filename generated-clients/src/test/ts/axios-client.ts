// typescript-axios, default options: axios, the spec's snake_case member names, AxiosError on a non-2xx.
import { AxiosError } from 'axios';
import {
  Configuration, GRETunnelsApi, GreTunnel, GreTunnelCreateRequest, GreTunnelHealthCheckRequest,
} from '../../../target/generated-clients/typescript-axios';
import {
  ACCOUNT, CLOUDFLARE_ENDPOINT, GeneratedClient, Refusal, TunnelSpec, TunnelView, targetText,
} from './generated-client';

export class AxiosClient implements GeneratedClient {
  private readonly api: GRETunnelsApi;

  constructor(baseUrl: string, token: string) {
    // accessToken is what the generated code sends as Authorization: Bearer for the api_token scheme
    this.api = new GRETunnelsApi(new Configuration({ basePath: baseUrl, accessToken: token }));
  }

  async createOne(tunnel: TunnelSpec, objectForm: boolean, validateOnly: boolean): Promise<TunnelView> {
    const answer = await this.api.createGreTunnel(ACCOUNT, request(tunnel, objectForm), objectForm, validateOnly);
    return view(answer.data.result as GreTunnel);
  }

  async createSeveral(tunnels: TunnelSpec[], objectForm: boolean): Promise<TunnelView[]> {
    const answer = await this.api.createGreTunnel(ACCOUNT, { gre_tunnels: tunnels.map((t) => request(t, objectForm)) },
      objectForm);
    return (answer.data.result.gre_tunnels ?? []).map(view);
  }

  async list(objectForm: boolean): Promise<TunnelView[]> {
    return (await this.api.listGreTunnels(ACCOUNT, objectForm)).data.result.gre_tunnels.map(view);
  }

  async get(id: string, objectForm: boolean): Promise<TunnelView> {
    return view((await this.api.getGreTunnel(ACCOUNT, id, objectForm)).data.result.gre_tunnel);
  }

  async updateOne(id: string, tunnel: TunnelSpec, objectForm: boolean): Promise<TunnelView> {
    return view((await this.api.updateGreTunnel(ACCOUNT, id, request(tunnel, objectForm), objectForm))
      .data.result.modified_gre_tunnel);
  }

  async updateSeveral(ids: string[], tunnels: TunnelSpec[], objectForm: boolean): Promise<TunnelView[]> {
    const gre_tunnels = tunnels.map((t, i) => ({ id: ids[i], ...request(t, objectForm) }));
    return (await this.api.updateGreTunnels(ACCOUNT, { gre_tunnels }, objectForm)).data.result.modified_gre_tunnels.map(view);
  }

  async delete(id: string): Promise<TunnelView> {
    return view((await this.api.deleteGreTunnel(ACCOUNT, id, true)).data.result.deleted_gre_tunnel);
  }

  async refusal(call: () => Promise<unknown>): Promise<Refusal> {
    try {
      await call();
    } catch (refused) {
      if (!(refused instanceof AxiosError) || refused.response === undefined) {
        throw new Error(`refused with ${refused}, not the generator's AxiosError with a response`);
      }
      const envelope = refused.response.data;
      return { errorType: refused.name, status: refused.response.status, success: envelope.success,
        firstCode: envelope.errors?.[0]?.code, firstMessage: envelope.errors?.[0]?.message };
    }
    throw new Error('the call was not refused');
  }
}

function request(tunnel: TunnelSpec, objectForm: boolean): GreTunnelCreateRequest {
  return { name: tunnel.name, cloudflare_gre_endpoint: CLOUDFLARE_ENDPOINT, customer_gre_endpoint: tunnel.customerEndpoint,
    interface_address: tunnel.interfaceAddress, description: tunnel.description, health_check: healthCheck(tunnel, objectForm) };
}

function healthCheck(tunnel: TunnelSpec, objectForm: boolean): GreTunnelHealthCheckRequest | undefined {
  if (tunnel.target === undefined) {
    return undefined;
  }
  return { target: objectForm ? { saved: tunnel.target } : tunnel.target };
}

function view(tunnel: GreTunnel): TunnelView {
  return { id: tunnel.id, name: tunnel.name, description: tunnel.description, target: targetText(tunnel.health_check?.target) };
}
