"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

// Posts to better-auth's own endpoint (not a server action) so its rate limiter and origin check
// apply to every attempt.
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (res.ok) {
        router.replace(next);
        router.refresh();
        return;
      }
      setError(
        res.status === 429
          ? "Too many attempts. Wait a minute, then try again."
          : res.status === 401
            ? "Wrong email or password."
            : "Sign-in failed. Try again.",
      );
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required className="w-full rounded border border-stone-400 px-2 py-1" aria-describedby="sign-in-error" />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="w-full rounded border border-stone-400 px-2 py-1" aria-describedby="sign-in-error" />
      </div>
      <p id="sign-in-error" role="alert" aria-live="polite" className="text-sm text-red-700">{error}</p>
      <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
