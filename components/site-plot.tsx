import Link from "next/link";
import { plotSite, type PlotMonument } from "@/lib/site-plot";

type Props = {
  site: { name: string; latitude: number; longitude: number };
  monuments: PlotMonument[];
  current: string;
};

/** Where it is: the site's centre and every monument whose position a source records. */
export function SitePlot({ site, monuments, current }: Props) {
  const size = 200;
  const { centre, placed, unknown, kmAcross } = plotSite(site, monuments, size);
  const currentUnknown = unknown.some((m) => m.slug === current);
  return (
    <figure className="flex flex-wrap items-start gap-4" data-testid="site-plot">
      <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-labelledby="site-plot-caption" className="shrink-0 rounded border border-stone-300 bg-stone-100">
        <line x1={size / 2} y1={8} x2={size / 2} y2={24} stroke="#57534e" />
        <text x={size / 2 + 4} y={18} fontSize={10} fill="#44403c">N</text>
        <circle cx={centre.x} cy={centre.y} r={6} fill="none" stroke="#1c1917" strokeWidth={2} />
        <text x={centre.x} y={centre.y + 18} fontSize={10} fill="#1c1917" textAnchor="middle">{site.name} centre</text>
        {placed.map((p) => (
          <circle key={p.slug} cx={p.x} cy={p.y} r={p.slug === current ? 5 : 3} fill={p.slug === current ? "#b91c1c" : "#44403c"} />
        ))}
        <text x={6} y={size - 6} fontSize={9} fill="#44403c">{kmAcross} km across</text>
      </svg>
      <figcaption id="site-plot-caption" className="max-w-prose text-sm text-stone-700">
        {site.name}&apos;s recorded centre is {site.latitude.toFixed(4)}° N, {site.longitude.toFixed(4)}° E.{" "}
        {currentUnknown ? "Our sources do not give this monument's position, so it is not plotted." : "This monument is the red point."}
        {placed.length ? ` ${placed.length} monument${placed.length === 1 ? " has" : "s have"} a sourced position.` : " No monument has a sourced position yet."}
        {unknown.length ? (
          <>
            {" "}Position unknown:{" "}
            {unknown.map((m, i) => (
              <span key={m.slug}>
                {i ? ", " : ""}
                <Link href={`/monuments/${m.slug}`} className="underline">{m.name}</Link>
              </span>
            ))}
            .
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
