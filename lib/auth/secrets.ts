import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret for invite links and API tokens. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

/** Tokens are stored only as SHA-256 hashes; they are long and random, so no slow KDF is needed. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
