import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getSessionUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  // Only local paths: an open redirect would let a link send a fresh session anywhere.
  const target = next && /^\/admin(\/|$|\?)/.test(next) ? next : "/admin";
  if (await getSessionUser()) redirect(target);
  return (
    <section className="space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-stone-700">For editors, reviewers and admins. Readers need no account.</p>
      <SignInForm next={target} />
    </section>
  );
}
