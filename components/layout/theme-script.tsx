// Runs before first paint so a stored theme never flashes the wrong colours. The CSP allows it
// through this request's nonce (set by scripts/serve.mjs: see lib/security/headers.mjs).
const script = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;

export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
