"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300" onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
