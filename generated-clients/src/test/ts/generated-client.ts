// What the scenario needs from one generated TypeScript client (GeneratedClient.java's twin).

export interface TunnelSpec {
  name: string;
  customerEndpoint: string;
  interfaceAddress: string;
  description?: string;
  target?: string;
}

/** A tunnel read back: target is the string form as sent, or {saved=..., effective=...} for the object form. */
export interface TunnelView {
  id?: string;
  name?: string;
  description?: string;
  target?: string;
}

export interface Refusal {
  errorType: string;
  status: number;
  success?: boolean;
  firstCode?: number;
  firstMessage?: string;
}

export const CLOUDFLARE_ENDPOINT = '203.0.113.1';
export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';

export function objectTarget(saved?: string, effective?: string): string {
  return `{saved=${saved}, effective=${effective}}`;
}

/** The target as the scenario compares it, from whatever the model holds (a string or an object). */
export function targetText(target: unknown): string | undefined {
  if (target === undefined || target === null) {
    return undefined;
  }
  if (typeof target === 'string') {
    return target;
  }
  const object = target as { saved?: string; effective?: string };
  return objectTarget(object.saved, object.effective);
}

export interface GeneratedClient {
  createOne(tunnel: TunnelSpec, objectForm: boolean, validateOnly: boolean): Promise<TunnelView>;
  createSeveral(tunnels: TunnelSpec[], objectForm: boolean): Promise<TunnelView[]>;
  list(objectForm: boolean): Promise<TunnelView[]>;
  get(id: string, objectForm: boolean): Promise<TunnelView>;
  updateOne(id: string, tunnel: TunnelSpec, objectForm: boolean): Promise<TunnelView>;
  updateSeveral(ids: string[], tunnels: TunnelSpec[], objectForm: boolean): Promise<TunnelView[]>;
  delete(id: string): Promise<TunnelView>;
  /** Runs a call that must be refused; reads the refusal through the generator's own error type. */
  refusal(call: () => Promise<unknown>): Promise<Refusal>;
}
