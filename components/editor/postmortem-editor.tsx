"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { ConflictPanel } from "@/components/editor/conflict-panel";
import { MergeNotice } from "@/components/editor/merge-notice";
import { LocalCopyOffer } from "@/components/editor/local-copy-offer";
import { MarkdownField } from "@/components/editor/markdown-field";
import { RepeatableList } from "@/components/editor/repeatable-list";
import { TaxonomyPicker, type PickerGroup } from "@/components/editor/taxonomy-picker";
import { SaveStatusText } from "@/components/editor/save-status";
import { SimilarStories } from "@/components/editor/similar-stories";
import { useAutosave } from "@/components/editor/use-autosave";
import { useEarlyInput } from "@/components/editor/use-early-input";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { fromUtcInput, toUtcInput } from "@/lib/timeline/exact-time";
import type { PostmortemFields } from "@/lib/validation/postmortem";
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  ACTION_TYPES,
  PLATFORM_LABELS,
  PLATFORMS,
  SEVERITIES,
  SEVERITY_INFO,
  TIMELINE_MARKERS,
} from "@/lib/validation/vocabulary";

type Team = { id: number; name: string; lead: boolean };
type Owner = { id: number; name: string };

const options = (values: readonly string[], label: (v: string) => string = (v) => v) => values.map((value) => ({ value, label: label(value) }));

// Once the first save has filed the draft, the page is its edit page: address, title and heading follow.
function showAsEditPage(slug: string) {
  window.history.replaceState(null, "", `/postmortems/${slug}/edit`);
  document.title = document.title.replace(/^New postmortem/, "Edit postmortem");
}

