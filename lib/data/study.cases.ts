import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseProvider } from "@/lib/database-url";
import { DomainError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/viewer-types";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { exerciseCutoffLimit } from "@/lib/study/exercise";
import { exerciseRecord } from "@/lib/study/exercise-record";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const studySuite = (provider: DatabaseProvider) =>
  describe(`study mode (${provider})`, () => {
    let temp: TempDatabase;
    let study: typeof import("@/lib/data/study");
    let exercises: typeof import("@/lib/data/exercises");
    let techniques: typeof import("@/lib/data/techniques");
    let reader: Viewer;
    let other: Viewer;
    const content = loadContent();
    /** A retold story the content gives no exercise (its original does not support one). */
    const withoutExercise = content.postmortems.find((pm) => !pm.frontmatter.exercise)!.slug;

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      await syncContent(temp.db);
      const users = await import("@/lib/data/users");
      study = await import("@/lib/data/study");
      exercises = await import("@/lib/data/exercises");
      techniques = await import("@/lib/data/techniques");
      const a = await users.createUser({ email: "reader@example.test", name: "Reader", password: "a-long-enough-password" });
      const b = await users.createUser({ email: "other@example.test", name: "Other", password: "a-long-enough-password" });
      reader = (await users.loadViewer(a.id))!;
      other = (await users.loadViewer(b.id))!;
    }, 120_000);
    afterAll(() => temp.cleanup());

    it("never lets an exercise's hidden part reach the pre-reveal view or its API record", async () => {
      const withExercise = content.postmortems.filter((pm) => pm.frontmatter.exercise);
      expect(withExercise.length).toBeGreaterThanOrEqual(15);
      for (const pm of withExercise) {
        const f = pm.frontmatter;
        const view = await exercises.getExercise(pm.slug, null);
        expect(view, pm.slug).not.toBeNull();
        const record = JSON.stringify(exerciseRecord(view!));
        for (const hidden of [f.rootCause, f.trigger, f.resolution, pm.frontmatter.title]) expect(record, pm.slug).not.toContain(JSON.stringify(hidden).slice(1, -1));
        const limit = exerciseCutoffLimit(f.timeline);
        for (const later of f.timeline.slice(limit)) expect(record, pm.slug).not.toContain(JSON.stringify(later.description).slice(1, -1));
        expect(view!.events.every((e) => e.marker !== "trigger")).toBe(true);
        // The right checks are offered, mixed in with the distractors.
        expect(view!.choices.map((c) => c.ref).sort()).toEqual([...f.exercise!.checks, ...f.exercise!.distractors].sort());
      }
      expect(await exercises.getExercise(withoutExercise, null)).toBeNull();
    });

    it("scores a pick, keeps a signed-in reader's answer privately, and keeps nothing for anonymous readers", async () => {
      const slug = "mindtickle-2020-eks-snat";
      const exercise = content.postmortems.find((pm) => pm.slug === slug)!.frontmatter.exercise!;
      expect(await exercises.submitExerciseAnswer(null, { slug, answer: "tcpdump", pick: exercise.checks[0]! })).toEqual({ slug, pick: exercise.checks[0], correct: true });
      expect(await temp.db.studyAnswer.count()).toBe(0);
      const wrong = await exercises.submitExerciseAnswer(reader, { slug, answer: "I would look at DNS first", pick: exercise.distractors[0]! });
      expect(wrong.correct).toBe(false);
      // A pick the exercise does not offer is dropped, not scored.
      expect(await exercises.submitExerciseAnswer(reader, { slug, answer: "", pick: "technique:not-offered" })).toMatchObject({ pick: "", correct: false });
      expect((await study.getStudyAnswers(reader)).map((a) => a.answer)).toEqual(["I would look at DNS first"]);
      expect(await study.getStudyAnswers(other)).toEqual([]);
      const reveal = await exercises.getExerciseReveal(slug, reader);
      expect(reveal?.latestAnswer?.answer).toBe("I would look at DNS first");
      expect(reveal?.checks.map((c) => c.ref)).toEqual(exercise.checks);
      await expect(exercises.submitExerciseAnswer(reader, { slug: withoutExercise, answer: "x", pick: "" })).rejects.toBeInstanceOf(DomainError);
    });

    it("keeps marks per reader, refuses unknown items, and merges imported browser progress", async () => {
      await study.setStudyMark(reader, { kind: "postmortem", slug: "reddit-2023-pi-day-outage", studied: true });
      await study.setStudyMark(reader, { kind: "technique", slug: "node-conditions", bookmarked: true });
      await expect(study.setStudyMark(reader, { kind: "technique", slug: "no-such-technique", studied: true })).rejects.toBeInstanceOf(DomainError);
      const marks = await study.getStudyMarks(reader);
      expect(marks.get("postmortem:reddit-2023-pi-day-outage")).toMatchObject({ studied: true, bookmarked: false });
      expect((await study.getStudyMarks(other)).size).toBe(0);

      const result = await study.importStudyMarks(reader, [
        { kind: "technique", slug: "node-conditions", studied: true, bookmarked: false },
        { kind: "postmortem", slug: "no-such-story", studied: true, bookmarked: false },
        { kind: "postmortem", slug: "reddit-2023-pi-day-outage", studied: false, bookmarked: true },
      ]);
      expect(result).toEqual({ imported: 2, skipped: 1 });
      const merged = await study.getStudyMarks(reader);
      expect(merged.get("technique:node-conditions")).toMatchObject({ studied: true, bookmarked: true });
      expect(merged.get("postmortem:reddit-2023-pi-day-outage")).toMatchObject({ studied: true, bookmarked: true });
      // Studying never changes the postmortem.
      const story = await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "reddit-2023-pi-day-outage" }, select: { version: true, updatedAt: true } });
      await study.setStudyMark(reader, { kind: "postmortem", slug: "reddit-2023-pi-day-outage", studied: false });
      expect(await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "reddit-2023-pi-day-outage" }, select: { version: true, updatedAt: true } })).toEqual(story);
    });

    it("links techniques and stories both ways, and finds techniques by words in their text", async () => {
      const technique = await techniques.getTechnique("conntrack-table");
      expect(technique?.stories.map((s) => s.slug)).toContain("preply-2020-dns-stale-conntrack");
      const story = await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "preply-2020-dns-stale-conntrack" }, select: { id: true } });
      expect((await techniques.getTechniquesFor(story.id)).map((t) => t.slug)).toContain("conntrack-table");
      expect((await techniques.searchTechniques("CONNTRACK table")).map((t) => t.slug)).toContain("conntrack-table");
      expect(await techniques.searchTechniques("\"'*")).toEqual([]);
      expect(await techniques.searchTechniques("AND")).toEqual([]);
      expect((await techniques.listTechniques()).length).toBeGreaterThanOrEqual(15);
    });
  });
