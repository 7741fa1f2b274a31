import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";

const headers = (peer: string | null, forwarded?: string) => {
  const h = new Headers();
  if (peer !== null) h.set(PEER_ADDRESS_HEADER, peer);
  if (forwarded !== undefined) h.set("x-forwarded-for", forwarded);
  return h;
};

describe("clientAddress", () => {
  it("without a trusted proxy, uses the socket address and ignores X-Forwarded-For, which anyone can send", () => {
    expect(clientAddress(headers("203.0.113.9", "198.51.100.1"), 0)).toBe("203.0.113.9");
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(headers("2001:db8::1"), 0)).toBe("2001:db8::1");
  });

  it("is unknown without the socket address and without a trusted proxy", () => {
    expect(clientAddress(headers(null, "198.51.100.1"), 0)).toBeNull();
  });

  it("behind one proxy, takes the address that proxy appended, not what the client wrote to the left of it", () => {
    // client wrote "1.1.1.1", the proxy appended the client's real address, and the proxy itself is the socket.
    expect(clientAddress(headers("10.0.0.2", "1.1.1.1, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers("10.0.0.2", "198.51.100.7"), 1)).toBe("198.51.100.7");
  });

  it("behind two proxies, counts two hops from the socket", () => {
    expect(clientAddress(headers("10.0.0.3", "1.1.1.1, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("falls back to the left-most address when the chain is shorter than the hops (the request bypassed a proxy)", () => {
    expect(clientAddress(headers("198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers("10.0.0.2", "198.51.100.7"), 3)).toBe("198.51.100.7");
  });

  it("without the socket header (next dev), Next's own X-Forwarded-For stands for the socket", () => {
    expect(clientAddress(headers(null, "1.1.1.1, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers(null), 1)).toBeNull();
  });
});