export function PostmortemEditor(props: {
  slug: string | null;
  version: number;
  initial: PostmortemFields;
  teams: Team[];
  teamId: number;
  tagGroups: PickerGroup[];
  componentGroups: PickerGroup[];
  /** The users of each team who can own an action item. */
  owners: Record<number, Owner[]>;
  /** The public stories this postmortem is linked to ("looks like"). */
  linked?: { slug: string; title: string }[];
  /** Shown under the heading while the draft is new. */
  intro?: string;
}) {
  const [teamId, setTeamId] = useState(props.teamId);
  const form = useRef<HTMLFormElement>(null);
  useEarlyInput(form);
  const editor = useAutosave({ slug: props.slug, version: props.version, initial: props.initial, teamId, onCreated: showAsEditPage });
  const { values, errors, saver } = editor;
  const set = <K extends keyof PostmortemFields>(key: K, value: PostmortemFields[K]) => saver.editField(key, value);
  const err = (path: string) => errors[path];
  const team = props.teams.find((t) => t.id === teamId);
  const owners = props.owners[teamId] ?? [];

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <form ref={form} className="space-y-10" aria-label="Postmortem editor" onSubmit={(e) => (e.preventDefault(), void saver.saveNow())} noValidate>
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold">{editor.slug ? "Edit postmortem" : "New postmortem"}</h1>
          {!editor.slug && props.intro && <p className="text-sm muted">{props.intro}</p>}
        </div>
        <div className="sticky top-0 z-20 flex flex-wrap items-center justify-between gap-3 border-b border-zinc-200 bg-white py-3 dark:border-zinc-800 dark:bg-zinc-950">
          <SaveStatusText status={editor.status} offered={editor.offer !== null} />
          <div className="flex gap-2">
            <button type="submit" className="btn">
              Save now
            </button>
            {editor.slug && (
              <Link href={`/postmortems/${editor.slug}`} className="btn-quiet">
                View
              </Link>
            )}
          </div>
        </div>

        {editor.offer && <LocalCopyOffer offer={editor.offer} onRestore={saver.restore} onDiscard={saver.discard} />}

        {editor.merged && <MergeNotice merged={editor.merged} onDismiss={saver.dismissMerged} />}

        {editor.conflict && <ConflictPanel conflict={editor.conflict} mine={values} onKeepMine={saver.keepMine} onTakeTheirs={saver.takeTheirs} />}

        <section aria-label="Basics" className="grid gap-4 sm:grid-cols-2">
          <h2 className="section-title sm:col-span-2">Basics</h2>
          {editor.slug ? (
            <p className="text-sm sm:col-span-2">
              Team: <strong>{team?.name}</strong>
            </p>
          ) : (
            <SelectField
              name="teamId"
              label="Team"
              value={String(teamId)}
              onChange={(e) => (setTeamId(Number(e.target.value)), saver.setTeam(Number(e.target.value)))}
              options={props.teams.map((t) => ({ value: String(t.id), label: t.name }))}
              errors={err("teamId")}
              className="sm:col-span-2"
            />
          )}
          <TextField
            name="title"
            label="Title"
            required
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            errors={err("title")}
            className="sm:col-span-2"
            maxLength={200}
          />
          <TextField
            name="incidentDate"
            label="Incident date"
            type="date"
            required
            value={values.incidentDate}
            onChange={(e) => set("incidentDate", e.target.value)}
            errors={err("incidentDate")}
          />
          <TextField
            name="incidentTime"
            label="Start time (UTC, optional)"
            type="time"
            value={values.incidentTime}
            onChange={(e) => set("incidentTime", e.target.value)}
            errors={err("incidentTime")}
          />
          <TextField
            name="durationMinutes"
            label="Duration in minutes (optional)"
            type="number"
            min={1}
            value={values.durationMinutes ?? ""}
            onChange={(e) => set("durationMinutes", e.target.value === "" ? null : Number(e.target.value))}
            errors={err("durationMinutes")}
          />
          <SelectField
            name="severity"
            label="Severity tier"
            value={values.severity}
            onChange={(e) => set("severity", e.target.value as PostmortemFields["severity"])}
            options={[
              { value: "", label: "Not decided yet" },
              ...options(SEVERITIES, (s) => {
                const tier = SEVERITY_INFO[s as keyof typeof SEVERITY_INFO];
                return `${tier.short}: ${tier.description}`;
              }),
            ]}
            errors={err("severity")}
          />
          <SelectField
            name="platform"
            label="Platform"
            value={values.platform}
            onChange={(e) => set("platform", e.target.value as PostmortemFields["platform"])}
            options={options(PLATFORMS, (p) => PLATFORM_LABELS[p as keyof typeof PLATFORM_LABELS])}
            errors={err("platform")}
          />
          <TextField
            name="kubernetesVersion"
            label="Kubernetes version (optional)"
            placeholder="1.29"
            value={values.kubernetesVersion}
            onChange={(e) => set("kubernetesVersion", e.target.value)}
            errors={err("kubernetesVersion")}
          />
        </section>

        <section aria-label="Classification" className="grid gap-6 lg:grid-cols-2">
          <h2 className="section-title lg:col-span-2">Components and root-cause tags</h2>
          <TaxonomyPicker
            id="components"
            title="Components"
            groups={props.componentGroups}
            selected={values.components}
            onChange={(v) => set("components", v)}
            error={err("components")}
          />
          <TaxonomyPicker
            id="tags"
            title="Tags"
            groups={props.tagGroups}
            selected={values.tags}
            onChange={(v) => set("tags", v)}
            error={err("tags")}
          />
        </section>

        <section aria-label="What happened" className="space-y-4">
          <h2 className="section-title">What happened</h2>
          <TextAreaField
            name="summary"
            label="Summary"
            hint="Two or three sentences for lists and search results."
            value={values.summary}
            onChange={(e) => set("summary", e.target.value)}
            errors={err("summary")}
            maxLength={400}
          />
          {(
            [
              ["impact", "Impact", "Who was affected, how, and for how long."],
              ["trigger", "Trigger", "The change or event that set it off."],
              ["rootCause", "Root cause", "Why the trigger led to the failure."],
              ["detection", "Detection", "How you found out."],
              ["resolution", "Resolution", "What stopped it."],
            ] as const
          ).map(([key, label, hint]) => (
            <TextAreaField
              key={key}
              name={key}
              label={label}
              hint={hint}
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
              errors={err(key)}
            />
          ))}
        </section>

        <RepeatableList
          title="Timeline"
          itemLabel="Event"
          items={values.timeline}
          blank={(): PostmortemFields["timeline"][number] => ({ at: "", time: "", description: "", marker: "" })}
          onChange={(v) => set("timeline", v)}
          error={err("timeline")}
          render={(event, update, i) => (
            <div className="grid gap-2 sm:grid-cols-3">
              <TextField
                name={`timeline.${i}.at`}
                id={`timeline-${i}-at`}
                label="When"
                value={event.at}
                onChange={(e) => update({ ...event, at: e.target.value })}
                errors={err(`timeline.${i}.at`)}
              />
              <TextField
                name={`timeline.${i}.time`}
                id={`timeline-${i}-time`}
                label="Exact time (UTC, optional)"
                type="datetime-local"
                value={toUtcInput(event.time)}
                onChange={(e) => update({ ...event, time: fromUtcInput(e.target.value) })}
                errors={err(`timeline.${i}.time`)}
              />
              <SelectField
                name={`timeline.${i}.marker`}
                id={`timeline-${i}-marker`}
                label="Marker"
                value={event.marker}
                onChange={(e) => update({ ...event, marker: e.target.value as typeof event.marker })}
                options={[{ value: "", label: "None" }, ...options(TIMELINE_MARKERS)]}
              />
              <TextField
                name={`timeline.${i}.description`}
                id={`timeline-${i}-description`}
                label="What happened"
                className="sm:col-span-3"
                value={event.description}
                onChange={(e) => update({ ...event, description: e.target.value })}
                errors={err(`timeline.${i}.description`)}
              />
            </div>
          )}
        />

        <RepeatableList
          title="Lessons"
          itemLabel="Lesson"
          items={values.lessons}
          blank={() => ""}
          onChange={(v) => set("lessons", v)}
          error={err("lessons")}
          render={(lesson, update, i) => (
            <TextField
              name={`lessons.${i}`}
              id={`lesson-${i}`}
              label="Lesson"
              value={lesson}
              onChange={(e) => update(e.target.value)}
              errors={err(`lessons.${i}`)}
            />
          )}
        />

        <RepeatableList
          title="Action items"
          itemLabel="Action item"
          items={values.actionItems}
          blank={(): PostmortemFields["actionItems"][number] => ({
            type: "prevent",
            description: "",
            owner: "",
            ownerId: null,
            status: "open",
            dueDate: "",
            link: "",
          })}
          onChange={(v) => set("actionItems", v)}
          error={err("actionItems")}
          render={(item, update, i) => (
            <div className="grid gap-2 sm:grid-cols-3">
              <TextField
                name={`actionItems.${i}.description`}
                id={`action-${i}-description`}
                label="Action"
                value={item.description}
                onChange={(e) => update({ ...item, description: e.target.value })}
                errors={err(`actionItems.${i}.description`)}
                className="sm:col-span-3"
              />
              <SelectField
                name={`actionItems.${i}.type`}
                id={`action-${i}-type`}
                label="Type"
                value={item.type}
                onChange={(e) => update({ ...item, type: e.target.value as typeof item.type })}
                options={options(ACTION_TYPES)}
              />
              <SelectField
                name={`actionItems.${i}.status`}
                id={`action-${i}-status`}
                label="Status"
                value={item.status}
                onChange={(e) => update({ ...item, status: e.target.value as typeof item.status })}
                options={options(ACTION_STATUSES, (s) => ACTION_STATUS_LABELS[s as keyof typeof ACTION_STATUS_LABELS])}
              />
              <SelectField
                name={`actionItems.${i}.ownerId`}
                id={`action-${i}-owner-user`}
                label="Owner"
                value={item.ownerId ? String(item.ownerId) : ""}
                onChange={(e) => {
                  const chosen = owners.find((o) => o.id === Number(e.target.value));
                  update({ ...item, ownerId: chosen?.id ?? null, owner: chosen?.name ?? "" });
                }}
                options={[
                  { value: "", label: "Someone else or nobody" },
                  // An owner who has left the team stays visible until someone else is chosen.
                  ...(item.ownerId && !owners.some((o) => o.id === item.ownerId) ? [{ value: String(item.ownerId), label: item.owner }] : []),
                  ...owners.map((o) => ({ value: String(o.id), label: o.name })),
                ]}
                errors={err(`actionItems.${i}.ownerId`)}
              />
              {!item.ownerId && (
                <TextField
                  name={`actionItems.${i}.owner`}
                  id={`action-${i}-owner`}
                  label="Owner name (outside the team)"
                  value={item.owner}
                  onChange={(e) => update({ ...item, owner: e.target.value })}
                  errors={err(`actionItems.${i}.owner`)}
                />
              )}
              <TextField
                name={`actionItems.${i}.dueDate`}
                id={`action-${i}-due`}
                label="Due date"
                type="date"
                value={item.dueDate}
                onChange={(e) => update({ ...item, dueDate: e.target.value })}
                errors={err(`actionItems.${i}.dueDate`)}
              />
              <TextField
                name={`actionItems.${i}.link`}
                id={`action-${i}-link`}
                label="Link"
                type="url"
                value={item.link}
                onChange={(e) => update({ ...item, link: e.target.value })}
                errors={err(`actionItems.${i}.link`)}
                className="sm:col-span-2"
              />
            </div>
          )}
        />

        <RepeatableList
          title="Sources"
          itemLabel="Source"
          items={values.sources}
          blank={() => ({ title: "", url: "" })}
          onChange={(v) => set("sources", v)}
          error={err("sources")}
          render={(source, update, i) => (
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField
                name={`sources.${i}.title`}
                id={`source-${i}-title`}
                label="Source title"
                value={source.title}
                onChange={(e) => update({ ...source, title: e.target.value })}
                errors={err(`sources.${i}.title`)}
              />
              <TextField
                name={`sources.${i}.url`}
                id={`source-${i}-url`}
                label="Source URL"
                type="url"
                value={source.url}
                onChange={(e) => update({ ...source, url: e.target.value })}
                errors={err(`sources.${i}.url`)}
              />
            </div>
          )}
        />

        <MarkdownField value={values.body} onChange={(v) => set("body", v)} error={err("body")} />
      </form>
      <SimilarStories
        draft={{ title: values.title, summary: values.summary, rootCause: values.rootCause, tags: values.tags, components: values.components }}
        slug={editor.slug}
        initialLinked={props.linked ?? []}
      />
    </div>
  );
}
