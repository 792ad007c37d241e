import type { Metadata } from "next";
import Link from "next/link";
import { IntakeForm } from "@/components/admin/intake-form";
import { analyzeIntake, saveIntake } from "@/lib/actions/intake";
import { formChoices } from "@/lib/admin/read";
import { requireUser } from "@/lib/admin/session";

export const metadata: Metadata = { title: "Article intake" };

export default async function IntakePage() {
  await requireUser("record.edit", "/admin/intake");
  const choices = await formChoices();
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Article intake</h1>
      <p className="max-w-2xl text-sm text-stone-700">
        Paste a published article, upload its saved page, or give its address. The assistant suggests the source, the monuments it names and a
        claim for each, every field tied to the words that support it. Check each one; nothing is saved until you say so, and the public sees
        nothing until a reviewer publishes it. The <Link className="underline" href="/admin/report">damage report form</Link> always works too.
      </p>
      <IntakeForm analyze={analyzeIntake} save={saveIntake} monuments={choices.monuments ?? []} actors={choices.actors ?? []} />
    </div>
  );
}
