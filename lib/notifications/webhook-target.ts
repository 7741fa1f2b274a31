import dns from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";

// A webhook makes the server send a request wherever a team lead says. Left open, that reaches what only the server
// can: the cloud metadata service (169.254.169.254), the app itself on localhost, databases and admin panels on the
// private network. Only public unicast addresses are allowed, checked when the webhook is added (for addresses
// written as such) and again when each delivery connects (for names, on the address they resolve to then, so a
// name that later resolves to a private address is refused too). WEBHOOK_ALLOW_HOSTS names hosts an operator
// trusts on a private network (an internal chat server, the tests' receivers).

export const PRIVATE_TARGET =
  "Webhooks can only call public addresses, not localhost, private, link-local or other internal ones. Whoever runs the atlas can allow an internal host with WEBHOOK_ALLOW_HOSTS.";

const allowedHosts = () => new Set(env().WEBHOOK_ALLOW_HOSTS.map((host) => host.toLowerCase()));

/** Whether an IP address (v4 or v6, IPv4-mapped included) is a public unicast one. */
export function isPublicAddress(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === "unicast";
}

const bare = (hostname: string) => hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");

/** Why a webhook URL may not be called without a lookup (an internal address or name), or null. */
export function refusedTarget(url: string): string | null {
  const host = bare(new URL(url).hostname);
  if (allowedHosts().has(host)) return null;
  if (host === "localhost" || host.endsWith(".localhost")) return PRIVATE_TARGET;
  return net.isIP(host) && !isPublicAddress(host) ? PRIVATE_TARGET : null;
}

/** A dns.lookup for http.request that fails when a name resolves to an address a webhook may not call. */
export function guardedLookup(hostname: string): net.LookupFunction {
  const allowed = allowedHosts().has(bare(hostname));
  return (name, options, callback) =>
    dns.lookup(name, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const refused = addresses.find((entry) => !allowed && !isPublicAddress(entry.address));
      if (refused) return callback(Object.assign(new Error(`${name} resolves to ${refused.address}. ${PRIVATE_TARGET}`), { code: "EACCES" }), "", 4);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
}
