import { AccountBar } from "@/components/account/account-bar";

// Organizer, moderator and admin pages: per person, never cached.
export const dynamic = "force-dynamic";

export default function SignedInLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AccountBar />
      {children}
    </>
  );
}
