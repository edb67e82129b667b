import "server-only";
import { db } from "../db";

export async function getOwnProfile(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, phone: true, preferredChannel: true },
  });
}
