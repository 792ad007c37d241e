import { ControlTimeline } from "@/components/control-timeline";
import { MonumentList } from "@/components/monument-list";
import { StatusBadge } from "@/components/status-badge";
import { STATUSES } from "@/lib/domain";
import { listControlPeriods } from "@/lib/queries/control";
import { countByStatus, listMonuments } from "@/lib/queries/monuments";

export default async function OverviewPage() {
  const [monuments, periods] = await Promise.all([listMonuments(), listControlPeriods()]);
  const counts = countByStatus(monuments);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="font-serif text-3xl font-semibold">Palmyra (Tadmur), Syria</h1>
        <p className="mt-2 max-w-prose text-stone-700">
          The state of Palmyra&apos;s monuments as reported by published sources, 2015–2017. Each status below is derived
          from dated, quoted claims; open a monument to see who says what.
        </p>
      </section>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="text-xl font-semibold">
          Monuments by status
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="status-counts">
          {STATUSES.map((s) => (
            <div key={s} className="rounded border border-stone-300 bg-white p-3" data-status={s}>
              <dt>
                <StatusBadge status={s} />
              </dt>
              <dd className="mt-1 text-2xl font-semibold">{counts.get(s) ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="monuments-heading">
        <h2 id="monuments-heading" className="text-xl font-semibold">
          Monuments
        </h2>
        <div className="mt-3">
          <MonumentList monuments={monuments} />
        </div>
      </section>
      <section aria-labelledby="control-heading">
        <h2 id="control-heading" className="text-xl font-semibold">
          Who held the city
        </h2>
        <div className="mt-3">
          <ControlTimeline periods={periods} />
        </div>
      </section>
    </div>
  );
}
