import type { Metadata } from "next";
import Link from "next/link";
import { HtmlDocument } from "@/components/html-document";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { ENTITY_LABELS, ENTITY_TYPES, adminPath } from "@/lib/admin/entity-types";
import { getSessionUser } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { siteMetadata } from "@/lib/site-metadata";

export const metadata: Metadata = { ...siteMetadata, title: { default: "Admin", template: "%s · Admin · Heritage Watch" }, robots: { index: false } };

// A root layout of its own (the public pages have one per language): admin is in English.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  return <HtmlDocument locale="en"><AdminChrome>{children}</AdminChrome></HtmlDocument>;
}

// The pages check the session (requireUser, which knows where to come back to after sign-in):
// a layout is not re-run on every navigation, so it must not be the check. Without a session it
// shows no navigation and lets the page redirect.
async function AdminChrome({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (!user) return <main id="main">{children}</main>;
  return (
    <>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 text-sm">
          <Link href="/admin" className="font-serif text-lg font-semibold">Heritage Watch admin</Link>
          <nav aria-label="Admin">
            <ul className="flex flex-wrap gap-3">
              <li><Link href="/admin/intake" className="hover:underline">Article intake</Link></li>
              <li><Link href="/admin/report" className="hover:underline">New report</Link></li>
              <li><Link href="/admin/review" className="hover:underline">Review queue</Link></li>
              {ENTITY_TYPES.map((t) => (
                <li key={t}><Link href={adminPath(t)} className="hover:underline">{ENTITY_LABELS[t].many}</Link></li>
              ))}
              {can(user.role, "user.manage") ? <li><Link href="/admin/users" className="hover:underline">Users</Link></li> : null}
            </ul>
          </nav>
          <p className="ml-auto flex gap-3">
            <span data-testid="signed-in-as">{user.email} ({user.role})</span>
            <Link href="/" className="underline">Public site</Link>
            <SignOutButton />
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
