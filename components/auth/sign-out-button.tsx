"use client";

/** Loads next-auth's client only when clicked, so reading pages do not carry it. */
export function SignOutButton() {
  return (
    <button
      type="button"
      className="text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
      onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}
    >
      Sign out
    </button>
  );
}
