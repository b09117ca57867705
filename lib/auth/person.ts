/** Who is asking, as far as authorization cares. */
export type Person = {
  id: string;
  email: string;
  role: "USER" | "MODERATOR" | "ADMIN";
  trusted: boolean;
};

export function isModerator(person: Person): boolean {
  return person.role === "MODERATOR" || person.role === "ADMIN";
}

export function isAdmin(person: Person): boolean {
  return person.role === "ADMIN";
}
