// Types for headers.mjs, which stays plain JavaScript because scripts/serve.mjs loads it without a build.
import type { IncomingMessage, ServerResponse } from "node:http";

type Env = Record<string, string | undefined>;

export function contentSecurityPolicy(nonce: string, options?: { dev?: boolean }): string;
export function createNonce(): string;
export function trustedForwardedProto(forwardedProto: string | null | undefined, env?: Env): "http" | "https" | undefined;
export function servedOverHttps(forwardedProto: string | null | undefined, env?: Env): boolean;
export const HSTS: string;
export function secureRequest(request: IncomingMessage, response: ServerResponse, options?: { dev?: boolean }): void;
