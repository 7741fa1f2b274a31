export type TeamRole = "member" | "lead";

/** Who is asking. `null` is an anonymous reader. */
export type Viewer = {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  teams: { id: number; slug: string; name: string; role: TeamRole }[];
};
