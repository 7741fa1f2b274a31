import type { Browser, Page } from "@playwright/test";
import { signIn, type TestUser, type World } from "./fixtures";

export type Role = "anonymous" | "memberB" | "memberA" | "leadA" | "admin";
export const ROLES: Role[] = ["anonymous", "memberB", "memberA", "leadA", "admin"];

/** One signed-in browser per role: members and a lead of team A, a lead of team B, an admin, and nobody. */
export async function setupRoles(browser: Browser, world: World) {
  const users: Record<Exclude<Role, "anonymous">, TestUser> = {
    memberA: await world.user(),
    leadA: await world.user(),
    memberB: await world.user(),
    admin: await world.user({ admin: true }),
  };
  const teamA = await world.team([{ user: users.leadA, role: "lead" }, { user: users.memberA }]);
  await world.team([{ user: users.memberB, role: "lead" }]);
  const pages = {} as Record<Role, Page>;
  for (const role of ROLES) {
    const context = await browser.newContext();
    pages[role] = await context.newPage();
    if (role !== "anonymous") await signIn(pages[role], users[role]);
  }
  return { users, teamA, pages };
}
