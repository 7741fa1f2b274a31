import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "mdx-bundler", "esbuild"],
};

export default nextConfig;
