import type { Metadata } from "next";
import { ReportForm } from "@/components/admin/report-form";
import { createReport } from "@/lib/actions/report";
import { toFormValues } from "@/lib/admin/form-values";
import { formChoices, loadRecord } from "@/lib/admin/read";
import { requireUser } from "@/lib/admin/session";

export const metadata: Metadata = { title: "New damage report" };

type Props = { searchParams: Promise<{ from?: string }> };

export default async function ReportPage({ searchParams }: Props) {
  await requireUser("record.edit", "/admin/report");
  const { from } = await searchParams;
  // "Propose a quote or a correction" on a recorded event: another account of its occurrence,
  // starting from what that event says, sent for review like any report.
  const [choices, base] = await Promise.all([formChoices(), from ? loadRecord("damageEvent", from) : null]);
  const initial = base ? { ...toFormValues(base.content as Record<string, unknown>), occurrence: base.id } : undefined;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">New damage report</h1>
      <p className="text-sm text-stone-700">
        Everything is saved together as a draft, or nothing is. A reviewer publishes it; until then the public does not see it.
      </p>
      {base ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" data-testid="proposing">
          This report is another account of “{base.title}”: change what your source says differently, add its quote, and send it
          for review. The recorded event stays as it is until a reviewer publishes yours.
        </p>
      ) : null}
      <ReportForm action={createReport} choices={choices} initial={initial} />
    </div>
  );
}
