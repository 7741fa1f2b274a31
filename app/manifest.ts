import type { MetadataRoute } from "next";

/** The web app manifest: a name and the icon, so browsers and "add to home screen" show the atlas properly. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Postmortem Atlas",
    short_name: "Atlas",
    description: "A curated, searchable knowledge base of public Kubernetes postmortems.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#4f46e5",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
