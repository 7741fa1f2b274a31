// `npm run admin:create -- email@example.com [Name]`: makes an existing account an admin, or creates an admin
// account with a random one-time password printed once. There is no default password.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db-client";
import { email as emailSchema } from "@/lib/validation/account";

async function main() {
  const [rawEmail, ...nameParts] = process.argv.slice(2);
  const parsed = emailSchema.safeParse(rawEmail ?? "");
  if (!parsed.success) {
    console.error("Usage: npm run admin:create -- email@example.com [Name]");
    process.exitCode = 1;
    return;
  }
  const email = parsed.data;
  const db = createPrismaClient();
  try {
    const existing = await db.user.findUnique({ where: { email } });
    if (existing) {
      await db.user.update({ where: { id: existing.id }, data: { isAdmin: true } });
      console.log(`${email} is now an admin. Their password is unchanged.`);
      return;
    }
    const password = randomBytes(15).toString("base64url");
    await db.user.create({
      data: { email, name: nameParts.join(" ") || email.split("@")[0]!, passwordHash: await hashPassword(password), isAdmin: true },
    });
    console.log(`Created admin ${email}.\nOne-time password: ${password}\nSign in and change it under Settings.`);
  } finally {
    await db.$disconnect();
  }
}

void main();
