"use client";

import { useActionState, useState } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import type { FormState } from "@/lib/actions/form-action";
import { createTeamAction } from "@/lib/actions/team-actions";
import { slugify } from "@/lib/text";

/** Creates a team. The address follows the name as you type until you edit it yourself; the link is shown live. */
export function CreateTeamForm() {
  const [state, action, pending] = useActionState(createTeamAction, null as FormState<{ id: number; slug: string }>);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [edited, setEdited] = useState(false);
  // A name with no ASCII letters or digits suggests no address: the person chooses one.
  const address = edited ? slug : slugify(name, 60, "");
  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <form action={action} aria-label="Create a team" className="space-y-3">
      <TextField
        id="team-name"
        name="name"
        label="Team name"
        hint="For example “Platform EU”."
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        errors={errors?.name}
      />
      <TextField
        id="team-slug"
        name="slug"
        label="Address"
        hint={
          <>
            Lowercase letters, digits and dashes; made from the name until you change it. The team page will be{" "}
            <code aria-live="polite">/teams/{address || "…"}</code>
          </>
        }
        required
        value={address}
        onChange={(e) => {
          setEdited(true);
          setSlug(e.target.value);
        }}
        errors={errors?.slug}
      />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Working…" : "Create team"}
      </button>
      <FormMessage state={state && !state.ok && !errors?.name && !errors?.slug ? state : null} />
    </form>
  );
}
