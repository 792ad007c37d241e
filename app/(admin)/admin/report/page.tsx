import type { Metadata } from "next";
import { ReportForm } from "@/components/admin/report-form";
import { createReport } from "@/lib/actions/report";
import { formChoices } from "@/lib/admin/read";
import { requireUser } from "@/lib/admin/session";

export const metadata: Metadata = { title: "New damage report" };

export default async function ReportPage() {
  await requireUser("record.edit", "/admin/report");
  const choices = await formChoices();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">New damage report</h1>
      <p className="text-sm text-stone-700">
        Everything is saved together as a draft, or nothing is. A reviewer publishes it; until then the public does not see it.
      </p>
      <ReportForm action={createReport} choices={choices} />
    </div>
  );
}
