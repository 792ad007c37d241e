import Link from "next/link";
import { ENTITY_LABELS, ENTITY_TYPES, adminPath } from "@/lib/admin/entity-types";
import { getReviewQueue } from "@/lib/admin/review-queue";
import { requireUser } from "@/lib/admin/session";

type Props = { searchParams: Promise<{ refused?: string }> };

export default async function AdminHome({ searchParams }: Props) {
  const user = await requireUser("draft.read");
  const [{ refused }, queue] = await Promise.all([searchParams, getReviewQueue()]);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-semibold">Editing</h1>
      {refused ? <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">Your role ({user.role}) cannot open that page.</p> : null}
      <p className="flex gap-3">
        <Link href="/admin/intake" className="rounded bg-stone-800 px-4 py-2 text-white">Read an article</Link>
        <Link href="/admin/report" className="rounded border border-stone-800 px-4 py-2">Add a damage report</Link>
      </p>
      <p><Link href="/admin/review" className="underline">{queue.length} record{queue.length === 1 ? "" : "s"} waiting for review</Link></p>
      <ul className="grid gap-2 sm:grid-cols-3">
        {ENTITY_TYPES.map((t) => (
          <li key={t}><Link href={adminPath(t)} className="block rounded border border-stone-300 bg-white p-3 hover:bg-stone-100">{ENTITY_LABELS[t].many}</Link></li>
        ))}
      </ul>
    </div>
  );
}
